#!/usr/bin/env node
// Where a page's main-thread time goes before its charts show: Chromium traces, not stopwatch times.
//
//   node bench/trace-cpu.mjs [--runs 7] [--cpu 4] NAME=DIR [NAME=DIR ...]
//
// Each DIR (a built site, or a copy of dist/index.html with one thing removed) is served on 127.0.0.1
// with gzip and loaded in a fresh context, pages interleaved run by run. For each run it sums the
// renderer main thread's *thread* time (trace `tdur`) from navigation start until every [data-chart]
// shows a drawn <svg> (at least 3, each at least 32 px): all tasks, and parse, style, layout and paint;
// and it counts the layouts. Medians are printed. Thread time barely moves when other processes
// share the CPU, so on a busy machine it separates causes that ../shared/perf/measure.mjs (wall
// time, the number to report) cannot. Never a test: these are timings.
import { chromium } from '@playwright/test';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CHROMIUM_FLAGS, pageArg, refuseBrokenPage, serveFolder } from './serve-folder.mjs';

const PHASES = { parse: 'ParseHTML', style: 'UpdateLayoutTree', layout: 'Layout', paint: 'Paint' };

function parseArgs(argv) {
  const o = { runs: 7, cpu: 4, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') o.runs = Number(argv[++i]);
    else if (argv[i] === '--cpu') o.cpu = Number(argv[++i]);
    else if (pageArg(argv[i])) o.pages.push(pageArg(argv[i]));
    else throw new Error(`trace-cpu: unknown argument ${argv[i]} (want --runs N, --cpu R or NAME=DIR)`);
  }
  if (!o.pages.length) throw new Error('trace-cpu: give at least one NAME=DIR');
  return o;
}

/** Runs in the page: the time every chart first shows a drawn SVG (the harness's test, for SVG). */
function watchCharts() {
  const drawn = (el) =>
    [...el.querySelectorAll('svg')].some((g) => {
      const r = g.getBoundingClientRect();
      return r.width >= 32 && r.height >= 32 && g.querySelector('text,rect,path,line,circle');
    });
  const tick = () => {
    const els = [...document.querySelectorAll('[data-chart]')];
    if (els.length >= 3 && els.every(drawn)) globalThis.__chartsAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function oneRun(browser, name, url, cpu, traceFile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchCharts);
  const page = await context.newPage();
  const checkPage = refuseBrokenPage(page, name);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await browser.startTracing(page, {
    path: traceFile,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'blink.user_timing', 'loading'],
  });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__chartsAt !== undefined, null, { polling: 50, timeout: 60_000 });
  const chartsAt = await page.evaluate(() => globalThis.__chartsAt);
  await browser.stopTracing();
  await context.close();
  checkPage();
  const events = JSON.parse(await readFile(traceFile, 'utf8')).traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const end = nav.ts + chartsAt * 1000;
  const out = {
    chartsMs: chartsAt,
    cpuMs: 0,
    layouts: 0,
    ...Object.fromEntries(Object.keys(PHASES).map((k) => [k, 0])),
  };
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== fcp?.pid || e.tid !== fcp?.tid || e.ts < nav.ts || e.ts > end) continue;
    const ms = (e.tdur ?? e.dur) / 1000;
    if (e.name === 'RunTask') out.cpuMs += ms;
    for (const [k, name] of Object.entries(PHASES)) if (e.name === name) out[k] += ms;
    if (e.name === 'Layout') out.layouts++;
  }
  return out;
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

const opts = parseArgs(process.argv.slice(2));
const tmp = await mkdtemp(join(tmpdir(), 'trace-cpu-'));
const servers = await Promise.all(opts.pages.map((p) => serveFolder(p.dir)));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
const runs = opts.pages.map(() => []);
try {
  for (let i = 0; i <= opts.runs; i++)
    for (const [j, p] of opts.pages.entries()) {
      const r = await oneRun(browser, p.name, servers[j].url, opts.cpu, join(tmp, `${p.name}.json`));
      if (i > 0) runs[j].push(r); // the first round warms the browser up
    }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
  await rm(tmp, { recursive: true, force: true });
}
const cols = ['chartsMs', 'cpuMs', 'layouts', ...Object.keys(PHASES)];
console.log(`medians of ${opts.runs} runs at ${opts.cpu}x CPU; ms of main-thread time until the charts show`);
console.log(['page'.padEnd(16), ...cols.map((c) => c.padStart(9))].join(''));
for (const [j, p] of opts.pages.entries())
  console.log(
    [
      p.name.padEnd(16),
      ...cols.map((c) =>
        median(runs[j].map((r) => r[c]))
          .toFixed(1)
          .padStart(9),
      ),
    ].join(''),
  );
