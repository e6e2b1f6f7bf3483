/**
 * Reviewing citations: every figure of the content is on /citations/ with every one of its quotes;
 * every discrepancy is on the page of each source involved; every chart of an affected figure is flagged.
 */
import { test, expect } from '@playwright/test';
import { loadContent } from '../../src/content/load-content.ts';
import { fold } from '../support/site.ts';

const { content } = loadContent('content');

test('/citations/ lists every figure with all its mentions, verbatim', async ({ page }) => {
  await page.goto('/citations/');
  expect(content.figures.length).toBeGreaterThan(40);
  for (const { data: figure } of content.figures) {
    const entry = page.locator(`article[id="${figure.id}"]`);
    await expect(entry, figure.id).toHaveCount(1);
    const text = fold(await entry.textContent());
    expect(text, figure.id).toContain(fold(figure.label));
    expect(text, figure.id).toContain(figure.status);
    for (const mention of figure.mentions)
      expect(text, `${figure.id}: a mention by ${mention.source}`).toContain(fold(mention.quote));
    if (figure.condition) expect(text, `${figure.id}: its condition`).toContain(fold(figure.condition));
  }
});

test('/citations/ lists every discrepancy with both sides', async ({ page }) => {
  await page.goto('/citations/');
  for (const { data: d } of content.discrepancies) {
    const text = fold(await page.locator(`[id="d-${d.id}"]`).textContent());
    for (const side of d.sides) expect(text, d.id).toContain(fold(side.quote));
  }
});

test('every discrepancy appears on the page of each source involved', async ({ request }) => {
  const pages = new Map<string, string>();
  for (const { data: d } of content.discrepancies) {
    for (const source of new Set(d.sides.map((s) => s.source))) {
      if (!pages.has(source)) pages.set(source, await (await request.get(`/sources/${source}/`)).text());
      expect(pages.get(source), `${d.id} on /sources/${source}/`).toContain(`id="discrepancy-${d.id}"`);
    }
  }
});

test('each chart of a disputed figure shows its flag, and no other chart does', async ({ page }) => {
  const disputed = new Set(content.discrepancies.flatMap((d) => d.data.figures));
  for (const { data: chart } of content.charts) {
    await page.goto(`/charts/${chart.id}/`);
    const flag = page.locator(`figure#${chart.id} [data-flag="discrepancy"]`);
    if (chart.figures.some((id) => disputed.has(id))) await expect(flag, chart.id).toBeVisible();
    else await expect(flag, chart.id).toHaveCount(0);
  }
});

test('a conditional figure states its condition on every chart that plots it', async ({ page }) => {
  for (const { data: chart } of content.charts) {
    const conditional = content.figures.filter((f) => chart.figures.includes(f.data.id) && f.data.condition);
    if (conditional.length === 0) continue;
    await page.goto(`/charts/${chart.id}/`);
    // The SVG wraps text into lines (tspans), so compare without whitespace.
    const bare = (s: string | null) => (s ?? '').replace(/\s+/g, '');
    const svgText = bare(await page.locator(`figure#${chart.id} svg:visible`).textContent());
    for (const f of conditional) expect(svgText, `${chart.id}: ${f.data.id}`).toContain(bare(f.data.condition!));
  }
});

test('/citations/ filters by status and to disputed figures, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/citations/');
  const visible = () => page.locator('.figure-entry:visible').count();
  expect(await visible()).toBe(content.figures.length);
  await page.locator('#show-conditional').check();
  const conditional = content.figures.filter((f) => f.data.status === 'conditional').length;
  expect(await visible()).toBe(conditional);
  await page.locator('#show-disputed').check();
  const disputed = new Set(content.discrepancies.flatMap((d) => d.data.figures));
  expect(await visible()).toBe(disputed.size);
  await page.locator('#show-all').check();
  expect(await visible()).toBe(content.figures.length);
  await context.close();
});
