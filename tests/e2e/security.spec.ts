/**
 * Copy link, which needs a browser (clipboard). The CSP, headers file, external links and citation
 * files are checked over the built files in tests/dist/security.test.ts.
 */
import { test, expect } from './support/fixtures.ts';
import { ORIGIN } from '../support/site.ts';

test('the permalink becomes a copy-link control with JavaScript, and stays a plain link without', async ({
  page,
  context,
  noScriptPage: plain,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto('/charts/');
  const link = page.locator('figure#huawei-share a[data-copy-link]');
  await expect(link).toHaveText('Copy link');
  await link.click();
  await expect(link).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/charts/huawei-share/`);

  await plain.goto('/charts/');
  const permalink = plain.locator('figure#huawei-share a[data-copy-link]');
  await expect(permalink).toHaveText('Permalink');
  await expect(permalink).toHaveAttribute('href', '#huawei-share');
});
