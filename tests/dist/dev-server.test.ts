/**
 * `npm run dev` answers every kind of URL the build makes (pages, downloads, previews, oEmbed, feeds), so
 * an author sees under dev what will ship. Starts Astro's dev server on a free port, asks it for one built
 * path of each route (HTML as its directory URL), and stops it. One per route: dev renders on demand, and
 * a route that answers for one chart or source answers for all of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.mjs';
import { chartIds, DIST, sourceIds } from '../support/site.ts';

/** URL paths of every built file, except Astro's own assets and files copied from public/ as they are. */
function builtPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : builtPaths(full);
    const path = `/${relative(DIST, full).split(sep).join('/')}`;
    return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path];
  });
}

/** The route a built path comes from: chart and source ids become `[id]` ("/charts/[id]-1200x675.png"). */
export function routeOf(path: string): string {
  // Longest first, so an id that begins another id never takes its place.
  const ids = [...chartIds, ...sourceIds].sort((a, b) => b.length - a.length);
  const segment = new RegExp(`(?<=/)(${ids.join('|')})(?=[./-]|$)`);
  return path.replace(segment, '[id]');
}

/** The first built path of each route. */
function onePathPerRoute(paths: string[]): string[] {
  const byRoute = new Map<string, string>();
  for (const path of paths) if (!byRoute.has(routeOf(path))) byRoute.set(routeOf(path), path);
  return [...byRoute.values()];
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

it('routeOf names the route of a built path', () => {
  const [chart] = chartIds;
  const [source] = sourceIds;
  expect(routeOf(`/charts/${chart}.png`)).toBe('/charts/[id].png');
  expect(routeOf(`/charts/${chart}-1200x675.png`)).toBe('/charts/[id]-1200x675.png');
  expect(routeOf(`/embed/${chart}/dark/`)).toBe('/embed/[id]/dark/');
  expect(routeOf(`/sources/${source}/`)).toBe('/sources/[id]/');
  expect(routeOf('/charts/')).toBe('/charts/');
});

it('the dev server answers 200 for one built path of every route', async () => {
  const paths = onePathPerRoute(builtPaths(DIST).filter((p) => p !== '/404.html' && p !== '/_headers'));
  // Pages, the chart routes (page, embed light and dark, PNGs, SVG, CSV, oEmbed, card) and the feeds.
  expect(paths.length).toBeGreaterThan(15);
  const failing: string[] = [];
  for (const path of paths) {
    const status = (await fetch(`${origin}${path}`)).status;
    if (status !== 200) failing.push(`${path} → ${status}`);
  }
  expect(failing).toEqual([]);
}, 120_000);
