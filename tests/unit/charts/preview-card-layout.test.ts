/**
 * Every link-preview card, as rendered (resvg, the fonts the build uses): its parts never run into each other.
 * The source line ends clear of the domain beside its last line, and the numbers' block ends well above the
 * source line, for a published domain and for a local build's longer note. Measured on the pixels, since the
 * layout's widths are estimates.
 */
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../../src/charts/render-png.ts';
import { previewCardFor } from '../../../src/charts/preview-cards.ts';
import { cardSvg } from '../../../src/charts/standalone-svg.ts';
import { decodePng } from '../../fixtures/png.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const model = loadModel();

const pages = [
  '/',
  '/scenarios/',
  ...model.charts.map((c) => `/charts/${c.id}/`),
  ...model.sources.map((s) => `/sources/${s.id}/`),
];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The ink of some of a card's text blocks alone, by class: the card drawn without its ground, its bar and its
 * other text, then every pixel with ink, as a box (or per row, for `rows`).
 */
function measureInk(svg: string, classes: string[]): Ink {
  const only = svg
    .replace(/<rect [^>]*\/>/g, '')
    .replace(/<text class="([^"]*)"[^>]*>.*?<\/text>/g, (text, cls: string) =>
      classes.includes(cls.split(' ')[0]!) ? text : '',
    );
  // Drawn at half size (a quarter of the pixels to read), then measured in the card's own 1200-px units.
  const pixels = decodePng(renderPng(only, 600));
  const box: Box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  const rows = new Map<number, { left: number; right: number }>();
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      if (pixels.at(x, y)[3] < 96) continue;
      const [cx, cy] = [x * 2, y * 2];
      box.left = Math.min(box.left, cx);
      box.right = Math.max(box.right, cx + 1);
      box.top = Math.min(box.top, cy);
      box.bottom = Math.max(box.bottom, cy + 1);
      const row = rows.get(cy) ?? { left: cx, right: cx + 1 };
      rows.set(cy, { left: Math.min(row.left, cx), right: Math.max(row.right, cx + 1) });
    }
  }
  return { box, rows };
}

interface Ink {
  box: Box;
  rows: Map<number, { left: number; right: number }>;
}

/** measureInk, once per card and set of blocks: both tests read a card's source line. */
const measured = new Map<string, Ink>();
function inkOf(svg: string, classes: string[]): Ink {
  const key = `${classes.join(' ')}\n${svg}`;
  if (!measured.has(key)) measured.set(key, measureInk(svg, classes));
  return measured.get(key)!;
}

describe('every link-preview card, rendered', () => {
  const cases = pages.flatMap((path) =>
    ['https://example.org', 'http://localhost:4321'].map((site) => ({
      path,
      site,
      card: previewCardFor(path, model, site),
    })),
  );

  it.each(cases)('$path ($site): the source line ends at least 24 px before the domain', ({ card }) => {
    const svg = cardSvg(card);
    const domain = inkOf(svg, ['card-domain']).box;
    const source = inkOf(svg, ['img-source']).rows;
    // The source's ink in the rows the domain's letters stand in.
    const beside = [...source].filter(([y]) => y >= domain.top && y <= domain.bottom).map(([, r]) => r.right);
    expect(Math.max(0, ...beside)).toBeLessThanOrEqual(domain.left - 24);
  });

  it.each(cases.filter((c) => c.card.figures.length > 0))(
    '$path ($site): the numbers, their status and labels end at least 24 px above the source line',
    ({ card }) => {
      const svg = cardSvg(card);
      const figures = inkOf(svg, ['card-value', 'card-status', 'img-subtitle']).box;
      const source = inkOf(svg, ['img-source']).box;
      const title = inkOf(svg, ['img-title']).box;
      expect(source.top - figures.bottom).toBeGreaterThanOrEqual(24);
      expect(figures.top - title.bottom).toBeGreaterThanOrEqual(24);
    },
  );
});
