/**
 * Embeds as a stranger's page sees them: a host page on ANOTHER origin pastes each chart's oEmbed HTML
 * (as a CMS would), at 360, 600 and 1000 px wide. The whole chart and its credit line must show inside the
 * advertised height without scrolling in the frame, every link must leave the frame, and a dark host can
 * pin the dark embed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { chartIds, local, ORIGIN, readDist, watch } from '../support/site.ts';

let host: http.Server;
let hostOrigin = '';
/** Host pages by path, set by each test before it loads one. */
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = http.createServer((req, res) => {
    const body = hostPages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

interface Oembed {
  html: string;
  height: number;
  width: number;
}

/** A chart's oEmbed answer, as built (how it is served is checked over the built files, tests/dist). */
function oembedOf(id: string): Oembed {
  const o = JSON.parse(readDist(`/oembed/${id}.json`)) as Oembed;
  // The snippet names the site's origin; a local build names the preview server already.
  return { ...o, html: o.html.replace(/https?:\/\/[^/"]+(?=\/embed\/)/g, ORIGIN) };
}

/** A blog post on the host origin with the snippets in a column of `width` px. */
async function openHost(page: Page, name: string, width: number, html: string, background = '#fff'): Promise<void> {
  const path = `/post-${name}-${width}-${hostPages.size}`;
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>A post</title><link rel="icon" href="data:,"></head><body style="margin:0;background:${background}"><main style="max-width:${width}px;margin:0 auto">` +
      `<p>A post that embeds a chart.</p>${html}<p>After the chart.</p></main></body></html>`,
  );
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${hostOrigin}${path}`);
  await page.locator('iframe').first().scrollIntoViewIfNeeded();
}

/** The snippet without its optional resize script. */
const stripScript = (o: Oembed): string => o.html.replace(/<script[^>]*><\/script>/, '');

/**
 * One post embedding every chart, one after another, as a long article would, each snippet without its
 * resize script: the static height alone must do.
 */
async function openHostWithEveryChart(page: Page, width: number): Promise<Oembed[]> {
  const embeds = chartIds.map(oembedOf);
  await openHost(page, 'every-chart', width, embeds.map((o) => `<section>${stripScript(o)}</section>`).join(''));
  return embeds;
}

for (const width of [360, 600, 1000]) {
  test(`at ${width} px, each chart's advertised height shows the whole chart and its credit, no scrolling in the frame`, async ({
    page,
  }) => {
    const embeds = await openHostWithEveryChart(page, width);
    for (const [i, id] of chartIds.entries()) {
      const o = embeds[i]!;
      const iframe = page.locator('iframe').nth(i);
      await iframe.scrollIntoViewIfNeeded();
      const frameBox = (await iframe.boundingBox())!;
      expect.soft(Math.round(frameBox.height), `${id}: the frame has the advertised height`).toBe(o.height);
      const frame = iframe.contentFrame();
      // One of its two drawings shows: the one that fits the frame.
      await expect(
        frame.locator(`figure[data-chart="${id}"] svg[role="img"]`).filter({ visible: true }),
        id,
      ).toHaveCount(1);
      const inner = await frame.locator('html').evaluate((html) => ({
        scrollHeight: html.scrollHeight,
        clientHeight: html.clientHeight,
        scrollWidth: html.scrollWidth,
        clientWidth: html.clientWidth,
      }));
      expect
        .soft(inner.scrollHeight, `${id}: content ${inner.scrollHeight} px tall in a ${o.height} px frame`)
        .toBeLessThanOrEqual(inner.clientHeight);
      expect.soft(inner.scrollWidth, `${id}: no horizontal scroll in the frame`).toBeLessThanOrEqual(inner.clientWidth);
      // The credit line ends inside the frame: the reader sees the source and the way to the chart page.
      const credit = (await frame.locator('.credit').boundingBox())!;
      expect
        .soft(credit.y + credit.height, `${id}: the credit ends inside the frame`)
        .toBeLessThanOrEqual(frameBox.y + frameBox.height);
      await expect.soft(frame.locator('.credit a', { hasText: 'Chart page' }), id).toBeVisible();
      await expect.soft(frame.locator('.credit a', { hasText: 'Get the data' }), id).toBeVisible();
      // Compact: no embed code, copy-link or data table inside the embed.
      await expect.soft(frame.locator('details, table, pre, textarea, button, [data-copy-link]'), id).toHaveCount(0);
    }
  });
}

// Every embed link's target and rel are checked over the built files (tests/dist/sharing.test.ts); here,
// once, the browser does what they say.
test('"Chart page" in an embed opens the chart in a new tab, and the frame keeps the embed', async ({
  page,
  context,
}) => {
  const w = watch(page);
  const id = chartIds[0]!;
  await openHost(page, id, 600, stripScript(oembedOf(id)));
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.frameLocator('iframe').locator('.credit a', { hasText: 'Chart page' }).click(),
  ]);
  await tab.waitForLoadState('domcontentloaded');
  expect(new URL(tab.url()).pathname).toBe(`/charts/${id}/`);
  await tab.close();
  const frameUrl = (await (await page.locator('iframe').elementHandle())!.contentFrame())!.url();
  expect(frameUrl, 'the frame still shows the embed').toBe(local(`/embed/${id}/`));
  expect(w.errors).toEqual([]);
});

// The script is async, so it may start listening before or after the frame's first report: both orders.
for (const when of ['in the snippet', 'added after the frame has loaded'] as const) {
  test(`with the optional script ${when}, the host fits the frame to the embed exactly, and logs no error`, async ({
    page,
  }) => {
    const w = watch(page);
    const id = 'lead-window';
    const o = oembedOf(id);
    const script = `${ORIGIN}/embed.js`;
    const snippet = o.html.replace(/<script[^>]*\/embed\.js"[^>]*><\/script>/, '');
    expect(snippet, 'the snippet carries the script').not.toBe(o.html);
    await openHost(
      page,
      id,
      360,
      when === 'in the snippet' ? `${snippet}<script async src="${script}"></script>` : snippet,
    );
    const frame = page.frameLocator('iframe');
    const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    if (when !== 'in the snippet') await page.addScriptTag({ url: script });
    await expect.poll(async () => Math.round((await page.locator('iframe').boundingBox())!.height)).toBe(content);
    // The host script must not ask a frame that is still blank (lazy, not yet loaded) for its height: Chromium
    // logs a target-origin error on the host's console for each.
    expect(w.errors).toEqual([]);
  });
}

test('the optional script asks no frame that has not loaded (a lazy one far down a post) or is not ours, for its height', async ({
  page,
}) => {
  // Chromium warns on the host's console for each message sent to a frame still blank, whose origin is the host's.
  const said: string[] = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
  const o = oembedOf('lead-window');
  const other = `<iframe src="data:text/html,another%20site's%20frame" title="another site's frame"></iframe>`;
  await openHost(page, 'lazy-below', 360, `${other}<div style="height:6000px"></div>${o.html}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelectorAll('script[src$="/embed.js"]').length === 1);
  await page.waitForTimeout(300);
  expect(said).toEqual([]);
});

test('with every chart in one post, each snippet as given (script included), every frame fits its embed without scrolling to it', async ({
  page,
}) => {
  const w = watch(page);
  const embeds = chartIds.map(oembedOf);
  // Most frames sit below the fold, where Chromium runs no rendering for them until they are scrolled to.
  await openHost(page, 'every-chart-script', 360, embeds.map((o) => `<section>${o.html}</section>`).join(''));
  await page.evaluate(() => window.scrollTo(0, 0));
  const frames = page.locator('iframe');
  for (let i = 0; i < embeds.length; i++) {
    // A lazy frame loads once it is near the viewport (till then it holds a blank page as tall as the frame, which
    // would "fit"): bring it 100 px below the fold, near but not in view, and wait for the embed in it.
    await frames.nth(i).evaluate((f) => {
      const top = f.getBoundingClientRect().top + scrollY;
      if (top > scrollY + innerHeight + 100) scrollTo(0, top - innerHeight - 100);
    });
    await expect(frames.nth(i).contentFrame().locator('figure[data-chart]')).toHaveCount(1);
    const content = await frames
      .nth(i)
      .contentFrame()
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.round((await frames.nth(i).boundingBox())!.height), { message: chartIds[i]! })
      .toBe(content);
  }
  expect(w.errors, 'the host page logs no error').toEqual([]);
});

test('a dark host page pins the dark embed; the default embed stays light, chart included, whatever the reader’s system', async ({
  page,
}) => {
  for (const system of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: system });
    const id = 'compute-gap';
    const o = oembedOf(id);
    // The page's background and the chart's text colour, which must contrast with it.
    const colours = async () =>
      page
        .frameLocator('iframe')
        .locator('body')
        .evaluate((b) => ({
          background: getComputedStyle(b).backgroundColor,
          chartText: getComputedStyle(b).getPropertyValue('--chart-fg').trim(),
        }));
    await openHost(page, id, 600, o.html);
    expect(await colours(), `the default embed is light for a reader whose system is ${system}`).toEqual({
      background: 'rgb(255, 255, 255)',
      chartText: '#1a1a1a',
    });
    await openHost(page, id, 600, o.html.replace(`/embed/${id}/`, `/embed/${id}/dark/`), '#111');
    expect(await colours(), `the /dark/ embed is dark for a reader whose system is ${system}`).toEqual({
      background: 'rgb(18, 18, 20)',
      chartText: '#ececef',
    });
  }
});
