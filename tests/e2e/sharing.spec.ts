/**
 * Sharing, where it needs a browser: the share panel a phone reader reaches within two screens, its Copy
 * buttons with JavaScript, and its selectable fields without. Link previews, oEmbed, downloads and the
 * framing rules are checked over the built files in tests/dist/sharing.test.ts; embeds in a host page
 * on another origin in tests/e2e/embed.spec.ts.
 */
import { test, expect } from './support/fixtures.ts';
import { chartIds, ORIGIN, watch } from '../support/site.ts';

const phone = { width: 390, height: 844 };

for (const id of chartIds) {
  test(`/charts/${id}/: on a phone, the share panel starts within the first two screens, right under the chart`, async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await page.goto(`/charts/${id}/`);
    const panel = page.locator('.share-panel');
    const top = await panel.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top, `the panel starts ${Math.round(top)} px down`).toBeLessThan(2 * phone.height);
    const figureBottom = await page
      .locator(`figure[data-chart="${id}"]`)
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(top).toBeGreaterThanOrEqual(figureBottom);
    await expect(panel.locator('dt')).toHaveText(['Link', 'Image', 'Embed', 'Data', 'Cite']);
  });
}

test('Copy buttons copy the link and the embed code', async ({ page, context }) => {
  const w = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto('/charts/huawei-share/');
  for (const name of ['link', 'embed']) {
    const field = page.locator(`#share-huawei-share-${name}`);
    const button = page.locator(`button[data-copy="share-huawei-share-${name}"]`);
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  }
  expect(await page.locator('#share-huawei-share-link').inputValue()).toBe(`${ORIGIN}/charts/huawei-share/`);
  expect(w.errors).toEqual([]);
});

test('without JavaScript, no Copy button shows and the texts sit selectable in read-only fields', async ({
  noScriptPage: page,
}) => {
  await page.goto('/charts/huawei-share/');
  await expect(page.locator('.share-panel button:visible')).toHaveCount(0);
  for (const name of ['link', 'embed', 'cite']) {
    const field = page.locator(`#share-huawei-share-${name}`);
    await expect(field).toBeVisible();
    await expect(field).toHaveAttribute('readonly', '');
    expect(await field.inputValue()).not.toBe('');
  }
  // A reader can select the whole embed code by hand.
  await page.locator('#share-huawei-share-embed').click();
  await page.keyboard.press('Control+A');
  const selected = await page
    .locator('#share-huawei-share-embed')
    .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toContain('<iframe');
});
