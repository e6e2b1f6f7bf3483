import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built site. scripts/serve-dist.mjs serves dist/ as it is, so build first
 * (`npm run build && npx playwright test`; `npm test` does both).
 *
 * Browser: Debian's Chromium (Playwright's own download is not reachable on these machines), as its
 * headless shell when installed (package chromium-headless-shell), else the full browser (package
 * chromium). Elsewhere, set CHROME_PATH, or install Playwright's build and point CHROME_PATH at it.
 */
// One PORT for the build's local URLs and this server (npm test picks a free one and sets it). The server
// is always started here: a server already answering on PORT is an error, never silently tested.
const PORT = Number(process.env['PORT'] ?? 4321);
process.env['PORT'] = String(PORT);
const BASE_URL = `http://localhost:${PORT}`;

/**
 * The headless shell is the same Blink and V8 without the browser's interface, and what Playwright itself
 * runs for headless tests. Here it takes well under half the CPU of the full browser in headless mode
 * (this suite: 167 → 75 core-seconds), and the suite is CPU-bound on 2 cores.
 */
const CHROME =
  process.env['CHROME_PATH'] ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    // No trace by default: recording one for every test cost a fifth of this suite's time. To see a
    // failure step by step, run again with `--trace on` and open it with `npx playwright show-trace`.
    trace: 'off',
    launchOptions: {
      executablePath: CHROME,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A plain static server over the built files (it starts at once; `astro preview` takes seconds).
    // E2E_DIST (optional): serve and test another build folder than dist/ (see tests/support/site.ts).
    // --exit-with: the server stops with this runner, even when `npm test` stops the runner early.
    command: `node scripts/serve-dist.mjs ${JSON.stringify(process.env['E2E_DIST'] ?? 'dist')} --port ${PORT} --exit-with ${process.pid}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
