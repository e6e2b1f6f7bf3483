/**
 * A citation opens its quote, source and link, and closes again from a Close button of its own, with
 * and without JavaScript: the marker and Close are popover buttons, which the browser runs by itself.
 * Keyboard: Enter opens, Escape closes and gives focus back to the marker. On a phone both controls are
 * at least 44 px, and an open citation keeps the page accessible (axe, light and dark).
 */
import { test, expect } from './support/fixtures.ts';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './support/axe.ts';

const isOpen = (cite: Locator) => cite.locator('.cite-body').evaluate((p) => p.matches(':popover-open'));

async function openAndClose(page: Page, path: string, selector: string): Promise<void> {
  await page.goto(path);
  const cite = page.locator(selector).first();
  await cite.locator('.cite-marker').click();
  expect(await isOpen(cite)).toBe(true);
  await expect(cite.locator('q')).toBeVisible();
  await expect(cite.locator('.cite-source a').first()).toBeVisible();
  const close = cite.locator('.cite-close');
  await expect(close).toBeVisible();
  await expect(close).toHaveAccessibleName(/close/i);
  await close.click();
  expect(await isOpen(cite)).toBe(false);
  await expect(cite.locator('q')).toBeHidden();
}

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test(`a citation on /scenarios/ opens and closes from its Close button ${js}`, async ({ page, noScriptPage }) => {
    await openAndClose(javaScriptEnabled ? page : noScriptPage, '/scenarios/', '.cite');
  });

  test(`a citation in a source summary opens and closes from its Close button ${js}`, async ({
    page,
    noScriptPage,
  }) => {
    await openAndClose(javaScriptEnabled ? page : noScriptPage, '/sources/daily-scout/', '.summary-cite');
  });
}

test('Escape closes an open citation and gives focus back to its marker', async ({ page }) => {
  await page.goto('/scenarios/');
  const cite = page.locator('.cite').first();
  await cite.locator('.cite-marker').focus();
  await page.keyboard.press('Enter');
  expect(await isOpen(cite)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(cite.locator('.cite-source a')).toBeFocused();
  await page.keyboard.press('Escape');
  expect(await isOpen(cite)).toBe(false);
  await expect(cite.locator('.cite-marker')).toBeFocused();
});

test('the Close button is reached by Tab after the source link, and Enter on it closes', async ({ page }) => {
  await page.goto('/scenarios/');
  const cite = page.locator('.cite').first();
  await cite.locator('.cite-marker').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(cite.locator('.cite-close')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await isOpen(cite)).toBe(false);
});

test('on a phone the marker and the Close button are at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/scenarios/');
  const cite = page.locator('.cite').first();
  const marker = (await cite.locator('.cite-marker').boundingBox())!;
  expect(Math.min(marker.width, marker.height)).toBeGreaterThanOrEqual(44);
  await cite.locator('.cite-marker').click();
  const close = (await cite.locator('.cite-close').boundingBox())!;
  expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(44);
  // The open quote fits the phone's screen.
  const body = (await cite.locator('.cite-body').boundingBox())!;
  expect(body.x).toBeGreaterThanOrEqual(0);
  expect(body.x + body.width).toBeLessThanOrEqual(390);
  await page.close();
});

/** The citations in the rows' cells and notes of today, not in the folded commentary. */
const rowCites = '.scenario-row .cite:not(details .cite)';

/** Where an open quote sits against the marker that opened it, with the marker placed `fromTop` px down the screen. */
async function openAt(page: Page, width: number, fromTop: number, height = 844, nth = 5) {
  await page.setViewportSize({ width, height });
  await page.goto('/scenarios/');
  const cite = page.locator(rowCites).nth(nth);
  const marker = cite.locator('.cite-marker');
  await marker.evaluate((m, y) => scrollBy(0, m.getBoundingClientRect().top - y), fromTop);
  await marker.click();
  expect(await isOpen(cite)).toBe(true);
  return { marker: (await marker.boundingBox())!, card: (await cite.locator('.cite-body').boundingBox())! };
}

for (const width of [390, 1280]) {
  test(`at ${width} px an open citation sits just below its marker, or above it near the foot of the screen, never over it`, async ({
    page,
  }) => {
    const below = await openAt(page, width, 300);
    expect(below.card.y, 'below the marker').toBeGreaterThanOrEqual(below.marker.y + below.marker.height);
    expect(below.card.y - (below.marker.y + below.marker.height), 'next to it').toBeLessThan(16);
    const above = await openAt(page, width, 844 - 60);
    expect(above.card.y + above.card.height, 'above the marker').toBeLessThanOrEqual(above.marker.y);
    expect(above.marker.y - (above.card.y + above.card.height), 'next to it').toBeLessThan(16);
    for (const { card } of [below, above]) {
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(width);
      expect(card.y).toBeGreaterThanOrEqual(0);
      expect(card.y + card.height).toBeLessThanOrEqual(844);
    }
  });
}

for (const width of [390, 1280]) {
  test(`at ${width} px an open citation on /scenarios/ stays open while its marker is below the scenario bar, and closes once the marker scrolls under it`, async ({
    page,
  }) => {
    await openAt(page, width, 300);
    const cite = page.locator(rowCites).nth(5);
    const gapUnderBar = () =>
      cite
        .locator('.cite-marker')
        .evaluate(
          (m) =>
            m.getBoundingClientRect().top - document.querySelector('.scenario-bar')!.getBoundingClientRect().bottom,
        );
    // Scrolled until the marker is just below the bar: the card stays.
    await page.mouse.wheel(0, (await gapUnderBar()) - 12);
    await expect.poll(gapUnderBar).toBeGreaterThan(0);
    await page.waitForTimeout(100);
    expect(await isOpen(cite), 'open while the marker shows').toBe(true);
    // A little further, the marker is under the bar: the card closes instead of hanging over the bar.
    await page.mouse.wheel(0, 24);
    await expect.poll(gapUnderBar).toBeLessThan(0);
    await expect.poll(() => isOpen(cite)).toBe(false);
  });
}

test('on a short screen (a phone held sideways) an open citation takes the side with more room and scrolls inside itself, its Close button in view', async ({
  page,
}) => {
  await page.goto('/scenarios/');
  // The longest quote in the rows: taller than the room on either side of a marker in the middle of the screen.
  const longest = await page
    .locator(rowCites)
    .evaluateAll((cites) =>
      cites.reduce((best, c, i, all) => (c.textContent!.length > all[best]!.textContent!.length ? i : best), 0),
    );
  for (const fromTop of [120, 190, 260]) {
    const { marker, card } = await openAt(page, 844, fromTop, 390, longest);
    const apart = card.y >= marker.y + marker.height || card.y + card.height <= marker.y;
    expect(apart, `marker at ${fromTop} px: the card is beside it, not over it`).toBe(true);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(390);
    const close = page.locator('.cite-body:popover-open .cite-close');
    const box = (await close.boundingBox())!;
    expect(box.y + box.height, 'Close is in view').toBeLessThanOrEqual(card.y + card.height);
  }
});

test('an open citation keeps /scenarios/ accessible, light and dark', async ({ page }) => {
  await page.goto('/scenarios/');
  await page.locator('.cite-marker').first().click();
  expect(await axeViolations(page), 'light').toEqual([]);
  // The scheme changes colours only, so in dark the colour rules run, with the citation still open.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.locator('.cite-body:popover-open').count()).toBe(1);
  expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
});

test('on a phone a line that holds citation markers is no taller than the lines around it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/scenarios/');
  // Each block of text with markers (the parent of a passage's last word and its markers, CitedText): its
  // height against its number of text lines times its line height.
  const excess = await page.locator('.cite-run').evaluateAll((runs) =>
    [...new Set(runs.map((r) => r.parentElement!))].slice(0, 12).map((p) => {
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      // The lines of its own text: the text nodes outside the citations, by where each line box sits.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const bottoms = new Set<number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest('.cite') || !node.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0) bottoms.add(Math.round(r.bottom / 8));
      }
      return p.getBoundingClientRect().height - bottoms.size * lineHeight;
    }),
  );
  expect(excess.length).toBeGreaterThan(3);
  // Half a line of slack for rounding; a 44 px marker box in the line's flow added about 20 px to its line.
  for (const e of excess) expect(e).toBeLessThan(12);
});
