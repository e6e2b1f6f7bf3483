/**
 * `test` for every browser test: Playwright's, with one browser context per worker instead of one per
 * test, and a page with JavaScript off (`noScriptPage`) beside the usual `page`.
 *
 * Why: on these 2-core machines a new context costs about half a CPU-second (a fresh profile and
 * renderer), twice as much as a new page in an open one, and the suite opened some 130 of them. Each
 * test still gets a page of its own, so what it sets on the page (viewport, colour scheme, listeners)
 * leaves with it; what a test grants the shared context (clipboard permissions) is taken back after it.
 * The site keeps no cookie or storage, so nothing else carries from one test to the next.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { ORIGIN } from '../../support/site.ts';

interface TestFixtures {
  /** A page with JavaScript off, blank, at the default size and in the light scheme. */
  noScriptPage: Page;
}
interface WorkerFixtures {
  workerContext: BrowserContext;
  noScriptContext: BrowserContext;
  /** The one page of `noScriptContext`, handed to each test as `noScriptPage`. */
  noScriptWorkerPage: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  workerContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ORIGIN });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  noScriptContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ORIGIN, javaScriptEnabled: false });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ workerContext }, use) => {
    await use(workerContext);
    await workerContext.clearPermissions();
  },
  page: async ({ workerContext }, use) => {
    const page = await workerContext.newPage();
    await use(page);
    await page.close();
  },
  // One page, navigated by every test: a new page per test in a context without JavaScript cost as
  // much as a new context. Each test gets it blank, at the default size and colour scheme.
  noScriptPage: async ({ noScriptWorkerPage: page, viewport }, use) => {
    await page.goto('about:blank');
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
    await use(page);
  },
  noScriptWorkerPage: [
    async ({ noScriptContext }, use) => {
      await use(await noScriptContext.newPage());
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
