import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartScene } from '../../../src/charts/chart-from-content.ts';
import { escapeXml, renderSvg } from '../../../src/charts/render-svg.ts';
import { imageChartStyle } from '../../../src/charts/chart-style.ts';
import { layout, lineHeightOf, type Scene } from '../../../src/charts/scene.ts';
import { loadModel } from '../../fixtures/real-model.ts';
import { expectAllFinite, expectShapesInside, expectTextInside } from './scene-checks.ts';

const model = loadModel();
const chartIds = readdirSync('content/charts')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => basename(name, '.yaml'));

/** Rounds every decimal to one place, so a snapshot does not churn on float noise. */
const roundNumbers = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => (+n).toFixed(1));

function svgOf(id: string, width?: number): string {
  const chart = model.chart(id);
  return renderSvg(chartScene(chart, model, width), {
    idPrefix: `chart-${id}`,
    title: chart.title,
    desc: chart.description,
  });
}

/** The snapshot carries the downloads' stylesheet, so it opens in colour, as a reader sees it. */
const viewable = (svg: string) => svg.replace('</desc>', `</desc><style>${imageChartStyle()}</style>`);

describe('renderSvg(chartScene(chart, model), text) for every real chart', () => {
  it('every chart file of content/charts is in the model', () => {
    expect(chartIds.length).toBeGreaterThanOrEqual(9);
    expect(model.charts.map((c) => c.id).sort()).toEqual([...chartIds].sort());
  });

  it.each(chartIds)('renderSvg(chartScene(%s)) matches its viewable snapshot, narrow and wide', async (id) => {
    await expect(viewable(roundNumbers(svgOf(id)))).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
    await expect(viewable(roundNumbers(svgOf(id, layout.wideWidth)))).toMatchFileSnapshot(
      `./__snapshots__/${id}.wide.svg`,
    );
  });

  it.each(chartIds)('chartScene(%s, wide) has no NaN, and every shape and label inside the scene', (id) => {
    const scene = chartScene(model.chart(id), model, layout.wideWidth);
    expectAllFinite(scene);
    expectShapesInside(scene);
    expectTextInside(scene);
  });

  it.each(chartIds)('chartScene(%s) has no NaN, and every shape and label inside the scene', (id) => {
    const scene = chartScene(model.chart(id), model);
    expectAllFinite(scene);
    expectShapesInside(scene);
    expectTextInside(scene);
  });

  it.each(chartIds)('renderSvg(chartScene(%s)) carries the chart title and description for screen readers', (id) => {
    const chart = model.chart(id);
    const svg = svgOf(id);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`aria-labelledby="chart-${id}-title chart-${id}-desc"`);
    expect(svg).toContain(`<title id="chart-${id}-title">${escapeXml(chart.title)}</title>`);
    expect(svg).toContain(`<desc id="chart-${id}-desc">${escapeXml(chart.description)}</desc>`);
  });

  it.each(chartIds)('renderSvg(chartScene(%s)) escapes every ampersand and angle bracket in its text', (id) => {
    const svg = svgOf(id);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    const text = svg.replace(/<[^>]*>/g, '');
    expect(text).not.toMatch(/[<>]/);
  });

  it.each(chartIds)('chartScene(%s) prints each plotted figure’s short label (bars) or date (timeline)', (id) => {
    const chart = model.chart(id);
    const svg = svgOf(id);
    const printed = svg.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]*>/g, '');
    if (chart.form === 'bars') {
      for (const figureId of chart.figures) {
        const figure = model.figure(figureId);
        const firstWords = escapeXml(figure.shortLabel ?? figure.label)
          .split(' ')
          .slice(0, 3)
          .join(' ');
        expect(printed, `${figureId}'s label`).toContain(firstWords);
      }
    }
    if (chart.form === 'timeline') {
      for (const figureId of chart.figures) expect(printed).toContain(model.figure(figureId).date!.slice(0, 4));
    }
  });
});

describe('renderSvg(scene, text)', () => {
  const scene: Scene = {
    width: 400,
    height: 60,
    marks: [
      { type: 'rect', x: 8, y: 8, width: 100, height: 20, className: 'bar' },
      {
        type: 'text',
        x: 8,
        y: 50,
        lines: ['R&D <fast>', '“second line”'],
        anchor: 'start',
        size: 16,
        className: 'bar-label',
      },
    ],
  };

  it('renderSvg(scene, text) sizes the SVG and its viewBox to the scene', () => {
    const svg = renderSvg(scene, { idPrefix: 'c', title: 't', desc: 'd' });
    expect(svg).toContain('viewBox="0 0 400 60"');
    expect(svg).toContain('width="400" height="60"');
  });

  it('renderSvg(scene, text) escapes text and stacks lines with tspans', () => {
    const svg = renderSvg(scene, { idPrefix: 'c', title: 'Q&A "title"', desc: 'a < b' });
    expect(svg).toContain('R&amp;D &lt;fast&gt;');
    expect(svg).toContain('<title id="c-title">Q&amp;A &quot;title&quot;</title>');
    expect(svg).toContain('<desc id="c-desc">a &lt; b</desc>');
    expect(svg.match(/<tspan/g)).toHaveLength(2);
    expect(svg).toMatch(/<tspan x="8" dy="\d+">“second line”<\/tspan>/);
  });

  it('renderSvg(scene, text) keeps a space between the lines of a wrapped label, so copied or searched text reads as words', () => {
    const svg = renderSvg(scene, { idPrefix: 'c', title: 't', desc: 'd' });
    const label = /<text class="bar-label"[^>]*>(.*?)<\/text>/.exec(svg)?.[1] ?? '';
    expect(label.replace(/<[^>]+>/g, '')).toBe('R&amp;D &lt;fast&gt; “second line”');
  });

  it('renderSvg(scene, text) writes each text mark at its own size, lines spaced for that size', () => {
    const svg = renderSvg(scene, { idPrefix: 'c', title: 't', desc: 'd' });
    expect(svg).toContain('font-size="16"');
    expect(svg).toContain(`dy="${lineHeightOf(16)}"`);
  });

  it('escapeXml(text) escapes &, <, > and " and leaves curly quotes alone', () => {
    expect(escapeXml('a & b < c > d "e" ’f’')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; ’f’');
  });
});
