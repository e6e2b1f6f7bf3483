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

test('/citations/ under the single-source or disputed filter shows no status heading with nothing under it', async ({
  noScriptPage: page,
}) => {
  await page.goto('/citations/');
  for (const filter of ['#show-single', '#show-disputed']) {
    await page.locator(filter).check();
    const empty = await page
      .locator('section[data-status]:visible')
      .evaluateAll((sections) =>
        sections
          .filter((s) => ![...s.querySelectorAll('.figure-entry')].some((e) => (e as HTMLElement).offsetParent))
          .map((s) => s.getAttribute('data-status')),
      );
    expect(empty, filter).toEqual([]);
    expect(await page.locator('section[data-status]:visible').count(), filter).toBeGreaterThan(0);
  }
});

test('/citations/ under a filter: the contents list no status link that would lead to a hidden section', async ({
  noScriptPage: page,
}) => {
  await page.goto('/citations/');
  const statusLinks = page.locator('.toc a[href^="#status-"]:visible');
  expect(await statusLinks.count()).toBeGreaterThan(0);
  for (const filter of ['#show-conditional', '#show-disputed', '#show-single']) {
    await page.locator(filter).check();
    expect(await statusLinks.count(), filter).toBe(0);
  }
});

test('/citations/ with JavaScript: a filter goes into the address, and a link with it opens the page filtered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/citations/#show-disputed');
  const disputed = new Set(content.discrepancies.flatMap((d) => d.data.figures));
  await expect(page.locator('#show-disputed')).toBeChecked();
  // The reader lands on the filter box whole, its legend in view, not on the radio at the screen's edge.
  await expect
    .poll(() => page.locator('.filters legend').evaluate((el) => el.getBoundingClientRect().top))
    .toBeGreaterThanOrEqual(0);
  await expect(page.locator('.figure-entry:visible')).toHaveCount(disputed.size);
  await page.locator('#show-single').check();
  await expect(page).toHaveURL(/\/citations\/#show-single$/);
  await page.locator('#show-all').check();
  await expect(page).toHaveURL(/\/citations\/$/);
  await expect(page.locator('.figure-entry:visible')).toHaveCount(content.figures.length);
});

for (const width of [320, 390, 1280]) {
  test(`/citations/ at ${width} px: each filter's radio sits on one line with its label`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/citations/');
    const pairs = await page.locator('.filters input[type="radio"]').evaluateAll((radios) =>
      radios.map((radio) => {
        const label = document.querySelector(`label[for="${radio.id}"]`)!.getBoundingClientRect();
        const box = radio.getBoundingClientRect();
        return { id: radio.id, radioMiddle: box.top + box.height / 2, labelTop: label.top, labelBottom: label.bottom };
      }),
    );
    expect(pairs.length).toBeGreaterThan(3);
    for (const p of pairs) {
      expect(p.radioMiddle, `${p.id}: the radio's middle is within its label's line`).toBeGreaterThan(p.labelTop);
      expect(p.radioMiddle, `${p.id}: the radio's middle is within its label's line`).toBeLessThan(p.labelBottom);
    }
    await page.close();
  });
}
