/**
 * Search, as a reviewer uses it: type a figure's words, get the figure on /citations/ and the source
 * pages that quote it, with no console error (a CSP refusal of Pagefind's script or WebAssembly would be
 * one); without JavaScript the page says where to look instead.
 */
import { test, expect } from './support/fixtures.ts';
import { watch } from '../support/site.ts';

const cases = [
  { query: '11 times', figure: 'compute-gap-11x', source: '/sources/anthropic-2028-paper/' },
  { query: 'H200', figure: 'event-h200-partial-reversal', source: '/sources/gossip-herald/' },
  { query: '24,000', figure: 'distillation-fraudulent-accounts', source: '/sources/daily-scout/' },
];

for (const { query, figure, source } of cases) {
  test(`searching “${query}” finds the figure on /citations/ and a source page that quotes it`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/search/');
    await page.getByLabel('Words to find').fill(query);
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.locator('[data-search-results]');
    await expect(results.locator(`a[href="/citations/#figure-${figure}"]`)).toBeVisible();
    await expect(results.locator(`a[href^="${source}"]`).first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query).replace(/%20/g, '(\\+|%20)')}`));
    // The figure's link lands on its card, where its quotes are.
    await results.locator(`a[href="/citations/#figure-${figure}"]`).click();
    await expect(page.locator(`article[id="${figure}"]`)).toBeInViewport();
    expect(w.errors, 'console or page errors').toEqual([]);
  });
}

test('searching “Firefox” offers the Firefox chart', async ({ page }) => {
  const w = watch(page);
  await page.goto('/search/?q=Firefox');
  await expect(page.locator('[data-search-results] a[href^="/charts/firefox-fixes/"]').first()).toBeVisible();
  expect(w.errors).toEqual([]);
});

test('a search link (?q=) runs the search on arrival', async ({ page }) => {
  const w = watch(page);
  await page.goto('/search/?q=H200');
  await expect(page.locator('[data-search-results] a[href="/citations/#figure-h200-sales-tax-25"]')).toBeVisible();
  await expect(page.getByLabel('Words to find')).toHaveValue('H200');
  expect(w.errors).toEqual([]);
});

test('without JavaScript, /search/ says search needs it and links to /citations/; the form submits to it without an error', async ({
  noScriptPage: page,
}) => {
  const w = watch(page);
  await page.goto('/search/');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.locator('[data-search-status] a[href="/citations/"]')).toBeVisible();
  await page.getByLabel('Words to find').fill('H200');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=H200$/);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  expect(w.errors).toEqual([]);
});
