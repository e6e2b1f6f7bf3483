// What the build writes for each chart besides its pages: the SVG and PNG downloads, the CSV, the
// link-preview image and the oEmbed response. One function per file, all from the same drawing.
import type { Chart } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { siteName } from '../site.ts';
import { chartRows, chartScene, chartSourceText } from './chart-from-content.ts';
import { renderPng } from './render-png.ts';
import type { Scene } from './scene.ts';
import { previewSvg, standaloneSvg, type ImageText } from './standalone-svg.ts';
import { csvCell } from './csv-cell.ts';

function imageText(chart: Chart, model: Model, site: string): ImageText {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    source: chartSourceText(chart, model),
    url: `${site}/charts/${chart.id}/`,
  };
}

export function chartSvgFile(chart: Chart, model: Model, site: string): string {
  return standaloneSvg(chartScene(chart, model), imageText(chart, model, site));
}

export function chartPngFile(chart: Chart, model: Model, site: string): Uint8Array {
  return renderPng(chartSvgFile(chart, model, site), 1000);
}

export function chartPreviewPng(chart: Chart, model: Model, site: string): Uint8Array {
  // A tall chart (the timeline) is laid out wider for the preview, so it needs less shrinking to fit.
  const narrow = chartScene(chart, model);
  const scene = narrow.height > 560 ? chartScene(chart, model, 560) : narrow;
  return renderPng(previewSvg(scene, { ...imageText(chart, model, site), siteName }), 1200);
}

/** A CSV cell, formula-safe and RFC 4180 quoted (see csv-cell.ts). */
export const csvField = csvCell;

/** The chart's data: one row per figure, numbers unformatted, with its status and sources. */
export function chartCsv(chart: Chart, model: Model, site: string): string {
  const header = [
    'figure_id',
    'label',
    'value',
    'low',
    'high',
    'unit',
    'qualifier',
    'date',
    'date_inferred',
    'status',
    'condition',
    'claimant',
    'source',
    'source_urls',
  ];
  const rows = chartRows(chart, model).map(({ figure, claimant, sources }) => {
    const value = figure.value;
    const urls = sources.map((id) => model.source(id).url ?? `${site}/sources/${id}/`);
    return [
      figure.id,
      figure.label,
      typeof value === 'number' ? String(value) : (figure.qualitative ?? ''),
      typeof value === 'object' ? String(value.low) : '',
      typeof value === 'object' ? String(value.high) : '',
      figure.unit ?? '',
      figure.qualifier ?? '',
      figure.date ?? '',
      figure.date ? String(figure.dateInferred) : '',
      figure.status,
      figure.condition ?? '',
      claimant,
      sources.map((id) => model.source(id).name).join('; '),
      urls.join(' '),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Height of the embed iframe: the drawing plus its title, source line and links. */
export function embedHeight(scene: Scene): number {
  return Math.ceil(scene.height) + 190;
}

/** oEmbed 1.0 "rich" response: an iframe of the embed page. */
export function chartOembed(chart: Chart, model: Model, site: string) {
  const height = embedHeight(chartScene(chart, model));
  const width = 600;
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: siteName,
    provider_url: `${site}/`,
    width,
    height,
    html: embedSnippet(chart, site, height),
    thumbnail_url: `${site}/og/${chart.id}.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/** The iframe people paste to embed a chart. */
export function embedSnippet(chart: Chart, site: string, height: number): string {
  return `<iframe src="${site}/embed/${chart.id}/" title="${chart.title.replace(/"/g, '&quot;')}" width="600" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
