#!/usr/bin/env node
// The home page's speed against the d3 peer page, as a ratio with its uncertainty: runs the shared harness
// (../shared/perf/measure.mjs, unchanged) several times and pools what it measured at 4x CPU.
//
//   node bench/speed-ratio.mjs [--invocations 3] [--runs 15] [--site dist] [--perf ../shared/perf]
//
// --perf names the harness's folder; where ../shared is read-only, a copy of it with its npm install done.
//
// One invocation of the harness gives one ratio of medians, and on these shared 2-core machines the same
// build has measured anywhere from 0.65 to 1.10 between invocations. Pooling invocations and pairing each
// site run with the d3 run next to it (the harness interleaves them, so both meet the same load) gives a
// number that moves less, and a bootstrap 95% interval says how much it may still move. Never a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function parseArgs(argv) {
  const o = { invocations: 3, runs: 15, site: 'dist', perf: '../shared/perf' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, '');
    if (!(key in o) || i + 1 >= argv.length) throw new Error(`speed-ratio: unknown or empty option ${argv[i]}`);
    o[key] = typeof o[key] === 'string' ? argv[++i] : Number(argv[++i]);
  }
  return o;
}

function median(xs) {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** The 2.5th and 97.5th percentiles of `stat` over resamples of `xs` (a seeded generator: the same data, the same interval). */
function bootstrap95(xs, stat, rounds = 2000) {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const stats = [];
  for (let r = 0; r < rounds; r++) stats.push(stat(xs.map(() => xs[Math.floor(random() * xs.length)])));
  stats.sort((a, b) => a - b);
  return [stats[Math.floor(rounds * 0.025)], stats[Math.floor(rounds * 0.975)]];
}

const opts = parseArgs(process.argv.slice(2));
const PERF = resolve(opts.perf);
if (!existsSync(join(PERF, 'node_modules'))) throw new Error(`speed-ratio: run (cd ${PERF} && npm install) first`);
if (!existsSync(join(opts.site, 'index.html')))
  throw new Error(`speed-ratio: no ${opts.site}/index.html; run npm run build`);

const tmp = mkdtempSync(join(tmpdir(), 'speed-ratio-'));
const pairs = [];
const perInvocation = [];
try {
  for (let i = 0; i < opts.invocations; i++) {
    const out = join(tmp, `${i}.json`);
    const run = spawnSync(
      'node',
      [
        ...[join(PERF, 'measure.mjs'), '--runs', String(opts.runs), '--out', out],
        ...['--dir', `site=${opts.site}`, '--dir', `d3=${join(PERF, 'peer-d3')}`],
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
    const results = Object.fromEntries(JSON.parse(readFileSync(out, 'utf8')).results.map((r) => [r.name, r]));
    const site = results.site.throttled.samples.chartsVisible;
    const d3 = results.d3.throttled.samples.chartsVisible;
    perInvocation.push(results.site.throttled.chartsVisible / results.d3.throttled.chartsVisible);
    site.forEach((s, k) => s != null && d3[k] != null && pairs.push(s / d3[k]));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const [low, high] = bootstrap95(pairs, median);
console.log(`charts visible at 4x CPU, site ÷ d3 peer, ${opts.invocations} invocations × ${opts.runs} runs`);
console.log(`  each invocation's ratio of medians: ${perInvocation.map((r) => r.toFixed(2)).join(', ')}`);
console.log(
  `  median of ${pairs.length} paired runs: ${median(pairs).toFixed(2)} (95% interval ${low.toFixed(2)}–${high.toFixed(2)})`,
);
