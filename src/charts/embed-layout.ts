// The embed's layout, described once: its text, its sizes (which src/layouts/Embed.astro's CSS uses) and
// the iframe height derived from them. The browser test (tests/e2e/embed.spec.ts) proves the height right.
import type { Chart } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { chartClaimants, claimedByText, disputedWhere, sourcesWord } from './chart-from-content.ts';
import { chartLayouts } from './chart-drawings.ts';
import { chartSources, type SourceLink } from './chart-links.ts';
import { drawingAt, type DrawingKind } from './drawing-at.ts';
import type { Scene } from './scene.ts';
import { wrapText } from './wrap-text.ts';
import { formatDate, siteName } from '../site.ts';

/** Sizes in CSS pixels. Embed.astro sets exactly these; change them here and there together. */
export const embedBox = {
  /** Padding around the content, all sides. */
  pad: 12,
  titleSize: 18,
  titleLine: 24,
  subtitleSize: 14,
  subtitleLine: 20,
  /** Space under the subtitle, above the chart (whose width follows drawingAt, as on the site's pages). */
  subtitleGap: 8,
  smallSize: 13,
  smallLine: 18,
  /** Space above each line of small print (flag, note, credit). */
  smallGap: 8,
  /** The widest frame the snippet allows (style="width:100%;max-width:600px"). */
  frameMaxWidth: 600,
  /** The narrowest frame the height is made for: a 320 px phone less a host page's margins. */
  frameMinWidth: 280,
} as const;

/** What the embed prints, as text: the height is computed from the same words the page shows. */
export interface EmbedParts {
  /** The chart laid out twice, as on the site's pages: the frame shows the one that fits (drawingAt). */
  scenes: Record<DrawingKind, Scene>;
  title: string;
  subtitle: string;
  /** "Sources disagree on …" when a figure of the chart is disputed. */
  flag?: string;
  note?: string;
  /** "Corrected 24 November 2026 …" when the corrections log names this chart: a copy on someone else's page
   *  should say it has changed, and where to read what changed. */
  correction?: string;
  claimants: string[];
  /** The source links of the credit line: pages on this site only (the chart page carries the rest). */
  sources: SourceLink[];
}

export function embedParts(chart: Chart, model: Model): EmbedParts {
  const flags = model.discrepanciesByChart.get(chart.id) ?? [];
  return {
    scenes: chartLayouts(chart, model),
    title: chart.title,
    subtitle: chart.subtitle,
    ...(flags.length
      ? {
          flag: `Sources disagree ${disputedWhere(flags.length)}: ${flags.map((d) => d.topic).join('; ')}.`,
        }
      : {}),
    ...(chart.note ? { note: `Note: ${chart.note}` } : {}),
    ...correctionLine(model.correctionsFor(`/charts/${chart.id}/`)),
    claimants: chartClaimants(chart, model),
    sources: chartSources(chart, model).map((s) => s.credit),
  };
}

/** The embed's correction line, in words: the latest date, and how many when there are several. */
function correctionLine(corrections: readonly { date: string }[]): { correction?: string } {
  const latest = corrections[0];
  if (!latest) return {};
  const count = corrections.length > 1 ? ` (${corrections.length} corrections)` : '';
  return { correction: `Corrected ${formatDate(latest.date)}${count}: what changed` };
}

/** The credit line, in words: who claims it, the sources, and the two links out. */
export function creditText(parts: EmbedParts): string {
  return `${claimedByText(parts.claimants)}. ${sourcesWord(parts.sources.length)}: ${parts.sources
    .map((s) => s.label)
    .join(', ')}. Chart page on ${siteName} · Get the data`;
}

/**
 * Lines a text takes at a frame width. Generous: glyphs are counted 15% wider than wrapText's estimate
 * (bold 30%), because the reader's system font may be wider than the one the estimate was made for.
 */
function lines(text: string, width: number, size: number, bold = false): number {
  return wrapText(text, width, size * (bold ? 1.3 : 1.15)).length;
}

/** The embed's height at one frame width, from the layout above. */
export function embedHeightAt(parts: EmbedParts, frameWidth: number): number {
  const b = embedBox;
  const inner = frameWidth - 2 * b.pad;
  const drawing = drawingAt(inner);
  const scene = parts.scenes[drawing.kind];
  const small = [parts.flag, parts.note, parts.correction, creditText(parts)].filter((t): t is string => !!t);
  return (
    2 * b.pad +
    lines(parts.title, inner, b.titleSize, true) * b.titleLine +
    lines(parts.subtitle, inner, b.subtitleSize) * b.subtitleLine +
    b.subtitleGap +
    (drawing.width * scene.height) / scene.width +
    small.reduce((sum, t) => sum + b.smallGap + lines(t, inner, b.smallSize) * b.smallLine, 0)
  );
}

/** The iframe height the snippet advertises: enough at every frame width it allows. */
export function embedHeight(parts: EmbedParts): number {
  let most = 0;
  for (let w = embedBox.frameMinWidth; w <= embedBox.frameMaxWidth; w += 10) {
    most = Math.max(most, embedHeightAt(parts, w));
  }
  return Math.ceil(most) + 4;
}
