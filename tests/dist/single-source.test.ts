/**
 * Single-source claims on the charts, checked in the built files: every figure that only one source
 * carries (citing none) is flagged wherever a chart plots it (the chart page's data table, the drawing,
 * the drawing's text alternative, the embed and the downloaded SVG), and no other figure is.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, chartIds, fold, readDist } from '../support/site.ts';
import { loadModel } from '../fixtures/real-model.ts';

const model = loadModel();
const flaggedIn = (chartId: string) => model.chart(chartId).figures.filter((id) => model.singleSource.has(id));

describe('single-source flags on charts', () => {
  it('some chart plots a single-source figure (else these checks prove nothing)', () => {
    expect(chartIds.some((id) => flaggedIn(id).length > 0)).toBe(true);
  });

  it.each(chartIds)('/charts/%s/: each table row is flagged exactly when its figure is single-source', (id) => {
    const $ = builtPage(`/charts/${id}/`);
    const rows = $(`figure#${id} table tbody tr`);
    expect(rows.length).toBe(model.chart(id).figures.length);
    rows.each((_, tr) => {
      const figureId = $(tr).find('a[href^="/citations/#"]').first().attr('href')!.split('#')[1]!;
      const flag = $(tr).find('[data-flag="single-source"]');
      expect(flag.length, `${id}: ${figureId}`).toBe(model.singleSource.has(figureId) ? 1 : 0);
      if (flag.length) expect(fold(flag.text())).toContain(`only ${model.singleSource.get(figureId)!.source.name}`);
    });
  });

  it.each(chartIds)('/charts/%s/: both drawings mark each single-source figure and say so in their desc', (id) => {
    const $ = builtPage(`/charts/${id}/`);
    const flagged = flaggedIn(id);
    const svgs = $(`figure#${id} svg.chart-svg`);
    expect(svgs.length).toBe(2);
    svgs.each((_, svg) => {
      expect($(svg).find('.single-source').length).toBe(flagged.length);
      // One badge per flagged mark, plus one in the key when there is any.
      expect($(svg).find('rect.flag-badge').length).toBe(flagged.length ? flagged.length + 1 : 0);
      const desc = fold($(svg).find('desc').text());
      for (const f of flagged) expect(desc).toContain(model.figure(f).label);
      expect(desc.includes('only one source reports it')).toBe(flagged.length > 0);
    });
  });

  it.each(chartIds)('both drawings of the embed and the downloaded SVG of %s carry the same badges', (id) => {
    const flagged = flaggedIn(id);
    const badges = flagged.length ? flagged.length + 1 : 0;
    const $ = builtPage(`/embed/${id}/`);
    const drawings = $(`figure#${id} svg.chart-svg`);
    expect(drawings.length, 'embed drawings').toBe(2);
    drawings.each((_, svg) => {
      expect($(svg).find('rect.flag-badge').length, 'embed').toBe(badges);
    });
    const count = (text: string) => (text.match(/class="flag-badge"/g) ?? []).length;
    expect(count(readDist(`/charts/${id}.svg`)), 'download').toBe(badges);
  });
});
