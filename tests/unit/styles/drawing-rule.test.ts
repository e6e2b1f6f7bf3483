/**
 * Which drawing a chart box shows is written twice: as a container query in site.css (what a reader's
 * browser does) and in drawing-at.ts (what the embed's iframe height is computed from). These tests hold
 * the two to the same breakpoint and widths, so a change to one cannot make an embed's frame cut its chart.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { maxWidth, wideFrom } from '../../../src/charts/drawing-at.ts';

const css = readFileSync('src/styles/site.css', 'utf8');

/** The px value of `property` in the first rule for `selector` outside any at-rule block. */
function pxOf(selector: string, property: string): number | undefined {
  const block = new RegExp(`(?:^|\\})\\s*${selector.replace(/\./g, '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  const value = block && new RegExp(`${property}:\\s*([\\d.]+)px`).exec(block)?.[1];
  return value ? Number(value) : undefined;
}

it('site.css swaps to the wide drawing at the width drawing-at.ts gives', () => {
  const query = /@container\s*\(min-width:\s*([\d.]+)px\)\s*\{[^@]*?\.chart-svg\.wide\s*\{\s*display:\s*block/.exec(
    css,
  );
  expect(Number(query?.[1])).toBe(wideFrom);
});

it('site.css caps each drawing at the width drawing-at.ts gives', () => {
  expect(pxOf('.chart-svg.narrow', 'max-width')).toBe(maxWidth.narrow);
  expect(pxOf('.chart-svg.wide', 'max-width')).toBe(maxWidth.wide);
});
