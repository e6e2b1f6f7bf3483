/**
 * What the e2e tests know about the built site: which pages exist (from dist/sitemap.xml, or by walking
 * dist/ when there is no sitemap), which charts and sources, and a watcher that records what a reader's
 * browser would complain about (console errors, uncaught exceptions, requests to other origins).
 *
 * Everything here reads dist/ synchronously at module load, because Playwright must know the list of
 * tests before it starts them. Build first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { load as loadHtml, type CheerioAPI } from 'cheerio';

/** The preview server (playwright.config.ts starts it). The only origin a page may request. */
export const ORIGIN = `http://localhost:${process.env['PORT'] ?? 4321}`;

/**
 * The built site. E2E_DIST points the tests (and the preview server, see playwright.config.ts) at another
 * build, e.g. `astro build --outDir /tmp/site`, so a run is not disturbed by someone rebuilding dist/.
 */
export const DIST = process.env['E2E_DIST']
  ? path.resolve(process.env['E2E_DIST'])
  : fileURLToPath(new URL('../../dist/', import.meta.url));

function requireDist(): void {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}: run \`npm run build\` before the e2e tests.`);
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every `<dir>/index.html` under `root`, as a URL path with a trailing slash ("/", "/charts/x/"). */
function walkIndexPages(root: string, prefix = '/'): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'index.html') out.push(prefix);
    if (entry.isDirectory() && entry.name !== '_astro') {
      out.push(...walkIndexPages(path.join(root, entry.name), `${prefix}${entry.name}/`));
    }
  }
  return out;
}

const isEmbed = (p: string): boolean => p.startsWith('/embed/');

export interface SiteMap {
  /** Reader-facing HTML pages (no /embed/), in sitemap order. */
  pages: string[];
  /** /embed/<id>/ pages, always found by walking dist/embed/ (they may or may not be in the sitemap). */
  embeds: string[];
  /** Where `pages` came from. */
  from: 'sitemap' | 'dist walk';
}

function loadSiteMap(): SiteMap {
  requireDist();
  const sitemapFile = path.join(DIST, 'sitemap.xml');
  let pages: string[];
  let from: SiteMap['from'];
  if (fs.existsSync(sitemapFile)) {
    const xml = fs.readFileSync(sitemapFile, 'utf8');
    // The sitemap carries absolute URLs on whatever SITE_URL the build used; the tests want the path.
    pages = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => new URL(decodeXml(m[1] ?? '')).pathname);
    from = 'sitemap';
    if (pages.length === 0) throw new Error(`${sitemapFile} lists no <loc> at all`);
  } else {
    pages = walkIndexPages(DIST).sort();
    from = 'dist walk';
  }
  const embeds = [
    ...new Set([...walkIndexPages(path.join(DIST, 'embed'), '/embed/'), ...pages.filter(isEmbed)]),
  ].sort();
  return { pages: [...new Set(pages.filter((p) => !isEmbed(p)))], embeds, from };
}

export const site: SiteMap = loadSiteMap();

/** Chart ids, from the /charts/<id>/ pages. */
export const chartIds: string[] = site.pages
  .map((p) => /^\/charts\/([^/]+)\/$/.exec(p)?.[1])
  .filter((id): id is string => !!id);

/** Source ids, from the /sources/<id>/ pages. */
export const sourceIds: string[] = site.pages
  .map((p) => /^\/sources\/([^/]+)\/$/.exec(p)?.[1])
  .filter((id): id is string => !!id);

/** An absolute URL the site printed (canonical, og:image, oEmbed) mapped onto the local preview server. */
export function local(url: string): string {
  const u = new URL(url, ORIGIN);
  return `${ORIGIN}${u.pathname}${u.search}`;
}

export interface Watch {
  /** Console errors and uncaught page errors, each as one readable line. */
  errors: string[];
  /** Every request URL that left ORIGIN. */
  foreign: string[];
}

/** Start recording what a reader's browser would complain about on `page`. */
export function watch(page: Page): Watch {
  const w: Watch = { errors: [], foreign: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      w.errors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => w.errors.push(`uncaught ${err.name}: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    // data: URIs are inline content, not requests to an origin.
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== ORIGIN) w.foreign.push(`${req.resourceType()} ${url} (from ${page.url()})`);
  });
  return w;
}

/** Fold whitespace, for comparing text taken from different places. */
export const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The file in the build that answers a URL path ("/charts/x/" → dist/charts/x/index.html). */
export function distFile(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  return path.join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The built text that answers a URL path. */
export const readDist = (urlPath: string): string => fs.readFileSync(distFile(urlPath), 'utf8');

const parsed = new Map<string, CheerioAPI>();
/** A built page, parsed once per test file (cheerio: the HTML parser link-preview scrapers use). */
export function builtPage(urlPath: string): CheerioAPI {
  let $ = parsed.get(urlPath);
  if (!$) parsed.set(urlPath, ($ = loadHtml(readDist(urlPath))));
  return $;
}
