#!/usr/bin/env node
// `npm run bench`: builds the site, then reports for every page of the sitemap the bytes it makes a
// browser download, by type (raw and gzip), its request count and what blocks its first paint, plus
// the build time. Writes bench/results/latest.json and prints a table; compares against
// bench/budgets.json. Byte budgets do not vary between runs, so `--check` fails on them (npm test runs
// it); timings are only reported, since these machines are shared and noisy.
//   node scripts/bench.mjs            build, measure, report
//   node scripts/bench.mjs --no-build --check   measure the existing dist/, exit 1 over budget
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = new Set(process.argv.slice(2));
const dist = 'dist';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));

let buildSeconds = null;
if (!args.has('--no-build')) {
  const start = performance.now();
  const run = spawnSync('node', ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  buildSeconds = (performance.now() - start) / 1000;
}

/** Pages to measure: every <loc> of the sitemap, as a path, then the embeds (not in the sitemap: noindex). */
function sitemapPaths() {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const embeds = existsSync(join(dist, 'embed')) ? readdirSync(join(dist, 'embed')).map((id) => `/embed/${id}/`) : [];
  return [...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname), ...embeds];
}

function fileFor(path) {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const typeOf = (file) => {
  const ext = extname(file);
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.png', '.svg', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
};

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

/** What a browser fetches to show the page: stylesheets, scripts, images, fonts, favicon. */
function subresources(html) {
  const found = new Map();
  const add = (url, blocking) => {
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const prev = found.get(url);
    found.set(url, { url, blocking: blocking || prev?.blocking || false });
  };
  const head = html.split('</head>')[0];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    const rel = /rel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) add(href, head.includes(tag));
    else if (rel.includes('icon') || rel.includes('preload') || rel.includes('modulepreload')) add(href, false);
  }
  for (const m of html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/g)) {
    const attrs = m[1] + m[0];
    const deferred = /\b(defer|async)\b|type="module"/.test(attrs);
    add(m[2], !deferred && head.includes(m[0]));
  }
  for (const m of html.matchAll(/<(?:img|source)\b[^>]*\bsrc="([^"]+)"/g)) add(m[1], false);
  return [...found.values()];
}

const pages = [];
for (const path of sitemapPaths()) {
  const file = fileFor(path);
  if (!existsSync(file)) {
    console.error(`sitemap lists ${path}, but ${file} was not built`);
    process.exit(1);
  }
  const html = readFileSync(file);
  const byType = {
    html: sizes(html),
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    image: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  const resources = subresources(html.toString('utf8'));
  for (const { url } of resources) {
    const target = fileFor(url);
    if (!existsSync(target)) continue;
    const s = sizes(readFileSync(target));
    const t = typeOf(target);
    byType[t].raw += s.raw;
    byType[t].gzip += s.gzip;
    // Fonts named inside stylesheets are fetched too.
    if (t === 'css') {
      for (const m of readFileSync(target, 'utf8').matchAll(/url\(["']?(\/[^)"']+)["']?\)/g)) {
        const font = fileFor(m[1]);
        if (existsSync(font)) {
          const f = sizes(readFileSync(font));
          byType[typeOf(font)].raw += f.raw;
          byType[typeOf(font)].gzip += f.gzip;
        }
      }
    }
  }
  // Inline <style> is part of the HTML download; it is reported as CSS too, but counted once in the total.
  const inlineCss = [...html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineCssSizes = sizes(Buffer.from(inlineCss));
  const totalGzip = Object.values(byType).reduce((n, s) => n + s.gzip, 0);
  byType.css.raw += inlineCssSizes.raw;
  byType.css.gzip += inlineCssSizes.gzip;
  // JSON-LD is data in a script element, never run: not JavaScript.
  const inlineScripts = [
    ...html
      .toString('utf8')
      .matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('');
  pages.push({
    path,
    bytes: byType,
    totalGzip,
    requests: 1 + resources.length,
    renderBlocking: resources.filter((r) => r.blocking).map((r) => r.url),
    inlineScriptBytes: Buffer.byteLength(inlineScripts),
    charts: (html.toString('utf8').match(/data-chart="/g) ?? []).length,
  });
}

// The site's CSS: the most any page carries, inline or linked (there is one stylesheet for the whole site).
const siteCss = Math.max(...pages.map((p) => p.bytes.css.gzip));

// What one chart adds to a page: its <figure>, gzipped on its own (the heaviest placement of each chart).
const chartGzip = new Map();
for (const p of pages) {
  const html = readFileSync(fileFor(p.path), 'utf8');
  for (const m of html.matchAll(/<figure id="([^"]+)" data-chart="[^"]+"[\s\S]*?<\/figure>/g)) {
    chartGzip.set(m[1], Math.max(chartGzip.get(m[1]) ?? 0, sizes(Buffer.from(m[0])).gzip));
  }
}

const failures = [];
for (const [id, bytes] of chartGzip) {
  if (bytes > budgets.chartGzipMax) failures.push(`chart ${id}: ${bytes} B gzip, budget ${budgets.chartGzipMax} B`);
}
const budgetFor = (path) =>
  budgets.pageTotalGzip[path] ?? budgets.pageTotalGzip[path.replace(/[^/]+\/$/, '*/')] ?? budgets.pageTotalGzip['*'];
for (const p of pages) {
  const limit = budgetFor(p.path);
  if (p.totalGzip > limit) failures.push(`${p.path}: ${p.totalGzip} B gzip in all, budget ${limit} B`);
  if (p.renderBlocking.length > budgets.renderBlockingMax)
    failures.push(
      `${p.path}: ${p.renderBlocking.length} render-blocking resources (${p.renderBlocking.join(', ')}), budget ${budgets.renderBlockingMax}`,
    );
  if (p.renderBlocking.some((url) => typeOf(url) !== 'css'))
    failures.push(`${p.path}: something other than a stylesheet blocks first paint`);
  // /search/ is the one page whose JavaScript is required (DESIGN.md): it has its own budget.
  const jsBudget = budgets.javascriptBytesMaxByPath?.[p.path] ?? budgets.javascriptBytesMax;
  if (p.bytes.js.gzip + p.inlineScriptBytes > jsBudget)
    failures.push(`${p.path}: ${p.bytes.js.gzip + p.inlineScriptBytes} B of JavaScript, budget ${jsBudget} B`);
}
if (siteCss > budgets.siteCssGzip) failures.push(`site CSS: ${siteCss} B gzip, budget ${budgets.siteCssGzip} B`);

const kb = (n) => (n / 1024).toFixed(1);
const rows = pages.map((p) => [
  p.path,
  kb(p.bytes.html.raw),
  kb(p.bytes.html.gzip),
  kb(p.bytes.css.gzip),
  kb(p.bytes.js.gzip + p.inlineScriptBytes),
  kb(p.bytes.image.gzip),
  kb(p.bytes.font.gzip),
  kb(p.totalGzip),
  String(p.requests),
  String(p.charts),
]);
const header = ['page', 'html KB', 'html gz', 'css gz*', 'js', 'img gz', 'font gz', 'total gz', 'req', 'charts'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(
  `\nchart markup (gzip, budget ${kb(budgets.chartGzipMax)} KB each): ${[...chartGzip].map(([id, b]) => `${id} ${kb(b)}`).join(' · ')}`,
);
console.log('\n* CSS is inlined in each page: part of the HTML bytes, shown separately, counted once in the total.');
console.log(
  `site CSS: ${kb(siteCss)} KB gzip (budget ${kb(budgets.siteCssGzip)} KB) · pages: ${pages.length}` +
    (buildSeconds === null
      ? ''
      : ` · build: ${buildSeconds.toFixed(1)} s (reported, not a test; target ${budgets.buildSecondsTarget} s)`),
);

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      buildSeconds,
      siteCssGzip: siteCss,
      chartGzip: Object.fromEntries(chartGzip),
      pages,
      failures,
    },
    null,
    2,
  ),
);
if (failures.length) {
  console.error(`\n${failures.length} budget(s) exceeded:\n  ${failures.join('\n  ')}`);
  if (args.has('--check')) process.exit(1);
} else console.log('all byte budgets met');
