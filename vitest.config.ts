/// <reference types="vitest" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Files share one module graph (no fresh import of Astro, d3 and the content per file): half the
    // stage's CPU time. No test stubs modules or the environment, so nothing leaks between files.
    isolate: false,
    // A guard against hanging, not a speed check: on a busy 2-core machine (the build may run beside this
    // suite) a test that takes 1 s alone can take ten.
    testTimeout: 30_000,
    // chart.css is read as text (?raw) by the downloads' stylesheet; vitest empties CSS unless told.
    css: { include: [/chart\.css/] },
  },
});
