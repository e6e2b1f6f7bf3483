/**
 * Review pages a browser must be asked about: a link to a quote folded under its sentence still lands
 * on it (the browser opens the fold), and /citations/ filters to single-source claims without JavaScript.
 */
import { test, expect } from './support/fixtures.ts';
import { loadModel } from '../fixtures/real-model.ts';

const model = loadModel();

test('a link to a passage folded under its sentence opens the fold and shows the passage', async ({ page }) => {
  await page.goto('/sources/anthropic-2028-paper/');
  const folded = page.locator('.quote-list details li[id^="q-"]').first();
  const id = (await folded.getAttribute('id')) ?? '';
  await expect(folded).toBeHidden();
  await page.goto(`/sources/anthropic-2028-paper/#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('/citations/ filters to claims only one source makes, without JavaScript', async ({ noScriptPage: page }) => {
  await page.goto('/citations/');
  await page.locator('label[for="show-single"]').click();
  const shown = await page.locator('.figure-entry:visible').evaluateAll((els) => els.map((e) => e.id));
  expect(shown.sort()).toEqual([...model.singleSource.keys()].sort());
  for (const id of shown) await expect(page.locator(`article[id="${id}"] [data-flag="single-source"]`)).toBeVisible();
});
