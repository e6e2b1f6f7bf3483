/**
 * Every page a reader can reach: accessible (axe, WCAG 2.1 AA) in light and in dark, quiet (no console
 * error, no uncaught exception), self-contained (no request to another origin), usable on a 320 px
 * phone (no horizontal scroll), and with no broken internal link or #anchor.
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

test('every internal link and #anchor on every page resolves', async ({ page, request }) => {
  test.setTimeout(150_000);

  /** target URL without fragment → fragments wanted there → pages linking it (for the report) */
  const targets = new Map<string, Map<string, Set<string>>>();
  /** ids present on each page we visited */
  const idsOnPage = new Map<string, Set<string>>();

  const note = (target: string, fragment: string, from: string): void => {
    let frags = targets.get(target);
    if (!frags) targets.set(target, (frags = new Map()));
    let froms = frags.get(fragment);
    if (!froms) frags.set(fragment, (froms = new Set()));
    froms.add(from);
  };

  const collectIds = (p: Page): Promise<string[]> =>
    p.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));

  for (const pathname of allPages) {
    await page.goto(pathname, { waitUntil: 'domcontentloaded' });
    const url = new URL(page.url());
    idsOnPage.set(`${url.origin}${url.pathname}`, new Set(await collectIds(page)));
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => ({
        raw: a.getAttribute('href') ?? '',
        abs: (a as HTMLAnchorElement).href,
      })),
    );
    for (const { raw, abs } of links) {
      const isInternal = (raw.startsWith('/') && !raw.startsWith('//')) || raw.startsWith('#');
      if (!isInternal) continue;
      const u = new URL(abs);
      if (u.origin !== ORIGIN) continue;
      // A text fragment (#:~:text=…) is a directive to the browser, not an element id.
      let fragment = u.hash.replace(/^#/, '').split(':~:')[0] ?? '';
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        /* keep it raw; it will fail to match and be reported */
      }
      note(`${u.origin}${u.pathname}${u.search}`, fragment, `${pathname} (href="${raw}")`);
    }
  }

  const problems: string[] = [];
  const statusCache = new Map<string, number>();
  for (const [target, fragments] of targets) {
    let status = statusCache.get(target);
    if (status === undefined) {
      // No redirects: a static host will not add the trailing slash for us.
      const res = await request.get(target, { maxRedirects: 0, failOnStatusCode: false });
      status = res.status();
      statusCache.set(target, status);
    }
    const allFroms = [...fragments.values()].flatMap((s) => [...s]);
    if (status !== 200) {
      problems.push(
        `${target.replace(ORIGIN, '')} answers ${status}; linked from ${allFroms.slice(0, 5).join(', ')}${allFroms.length > 5 ? ` and ${allFroms.length - 5} more` : ''}`,
      );
      continue;
    }
    const wanted = [...fragments.keys()].filter((f) => f !== '' && f.toLowerCase() !== 'top');
    if (wanted.length === 0) continue;
    let ids = idsOnPage.get(target);
    if (!ids) {
      await page.goto(target, { waitUntil: 'domcontentloaded' });
      ids = new Set(await collectIds(page));
      idsOnPage.set(target, ids);
    }
    for (const f of wanted) {
      if (!ids.has(f)) {
        const froms = [...(fragments.get(f) ?? [])];
        problems.push(
          `${target.replace(ORIGIN, '')} has no element with id="${f}"; linked from ${froms.slice(0, 5).join(', ')}${froms.length > 5 ? ` and ${froms.length - 5} more` : ''}`,
        );
      }
    }
  }
  test.info().annotations.push({
    type: 'links',
    description: `${targets.size} distinct internal URLs checked from ${allPages.length} pages`,
  });
  expect(problems, 'broken internal links or anchors').toEqual([]);
});
