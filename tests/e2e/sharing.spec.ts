/**
 * Sharing, as the other end sees it: a link-preview scraper gets a title, a description and a
 * 1200×630 PNG for every chart page; an oEmbed consumer discovers a `rich` iframe embed; the embed
 * page renders inside a frame on another page.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { site, chartIds, ORIGIN, local, watch } from '../support/site.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * open-graph-scraper's URL check wants a top-level domain by default, which "localhost" lacks; these
 * are its defaults with require_tld off (its fetch, undici, works on Node 20 here).
 */
const urlValidatorSettings = {
  allow_fragments: true,
  allow_protocol_relative_urls: false,
  allow_query_components: true,
  allow_trailing_dot: false,
  allow_underscores: false,
  protocols: ['http', 'https'],
  require_host: true,
  require_port: false,
  require_protocol: false,
  require_tld: false,
  require_valid_protocol: true,
  validate_length: true,
};

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_MAGIC) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchPng(
  request: APIRequestContext,
  url: string,
): Promise<{ status: number; type: string; size: { width: number; height: number } | null }> {
  const res = await request.get(local(url), { maxRedirects: 0, failOnStatusCode: false });
  return {
    status: res.status(),
    type: res.headers()['content-type'] ?? '',
    size: res.status() === 200 ? pngSize(await res.body()) : null,
  };
}

for (const id of chartIds) {
  test.describe(`sharing /charts/${id}/`, () => {
    test('a link preview gets title, description, a 1200×630 PNG, a large card and a canonical URL', async ({
      page,
      request,
    }) => {
      const { result, error } = await ogs({ url: `${ORIGIN}/charts/${id}/`, urlValidatorSettings, timeout: 10 });
      expect(error, `open-graph-scraper failed on /charts/${id}/: ${JSON.stringify(result)}`).toBe(false);
      expect.soft(result.ogTitle ?? '', 'og:title').not.toBe('');
      expect.soft(result.ogDescription ?? '', 'og:description').not.toBe('');
      expect.soft(result.twitterCard, 'twitter:card').toBe('summary_large_image');
      const image = result.ogImage?.[0]?.url ?? '';
      expect(image, 'og:image').not.toBe('');
      expect.soft(new URL(image, ORIGIN).pathname, 'og:image should be the chart preview').toBe(`/og/${id}.png`);
      expect.soft(image, 'og:image must be absolute for scrapers').toMatch(/^https?:\/\//);
      const png = await fetchPng(request, image);
      expect.soft(png.status, `${image} status`).toBe(200);
      expect.soft(png.type, `${image} content-type`).toContain('image/png');
      expect.soft(png.size, `${image} should be a 1200×630 PNG`).toEqual({ width: 1200, height: 630 });

      await page.goto(`/charts/${id}/`);
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical, 'a canonical link').toBeTruthy();
      expect.soft(canonical ?? '', 'the canonical URL is absolute').toMatch(/^https?:\/\//);
      expect
        .soft(new URL(canonical ?? '/', ORIGIN).pathname, 'the canonical URL is this chart page')
        .toBe(`/charts/${id}/`);
    });

    test('oEmbed is discoverable and describes a rich iframe embed', async ({ page, request }) => {
      await page.goto(`/charts/${id}/`);
      const discovery = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
      await expect(discovery, 'one oEmbed discovery link').toHaveCount(1);
      const href = (await discovery.getAttribute('href')) ?? '';
      expect(new URL(href, ORIGIN).pathname).toBe(`/oembed/${id}.json`);

      const res = await request.get(local(href), { maxRedirects: 0, failOnStatusCode: false });
      expect(res.status(), `${href} status`).toBe(200);
      expect.soft(res.headers()['content-type'] ?? '', `${href} content-type`).toContain('json');
      const oembed = (await res.json()) as Record<string, unknown>;
      expect.soft(oembed['version'], 'oEmbed version').toBe('1.0');
      expect.soft(oembed['type'], 'oEmbed type').toBe('rich');
      for (const key of ['title', 'provider_name'] as const) {
        expect
          .soft(
            typeof oembed[key] === 'string' && (oembed[key] as string).trim() !== '',
            `oEmbed ${key} should be a non-empty string`,
          )
          .toBe(true);
      }
      for (const key of ['width', 'height'] as const) {
        expect
          .soft(
            typeof oembed[key] === 'number' && (oembed[key] as number) > 0,
            `oEmbed ${key} should be a positive number (got ${JSON.stringify(oembed[key])})`,
          )
          .toBe(true);
      }
      const html = typeof oembed['html'] === 'string' ? oembed['html'] : '';
      const src = /<iframe\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(src, `oEmbed html should hold an <iframe src>: ${html}`).not.toBe('');
      expect(new URL(src, ORIGIN).pathname, 'the iframe shows the embed page').toBe(`/embed/${id}/`);
    });

    test('the embed renders inside an iframe on another page', async ({ page }) => {
      const w = watch(page);
      // A stand-in for a third-party page that pastes the embed code; served on this origin so the test
      // stays offline, at a path the site does not use.
      const parent = `${ORIGIN}/__e2e-parent/${id}/`;
      await page.route(parent, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title></head><body><p>A post that embeds a chart.</p><iframe src="/embed/${id}/" title="chart" width="600" height="338" style="border:0;max-width:100%"></iframe></body></html>`,
        }),
      );
      await page.goto(parent);
      const frame = page.frameLocator('iframe');
      const figure = frame.locator(`figure[data-chart="${id}"]`);
      await expect(figure, `the embedded /embed/${id}/ should show its chart`).toBeVisible();
      await expect(frame.locator(`figure[data-chart="${id}"] svg[role="img"]:visible`).first()).toBeVisible();
      const box = await frame.locator(`figure[data-chart="${id}"] svg[role="img"]:visible`).first().boundingBox();
      expect(box && box.width > 0 && box.height > 0, `the chart in the frame has a size (${JSON.stringify(box)})`).toBe(
        true,
      );
      expect(w.errors, 'console or page errors in the parent or the frame').toEqual([]);
      expect(w.foreign).toEqual([]);
    });
  });
}

test('every page that declares a link-preview image points at a 1200×630 PNG that exists', async ({ request }) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  const checked = new Map<string, string | null>();
  for (const pathname of site.pages) {
    const res = await request.get(pathname);
    const { result, error } = await ogs({ html: await res.text() });
    if (error) {
      problems.push(`${pathname}: open-graph-scraper could not read the page`);
      continue;
    }
    const urls = new Set(
      [...(result.ogImage ?? []), ...(result.twitterImage ?? [])].map((img) => img.url).filter(Boolean),
    );
    for (const url of urls) {
      if (!checked.has(url)) {
        const png = await fetchPng(request, url);
        checked.set(
          url,
          png.status !== 200
            ? `answers ${png.status}`
            : !png.size
              ? `is not a PNG (${png.type})`
              : png.size.width !== 1200 || png.size.height !== 630
                ? `is ${png.size.width}×${png.size.height}, not 1200×630`
                : null,
        );
      }
      const problem = checked.get(url);
      if (problem) problems.push(`${pathname}: preview image ${url} ${problem}`);
    }
  }
  expect(problems, 'broken link-preview images').toEqual([]);
});
