// Every correction is shown on each page it concerns (the log says so): the page names it under
// "Corrections to this page" and links to its entry in the log.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { correctionPaths } from '../../src/model/build-model.ts';
import { formatDate } from '../../src/site.ts';
import { builtPage, chartIds, site } from '../support/site.ts';

const corrections = loadContent('content').content.corrections.map((e) => e.data);
const concerned = corrections.flatMap((c) => correctionPaths(c).map((path) => ({ path, id: c.id })));

describe('each page a correction concerns shows it', () => {
  it('the corrections concern pages the site has', () => {
    expect(concerned.length).toBeGreaterThan(0);
    for (const { path } of concerned) expect(site.pages).toContain(path);
  });
  it.each(concerned)('$path shows $id', ({ path, id }) => {
    const $ = builtPage(path);
    const note = $('main .corrections-note');
    expect(note.find('h2').text()).toMatch(/^Corrections to this page \(\d+\)$/);
    expect(note.find(`a[href="/corrections/#${id}"]`)).toHaveLength(1);
  });
  it('a page no correction concerns shows no corrections block', () => {
    const untouched = site.pages.filter((p) => !concerned.some((c) => c.path === p));
    expect(untouched.length).toBeGreaterThan(0);
    for (const path of untouched) expect(builtPage(path)('.corrections-note')).toHaveLength(0);
  });
});

describe('an embedded chart says when it was corrected', () => {
  // The newest correction naming each chart, as the log dates it; embeds live on other sites, away from the log.
  const latestFor = (id: string) =>
    corrections
      .filter((c) => correctionPaths(c).includes(`/charts/${id}/`))
      .map((c) => c.date)
      .sort()
      .at(-1);
  const corrected = chartIds.filter((id) => latestFor(id));
  it('some chart has been corrected', () => expect(corrected.length).toBeGreaterThan(0));
  it.each(chartIds.flatMap((id) => [`/embed/${id}/`, `/embed/${id}/dark/`]))('%s', (path) => {
    const id = path.split('/')[2]!;
    const line = builtPage(path)('.embed-chart .correction a');
    const latest = latestFor(id);
    if (!latest) return expect(line).toHaveLength(0);
    expect(line.text().trim()).toMatch(new RegExp(`^Corrected ${formatDate(latest)}( \\(\\d+ corrections\\))?: what changed$`));
    expect(line.attr('href')).toBe(`/charts/${id}/#corrections-here`);
    expect(builtPage(`/charts/${id}/`)('#corrections-here')).toHaveLength(1);
  });
});
