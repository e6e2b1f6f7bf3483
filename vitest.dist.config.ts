/// <reference types="vitest" />
import { defineConfig } from 'vitest/config';

/**
 * Checks over the built site that need no browser (files, tags, exports, links and anchors), run after
 * `npm run build` by `npm run test:dist`. They read dist/ (or E2E_DIST) only: no server, no Chromium.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    // Files share one module graph (no fresh import of Astro, d3 and the content per file): half the
    // stage's CPU time. No test stubs modules or the environment, so nothing leaks between files.
    isolate: false,
    // vitest's default exclude has **/dist/**, which would skip this very folder.
    exclude: ['**/node_modules/**'],
    // Walking every built page can take tens of seconds on a busy 2-core machine (the browser tests may
    // run beside this suite): a guard against hanging, not a speed check.
    testTimeout: 60_000,
  },
});
