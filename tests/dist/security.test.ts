/**
 * What a static host serves, read from the built files: a CSP on every page without 'unsafe-inline'
 * for scripts, the headers file, external links that cannot reach back, and the citation files a
 * reference manager reads.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { readDist, site } from '../support/site.ts';

const htmlPages = [...site.pages, ...site.embeds];

describe('every page', () => {
  it.each(htmlPages)('%s has a CSP whose script-src allows no inline script', (path) => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readDist(path))?.[1];
    expect(csp, `${path} has a CSP meta tag`).toBeTruthy();
    const scriptSrc =
      csp!
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp).toContain("default-src 'self'");
  });

  it.each(htmlPages)('%s opens every external link without access back to it', (path) => {
    for (const [tag] of readDist(path).matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      expect(tag).toMatch(/rel="[^"]*noopener/);
    }
  });
});

it('the headers file denies framing everywhere but the embeds', () => {
  const headers = readDist('/_headers');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy:');
  const embed = headers.split('/embed/*')[1]!.split('\n/')[0]!;
  expect(embed).toContain('frame-ancestors *');
  for (const section of ['/\n', '/charts/*', '/scenarios/*', '/sources/*']) {
    const block = headers.split(section)[1]!.split('\n/')[0]!;
    expect(block, section).toContain("frame-ancestors 'none'");
  }
});

describe('citation files', () => {
  const sources = JSON.parse(readDist('/citations.json')) as Record<string, unknown>[];

  it('/citations.bib parses with a real BibTeX parser: one entry per source, each titled', () => {
    const library = parse(readDist('/citations.bib'));
    expect(library.errors).toEqual([]);
    // BibTeX keys use underscores where ids have hyphens.
    expect(library.entries.map((e) => e.key).sort()).toEqual(sources.map((s) => String(s['id']).replaceAll('-', '_')).sort());
    for (const entry of library.entries) expect(entry.fields['title'], entry.key).toBeTruthy();
  });

  it('/citations.json is CSL-JSON with the required fields and the paper dated as published', () => {
    for (const item of sources) {
      expect(typeof item['id']).toBe('string');
      expect(typeof item['type']).toBe('string');
      expect(typeof item['title']).toBe('string');
    }
    const paper = sources.find((i) => i['id'] === 'anthropic-2028-paper')!;
    expect(paper['URL']).toBe('https://www.anthropic.com/research/2028-ai-leadership');
    expect(paper['issued']).toEqual({ 'date-parts': [[2026, 5, 14]] });
  });
});
