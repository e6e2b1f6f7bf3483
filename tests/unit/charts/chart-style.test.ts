import { describe, expect, it } from 'vitest';
import { chartPalette, imageChartStyle } from '../../../src/charts/chart-style.ts';

describe('imageChartStyle()', () => {
  const css = imageChartStyle();

  it('imageChartStyle() is the page’s chart stylesheet with every colour resolved: no var(), no :root, no media query', () => {
    expect(css).not.toMatch(/var\(|:root|@media|\.chart-svg/);
    // The light palette: the data colour of the page's light scheme.
    expect(css).toMatch(/\.bar,\.key-swatch\{fill:#[0-9a-f]{6};stroke:#[0-9a-f]{6}/);
  });

  it('imageChartStyle() gives each status that is not a plain statement its own encoding', () => {
    const encodings = ['estimate', 'conditional', 'allegation', 'unverified'].map(
      (status) => new RegExp(`\\.status-${status}\\{([^}]*)\\}`).exec(css)?.[1],
    );
    for (const encoding of encodings) expect(encoding).toBeTruthy();
    expect(new Set(encodings).size).toBe(4);
  });

  it('imageChartStyle(css) names a variable that has no light value', () => {
    expect(() => imageChartStyle(':root{--a:#fff}.x{fill:var(--b)}')).toThrow(/--b/);
  });

  it('imageChartStyle(css, "dark") resolves the dark block over the light one, as a browser in dark mode does', () => {
    const css =
      ':root{--a:#fff;--b:#111;}@media (prefers-color-scheme: dark){:root{--a:#000;}}.x{fill:var(--a);stroke:var(--b)}';
    expect(imageChartStyle(css, 'dark')).toContain('.x{fill:#000;stroke:#111}');
    expect(imageChartStyle(css)).toContain('.x{fill:#fff;stroke:#111}');
    expect(chartPalette(undefined, 'dark').get('--chart-bg')).not.toBe(chartPalette().get('--chart-bg'));
  });

  it('imageChartStyle(css, "dark") names a stylesheet that has no dark block', () => {
    expect(() => imageChartStyle(':root{--a:#fff}.x{fill:var(--a)}', 'dark')).toThrow(/prefers-color-scheme: dark/);
  });
});
