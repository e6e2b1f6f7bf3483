/**
 * Charts need no JavaScript: with it off, every chart on every page that has one is drawn and visible.
 * The markup contract, data tables and downloads are checked over the built files (tests/dist/charts.test.ts).
 */
import { test, expect } from '@playwright/test';
import { builtPage, site } from '../support/site.ts';

const pagesWithCharts = [...site.pages, ...site.embeds].filter((p) => builtPage(p)('figure[data-chart]').length > 0);

test.use({ javaScriptEnabled: false });

for (const pathname of pagesWithCharts) {
  test(`charts on ${pathname} are visible with JavaScript off`, async ({ page }) => {
    await page.goto(pathname);
    // A chart may hold several drawings (one per layout width); one of them must show.
    const figures = await page.locator('figure[data-chart]').evaluateAll((figs) =>
      figs.map((fig) => ({
        id: fig.id,
        shown: [...fig.querySelectorAll('svg[role="img"]')].some((svg) => {
          const r = svg.getBoundingClientRect();
          const s = getComputedStyle(svg);
          return s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
        }),
      })),
    );
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((f) => !f.shown).map((f) => f.id)).toEqual([]);
  });
}
