// Charts as images that stand alone: the download (title and source line inside the image) and the
// 1200×630 link preview. Both embed their own colours and name a font that resvg is given, so they
// render the same anywhere.
import { imageChartStyle } from './chart-style.ts';
import { escapeXml, renderMarks } from './render-svg.ts';
import type { Scene } from './scene.ts';
import { wrapText } from './wrap-text.ts';

/** Bold glyphs run wider than wrapText's estimate for regular text: wrap titles as if the font were larger. */
const boldFactor = 1.12;

/** At most `max` lines; a cut is shown with an ellipsis rather than hidden. */
export function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;.:]+\S*$/, '')} …`;
  return kept;
}

/** The page's chart stylesheet in the light palette, plus the image's own title and source lines. */
export const imageStyle = `${imageChartStyle()}.img-title{font-weight:bold}.img-subtitle,.img-source{fill:#52525b}`;

export interface ImageText {
  title: string;
  subtitle: string;
  /** Who claims it and where it was published, in words. */
  source: string;
  /** The chart's permalink, printed so a copied image still leads back. */
  url: string;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, className: string): string {
  return `<text class="${className}" x="${x}" y="${y}" style="font-size:${size}px">${lines
    .map((line, i) => `<tspan x="${x}"${i ? ` dy="${lineHeight}"` : ''}>${escapeXml(line)}</tspan>`)
    .join('')}</text>`;
}

/** The downloadable SVG: title and subtitle above the chart, source and permalink below. */
export function standaloneSvg(scene: Scene, text: ImageText): string {
  const pad = 12;
  const width = scene.width + 2 * pad;
  const title = wrapText(text.title, width - 2 * pad, 17 * boldFactor);
  const subtitle = wrapText(text.subtitle, width - 2 * pad, 12);
  const source = wrapText(`${text.source} ${text.url}`, width - 2 * pad, 11);
  const titleTop = pad + 17;
  const subtitleTop = titleTop + title.length * 21 + 2;
  const chartTop = subtitleTop + subtitle.length * 16;
  const sourceTop = chartTop + scene.height + 14;
  const height = Math.ceil(sourceTop + source.length * 15 + pad);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(text.title)}</title><style>${imageStyle}</style>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    textBlock(title, pad, titleTop, 17, 21, 'img-title') +
    textBlock(subtitle, pad, subtitleTop, 12, 16, 'img-subtitle') +
    `<g transform="translate(${pad - 8},${chartTop})">${renderMarks(scene)}</g>` +
    textBlock(source, pad, sourceTop, 11, 15, 'img-source') +
    `</svg>`
  );
}

/** The 1200×630 link preview: title and source on the left, the chart scaled into the right. */
export function previewSvg(scene: Scene, text: ImageText & { siteName: string }): string {
  const W = 1200;
  const H = 630;
  const left = 56;
  const columnWidth = 500;
  const title = clampLines(wrapText(text.title, columnWidth, 40 * boldFactor), 6);
  const source = clampLines(wrapText(text.source, columnWidth, 20), 5);
  const box = { x: 600, y: 40, width: 560, height: 550 };
  const scale = Math.min(box.width / scene.width, box.height / scene.height, 1.6);
  const chartX = box.x + (box.width - scene.width * scale) / 2;
  const chartY = box.y + (box.height - scene.height * scale) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<style>${imageStyle}</style><rect width="100%" height="100%" fill="#ffffff"/>` +
    `<rect x="0" y="0" width="12" height="${H}" fill="#1d5fa8"/>` +
    textBlock([text.siteName], left, 70, 22, 28, 'img-subtitle') +
    textBlock(title, left, 130, 40, 48, 'img-title') +
    textBlock(source, left, H - 40 - (source.length - 1) * 26, 20, 26, 'img-source') +
    `<g transform="translate(${round(chartX)},${round(chartY)}) scale(${round(scale)})">${renderMarks(scene)}</g>` +
    `</svg>`
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
