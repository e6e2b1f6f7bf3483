/**
 * `npm run dev` answers every URL the build makes (pages, downloads, previews, oEmbed, feeds), so an
 * author sees under dev what will ship. Starts Astro's dev server on a free port, asks it for the path
 * of every file in dist/ (HTML as its directory URL), and stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.mjs';
import { DIST } from '../support/site.ts';

/** URL paths of every built file, except Astro's own assets and files copied from public/ as they are. */
function builtPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : builtPaths(full);
    const path = `/${relative(DIST, full).split(sep).join('/')}`;
    return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path];
  });
}

let server: ChildProcess;
let origin = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro dev did not answer on ${origin} within 60 s`);
}, 70_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

it('the dev server answers 200 for every file the build makes', async () => {
  const paths = builtPaths(DIST).filter((p) => p !== '/404.html' && p !== '/_headers');
  expect(paths.length).toBeGreaterThan(50);
  const failing: string[] = [];
  for (const path of paths) {
    const status = (await fetch(`${origin}${path}`)).status;
    if (status !== 200) failing.push(`${path} → ${status}`);
  }
  expect(failing).toEqual([]);
}, 120_000);
