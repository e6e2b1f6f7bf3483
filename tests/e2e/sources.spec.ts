/**
 * Sources, as a reviewer uses them: each source page shows its quoted passages (or says plainly that we
 * hold no text of it), and a link to a passage lands on that passage. The index is checked over the
 * built files (tests/dist/citations.test.ts).
 */
import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { sourceIds, watch } from '../support/site.ts';

const NO_TEXT = 'We hold no text of this source';

/** Is the element with this id the :target, and is its top edge on screen? Polled: scrolling may be smooth. */
async function expectLandedOn(page: Page, id: string, what: string): Promise<void> {
  const el = page.locator(`[id="${id}"]`);
  await expect(el, `${what}: #${id} should exist`).toHaveCount(1);
  await expect
    .poll(() => el.evaluate((node) => node.matches(':target')), { message: `${what}: #${id} should be the :target` })
    .toBe(true);
  await expect
    .poll(
      async () => {
        const box = await el.boundingBox();
        const vh = page.viewportSize()?.height ?? 0;
        if (!box) return 'no box (not rendered)';
        // On screen: some of it is visible, and its top edge is not above the fold by more than a pixel.
        return box.y >= -1 && box.y < vh ? 'in view' : `top at ${Math.round(box.y)} px, viewport ${vh} px high`;
      },
      { message: `${what}: #${id} should be scrolled into the viewport` },
    )
    .toBe('in view');
}

for (const id of sourceIds) {
  test(`/sources/${id}/ shows its quotes, and a link to a quote lands on it`, async ({ page }) => {
    const w = watch(page);
    await page.goto(`/sources/${id}/`);
    await expect(page.locator('main h1')).toBeVisible();
    const quotes = page.locator('.quote-list li[id^="q-"]');
    const count = await quotes.count();
    const noText = (await page.getByText(NO_TEXT).count()) > 0;

    if (noText) {
      test.info().annotations.push({
        type: 'quotes',
        description: `${id}: no archived text (the page says so); ${count} quotes`,
      });
    } else {
      expect(count, `/sources/${id}/ has an archive, so it should list its quoted passages`).toBeGreaterThanOrEqual(1);
      for (const text of await quotes.evaluateAll((lis) => lis.map((li) => (li.textContent ?? '').trim()))) {
        expect.soft(text.length, `/sources/${id}/: every quote item should have text`).toBeGreaterThan(0);
      }
    }

    if (count > 0) {
      // The last passage is the one furthest down the page: arriving at it needs a real scroll.
      const lastId = (await quotes.last().getAttribute('id')) ?? '';
      await page.goto(`/sources/${id}/#${lastId}`);
      await expectLandedOn(page, lastId, `opening /sources/${id}/#${lastId}`);

      // The page's own "link to this passage" for the first quote, followed from the bottom of the page.
      const firstId = (await quotes.first().getAttribute('id')) ?? '';
      const selfLink = page.locator(`a[href="#${firstId}"]`).first();
      if ((await selfLink.count()) > 0) {
        await selfLink.click();
        await expectLandedOn(page, firstId, `following a[href="#${firstId}"] on /sources/${id}/`);
      }
    }
    expect(w.errors, `console or page errors on /sources/${id}/`).toEqual([]);
  });
}

test('a quote link on a chart page opens the source page at that quote', async ({ page }) => {
  const w = watch(page);
  await page.goto('/charts/lead-window/');
  const link = page.locator('main a[href^="/sources/"][href*="#q-"]').first();
  await expect(link, 'the lead-window chart page should link a quoted passage').toBeAttached();
  const href = (await link.getAttribute('href')) ?? '';
  const quoteId = href.split('#')[1] ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expectLandedOn(page, quoteId, `following ${href} from /charts/lead-window/`);
  expect(w.errors).toEqual([]);
});

test('an inferred date keeps a space before its "inferred" badge', async ({ page }) => {
  for (const path of ['/sources/', '/sources/gossip-herald/']) {
    await page.goto(path);
    const gaps = await page.locator('time + .badge').evaluateAll((badges) =>
      badges
        .map(
          (badge) => [badge.getClientRects()[0]!, [...badge.previousElementSibling!.getClientRects()].at(-1)!] as const,
        )
        // Only where the badge stays on the date's line: a badge wrapped to the next line needs no space.
        .filter(([b, t]) => b.top < t.bottom && b.bottom > t.top)
        .map(([b, t]) => b.left - t.right),
    );
    expect(gaps.length, path).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap, `${path}: space between a date and its badge`).toBeGreaterThanOrEqual(3);
  }
});

test('on a phone each source page lists its figures as cards: nothing runs off the screen, and each value has its column name', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  let checked = 0;
  for (const id of sourceIds) {
    await page.goto(`/sources/${id}/`);
    const table = page.locator('section:has(#figures) table');
    if ((await table.count()) === 0) continue; // "None."
    checked++;
    const fit = await table.evaluate((t) => ({
      scroll: t.parentElement!.scrollWidth,
      client: t.parentElement!.clientWidth,
    }));
    expect(fit.scroll, `${id}: the figures run off to the side`).toBeLessThanOrEqual(fit.client);
    const row = table.locator('tbody tr').first();
    const [name, value] = [
      (await row.locator('td').nth(0).boundingBox())!,
      (await row.locator('td').nth(1).boundingBox())!,
    ];
    expect(value.y, `${id}: the value sits under the figure's name`).toBeGreaterThanOrEqual(name.y + name.height - 1);
    const label = await row
      .locator('td[data-label="Value"]')
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('Value: ');
  }
  expect(checked).toBeGreaterThan(5);
});
