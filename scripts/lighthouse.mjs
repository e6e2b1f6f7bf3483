#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile, its default) over four kinds of page of the built site,
// served by `astro preview`, printing the four category scores. Slow and timing-dependent, so it is
// not part of npm test. Build first (npm run build).
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const port = 4329;
const origin = `http://localhost:${port}`;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/scenarios/', '/charts/lead-window/', '/sources/daily-scout/'];

const server = spawn('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
try {
  for (let i = 0; ; i++) {
    try { if ((await fetch(origin)).ok) break; } catch {}
    if (i > 100) throw new Error('preview server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const rows = [];
    for (const path of paths) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result.lhr.categories;
      const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
      rows.push({ path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
      for (const [key, cat] of Object.entries(c)) {
        if ((cat.score ?? 0) < 1) {
          const failing = cat.auditRefs.map((r) => result.lhr.audits[r.id]).filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
          console.log(`${path} ${key}: ${failing.map((a) => a.id).join(', ')}`);
        }
      }
    }
    console.table(rows);
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill();
}
