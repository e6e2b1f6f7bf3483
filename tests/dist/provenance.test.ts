/**
 * Provenance on source pages, checked in the built files: every quoted passage carries a short tag saying
 * what it was checked against, linking to the one full statement above the list; live links point into a
 * page passage by passage only where our copy is of that page.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, fold, sourceIds } from '../support/site.ts';
import { loadModel } from '../fixtures/real-model.ts';
import { provenanceOf } from '../../src/model/provenance.ts';

const model = loadModel();
const quoted = sourceIds.filter((id) => (model.quotesBySource.get(id) ?? []).length > 0);

describe('provenance beside every quote on source pages', () => {
  it.each(quoted)('/sources/%s/: each passage has the tag, linking to the full statement', (id) => {
    const $ = builtPage(`/sources/${id}/`);
    const source = model.source(id);
    const p = provenanceOf(source, source.archiveVia ? model.source(source.archiveVia) : undefined);
    expect(fold($('#provenance').text())).toContain(p.checked);
    const items = $('.quote-list li[id^="q-"]');
    // The page lists its summary's <Cite> passages too, which this model (built without summaries) lacks.
    expect(items.length).toBeGreaterThanOrEqual(model.quotesBySource.get(id)!.length);
    items.each((_, li) => {
      const tag = $(li).children('p.uses').find('a.prov-tag');
      expect(tag.length, $(li).attr('id')).toBe(1);
      expect(tag.attr('href')).toBe('#provenance');
      expect(fold(tag.text())).toBe(p.tag);
    });
  });

  it('the paper, held through Kafela Bazar, links to its own page once, labelled as not checked, and never per passage', () => {
    const $ = builtPage('/sources/anthropic-2028-paper/');
    const live = $('a[href^="https://www.anthropic.com/research/2028-ai-leadership"]');
    const inStatement = $('#provenance a[href^="https://www.anthropic.com"]');
    expect(inStatement.length).toBe(1);
    expect(fold(inStatement.text())).toContain('not checked against that page');
    expect($('.quote-list a[href*="anthropic.com"]').length).toBe(0);
    expect(live.length).toBeGreaterThanOrEqual(1);
  });

  it('an article we archived keeps a live link per sentence, labelled as the live page', () => {
    const $ = builtPage('/sources/gossip-herald/');
    const top = $('ol.quote-list > li[id^="q-"]').filter((_, li) => $(li).closest('details').length === 0);
    expect(top.length).toBeGreaterThan(10);
    top.each((_, li) => {
      const link = $(li).children('p.uses').find('a[rel~="external"]');
      expect(link.length, $(li).attr('id')).toBe(1);
      expect(fold(link.text())).toContain('live page, not our copy');
    });
  });
});

describe('a title that reads oddly as printed says so where it is shown', () => {
  const noted = model.sources.filter((s) => s.titleNote);
  it('some source has a title note', () => expect(noted.length).toBeGreaterThan(0));
  it.each(noted.map((s) => s.id))('%s: its page and the sources list print the note right under the title', (id) => {
    const note = model.source(id).titleNote!;
    expect(fold(builtPage(`/sources/${id}/`)('h1').next('p.title-note').text())).toBe(note);
    const $ = builtPage('/sources/');
    const heading = $(`h3:has(a[href="/sources/${id}/"])`);
    expect(fold(heading.next('p.title-note').text())).toBe(note);
  });
});
