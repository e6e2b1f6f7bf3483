// What the build writes for each chart besides its pages: the SVG and PNG downloads, the CSV, the
// link-preview image and the oEmbed response. One function per file, all from the same drawing.
import type { Chart } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { formatDate, siteName } from '../site.ts';
import { isLocalOrigin, shortUrl } from '../site-url.ts';
import { chartCard } from './preview-cards.ts';
import { chartRows, chartScene, chartSourceText } from './chart-from-content.ts';
import { renderPng } from './render-png.ts';
import type { Scene } from './scene.ts';
import { cardSvg, slideSvg, standaloneSvg, type ImageText } from './standalone-svg.ts';

/** Today, in words: the date every image carries. */
export function today(): string {
  return formatDate(new Date().toISOString().slice(0, 10));
}

function imageText(chart: Chart, model: Model, site: string, date: string): ImageText {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    source: chartSourceText(chart, model),
    // A local build prints no URL: an image copied from it would carry a dead link forever.
    ...(isLocalOrigin(site) ? {} : { url: shortUrl(`${site}/charts/${chart.id}/`) }),
    date,
  };
}

export function chartSvgFile(chart: Chart, model: Model, site: string, date = today()): string {
  return standaloneSvg(chartScene(chart, model), imageText(chart, model, site, date));
}

/** The download in the chart's own shape, at twice its CSS size (sharp on high-density screens). */
export function chartPngFile(chart: Chart, model: Model, site: string, date = today()): Uint8Array {
  const svg = chartSvgFile(chart, model, site, date);
  return renderPng(svg, 2 * Number(/width="(\d+)"/.exec(svg)![1]));
}

/** The 1200×675 download for slides and posts, laid out wider so the chart fills the frame. */
export function chartSlidePng(chart: Chart, model: Model, site: string, date = today()): Uint8Array {
  return renderPng(slideSvg(chartScene(chart, model, 560), imageText(chart, model, site, date)), 1200);
}

export function chartPreviewPng(chart: Chart, model: Model, site: string): Uint8Array {
  return renderPng(cardSvg(chartCard(chart, model, site)), 1200);
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

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
