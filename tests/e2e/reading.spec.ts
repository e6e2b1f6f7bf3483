/**
 * Reading at a glance, as a reader's browser lays it out: the home page's first screen, chart text
 * sizes at every width, the one-or-both scenarios switch without JavaScript, and touch target sizes.
 */
import { test, expect } from './support/fixtures.ts';

for (const [width, height] of [
  [390, 844],
  [1280, 800],
]) {
  test(`the home page's first screen at ${width}×${height} shows both scenarios and the three headline figures`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: width!, height: height! });
    await page.goto('/');
    const inFirstScreen = async (selector: string, count: number) => {
      const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
      expect(boxes, selector).toHaveLength(count);
      for (const bottom of boxes)
        expect(bottom, `${selector} ends within the first screen`).toBeLessThanOrEqual(height!);
    };
    await inFirstScreen('.scenario-card', 2);
    await inFirstScreen('.headlines li', 3);
    // Each headline links to its chart, which is on the page.
    for (const href of await page.locator('.headlines a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`figure${href}`)).toHaveCount(1);
    }
    await page.close();
  });
}

// An embed's frame is 280 to 600 px wide (the snippet's max-width); wider here, it still keeps to the rule.
for (const path of ['/', '/charts/', '/charts/lead-window/', '/embed/lead-window/', '/embed/timeline/']) {
  test(`chart text on ${path} is 12–18 px at every width from 320 to 1440 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(path);
    for (const width of [320, 390, 600, 768, 1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      // Let layout settle after the resize before measuring.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const sizes = await page.locator('svg.chart-svg').evaluateAll((svgs) =>
        svgs
          .filter((svg) => getComputedStyle(svg).display !== 'none')
          .flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
          }),
      );
      expect(sizes.length, `${path} at ${width} px`).toBeGreaterThan(0);
      expect(Math.min(...sizes), `${path} at ${width} px: smallest chart text`).toBeGreaterThanOrEqual(11.9);
      expect(Math.max(...sizes), `${path} at ${width} px: largest chart text`).toBeLessThanOrEqual(18.1);
    }
    await page.close();
  });
}

test('/scenarios/ shows one scenario or both, without JavaScript, and stays under about 12,000 px on a phone', async ({
  noScriptPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/scenarios/');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(12500);
  const cells = (id: string) => page.locator(`.cell[data-scenario="${id}"]:visible`).count();
  expect(await cells('ccp-competitive')).toBeGreaterThan(10);
  await page.locator('label', { has: page.locator('#view-1') }).click();
  expect(await cells('ccp-competitive')).toBe(0);
  expect(await cells('democracies-lead')).toBeGreaterThan(10);
  await page.locator('#view-2').check();
  expect(await cells('democracies-lead')).toBe(0);
  // The bar naming the scenarios stays in view while reading.
  await page.locator('#row-resilience').scrollIntoViewIfNeeded();
  const bar = await page.locator('.scenario-bar').boundingBox();
  expect(bar!.y).toBeLessThanOrEqual(1);
  // …and takes one row of it, even at 320 px: two rows (96 px) were a sixth of a small phone's screen.
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 568 });
    expect((await page.locator('.scenario-bar').boundingBox())!.height, `${width} px`).toBeLessThanOrEqual(56);
  }
});

test('on a phone the site navigation and citation markers are at least 44 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/scenarios/');
  const heights = async (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().height),
      );
  for (const selector of ['.site-nav a', '.cite-marker', '.chapters a', '.scenario-bar label']) {
    const hs = await heights(selector);
    expect(hs.length, selector).toBeGreaterThan(0);
    expect(Math.min(...hs), selector).toBeGreaterThanOrEqual(44);
  }
  await page.close();
});

test("on a phone the link home, the ways in and a page's contents, a chart's own links and the corrections fold are at least 44 px tall", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, selectors] of [
    ['/', ['a.brand', '.ways-in a', '.chart-links a', '.corrections-note summary']],
    ['/sources/daily-scout/', ['.toc a']],
    ['/citations/', ['.toc a']],
    // Last: the share panel below is this page's.
    ['/charts/lead-window/', ['a.brand', '.chart-links a']],
  ] as const) {
    await page.goto(path);
    for (const selector of selectors) {
      const hs = await page
        .locator(selector)
        .evaluateAll((els) =>
          els.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().height),
        );
      expect(hs.length, `${path} ${selector}`).toBeGreaterThan(0);
      expect(Math.min(...hs), `${path} ${selector}`).toBeGreaterThanOrEqual(44);
    }
  }
  // The share panel's folds (the dark embed, BibTeX) are controls too: 24 px at least.
  const folds = await page
    .locator('.share-panel summary')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(folds.length).toBeGreaterThan(1);
  expect(Math.min(...folds)).toBeGreaterThanOrEqual(24);
});

// The type scale (src/styles/site.css): 14 px small, 16 px body, 20 px headings and a display size for page
// titles and the home page's headline figures (24 px on a phone, 32 px on a desktop), in regular or bold;
// a chart page's title, the chart's headline sentence, grows from the 20 px heading size instead.
// Each size × weight is a font the browser sets up before its first layout, so a stray size costs speed
// as well as consistency. Code (monospace) and chart text (checked above) are left out.
for (const [width, display] of [
  [390, 24],
  [1280, 32],
]) {
  test(`text keeps to the type scale at ${width} px: 14, 16, 20 and ${display} px, regular or bold`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: width!, height: 800 });
    for (const path of [
      '/',
      '/scenarios/',
      '/charts/',
      '/charts/lead-window/',
      '/sources/anthropic-2028-paper/',
      '/citations/',
      '/corrections/',
      '/about/',
      '/search/',
    ]) {
      await page.goto(path);
      const fonts = await page.evaluate(() => {
        const seen = new Map<string, string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (!node.textContent!.trim() || el.closest('svg') || !el.getClientRects().length) continue;
          const style = getComputedStyle(el);
          if (/mono/.test(style.fontFamily)) continue;
          const font = `${parseFloat(style.fontSize)} px, weight ${style.fontWeight}, ${style.fontStyle}`;
          if (!seen.has(font)) seen.set(font, node.textContent!.trim().slice(0, 40));
        }
        return [...seen].map(([font, sample]) => ({ font, sample }));
      });
      // A page title stands above its headings at every width (a chart page's headline sentence aside).
      const titles = await page.evaluate(() => {
        const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const h1 = document.querySelector('h1')!;
        const h2s = [...document.querySelectorAll('main h2')].filter((h) => h.getClientRects().length);
        return { chartPage: !!h1.closest('.chart'), h1: size(h1), h2: Math.max(0, ...h2s.map(size)) };
      });
      if (!titles.chartPage)
        expect(titles.h1, `${path}: the page title is larger than its headings`).toBeGreaterThan(titles.h2);
      const allowed = [14, 16, 20, display].flatMap((size) => [400, 700].map((w) => `${size} px, weight ${w}, normal`));
      for (const { font, sample } of fonts) expect(allowed, `${path}: "${sample}" is set in ${font}`).toContain(font);
      // The home page is what the speed goal measures: at most six fonts before its first layout.
      if (path === '/') expect(fonts.length, 'fonts on the home page').toBeLessThanOrEqual(6);
    }
    await page.close();
  });
}

test('/charts/ is a gallery in two columns on a desktop, with no tall gap under a short chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/charts/');
  const boxes = await page
    .locator('.gallery > .chart')
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, top: r.top, bottom: r.bottom })),
    );
  const columns = [...new Set(boxes.map((b) => Math.round(b.x)))];
  expect(columns).toHaveLength(2);
  for (const x of columns) {
    const inColumn = boxes.filter((b) => Math.round(b.x) === x).sort((a, b) => a.top - b.top);
    for (let i = 1; i < inColumn.length; i++)
      expect(inColumn[i]!.top - inColumn[i - 1]!.bottom).toBeLessThanOrEqual(48);
  }
});
