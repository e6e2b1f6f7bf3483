/**
 * What a reviewer of citations relies on in the built pages, checked without a browser: search is the
 * only page with Pagefind (and the only CSP that allows WebAssembly), every quote says what it was
 * checked against, single-source claims are flagged, disagreements are listed heaviest first, and the
 * review pages have a table of contents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartIds, DIST, readDist, site, sourceIds } from '../support/site.ts';
import { loadModel } from '../fixtures/real-model.ts';

const model = loadModel();
const csp = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('search', () => {
  it('the Pagefind index is built into dist/pagefind/', () => {
    expect(fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('only /search/ loads a script that references Pagefind, and only its CSP allows WebAssembly', () => {
    for (const page of site.pages) {
      const html = readDist(page);
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[0]).join('\n');
      const external = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
      const bundled = external.map((src) => fs.readFileSync(path.join(DIST, src), 'utf8')).join('\n');
      const usesPagefind = /\/pagefind\//.test(scripts + bundled) || /href="\/pagefind\//.test(html);
      expect(usesPagefind, `${page} references Pagefind`).toBe(page === '/search/');
      expect(csp(html).includes("'wasm-unsafe-eval'"), `${page} CSP allows WebAssembly`).toBe(page === '/search/');
    }
  });

  it('figures, quotes, discrepancies, summaries and charts are in the index: /citations/, every source and chart page', () => {
    for (const page of [
      '/citations/',
      ...sourceIds.map((id) => `/sources/${id}/`),
      ...chartIds.map((id) => `/charts/${id}/`),
    ])
      expect(readDist(page), page).toContain('data-pagefind-body');
  });
});

describe('provenance and flags', () => {
  it('every quote on /citations/ says what it was checked against, and no live link claims to be the checked text', () => {
    const html = readDist('/citations/');
    const blocks = [...html.matchAll(/<blockquote class="quote[^"]*"[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(100);
    for (const b of blocks) expect(b).toMatch(/Checked against|Not checked/);
    expect(html).not.toContain('the passage at www.anthropic.com');
    expect(html).toContain('Look for it on anthropic.com (not checked against that page)');
    expect(html).toContain('Anthropic, the 2028 paper, as reproduced by Kafela Bazar');
  });

  it('no page calls a live link "the passage at …"; chart source lines credit reproduced text as such', () => {
    const pages = [...site.pages, ...site.embeds];
    expect(pages.filter((page) => />the passage at /.test(readDist(page)))).toEqual([]);
    const chart = readDist('/charts/huawei-share/');
    expect(chart).toContain('Anthropic, the 2028 paper, as reproduced by Kafela Bazar');
    expect(chart).toContain('look for it on anthropic.com (not checked against that page)');
    // The citation markers on /scenarios/ credit the paper's words the same way.
    expect(readDist('/scenarios/')).toContain('Anthropic, the 2028 paper, as reproduced by Kafela Bazar');
  });

  it('each single-source figure carries the flag on /citations/, and no other figure does', () => {
    const html = readDist('/citations/');
    expect(model.singleSource.size).toBeGreaterThan(5);
    for (const f of model.figures) {
      const card = new RegExp(`<article[^>]*id="${f.id}"[\\s\\S]*?</article>`).exec(html)?.[0] ?? '';
      expect(card, f.id).not.toBe('');
      expect(card.includes('data-flag="single-source"'), f.id).toBe(model.singleSource.has(f.id));
    }
  });

  it('the flag is on the source page’s table of figures too', () => {
    const html = readDist('/sources/gossip-herald/');
    expect(html).toMatch(/Tax on Nvidia[\s\S]*?data-flag="single-source"/);
  });
});

describe('navigation', () => {
  it('/citations/ lists disagreements heaviest first', () => {
    const html = readDist('/citations/');
    const order = [...html.matchAll(/data-discrepancy="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(model.discrepanciesByWeight.map((d) => d.id));
  });

  it('/citations/ and every source page have a table of contents whose links land on the page', () => {
    for (const page of ['/citations/', ...sourceIds.map((id) => `/sources/${id}/`)]) {
      const html = readDist(page);
      const toc = /<nav class="toc[^"]*"[\s\S]*?<\/nav>/.exec(html)?.[0];
      expect(toc, page).toBeDefined();
      for (const [, id] of toc!.matchAll(/href="#([^"]+)"/g)) expect(html, `${page}#${id}`).toContain(`id="${id}"`);
    }
  });

  it('the paper’s page folds fragments of one sentence under that sentence', () => {
    const html = readDist('/sources/anthropic-2028-paper/');
    expect(html).toMatch(/shorter passages? quoted from within it/);
  });
});

describe('corrections and reference managers', () => {
  const entries = fs.readdirSync('content/corrections').filter((f) => f.endsWith('.yaml'));

  it('/corrections/ shows every logged correction, and the Atom feed has one entry each', () => {
    expect(entries.length).toBeGreaterThan(0);
    const html = readDist('/corrections/');
    const feed = fs.readFileSync(path.join(DIST, 'corrections.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    for (const file of entries) {
      const id = file.replace(/\.yaml$/, '');
      expect(html, id).toContain(`id="${id}"`);
      expect(feed, id).toContain(`/corrections/#${id}</id>`);
    }
    expect([...feed.matchAll(/<entry>/g)].length).toBe(entries.length);
  });

  it('a correction shows on the pages it concerns', () => {
    expect(readDist('/sources/kafela-bazar/')).toContain('/corrections/#what-the-site-holds');
    expect(readDist('/about/')).toContain('/corrections/#what-the-site-holds');
    expect(readDist('/sources/daily-scout/')).not.toContain('/corrections/#what-the-site-holds');
  });

  it('every source page carries citation_* tags for reference managers', () => {
    for (const id of sourceIds) {
      const html = readDist(`/sources/${id}/`);
      expect(html, id).toMatch(/<meta name="citation_title" content="[^"]+"/);
      expect(html, id).toMatch(/<meta name="citation_author" content="[^"]+"/);
    }
  });
});
