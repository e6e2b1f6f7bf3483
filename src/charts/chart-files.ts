// What the build writes for each chart besides its pages: the SVG and PNG downloads, the CSV, the
// link-preview image and the oEmbed response. One function per file, all from the same drawing.
import type { Chart } from '../schemas.ts';
import { singleSourceText, type Model } from '../model/build-model.ts';
import { formatDate, siteName } from '../site.ts';
import { isLocalOrigin, shortUrl } from '../site-url.ts';
import { chartCard } from './preview-cards.ts';
import { chartDescription, chartRows, chartScene, chartSlideScenes, chartSourceText } from './chart-from-content.ts';
import { renderPng } from './render-png.ts';
import { escapeXml } from './render-svg.ts';
import { layout } from './scene.ts';
import { csvCell } from './csv-cell.ts';
import { embedBox, embedHeight, embedParts } from './embed-layout.ts';
import { cardSvg, localBuildNote, slideSvg, standaloneSvg, type ImageText } from './standalone-svg.ts';
import { sourceCredit } from './chart-links.ts';

/** The day of the build, YYYY-MM-DD (UTC): the date every download carries, labelled as the day it was made. */
export function buildDay(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The build day in words, as images print it. */
export function today(): string {
  return formatDate(buildDay());
}

function imageText(chart: Chart, model: Model, site: string, date: string): ImageText {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    source: chartSourceText(chart, model),
    description: chartDescription(chart, model),
    // A local build prints no URL: an image copied from it would carry a dead link forever.
    ...(isLocalOrigin(site) ? {} : { url: shortUrl(`${site}/charts/${chart.id}/`) }),
    date,
  };
}

/** The SVG download, drawn in the wide layout: an image has the room a phone column lacks. */
export function chartSvgFile(chart: Chart, model: Model, site: string, date = today()): string {
  return standaloneSvg(chartScene(chart, model, layout.wideWidth), imageText(chart, model, site, date));
}

/** The same SVG in the chart stylesheet's dark palette, for dark slides and pages. */
export function chartDarkSvgFile(chart: Chart, model: Model, site: string, date = today()): string {
  return standaloneSvg(chartScene(chart, model, layout.wideWidth), imageText(chart, model, site, date), 'dark');
}

/** The download in the chart's own shape, at twice its CSS size (sharp on high-density screens). */
export function chartPngFile(chart: Chart, model: Model, site: string, date = today()): Uint8Array {
  const svg = chartSvgFile(chart, model, site, date);
  return renderPng(svg, 2 * Number(/width="(\d+)"/.exec(svg)![1]));
}

/** The 1200×675 download for slides and posts: of the chart's layouts, the one that reads largest in the frame. */
export function chartSlidePng(chart: Chart, model: Model, site: string, date = today()): Uint8Array {
  return renderPng(slideSvg(chartSlideScenes(chart, model), imageText(chart, model, site, date)), 1200);
}

export function chartPreviewPng(chart: Chart, model: Model, site: string): Uint8Array {
  return renderPng(cardSvg(chartCard(chart, model, site)), 1200);
}

/** A date written as precisely as it is known: the year, the year and month, or the day. */
export function isoDateAt(date: string, precision: 'day' | 'month' | 'year'): string {
  return date.slice(0, { year: 4, month: 7, day: 10 }[precision]);
}

/** A CSV cell, formula-safe and RFC 4180 quoted (see csv-cell.ts). */
export const csvField = csvCell;

/**
 * The chart's data: one row per figure, numbers unformatted, with its status and sources, then what the
 * images print in their margins: the chart's title, its source line, its public URL and the day the file
 * was made. Those four are columns repeated on every row, not comment lines or a preamble above the
 * header, because a CSV has no comment syntax: a `#` line is a data row to most parsers (d3-dsv, Excel,
 * pandas without `comment=`), and a preamble breaks the header. Repeated columns keep the file one plain
 * table that every parser reads, and a row copied out of it still says where it came from.
 */
export function chartCsv(chart: Chart, model: Model, site: string, day = buildDay()): string {
  const header = [
    'figure_id',
    'label',
    'value',
    'low',
    'high',
    'unit',
    'qualifier',
    'period',
    'date',
    'date_inferred',
    'status',
    'condition',
    // "only Gossip Herald says this, citing no source.": a claim one source alone makes, flagged as on the page.
    'single_source',
    'claimant',
    'source',
    'source_urls',
    'chart_title',
    'chart_source_line',
    'chart_url',
    'file_made_on',
  ];
  const provenance = [
    chart.title,
    chartSourceText(chart, model),
    // As in the images: a local build names no address, which would be dead once the file travels.
    isLocalOrigin(site) ? localBuildNote : `${site}/charts/${chart.id}/`,
    day,
  ];
  const rows = chartRows(chart, model).map(({ figure, claimant, sources }) => {
    const value = figure.value;
    const urls = sources.map((id) => model.source(id).url ?? `${site}/sources/${id}/`);
    const single = model.singleSource.get(figure.id);

    return [
      figure.id,
      figure.label,
      typeof value === 'number' ? String(value) : (figure.qualitative ?? ''),
      typeof value === 'object' ? String(value.low) : '',
      typeof value === 'object' ? String(value.high) : '',
      figure.unit ?? '',
      figure.qualifier ?? '',
      figure.period ?? '',
      // Only as precise as the source: "2017", "2025-08", "2026-05-14" (ISO 8601 at reduced precision).
      figure.date ? isoDateAt(figure.date, figure.datePrecision) : '',
      figure.date ? String(figure.dateInferred) : '',
      figure.status,
      figure.condition ?? '',
      single ? singleSourceText(single) : '',
      claimant,
      // As the page credits it ("…, as reproduced by Kafela Bazar"), not its bare name.
      sources.map((id) => sourceCredit(id, model)).join('; '),
      urls.join(' '),
      ...provenance,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export type EmbedTheme = 'light' | 'dark';

/** The embed page of a chart: light by default, or pinned dark for dark host pages. */
export function embedPath(chartId: string, theme: EmbedTheme = 'light'): string {
  return theme === 'dark' ? `/embed/${chartId}/dark/` : `/embed/${chartId}/`;
}

/** oEmbed 1.0 "rich" response: the same snippet the chart page offers. */
export function chartOembed(chart: Chart, model: Model, site: string) {
  const height = embedHeight(embedParts(chart, model));
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: siteName,
    provider_url: `${site}/`,
    width: embedBox.frameMaxWidth,
    height,
    html: embedSnippet(chart, site, height),
    thumbnail_url: `${site}/og/${chart.id}.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/**
 * The code people paste: an iframe as wide as the host's column up to 600 px, tall enough for every
 * width it can take, and an optional script (/embed.js) that fits the height exactly.
 */
export function embedSnippet(chart: Chart, site: string, height: number, theme: EmbedTheme = 'light'): string {
  return (
    `<iframe src="${site}${embedPath(chart.id, theme)}" title="${escapeXml(chart.title)}" ` +
    `width="${embedBox.frameMaxWidth}" height="${height}" style="border:0;width:100%;max-width:${embedBox.frameMaxWidth}px" loading="lazy"></iframe>` +
    `<script async src="${site}/embed.js"></script>`
  );
}

/** A chart's embed code, with its height computed from its embed layout. */
export function chartEmbedSnippet(chart: Chart, model: Model, site: string, theme: EmbedTheme = 'light'): string {
  return embedSnippet(chart, site, embedHeight(embedParts(chart, model)), theme);
}
