/**
 * The side-by-side scenarios, as a reader uses them: both scenarios on every row, citation markers
 * that open by keyboard and without JavaScript, links that land on a real quote, no sideways scroll.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';

// What the page holds (both scenarios on every front, a marker in every cell) is checked over the built
// file (tests/dist/scenarios.test.ts).

test('a citation marker opens its quote by keyboard', async ({ page }) => {
  await page.goto('/scenarios/');
  const marker = page.locator('.cite').first();
  const isOpen = () => marker.locator('.cite-body').evaluate((p) => p.matches(':popover-open'));
  await marker.locator('.cite-marker').focus();
  await page.keyboard.press('Enter');
  expect(await isOpen()).toBe(true);
  await expect(marker.locator('q')).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await isOpen()).toBe(false);
});

/** Tab onto a citation from the element just before it, as a keyboard user arrives at it. */
async function tabTo(cite: Locator): Promise<void> {
  await cite.evaluate((d) => {
    const before = document.createElement('button');
    before.textContent = 'start';
    d.before(before);
    before.focus();
  });
  await cite.page().keyboard.press('Tab');
}

test('a citation marker shows its quote on keyboard focus; Enter opens it and Tab reaches its source link', async ({
  page,
}) => {
  await page.goto('/scenarios/');
  const marker = page.locator('.cite').first();
  await expect(marker.locator('q')).toBeHidden();
  await tabTo(marker);
  await expect(marker.locator('.cite-marker')).toBeFocused();
  await expect(marker.locator('q')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(marker.locator('.cite-source a')).toBeFocused();
  await expect(marker.locator('.cite-source a')).toBeVisible();
});

for (const [path, selector] of [
  ['/scenarios/', '.scenario-row .cite'],
  ['/sources/daily-scout/', '.summary-cite'],
] as const) {
  test(`on ${path} Tab goes from a citation marker to the next, its quote shown in the text with its credit, and Shift+Tab comes back`, async ({
    page,
  }) => {
    await page.goto(path);
    const [first, second] = [page.locator(selector).nth(0), page.locator(selector).nth(1)];
    await tabTo(first);
    await expect(first.locator('.cite-marker')).toBeFocused();
    await expect(first.locator('q')).toBeVisible();
    // The credit is there as words; its link waits for the open card (Enter), so Tab does not fall into it.
    await expect(first.locator('.credit-text')).toBeVisible();
    await expect(first.locator('.credit-link')).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(second.locator('.cite-marker')).toBeFocused();
    await expect(second.locator('q')).toBeVisible();
    await expect(first.locator('q')).toBeHidden();
    await page.keyboard.press('Shift+Tab');
    await expect(first.locator('.cite-marker')).toBeFocused();
  });
}

// Where each marker's source link lands is checked over the built files (tests/dist/links.test.ts).
test('citation markers open without JavaScript', async ({ noScriptPage: page }) => {
  await page.goto('/scenarios/');
  const markers = page.locator('.cite');
  expect(await markers.count()).toBeGreaterThan(30);
  await markers.nth(0).locator('.cite-marker').click();
  await expect(markers.nth(0).locator('q')).toBeVisible();
  await expect(markers.nth(0).locator('.cite-source a')).toHaveAttribute('href', /^\/sources\/[a-z0-9-]+\/#q-/);
});

test('/scenarios/ has no horizontal scroll at 320, 768 and 1280 px, with citations open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/scenarios/');
  for (const width of [320, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Open the quotes, one after another (one stays open): an open quote must not widen the page either.
    await page.locator('.cite-body').evaluateAll((ps) => ps.forEach((p) => (p as HTMLElement).showPopover()));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(
      width,
    );
    // On a phone each row labels both scenarios; on a wide screen the two columns sit side by side.
    const [a, b] = await page.locator('[data-row="intelligence"] .cell').all();
    const boxA = (await a!.boundingBox())!;
    const boxB = (await b!.boundingBox())!;
    if (width >= 768) expect(Math.abs(boxA.y - boxB.y), `cells side by side at ${width} px`).toBeLessThan(2);
    else {
      expect(boxB.y, 'cells one under the other').toBeGreaterThan(boxA.y);
      await expect(page.locator('[data-row="intelligence"] .cell-label').first()).toBeVisible();
    }
  }
  await page.close();
});

test('/scenarios/ folds what the articles add under a line naming the article; it opens without JavaScript', async ({
  noScriptPage: page,
}) => {
  await page.goto('/scenarios/');
  for (const kind of ['counter-view', 'lobbying', 'framing', 'target-as-current']) {
    const note = page.locator(`[data-commentary="${kind}"]`).first();
    await expect(note.locator('summary'), kind).toBeVisible();
    await expect(note.locator('summary'), kind).toContainText(/Daily Scout|Gossip Herald|Kafela Bazar|RiffOn|AI News/);
    await expect(note.locator('summary + div'), kind).toBeHidden();
    await note.locator('summary').click();
    await expect(note.locator('summary + div'), kind).toBeVisible();
  }
});

test('the home page shows the two scenarios, the three key charts and the ways in', async ({ page }) => {
  await page.goto('/');
  for (const id of ['lead-window', 'huawei-share', 'compute-gap'])
    await expect(page.locator(`figure#${id} svg[role="img"]:visible`)).toHaveCount(1);
  await expect(page.locator('main h2', { hasText: 'Scenario 1' })).toBeVisible();
  await expect(page.locator('main h2', { hasText: 'Scenario 2' })).toBeVisible();
  for (const href of ['/scenarios/', '/charts/', '/sources/', '/citations/'])
    await expect(page.locator(`main nav a[href="${href}"]`)).toBeVisible();
  await expect(page.locator('main')).toContainText('14 May 2026');
});

test('on /scenarios/ a citation marker never starts a line alone: it shares a line with the last word', async ({
  page,
}) => {
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/scenarios/');
    // Each marker of a run overlaps, top to bottom, the line of the word it follows.
    const runs = await page.locator('.cite-run').evaluateAll((els) =>
      els
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => {
          const range = document.createRange();
          range.selectNodeContents(e.firstChild!);
          const word = range.getBoundingClientRect();
          const markers = [...e.querySelectorAll('.cite-marker')].map((m) => m.getBoundingClientRect());
          return {
            word: range.toString().trim(),
            apart: markers.filter((m) => m.top >= word.bottom || m.bottom <= word.top).length,
          };
        }),
    );
    expect(runs.length, `${width} px`).toBeGreaterThan(20);
    for (const run of runs) {
      expect(run.word, `${width} px`).not.toBe('');
      expect(run.apart, `${width} px: markers after "${run.word}" on another line`).toBe(0);
    }
  }
});

test('/scenarios/ with JavaScript: one scenario goes into the address, and a link with it opens the page showing that one', async ({
  page,
}) => {
  await page.goto('/scenarios/#view-2');
  await expect(page.locator('#view-2')).toBeChecked();
  await expect(page.locator('.cell.scenario-1').first()).toBeHidden();
  await expect(page.locator('.cell.scenario-2').first()).toBeVisible();
  await page.locator('label.scenario-1').click();
  await expect(page).toHaveURL(/\/scenarios\/#view-1$/);
  await page.locator('#view-both').check();
  await expect(page).toHaveURL(/\/scenarios\/$/);
  await expect(page.locator('.cell.scenario-1').first()).toBeVisible();
});
