/**
 * Every page a reader can reach: accessible (axe, WCAG 2.2 AA; in dark, the colour rules), quiet (no console
 * error, no uncaught exception), self-contained (no request to another origin), usable on a 320 px
 * phone (no horizontal scroll), and showing its charts with JavaScript off. Links and anchors are
 * checked over the built files (tests/dist/links.test.ts).
 */
import type { Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { builtPage, distFile, readDist, site, ORIGIN, watch } from '../support/site.ts';
import { axeViolations, COLOUR_RULES } from './support/axe.ts';
import { test, expect } from './support/fixtures.ts';

/**
 * Largest first, so the long review pages start early instead of leaving one worker busy at the end.
 * Only the order of the tests changes.
 */
const allPages = [...site.pages, ...site.embeds].sort(
  (a, b) => statSync(distFile(b)).size - statSync(distFile(a)).size,
);

/** `/embed/<id>/` for `/embed/<id>/dark/`: the same page but for its theme (checked below). */
const lightTwinOf = (pathname: string): string | undefined => /^(\/embed\/[^/]+\/)dark\/$/.exec(pathname)?.[1];
/** A page's markup with its theme taken out, to compare a dark embed with its light twin. */
const withoutTheme = (pathname: string): string =>
  readDist(pathname)
    .replace(/data-theme="(light|dark)"/, '')
    .replace(/<meta name="color-scheme" content="[a-z ]+">/, '');

/** The page's own colours: background, text, and chart text. */
async function palette(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return [body.backgroundColor, body.color, root.getPropertyValue('--chart-fg').trim()];
  });
}

/**
 * Ids of the charts on a page that show no drawing with JavaScript off. A chart may hold several
 * drawings (one per layout width); one of them must show. The markup itself is checked over the built
 * files (tests/dist/charts.test.ts).
 */
async function chartsHiddenWithoutJavaScript(page: Page, pathname: string): Promise<string[]> {
  await page.goto(pathname);
  const figures = await page.locator('figure[data-chart]').evaluateAll((figs) =>
    figs.map((fig) => ({
      id: fig.id,
      shown: [...fig.querySelectorAll('svg[role="img"]')].some((svg) => {
        const r = svg.getBoundingClientRect();
        return getComputedStyle(svg).visibility !== 'hidden' && r.width > 0 && r.height > 0;
      }),
    })),
  );
  return figures.filter((f) => !f.shown).map((f) => f.id);
}

// A guard against hanging: axe over the longest review pages takes tens of seconds on a busy 2-core machine.
test.describe.configure({ timeout: 150_000 });

test.describe(`every page (${site.pages.length} from the ${site.from}, ${site.embeds.length} embeds)`, () => {
  for (const pathname of allPages) {
    test(`${pathname} passes axe in light and dark, logs no error, stays on this origin, fits 320 px, shows its charts without JavaScript`, async ({
      page,
      noScriptPage,
    }) => {
      const w = watch(page);

      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(pathname, { waitUntil: 'load' });
      expect(response?.status(), `${pathname} should answer 200`).toBe(200);
      const twin = lightTwinOf(pathname);
      if (twin) {
        // A dark embed is its light twin's markup in other colours: the twin gets every rule, this one
        // the colour rules, once the markup is shown to be the same.
        expect(withoutTheme(pathname), `${pathname} differs from ${twin} only in its theme`).toBe(withoutTheme(twin));
        expect.soft(await axeViolations(page, COLOUR_RULES), `axe colour violations on ${pathname}`).toEqual([]);
      } else {
        expect
          .soft(await axeViolations(page), `axe violations (WCAG 2.2 AA) on ${pathname} in the light scheme`)
          .toEqual([]);
      }

      const lightPalette = await palette(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      if (pathname.startsWith('/embed/')) {
        // An embed pins its theme (light, or dark under /dark/): the reader's scheme changes nothing, so
        // the pass above covers it.
        expect.soft(await palette(page), `${pathname} keeps its pinned colours in a dark system`).toEqual(lightPalette);
      } else {
        expect
          .soft(await axeViolations(page, COLOUR_RULES), `axe colour violations on ${pathname} in the dark scheme`)
          .toEqual([]);
      }

      await page.setViewportSize({ width: 320, height: 640 });
      // With every fold open: a data table or a note a reader opens must not push the page sideways either.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Let layout settle after the resize before measuring.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.scrollWidth;
        // Name the widest offenders so a failure says what to fix.
        const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > 320.5)
          .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= 320.5)
          .slice(0, 5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`,
          );
        return { width, culprits };
      });
      expect
        .soft(
          overflow.width,
          `${pathname} scrolls sideways at 320 px; elements past the edge: ${overflow.culprits.join('; ') || 'none found'}`,
        )
        .toBeLessThanOrEqual(320);

      expect.soft(w.errors, `console or page errors on ${pathname}`).toEqual([]);
      expect.soft(w.foreign, `requests to another origin than ${ORIGIN} from ${pathname}`).toEqual([]);

      if (builtPage(pathname)('figure[data-chart]').length > 0) {
        expect
          .soft(await chartsHiddenWithoutJavaScript(noScriptPage, pathname), `charts not shown on ${pathname}`)
          .toEqual([]);
      }
    });
  }
});
