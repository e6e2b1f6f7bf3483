#!/usr/bin/env node
// How many blocking font lookups a page makes before its first layout: a count, not a stopwatch time.
//
//   node bench/font-lookups.mjs NAME=DIR [NAME=DIR ...]
//
// Each DIR (a built site, or a bare copy of dist/index.html with one change) is served on 127.0.0.1 (gzip) and
// loaded once to warm up, then once traced at 1280×800. It counts, on the renderer's main thread:
//   strikes   font render-style requests, one blocking call to the browser per size × weight × style;
//   families  font family matches (a blocking call each, and a font file opened);
//   platform  FontCache::GetFontPlatformData calls (on Linux, two per variant for system-ui, one for a
//             named family).
// On a shared machine these counts stay put while wall times (../shared/perf/measure.mjs) move by 30%,
// so they say whether a change to the type scale or the font stack removed work. Never a test.
import { chromium } from '@playwright/test';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CHROMIUM_FLAGS, pageArg, refuseBrokenPage, serveFolder } from './serve-folder.mjs';

const COUNTED = {
  strikes: 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  families: 'FontDataService::MatchFamilyName',
  platform: 'FontCache::GetFontPlatformData',
};

function parseArgs(argv) {
  const pages = argv.map((a) => pageArg(a) ?? fail(`font-lookups: unknown argument ${a} (want NAME=DIR)`));
  if (!pages.length) fail('font-lookups: give at least one NAME=DIR');
  return pages;
}

function fail(message) {
  throw new Error(message);
}

async function countLookups(browser, name, url, traceFile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const checkPage = refuseBrokenPage(page, name);
  await browser.startTracing(page, {
    path: traceFile,
    categories: ['toplevel', 'mojom', 'ipc', 'fonts', 'blink', 'devtools.timeline'],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await browser.stopTracing();
  await context.close();
  checkPage();
  const events = JSON.parse(await readFile(traceFile, 'utf8')).traceEvents;
  // The renderer main thread is the one that paints the page's first content.
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const counts = Object.fromEntries(Object.keys(COUNTED).map((k) => [k, 0]));
  for (const e of events) {
    if (e.ph === 'E' || e.pid !== fcp?.pid || e.tid !== fcp?.tid) continue;
    for (const [k, name] of Object.entries(COUNTED)) if (e.name === name) counts[k]++;
  }
  return counts;
}

const pages = parseArgs(process.argv.slice(2));
const tmp = await mkdtemp(join(tmpdir(), 'font-lookups-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  console.log(['page'.padEnd(16), ...Object.keys(COUNTED).map((k) => k.padStart(9))].join(''));
  for (const p of pages) {
    const { server, url } = await serveFolder(p.dir);
    await countLookups(browser, p.name, url, join(tmp, 'warm.json')); // the first load in a browser sets up its fonts
    const counts = await countLookups(browser, p.name, url, join(tmp, `${p.name}.json`));
    server.close();
    console.log([p.name.padEnd(16), ...Object.values(counts).map((n) => String(n).padStart(9))].join(''));
  }
} finally {
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}
