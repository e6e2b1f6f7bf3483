/**
 * Every page a reader can reach: accessible (axe, WCAG 2.1 AA) in light and in dark, quiet (no console
 * error, no uncaught exception), self-contained (no request to another origin), usable on a 320 px
 * phone (no horizontal scroll). Links and anchors are checked over the built files (tests/dist/links.test.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { site, ORIGIN, watch } from '../support/site.ts';

const allPages = [...site.pages, ...site.embeds];

function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((v) => [
    `${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`,
    ...v.nodes.map(
      (n) =>
        `    at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s*\n\s*/g, ' / ')}\n      ${n.html.slice(0, 200)}`,
    ),
  ]);
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Every WCAG 2.1 A/AA rule axe has, run in both schemes. */
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return describeViolations(results.violations);
}

test.describe(`every page (${site.pages.length} from the ${site.from}, ${site.embeds.length} embeds)`, () => {
  for (const pathname of allPages) {
    test(`${pathname} passes axe in light and dark, logs no error, stays on this origin, fits 320 px`, async ({
      page,
    }) => {
      const w = watch(page);

      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(pathname, { waitUntil: 'load' });
      expect(response?.status(), `${pathname} should answer 200`).toBe(200);
      expect.soft(await axe(page), `axe violations on ${pathname} in the light scheme`).toEqual([]);

      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect.soft(await axe(page), `axe violations on ${pathname} in the dark scheme`).toEqual([]);

      await page.setViewportSize({ width: 320, height: 640 });
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
    });
  }
});
