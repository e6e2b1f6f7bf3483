/**
 * Sharing, checked over the built files (no browser): what two real unfurlers make of every page, the
 * preview images and downloads, oEmbed, the framing rules over the sitemap, and a build for publishing
 * (SITE_URL set) that names no local address anywhere.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { runScript } from '../support/run-script.ts';
import ogs from 'open-graph-scraper';
import metascraper from 'metascraper';
import metascraperTitle from 'metascraper-title';
import metascraperDescription from 'metascraper-description';
import metascraperImage from 'metascraper-image';
import { chartIds, distFile, readDist, site, sourceIds } from '../support/site.ts';
import { singleSourceText } from '../../src/model/build-model.ts';
import { loadModel } from '../fixtures/real-model.ts';

const model = loadModel();

const scrape = metascraper([metascraperTitle(), metascraperDescription(), metascraperImage()]);

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const unescapeHtml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('link previews, as open-graph-scraper and metascraper read them', () => {
  it.each(site.pages)('%s yields a title, a description and a 1200×630 image', async (page) => {
    const html = readDist(page);
    const { result, error } = await ogs({ html });
    expect(error, 'open-graph-scraper reads the page').toBe(false);
    expect(result.ogTitle ?? '').not.toBe('');
    expect(result.ogDescription ?? '').not.toBe('');
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0]?.url ?? '';
    expect(image, 'og:image is absolute').toMatch(/^https?:\/\//);
    expect(pngSize(distFile(new URL(image).pathname))).toEqual({ width: 1200, height: 630 });

    const url = new URL(page, image).href;
    const meta = await scrape({ url, html });
    expect(meta.title ?? '').not.toBe('');
    expect(meta.description ?? '').not.toBe('');
    expect(meta.image).toBe(image);
  });

  it('home, /scenarios/, each chart and each source have cards of their own', () => {
    const imageOf = (page: string) => /<meta property="og:image" content="([^"]+)"/.exec(readDist(page))![1]!;
    const expected: Record<string, string> = {
      '/': '/og/site.png',
      '/scenarios/': '/og/scenarios.png',
      ...Object.fromEntries(chartIds.map((id) => [`/charts/${id}/`, `/og/${id}.png`])),
      ...Object.fromEntries(sourceIds.map((id) => [`/sources/${id}/`, `/og/sources/${id}.png`])),
    };
    for (const [page, image] of Object.entries(expected)) expect(new URL(imageOf(page)).pathname, page).toBe(image);
    // Distinct images, not the same picture under many names.
    const bytes = new Set(Object.values(expected).map((image) => fs.readFileSync(distFile(image)).toString('base64')));
    expect(bytes.size).toBe(Object.keys(expected).length);
  });

  it("each card's alt text gives its words: a chart's title and numbers with their status, a source's title", () => {
    const altOf = (page: string) =>
      unescapeHtml(/<meta property="og:image:alt" content="([^"]+)"/.exec(readDist(page))![1]!);
    for (const id of chartIds) {
      const title = unescapeHtml(/<h1[^>]*>([^<]+)<\/h1>/.exec(readDist(`/charts/${id}/`))?.[1] ?? '');
      expect(title.length, `${id}: its h1 is read`).toBeGreaterThan(10);
      expect(altOf(`/charts/${id}/`), id).toContain(title.trim());
    }
    expect(altOf('/charts/compute-gap/')).toMatch(/roughly 11× \(conditional\), if US restrictions are strengthened/);
    for (const id of sourceIds) {
      const title = unescapeHtml(/<h1>([^<]+)<\/h1>/.exec(readDist(`/sources/${id}/`))![1]!);
      expect(altOf(`/sources/${id}/`), id).toContain(title);
    }
    expect(new Set(site.pages.map(altOf)).size, 'no one alt text for every card').toBeGreaterThan(10);
  });
});

describe.each(chartIds)('chart %s', (id) => {
  it('has a 1200×675 PNG and a PNG at twice the SVG’s size', () => {
    expect(pngSize(distFile(`/charts/${id}-1200x675.png`))).toEqual({ width: 1200, height: 675 });
    const svgWidth = Number(/width="(\d+)"/.exec(readDist(`/charts/${id}.svg`))![1]);
    expect(pngSize(distFile(`/charts/${id}.png`)).width).toBe(2 * svgWidth);
  });

  it('has a CSV that d3-dsv reads as one plain table, every row carrying the chart title, source line, URL and the day made', () => {
    const rows = csvParse(readDist(`/data/${id}.csv`));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.columns).toEqual(expect.arrayContaining(['figure_id', 'chart_title', 'chart_source_line', 'chart_url', 'file_made_on']));
    const title = /<meta property="og:title" content="([^"]+)"/.exec(readDist(`/charts/${id}/`))?.[1];
    for (const row of rows) {
      expect(Object.keys(row)).toHaveLength(rows.columns.length);
      expect(row['figure_id']).not.toBe('');
      expect(row['chart_title']).toBe(unescapeHtml(title!));
      expect(row['chart_source_line']).toMatch(/Sources?: /);
      // The test build is local: it prints no address, and says so (the publishing build below checks the URL).
      expect(row['chart_url']).toBe('Local build, not published');
      expect(row['file_made_on']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(row['file_made_on']!)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('flags in its CSV, as its page does, each figure only one source carries', () => {
    const rows = csvParse(readDist(`/data/${id}.csv`));
    for (const row of rows) {
      const single = model.singleSource.get(row['figure_id']!);
      expect(row['single_source'], row['figure_id']).toBe(single ? singleSourceText(single) : '');
    }
    // The timeline's six one-source events are flagged in its file, not only on its page.
    if (id === 'timeline') expect(rows.filter((r) => r['single_source']).length).toBeGreaterThanOrEqual(6);
  });

  it('has a dark SVG beside the light one: the same words on the dark ground', () => {
    const light = readDist(`/charts/${id}.svg`);
    const dark = readDist(`/charts/${id}-dark.svg`);
    const words = (svg: string) => svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(words(dark)).toBe(words(light));
    const ground = (svg: string) => /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1];
    expect(ground(light)).toBe('#ffffff');
    expect(ground(dark)).not.toBe(ground(light));
  });

  it('offers, in oEmbed, the same embed code as its share panel', () => {
    const oembed = JSON.parse(readDist(`/oembed/${id}.json`)) as { type: string; html: string; height: number };
    expect(oembed.type).toBe('rich');
    const page = readDist(`/charts/${id}/`);
    const field = new RegExp(`<textarea id="share-${id}-embed"[^>]*>([^<]*)</textarea>`).exec(page)?.[1];
    expect(field, 'the share panel has an embed field').toBeDefined();
    expect(unescapeHtml(field!)).toBe(oembed.html);
    expect(oembed.html).toContain(`height="${oembed.height}"`);
  });

  it('share panel sits right after the chart, in the order link, image, embed, data, cite', () => {
    const page = readDist(`/charts/${id}/`);
    const afterFigure = page.slice(page.indexOf('</figure>'));
    expect(afterFigure.search(/<section class="share-panel/)).toBeLessThan(afterFigure.search(/<section(?! class="share-panel)/));
    const panel = /<section class="share-panel[\s\S]*?<\/section>/.exec(page)![0];
    const terms = [...panel.matchAll(/<dt[^>]*>(?:<label[^>]*>)?([^<]+)/g)].map((m) => m[1]!.trim());
    expect(terms).toEqual(['Link', 'Image', 'Embed', 'Data', 'Cite']);
    for (const href of [
      `/charts/${id}-1200x675.png`,
      `/charts/${id}.png`,
      `/charts/${id}.svg`,
      `/charts/${id}-dark.svg`,
      `/data/${id}.csv`,
    ])
      expect(panel).toContain(`href="${href}"`);
  });
});

/** Netlify/Cloudflare _headers rules as [pattern, header lines]; a pattern's "*" matches anything. */
function headerRules(): { matches: (p: string) => boolean; headers: string }[] {
  const rules: { matches: (p: string) => boolean; headers: string }[] = [];
  for (const block of readDist('/_headers').split(/\n(?=\/)/)) {
    const [pattern, ...lines] = block.split('\n');
    if (!pattern?.startsWith('/')) continue;
    const re = new RegExp(`^${pattern.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    rules.push({ matches: (p) => re.test(p), headers: lines.filter((l) => /^\s+\S/.test(l)).join('\n') });
  }
  return rules;
}

describe('framing', () => {
  const rules = headerRules();
  const headersFor = (page: string) => rules.filter((r) => r.matches(page)).map((r) => r.headers).join('\n');

  it.each([...site.pages, '/404.html'])('%s refuses to be framed', (page) => {
    const headers = headersFor(page);
    expect(headers).toContain('X-Frame-Options: DENY');
    expect(headers).toContain("frame-ancestors 'none'");
  });

  it.each(site.embeds)('%s may be framed by anyone', (page) => {
    const headers = headersFor(page);
    expect(headers).not.toContain('X-Frame-Options');
    expect(headers).not.toContain("frame-ancestors 'none'");
    expect(headers).toContain('frame-ancestors *');
  });

  it('every embed link opens outside the frame', () => {
    for (const page of site.embeds) {
      for (const [tag] of readDist(page).matchAll(/<a\b[^>]*>/g)) {
        expect(tag, page).toMatch(/target="_(blank|top)"/);
        expect(tag, page).toMatch(/rel="[^"]*noopener/);
      }
    }
  });
});

describe('a build for publishing', () => {
  // Built the way `npm run build:publish` builds (scripts/build.mjs), into a folder of its own inside the
  // project (Astro puts its content cache into an outDir outside it).
  const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const outDir = fs.mkdtempSync(path.join(root, '.tmp-publish-'));
  const astro = (env: Record<string, string>, dir = outDir) =>
    runScript(['scripts/build.mjs'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_OUT_DIR: dir, ...env },
    });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('refuses to start without SITE_URL, saying so', async () => {
    const run = await astro({ PUBLISH: '1', SITE_URL: '' }, path.join(outDir, 'never'));
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('SITE_URL is not set: a build for publishing needs the public origin');
    expect(fs.existsSync(path.join(outDir, 'never'))).toBe(false);
  }, 60_000);

  describe('with SITE_URL=https://example.org', () => {
    beforeAll(async () => {
      const run = await astro({ PUBLISH: '1', SITE_URL: 'https://example.org' });
      if (run.status !== 0) throw new Error(`the publishing build failed:\n${run.stdout}\n${run.stderr}`);
    }, 180_000);

    it('names no local address in any file', () => {
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const file = path.join(dir, e.name);
          if (e.isDirectory()) walk(file);
          else if (/localhost|127\.0\.0\.1/.test(fs.readFileSync(file, 'latin1'))) offenders.push(path.relative(outDir, file));
        }
      };
      walk(outDir);
      expect(offenders).toEqual([]);
    });

    it('names the public chart URL in every row of each CSV', () => {
      for (const id of chartIds) {
        const rows = csvParse(fs.readFileSync(path.join(outDir, 'data', `${id}.csv`), 'utf8'));
        for (const row of rows) expect(row['chart_url']).toBe(`https://example.org/charts/${id}/`);
      }
    });

    it('prints the short public URL and the date in each downloaded SVG', () => {
      for (const id of chartIds) {
        const svg = fs.readFileSync(path.join(outDir, 'charts', `${id}.svg`), 'utf8');
        const printed = svg.replace(/<\/tspan><tspan[^>]*>/g, ' ');
        expect(printed).toMatch(new RegExp(`example\\.org/charts/${id}/ · made \\d{1,2} [A-Z][a-z]+ \\d{4}`));
      }
    });
  });
});
