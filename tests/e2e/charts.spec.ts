/**
 * Charts, as a reader meets them: every chart on every page keeps the markup contract (DESIGN.md,
 * "Charts") and shows without JavaScript; every chart page has its data table and working downloads.
 */
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { site, chartIds, ORIGIN, fold } from '../support/site.ts';

const REQUIRED_CHARTS = ['lead-window', 'huawei-share', 'compute-gap'];

test('the required charts exist, each with its page', () => {
  for (const id of REQUIRED_CHARTS) {
    expect(chartIds, `chart "${id}" should have a page at /charts/${id}/`).toContain(id);
  }
});

/**
 * Status of each /sources/ target, and the ids on it, cached per worker: many charts cite the same page.
 */
const targetCache = new Map<string, Promise<{ status: number; ids: Set<string> }>>();
function fetchTarget(request: APIRequestContext, pathname: string): Promise<{ status: number; ids: Set<string> }> {
  let hit = targetCache.get(pathname);
  if (!hit) {
    hit = (async () => {
      const res = await request.get(pathname, { maxRedirects: 0, failOnStatusCode: false });
      const html = res.status() === 200 ? await res.text() : '';
      // Ids are simple slugs on this site; a regex over the HTML is enough to know the anchor exists.
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
      return { status: res.status(), ids };
    })();
    targetCache.set(pathname, hit);
  }
  return hit;
}

interface FigureFacts {
  id: string;
  dataChart: string;
  svgCount: number;
  title: string;
  desc: string;
  figcaption: string | null;
  links: string[];
  permalink: boolean;
  box: { width: number; height: number } | null;
  visible: boolean;
}

async function figureFacts(page: Page): Promise<FigureFacts[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].map((fig) => {
      const chart = fig.dataset['chart'] ?? '';
      const svgs = fig.querySelectorAll('svg[role="img"]');
      // A chart is drawn twice (narrow and wide layouts); CSS shows the one that fits.
      const svg = [...svgs].find((s) => getComputedStyle(s).display !== 'none') ?? svgs[0];
      const title = svg?.querySelector(':scope > title')?.textContent ?? '';
      const desc = svg?.querySelector(':scope > desc')?.textContent ?? '';
      const rect = svg?.getBoundingClientRect();
      const style = svg ? getComputedStyle(svg) : null;
      const links = [...fig.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href') ?? '');
      return {
        id: fig.id,
        dataChart: chart,
        svgCount: svgs.length,
        title,
        desc,
        figcaption: fig.querySelector('figcaption')?.textContent ?? null,
        links,
        permalink: links.some((h) => {
          try {
            return new URL(h, location.href).pathname === `/charts/${chart}/`;
          } catch {
            return false;
          }
        }),
        box: rect ? { width: rect.width, height: rect.height } : null,
        visible: !!style && style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0,
      };
    }),
  );
}

test.describe('every chart on every page keeps the markup contract, with JavaScript off', () => {
  for (const pathname of [...site.pages, ...site.embeds]) {
    test(`charts on ${pathname}`, async ({ browser, request }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        const res = await page.goto(pathname);
        expect(res?.status()).toBe(200);
        const figures = await figureFacts(page);
        const chartHere = /^\/(?:charts|embed)\/([^/]+)\/$/.exec(pathname)?.[1];
        if (chartHere)
          expect(
            figures.map((f) => f.dataChart),
            `${pathname} should show chart "${chartHere}"`,
          ).toContain(chartHere);
        test.info().annotations.push({ type: 'charts', description: `${figures.length} on ${pathname}` });

        for (const f of figures) {
          const where = `figure[data-chart="${f.dataChart}"] on ${pathname}`;
          expect.soft(f.id, `${where}: id should equal data-chart`).toBe(f.dataChart);
          expect.soft(f.svgCount, `${where}: should hold an <svg role="img">`).toBeGreaterThanOrEqual(1);
          expect.soft(fold(f.title), `${where}: the svg needs a non-empty <title>`).not.toBe('');
          expect.soft(fold(f.desc), `${where}: the svg needs a non-empty <desc>`).not.toBe('');
          expect.soft(f.figcaption, `${where}: needs a <figcaption>`).not.toBeNull();
          expect
            .soft(fold(f.figcaption), `${where}: the figcaption should carry the chart title`)
            .toContain(fold(f.title));
          expect.soft(f.permalink, `${where}: needs a permalink to /charts/${f.dataChart}/`).toBe(true);
          expect
            .soft(
              f.visible && !!f.box && f.box.width > 0 && f.box.height > 0,
              `${where}: the chart should be visible without JavaScript (box ${JSON.stringify(f.box)})`,
            )
            .toBe(true);

          const sourceLinks = f.links.filter((h) => h.startsWith('/sources/') || h.startsWith('https://'));
          expect
            .soft(sourceLinks.length, `${where}: needs at least one source link (/sources/… or https://…)`)
            .toBeGreaterThanOrEqual(1);
          for (const href of sourceLinks) {
            if (href.startsWith('https://')) {
              // The tests run offline: an external source must at least be a well-formed https URL.
              expect.soft(() => new URL(href), `${where}: source link ${href} is not a URL`).not.toThrow();
              continue;
            }
            const u = new URL(href, ORIGIN);
            const target = await fetchTarget(request, u.pathname);
            expect.soft(target.status, `${where}: source link ${href} answers ${target.status}`).toBe(200);
            const fragment = decodeURIComponent(u.hash.slice(1).split(':~:')[0] ?? '');
            if (fragment)
              expect
                .soft(target.ids.has(fragment), `${where}: source link ${href} points at no id="${fragment}"`)
                .toBe(true);
          }
        }
      } finally {
        await context.close();
      }
    });
  }
});

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test.describe('every chart page has its data table and downloads', () => {
  for (const id of chartIds) {
    test(`/charts/${id}/`, async ({ page, request }) => {
      await page.goto(`/charts/${id}/`);
      const figure = page.locator(`figure[data-chart="${id}"]`).first();
      await expect(figure).toBeVisible();
      const title = fold(await figure.locator('svg[role="img"] > title').first().textContent());

      const rows = await page.locator('main table tbody tr').count();
      expect.soft(rows, `/charts/${id}/ should have a data table with at least one row`).toBeGreaterThanOrEqual(1);

      const downloads = [
        { path: `/charts/${id}.svg`, type: 'image/svg+xml' },
        { path: `/charts/${id}.png`, type: 'image/png' },
        { path: `/data/${id}.csv`, type: 'text/csv' },
      ];
      for (const d of downloads) {
        await expect
          .soft(page.locator(`a[href="${d.path}"]`).first(), `/charts/${id}/ should link its download ${d.path}`)
          .toBeAttached();
        const res = await request.get(d.path, { maxRedirects: 0, failOnStatusCode: false });
        expect.soft(res.status(), `${d.path} status`).toBe(200);
        if (res.status() !== 200) continue;
        expect.soft(res.headers()['content-type'] ?? '', `${d.path} content-type`).toContain(d.type);
        const body = await res.body();
        expect.soft(body.length, `${d.path} should not be empty`).toBeGreaterThan(0);

        if (d.type === 'image/png') {
          expect
            .soft(body.subarray(0, 8).equals(PNG_MAGIC), `${d.path} should start with the PNG signature`)
            .toBe(true);
        } else if (d.type === 'image/svg+xml') {
          const parsed = await page.evaluate((text) => {
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            const error = doc.querySelector('parsererror');
            return {
              error: error ? error.textContent : null,
              root: doc.documentElement.localName,
              text: doc.documentElement.textContent ?? '',
            };
          }, body.toString('utf8'));
          expect.soft(parsed.error, `${d.path} should parse as XML`).toBeNull();
          expect.soft(parsed.root, `${d.path} root element`).toBe('svg');
          expect.soft(fold(parsed.text), `${d.path} should carry the chart title inside the image`).toContain(title);
        } else {
          const text = body.toString('utf8').replace(/^\uFEFF/, '');
          const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
          const header = (lines[0] ?? '').split(',').map((c) =>
            c
              .trim()
              .replace(/^"(.*)"$/, '$1')
              .toLowerCase(),
          );
          expect
            .soft(header, `${d.path}: the first line should be a header with a "source" column`)
            .toContain('source');
          expect.soft(lines.length, `${d.path} should hold at least one data row`).toBeGreaterThanOrEqual(2);
        }
      }
    });
  }
});
