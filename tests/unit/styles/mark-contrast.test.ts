/**
 * A chart's marks are graphics a reader must see to read it (WCAG 1.4.11): each mark colour of the chart
 * stylesheet stands out from the chart's background by at least 3:1, in the light palette and the dark one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function palette(block: string | undefined): Record<string, string> {
  if (!block) throw new Error('a palette block is missing from chart.css');
  return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

const css = readFileSync('src/styles/chart.css', 'utf8');
const palettes = {
  light: palette(/:root\s*\{([^}]*)\}/.exec(css)?.[1]),
  dark: palette(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root[^{]*\{([^}]*)\}/.exec(css)?.[1]),
};

describe.each(Object.entries(palettes))('the %s chart palette', (_name, colours) => {
  it.each(['--data', '--reference', '--scenario-1', '--scenario-2'])(
    '%s stands out from the background by 3:1',
    (mark) => {
      expect(colours[mark], mark).toMatch(/^#/);
      expect(contrast(colours[mark]!, colours['--chart-bg']!)).toBeGreaterThanOrEqual(3);
    },
  );
});

it('contrast() finds the grey of the old reference bar too faint on white', () => {
  expect(contrast('#a1a1aa', '#ffffff')).toBeLessThan(3);
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
});
