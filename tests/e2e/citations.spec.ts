/**
 * The /citations/ filters, which work without JavaScript (radio buttons and :has()). What the page
 * lists is checked over the built file (tests/dist/citations.test.ts).
 */
import { test, expect } from './support/fixtures.ts';
import { loadContent } from '../../src/content/load-content.ts';

const { content } = loadContent('content');

test('/citations/ filters by status and to disputed figures, without JavaScript', async ({ noScriptPage: page }) => {
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
});
