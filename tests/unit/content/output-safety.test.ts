// Injection payloads in content never reach an output as code: each is escaped, neutralised or refused.
// (Refused: raw HTML, scripts, expressions and javascript:/data: URLs; see refusals.test.ts.)
import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/charts/chart-files.ts';
import { csvCell } from '../../../src/charts/csv-cell.ts';
import { chartScene } from '../../../src/charts/chart-from-content.ts';
import { slideSvg, standaloneSvg } from '../../../src/charts/standalone-svg.ts';
import { textWidth } from '../../../src/charts/wrap-text.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { bibtexEntry, bibtexForChart } from '../../../src/share/bibtex.ts';
import { cslJson } from '../../../src/share/csl-json.ts';
import { documentTitle, titleMaxLength } from '../../../src/site.ts';
import { contentWith, dedent, removeContentDirs } from '../../fixtures/content-dir.ts';
import { modelFromContent } from '../../fixtures/real-model.ts';
import { bazar, paper } from '../../fixtures/sources.ts';

afterAll(removeContentDirs);

const site = 'https://example.org';
const html = '<script>alert(1)</script><img src=x onerror="alert(2)">';

/**
 * The valid fixture with one figure's label and the chart's title replaced by a payload. Loaded
 * without the cross-checks (which refuse some payloads already), to test the outputs themselves.
 */
function modelWith(label: string, title: string) {
  const dir = contentWith({
    'figures/compute-share-2026.yaml': dedent`
      id: compute-share-2026
      label: '${label.replace(/'/g, "''")}'
      value: 4
      qualifier: just
      unit: '%'
      claimant: The lab, citing an analysis of roadmaps
      status: estimate
      primary: lab-paper
      mentions:
        - source: daily-news
          quote: the rival will produce just 4 percent
    `,
    'charts/compute-share.yaml': dedent`
      id: compute-share
      title: '${title.replace(/'/g, "''")}'
      subtitle: The rival's compute as a share of the leader's (%)
      form: bars
      figures: [compute-share-2026]
      sources: [lab-paper, daily-news]
      order: 1
      description: One bar from zero at 4 percent, an estimate from roadmaps.
    `,
  });
  const { content, errors } = loadContent(dir);
  expect(errors).toEqual([]);
  return modelFromContent(content);
}

describe('CSV', () => {
  it.each(['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\r=1'])(
    'csvCell(%j) is neutralised with a leading apostrophe',
    (payload) => {
      const cell = csvCell(payload);
      expect(cell.replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('csvCell keeps plain numbers, negative ones too, as numbers', () => {
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell('12.5')).toBe('12.5');
  });

  it('chartCsv: a figure label that is a formula reaches the CSV as text, not as a formula', () => {
    const model = modelWith('=HYPERLINK("https://evil.example","click")', 'A chart');
    const csv = chartCsv(model.chart('compute-share'), model, site);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    for (const cell of row.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t]/);
  });
});

describe('SVG and PNG images', () => {
  it('a chart title and a label holding HTML are escaped in the SVG download and the preview', () => {
    const model = modelWith(html, html);
    const chart = model.chart('compute-share');
    const scene = chartScene(chart, model);
    const text = {
      title: chart.title,
      subtitle: chart.subtitle,
      source: 'Source',
      url: `${site}/charts/x/`,
      date: '1 May 2026',
    };
    for (const svg of [standaloneSvg(scene, text), slideSvg(scene, text)]) {
      expect(svg).not.toMatch(/<script|<img/i);
      expect(svg).toContain('&lt;script&gt;');
    }
  });

  it('a 200-character word (the longest title allowed) is cut so that no line of the image is wider than the image', () => {
    const model = modelWith('A label', 'x'.repeat(200));
    const chart = model.chart('compute-share');
    const scene = chartScene(chart, model);
    const svg = standaloneSvg(scene, {
      title: chart.title,
      subtitle: 's',
      source: 'Source',
      url: site,
      date: '1 May 2026',
    });
    const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    expect(lines.some((l) => l.startsWith('xxxxxxxx'))).toBe(true);
    // The cut title lines, measured at the title's bold size, each fit the image.
    for (const line of lines.filter((l) => /^x+$/.test(l)))
      expect(textWidth(line, 17 * 1.12)).toBeLessThanOrEqual(width);
  });
});

describe('BibTeX', () => {
  /** Brace depth as classic BibTeX counts it: every brace, escaped or not. */
  const depths = (text: string) => {
    let depth = 0;
    let lowest = 0;
    for (const c of text) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      lowest = Math.min(lowest, depth);
    }
    return { depth, lowest };
  };

  it.each(['A lone { brace', 'A lone } brace', 'Evil }, note = {pwned', '}}}{{{', '@misc{x, title={y}}'])(
    'a title %j keeps the entry balanced for classic BibTeX, and one entry',
    (title) => {
      const entry = bibtexEntry({ ...paper, title }, site);
      expect(depths(entry)).toEqual({ depth: 0, lowest: 0 });
      const library = parse(entry);
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(1);
      expect(library.entries[0]!.fields['note']).toBeUndefined();
    },
  );

  it('a chart title with braces stays balanced', () => {
    expect(depths(bibtexForChart({ id: 'x', title: 'Open { only' }, site, '2026'))).toEqual({ depth: 0, lowest: 0 });
  });
});

describe('JSON', () => {
  it('CSL-JSON keeps a title with quotes, backslashes and </script> exact after a round trip', () => {
    const title = '"}]</script><script>alert(1)</script>\\';
    const json = JSON.stringify(cslJson([{ ...bazar, title }], site));
    expect(JSON.parse(json)[0].title).toBe(title);
  });
});

describe('page titles', () => {
  it('documentTitle(300-character word) ends, within the limit', () => {
    const title = documentTitle('x'.repeat(300));
    expect(title.length).toBeLessThanOrEqual(titleMaxLength);
    expect(title.endsWith('…')).toBe(true);
  });

  it('documentTitle(a word of 300 characters after a short one) ends, within the limit', () => {
    expect(documentTitle(`Short ${'y'.repeat(300)} end`).length).toBeLessThanOrEqual(titleMaxLength);
  });

  it('documentTitle counts escaped apostrophes and still ends on a title of only apostrophes', () => {
    expect(documentTitle("'".repeat(300)).replace(/'/g, '12345').length).toBeLessThanOrEqual(titleMaxLength);
  });

  it('documentTitle(every chart headline) keeps the headline whole, hedge and attribution included', () => {
    const headline =
      "America could have roughly 11 times China's compute if the US tightens restrictions, one study estimates";
    expect(documentTitle(headline).startsWith(headline)).toBe(true);
  });

  it('the limit is the one html-validate checks (.htmlvalidate.json long-title)', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { rules: Record<string, unknown> };
    expect(config.rules['long-title']).toEqual(['error', { maxlength: titleMaxLength }]);
  });
});
