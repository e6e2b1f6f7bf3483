// Charts as images that stand alone: the download (title and source line inside the image) and the
// 1200×675 slide and the 1200×630 link preview. Both embed their own colours and name a font that resvg is given, so they
// render the same anywhere.
import { chartPalette, imageChartStyle, type ImageScheme } from './chart-style.ts';
import { escapeXml, renderMarks } from './render-svg.ts';
import type { Scene } from './scene.ts';
import { textWidth, wrapBeside, wrapText } from './wrap-text.ts';

/** Bold glyphs run wider than wrapText's estimate for regular text: wrap titles as if the font were larger. */
const boldFactor = 1.12;

/** At most `max` lines; a cut is shown with an ellipsis rather than hidden. */
export function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;.:]+\S*$/, '')} …`;
  return kept;
}

/**
 * The page's chart stylesheet in one palette (images leave the site: no prefers-color-scheme in a PNG),
 * plus the image's own title, source and URL lines and the link-preview cards' text, and the colour the
 * image is laid on.
 */
export function imageStyleFor(scheme: ImageScheme): { css: string; background: string } {
  const palette = chartPalette(undefined, scheme);
  const muted = palette.get('--chart-muted')!;
  return {
    css: [
      imageChartStyle(undefined, scheme),
      `.img-title{font-weight:bold}.img-subtitle,.img-source,.img-url,.card-kicker{fill:${muted}}`,
      // A scenario's number and status in its own colour, as on the site; any other number in the data colour,
      // its status in the text colour (never a scenario's colour on what is not that scenario).
      `.card-value,.card-status,.card-domain{font-weight:bold}.card-value{fill:${palette.get('--data')}}` +
        `.card-status,.card-domain{fill:${palette.get('--chart-fg')}}` +
        [1, 2]
          .map((n) => `.card-value.scenario-${n},.card-status.scenario-${n}{fill:${palette.get(`--scenario-${n}`)}}`)
          .join(''),
    ].join(''),
    background: palette.get('--chart-bg')!,
  };
}

/** The light image style: slides and link-preview cards are always light. */
const lightImage = imageStyleFor('light');
export const imageStyle = lightImage.css;

export interface ImageText {
  title: string;
  subtitle: string;
  /** Who claims it and where it was published, in words. */
  source: string;
  /** The chart's short public URL ("example.org/charts/x/"); absent in a local build, which prints no URL. */
  url?: string;
  /** The day the image was made, in words, so a copy found later says how old it is. */
  date: string;
  /**
   * What the chart shows, in words (the chart's description): the downloaded SVG's text alternative, so a
   * page that embeds the file keeps what a screen reader reads on ours.
   */
  description?: string;
}

/** What a local build prints where a published image prints its URL. */
export const localBuildNote = 'Local build, not published';

/**
 * "example.org/charts/x/ · made 23 November 2026": where the image comes from, and when it was made
 * (the build day), said as such so nobody takes it for the date of the data.
 */
export function urlLine(text: Pick<ImageText, 'url' | 'date'>): string {
  return `${text.url ?? localBuildNote} · made ${text.date}`;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, className: string): string {
  return `<text class="${className}" x="${x}" y="${y}" style="font-size:${size}px">${lines
    .map((line, i) => `<tspan x="${x}"${i ? ` dy="${lineHeight}"` : ''}>${escapeXml(line)}</tspan>`)
    .join(' ')}</text>`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The scale at which a chart fits a box, never enlarged more than `maxScale`. */
function fitScale(scene: Scene, box: { width: number; height: number }, maxScale: number): number {
  return Math.min(box.width / scene.width, box.height / scene.height, maxScale);
}

/** The chart's marks scaled to fit a box, centred in it, never enlarged more than `maxScale`. */
function fitChart(
  scene: Scene,
  box: { x: number; y: number; width: number; height: number },
  maxScale: number,
): string {
  const scale = fitScale(scene, box, maxScale);
  const x = box.x + (box.width - scene.width * scale) / 2;
  const y = box.y + (box.height - scene.height * scale) / 2;
  return `<g transform="translate(${round(x)},${round(y)}) scale(${round(scale)})">${renderMarks(scene)}</g>`;
}

/** How much larger another layout or arrangement must draw a chart to be preferred: its text 10% larger. */
const clearlyLarger = 1.1;

/**
 * Of several layouts of a chart, the first (the wide one, which fills a slide's width) unless another is
 * drawn at a clearly larger scale in the box (its text reads at least 10% larger), as a tall timeline's
 * narrow layout is. On a near tie the narrow layout would leave most of the slide empty.
 */
export function largestFit(scenes: Scene[], box: { width: number; height: number }, maxScale: number): Scene {
  const scale = (s: Scene) => fitScale(s, box, maxScale);
  return scenes.reduce((best, s) => (scale(s) > scale(best) * clearlyLarger ? s : best));
}

/** The image's <desc>: its description, then its source line, as the page gives them beside the chart. */
function descElement(text: ImageText): string {
  return text.description ? `<desc>${escapeXml(`${text.description} ${text.source}`)}</desc>` : '';
}

/**
 * The downloadable SVG, in the chart's own shape: title and subtitle above, source, URL and date below;
 * light, or dark for a dark slide or page (the same stylesheet in its dark palette).
 */
export function standaloneSvg(scene: Scene, text: ImageText, scheme: ImageScheme = 'light'): string {
  const style = imageStyleFor(scheme);
  const pad = 12;
  const width = scene.width + 2 * pad;
  const title = wrapText(text.title, width - 2 * pad, 17 * boldFactor);
  const subtitle = wrapText(text.subtitle, width - 2 * pad, 12);
  const source = wrapText(text.source, width - 2 * pad, 11);
  const url = wrapText(urlLine(text), width - 2 * pad, 11);
  const titleTop = pad + 17;
  const subtitleTop = titleTop + title.length * 21 + 2;
  const chartTop = subtitleTop + subtitle.length * 16;
  const sourceTop = chartTop + scene.height + 14;
  const urlTop = sourceTop + source.length * 15;
  const height = Math.ceil(urlTop + (url.length - 1) * 15 + pad + 4);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(text.title)}</title>${descElement(text)}<style>${style.css}</style>` +
    `<rect width="100%" height="100%" fill="${style.background}"/>` +
    textBlock(title, pad, titleTop, 17, 21, 'img-title') +
    textBlock(subtitle, pad, subtitleTop, 12, 16, 'img-subtitle') +
    `<g transform="translate(${pad - 8},${chartTop})">${renderMarks(scene)}</g>` +
    textBlock(source, pad, sourceTop, 11, 15, 'img-source') +
    textBlock(url, pad, urlTop, 11, 15, 'img-url') +
    `</svg>`
  );
}

/**
 * The 1200×675 image for slides and posts: title above, the chart as large as fits, source, URL and date
 * below. Given several layouts of the chart (wide, narrow), it draws the one whose text comes out largest
 * in the frame: the wide one for most charts, the compact narrow one for a tall timeline.
 */
export function slideSvg(scenes: Scene | Scene[], text: ImageText): string {
  const W = 1200;
  const H = 675;
  const left = 48;
  // The title is never cut: its last words are often the hedge ("one study estimates"). The chart shrinks instead.
  const title = wrapText(text.title, W - 2 * left, 34 * boldFactor);
  // Nor is the source line, with its caveats: the chart shrinks to make room.
  const source = wrapText(text.source, W - 2 * left, 18);
  // The subtitle says what is measured, in what unit: a slide shown without its page needs it most.
  const subtitle = wrapText(text.subtitle, W - 2 * left, 20);
  const titleTop = 64;
  const subtitleTop = titleTop + (title.length - 1) * 42 + 34;
  const footTop = H - 32 - source.length * 24;
  const chartTop = subtitleTop + (subtitle.length - 1) * 26 + 24;
  const box = { x: left, y: chartTop, width: W - 2 * left, height: footTop - chartTop - 24 };
  const maxScale = 3;
  const layouts = [scenes].flat();
  const scene = largestFit(layouts, box, maxScale);
  const stackedScale = fitScale(scene, box, maxScale);
  // Side by side: the source line in a column at the right and the chart beside it, when the chart under the
  // title would print its 14-unit text under about 17 px and beside the source line it comes out clearly larger.
  // A long source line (a note, a flag, several sources) under a wide, short chart leaves the chart a strip of
  // the slide, its labels too small to read once a post shows the image 500 px wide. A chart already large
  // stays under the title: beside a column of small print it would only look out of proportion.
  const column = 360;
  const urlTop = H - 32;
  const sideSource = wrapText(text.source, column, 18);
  const sideBox = { x: left, y: chartTop, width: W - 2 * left - column - 32, height: urlTop - 24 - 16 - chartTop };
  const sideScene = largestFit(layouts, sideBox, maxScale);
  const side =
    stackedScale < 1.2 &&
    chartTop + sideSource.length * 24 <= sideBox.y + sideBox.height &&
    fitScale(sideScene, sideBox, maxScale) > stackedScale * clearlyLarger;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img">` +
    `<title>${escapeXml(text.title)}</title>${descElement(text)}<style>${imageStyle}</style>` +
    `<rect width="100%" height="100%" fill="${lightImage.background}"/>` +
    textBlock(title, left, titleTop, 34, 42, 'img-title') +
    textBlock(subtitle, left, subtitleTop, 20, 26, 'img-subtitle');
  if (side)
    return (
      head +
      fitChart(sideScene, sideBox, maxScale) +
      textBlock(sideSource, W - left - column, chartTop + 18, 18, 24, 'img-source') +
      textBlock([urlLine(text)], left, urlTop, 18, 24, 'img-url') +
      `</svg>`
    );
  return (
    head +
    fitChart(scene, box, maxScale) +
    textBlock(source, left, footTop, 18, 24, 'img-source') +
    textBlock([urlLine(text)], left, footTop + source.length * 24, 18, 24, 'img-url') +
    `</svg>`
  );
}

/** One headline figure of a link preview: the number as printed, what it measures and its status. */
export interface CardFigure {
  value: string;
  label: string;
  /** "stated", "estimate", "conditional: if …": the words that must travel with the number. */
  status: string;
  /** The paper's scenario the figure belongs to, if any: its number and status take that scenario's colour. */
  scenario?: number;
}

/** A 1200×630 link preview: one idea, readable when shown 500 px wide in a feed. */
export interface Card {
  /** Small line above the title: the site, or what kind of page this is. */
  kicker: string;
  title: string;
  /** The title is a headline as its source prints it, oddities and all (cut off, misspelt), not ours. */
  titleAsPrinted?: boolean;
  figures: CardFigure[];
  source: string;
  /** The short domain ("example.org"), or the local-build note. */
  domain: string;
}

/**
 * The link preview: title at 44 px, up to three headline numbers larger still, each with its status
 * words, the source line and the domain. No chart drawing: at feed size its labels would be 7 px.
 */
export function cardSvg(card: Card): string {
  const W = 1200;
  const H = 630;
  const left = 64;
  const inner = W - 2 * left;
  // The source line runs the card's width; only its last line stops short of the domain printed beside it.
  const domainWidth = textWidth(card.domain, 26 * boldFactor);
  const source = clampLines(wrapBeside(card.source, inner, inner - domainWidth - 48, 22), 5);
  const footTop = H - 44 - (source.length - 1) * 28;
  // The numbers' block ends 28 px above the source line's capitals (about 17 px above its first baseline).
  const figuresBottom = footTop - 17 - 28;
  const figures = card.figures.slice(0, 3);
  const gap = 40;
  const column = figures.length ? (inner - gap * (figures.length - 1)) / figures.length : inner;
  const labels = figures.map((f) => clampLines(wrapText(f.label, column, 20), 2));
  // Below a number: its status (38 px under its last line), its label (30 px further, 25 px a line), descenders.
  const underValue = Math.max(0, ...labels.map((l) => 38 + 30 + (l.length - 1) * 25 + 6));
  // Large bold DejaVu runs about 0.72 em a glyph, wider than wrapText's estimate: wrap and measure with that.
  const wide = 1.3;
  const valueLines = (size: number) => figures.map((f) => wrapText(f.value, column, size * wide));
  // A size at which wrapText had to cut a word ("Democracie" / "s lead") does not fit, however short its lines.
  const wholeWords = (lines: string[], value: string) => lines.join(' ') === value.trim().split(/\s+/).join(' ');
  const fitsAt = (size: number, figuresTop: number) =>
    valueLines(size).every(
      (lines, i) =>
        wholeWords(lines, figures[i]!.value) &&
        lines.length <= 2 &&
        figuresTop + size * 0.9 + (lines.length - 1) * size * 1.05 + underValue <= figuresBottom &&
        lines.every((l) => textWidth(l, size * wide) <= column),
    );
  /** The numbers' size below `figuresTop`: the largest, from 96 px down to 40, at which all fit; none if none does. */
  const valueSize = (figuresTop: number) => {
    for (let size = 96; size >= 40; size -= 4) if (fitsAt(size, figuresTop)) return size;
    return undefined;
  };
  // The title is not cut where a smaller size lets it fit: its last words may be what qualifies the numbers
  // ("under a common jailbreaking technique", "one study estimates"). 44 px, else 40, else 36, then cut; and a
  // smaller title where the numbers would not fit under the larger one at 48 px or more.
  const maxTitleLines = figures.length ? 3 : 5;
  const titleTop = 126;
  const layouts = [44, 40, 36].map((titleSize) => {
    const lines = wrapText(card.title, inner, titleSize * boldFactor);
    const titleLine = Math.round(titleSize * 1.23);
    const title = clampLines(lines, maxTitleLines);
    const figuresTop = titleTop + (title.length - 1) * titleLine + 40;
    return {
      titleSize,
      titleLine,
      title,
      whole: lines.length <= maxTitleLines,
      figuresTop,
      size: valueSize(figuresTop),
    };
  });
  const whole = layouts.filter((l) => l.whole);
  const chosen =
    whole.find((l) => (l.size ?? 0) >= 48) ?? whole.find((l) => l.size !== undefined) ?? whole[0] ?? layouts.at(-1)!;
  const { titleSize, titleLine, title, figuresTop } = chosen;
  const size = chosen.size ?? 40;
  const values = valueLines(size).map((lines) => clampLines(lines, 2));
  const figureMarks = figures
    .map((f, i) => {
      const x = left + i * (column + gap);
      const top = figuresTop + size * 0.9;
      const lines = values[i]!;
      const statusTop = top + (lines.length - 1) * size * 1.05 + 38;
      const status = clampLines(wrapText(f.status, column, 22 * boldFactor), 1);
      return (
        textBlock(lines, x, top, size, size * 1.05, `card-value${f.scenario ? ` scenario-${f.scenario}` : ''}`) +
        textBlock(status, x, statusTop, 22, 28, `card-status${f.scenario ? ` scenario-${f.scenario}` : ''}`) +
        textBlock(labels[i]!, x, statusTop + 30, 20, 25, 'img-subtitle')
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img">` +
    `<title>${escapeXml(card.title)}</title><style>${imageStyle}</style>` +
    `<rect width="100%" height="100%" fill="${lightImage.background}"/>` +
    `<rect x="0" y="0" width="14" height="${H}" fill="#1d5fa8"/>` +
    textBlock([card.kicker], left, 66, 24, 30, 'card-kicker') +
    textBlock(title, left, titleTop, titleSize, titleLine, 'img-title') +
    figureMarks +
    textBlock(source, left, footTop, 22, 28, 'img-source') +
    `<text class="card-domain" x="${W - left}" y="${H - 44}" text-anchor="end" style="font-size:26px">${escapeXml(card.domain)}</text>` +
    `</svg>`
  );
}
