#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile, its default) over four kinds of page of the built site, served
// by `astro preview`, printing the four category scores. Slow and timing-dependent, so not part of
// npm test. Lighthouse is not a dependency of the site (it brings about 200 packages): `npx` fetches the
// pinned version below on first use. Build first (npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './free-port.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: no built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/scenarios/', '/charts/lead-window/', '/sources/daily-scout/'];
const port = await freePort();
const origin = `http://localhost:${port}`;

// Its own process group, so that stopping it stops astro's children too.
const server = spawn('npx', ['astro', 'preview', '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'pipe'],
  detached: true,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
let serverErrors = '';
server.stderr.on('data', (d) => (serverErrors += d));
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stopServer);
process.on('SIGINT', () => process.exit(130));

for (let i = 0; ; i++) {
  try {
    if ((await fetch(origin)).ok) break;
  } catch {}
  if (i > 150) {
    console.error(`lighthouse: astro preview did not answer on ${origin} within 30 s.\n${serverErrors}`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const rows = [];
for (const path of paths) {
  const run = spawnSync(
    'npx',
    ['--yes', LIGHTHOUSE, `${origin}${path}`, '--output=json', '--quiet', `--chrome-flags=${CHROME_FLAGS}`],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    },
  );
  if (run.status !== 0) {
    console.error(`lighthouse failed on ${path}:\n${run.stderr}`);
    process.exit(1);
  }
  const lhr = JSON.parse(run.stdout);
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  rows.push({
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  });
  for (const [key, cat] of Object.entries(lhr.categories)) {
    if ((cat.score ?? 0) < 1) {
      const failing = cat.auditRefs
        .map((r) => lhr.audits[r.id])
        .filter((a) => a && a.score !== null && a.score < 1 && !['informative', 'manual'].includes(a.scoreDisplayMode));
      console.log(`${path} ${key}: ${failing.map((a) => a.id).join(', ')}`);
    }
  }
}
console.table(rows);
