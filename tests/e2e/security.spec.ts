/**
 * What a static host serves: a CSP on every page without 'unsafe-inline' for scripts, the headers
 * file, external links that cannot reach back, and the citation files a reference manager reads.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { DIST, site } from '../support/site.ts';

test('every page has a CSP whose script-src allows no inline script', async ({ request }) => {
  for (const path of [...site.pages, ...site.embeds]) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, `${path} has a CSP meta tag`).toBeTruthy();
    const scriptSrc =
      csp!
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(csp, path).toContain("default-src 'self'");
  }
});

test('the headers file denies framing everywhere but the embeds', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy:');
  const embed = headers.split('/embed/*')[1]!.split('\n/')[0]!;
  expect(embed).toContain('frame-ancestors *');
  for (const section of ['/\n', '/charts/*', '/scenarios/*', '/sources/*']) {
    const block = headers.split(section)[1]!.split('\n/')[0]!;
    expect(block, section).toContain("frame-ancestors 'none'");
  }
});

test('every external link opens without access back to this page', async ({ request }) => {
  for (const path of [...site.pages, ...site.embeds]) {
    const html = await (await request.get(path)).text();
    for (const [tag] of html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      expect(tag, path).toMatch(/rel="[^"]*noopener/);
    }
  }
});

test('/citations.bib parses with a real BibTeX parser: one entry per source', async ({ request }) => {
  const response = await request.get('/citations.bib');
  expect(response.status()).toBe(200);
  const library = parse(await response.text());
  expect(library.errors).toEqual([]);
  const sources = (await (await request.get('/citations.json')).json()) as {
    id: string;
    title: string;
    type: string;
  }[];
  expect(library.entries).toHaveLength(sources.length);
  expect(sources.length).toBe(8);
  for (const entry of library.entries) expect(entry.fields['title'], entry.key).toBeTruthy();
});

test('/citations.json is CSL-JSON with the required fields', async ({ request }) => {
  const items = (await (await request.get('/citations.json')).json()) as Record<string, unknown>[];
  for (const item of items) {
    expect(typeof item['id']).toBe('string');
    expect(typeof item['type']).toBe('string');
    expect(typeof item['title']).toBe('string');
  }
  const paper = items.find((i) => i['id'] === 'anthropic-2028-paper')!;
  expect(paper['URL']).toBe('https://www.anthropic.com/research/2028-ai-leadership');
  expect(paper['issued']).toEqual({ 'date-parts': [[2026, 5, 14]] });
});

test('the permalink becomes a copy-link control with JavaScript, and stays a plain link without', async ({
  browser,
}) => {
  const withJs = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await withJs.newPage();
  await page.goto('/charts/');
  const link = page.locator('figure#huawei-share a[data-copy-link]');
  await expect(link).toHaveText('Copy link');
  await link.click();
  await expect(link).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4321/charts/huawei-share/');
  await withJs.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/charts/');
  const permalink = plain.locator('figure#huawei-share a[data-copy-link]');
  await expect(permalink).toHaveText('Permalink');
  await expect(permalink).toHaveAttribute('href', '#huawei-share');
  await noJs.close();
});
