/**
 * Charts in the built files: every chart on every page keeps the markup contract (DESIGN.md, "Charts");
 * every chart page has its data table and downloads that parse; conditions and disputes show on the
 * chart itself. Whether a chart is visible with JavaScript off needs a browser: tests/e2e/pages.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { load } from 'cheerio';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { conditionClause } from '../../src/charts/chart-from-content.ts';
import { builtPage, chartIds, distFile, site } from '../support/site.ts';

const { content } = loadContent('content');
const fold = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

it('the required charts exist, each with its page, and every chart in content has one', () => {
  for (const id of ['lead-window', 'huawei-share', 'compute-gap']) expect(chartIds).toContain(id);
  expect([...chartIds].sort()).toEqual(content.charts.map((c) => c.data.id).sort());
});

describe('every chart on every page keeps the markup contract', () => {
  it.each([...site.pages, ...site.embeds])('%s', (page) => {
    const $ = builtPage(page);
    const figures = $('figure[data-chart]').toArray();
    const chartHere = /^\/(?:charts|embed)\/([^/]+)\/$/.exec(page)?.[1];
    if (chartHere) expect(figures.map((f) => $(f).attr('data-chart'))).toContain(chartHere);
    for (const el of figures) {
      const figure = $(el);
      const id = figure.attr('data-chart') ?? '';
      const where = `figure[data-chart="${id}"]`;
      expect(figure.attr('id'), `${where}: id equals data-chart`).toBe(id);
      const svg = figure.find('svg[role="img"]').first();
      expect(svg.length, `${where}: holds an <svg role="img">`).toBe(1);
      const title = fold(svg.children('title').text());
      expect(title, `${where}: the svg has a <title>`).not.toBe('');
      expect(fold(svg.children('desc').text()), `${where}: the svg has a <desc>`).not.toBe('');
      expect(fold(figure.find('figcaption').text()), `${where}: the figcaption carries the title`).toContain(title);
      const hrefs = figure
        .find('a[href]')
        .toArray()
        .map((a) => $(a).attr('href') ?? '');
      expect(
        hrefs.some((h) => new URL(h, `http://x${page}`).pathname === `/charts/${id}/`),
        `${where}: a permalink`,
      ).toBe(true);
      expect(
        hrefs.filter((h) => h.startsWith('/sources/') || h.startsWith('https://')),
        `${where}: a source link`,
      ).not.toEqual([]);
    }
  });
});

describe.each(content.charts.map((c) => c.data))('chart $id', (chart) => {
  const page = `/charts/${chart.id}/`;
  const $ = builtPage(page);
  const svgText = $(`figure#${chart.id} svg`).first().text().replace(/\s+/g, '');

  it('has a data table with a row per figure', () => {
    expect($('main table tbody tr').length).toBeGreaterThanOrEqual(chart.figures.length);
  });

  it('prints each passage once under "Where each figure comes from", the later figures it gives pointing back to it', () => {
    const passages = $('#sources')
      .parent()
      .find('blockquote > p')
      .toArray()
      .map((p) => fold($(p).text()));
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.filter((p, i) => passages.indexOf(p) !== i)).toEqual([]);
    for (const a of $('.same-passage a').toArray()) {
      expect($(`article${$(a).attr('href')} blockquote`).length, $(a).attr('href')).toBeGreaterThan(0);
    }
  });

  it('links its downloads, and each parses: SVG (resvg), PNG, CSV with a source column', () => {
    for (const download of [`/charts/${chart.id}.svg`, `/charts/${chart.id}.png`, `/data/${chart.id}.csv`]) {
      expect($(`a[href="${download}"]`).length, `a link to ${download}`).toBeGreaterThan(0);
    }
    const svg = readFileSync(distFile(`/charts/${chart.id}.svg`), 'utf8');
    expect(new Resvg(svg).render().width).toBeGreaterThan(0);
    expect(fold(svg.replace(/<[^>]+>/g, ' '))).toContain(fold($(`figure#${chart.id} svg > title`).first().text()));
    const png = readFileSync(distFile(`/charts/${chart.id}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const rows = csvParse(readFileSync(distFile(`/data/${chart.id}.csv`), 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.columns).toContain('source');
    expect(rows.map((r) => r['figure_id']).sort()).toEqual([...chart.figures].sort());
  });

  it('gives its downloaded SVGs, light and dark, the text alternative the page gives the chart (<title> and <desc>)', () => {
    const pageDesc = fold($(`figure#${chart.id} svg > desc`).first().text());
    expect(pageDesc.length).toBeGreaterThan(20);
    for (const file of [`/charts/${chart.id}.svg`, `/charts/${chart.id}-dark.svg`]) {
      const svg = readFileSync(distFile(file), 'utf8');
      expect(svg, `${file}: a <desc> right after its <title>`).toMatch(/<svg[^>]*><title>[^<]*<\/title><desc>/);
      expect(fold(load(svg, { xml: true })('svg > desc').text()), file).toContain(pageDesc);
    }
  });

  it('lists its figures in one order in the data table and the data file, and a timeline draws its events in it', () => {
    const tableIds = $(`figure#${chart.id} table tbody th a[href^="/citations/#"]`)
      .map((_, a) => $(a).attr('href')!.replace('/citations/#', ''))
      .get()
      .filter((id) => id !== 'single-source');
    const csvIds = csvParse(readFileSync(distFile(`/data/${chart.id}.csv`), 'utf8').replace(/^\uFEFF/, '')).map(
      (r) => r['figure_id'],
    );
    expect(tableIds).toEqual(csvIds);
    if (chart.form !== 'timeline') return;
    const labels = content.figures.filter((f) => chart.figures.includes(f.data.id));
    // A figure that is not stated carries its status after its label, as a bar's value does.
    const labelOf = (id: string) => {
      const { label, status } = labels.find((f) => f.data.id === id)!.data;
      return fold(status === 'stated' ? label : `${label} (${status})`);
    };
    const drawn = $(`figure#${chart.id} svg.wide text.event-label`)
      .map((_, t) => fold($(t).text()))
      .get();
    expect(drawn).toEqual(tableIds.map(labelOf));
  });

  it('tells reference managers and search engines what it is: citation_* tags and a schema.org Dataset with its CSV', () => {
    expect($('meta[name="citation_title"]').attr('content')).toBe(chart.title);
    const dataset = JSON.parse($('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;
    expect(dataset['@type']).toBe('Dataset');
    expect(JSON.stringify(dataset['distribution'])).toContain(`/data/${chart.id}.csv`);
  });

  it('names its sources one by one, each live page right after the source it belongs to', () => {
    const line = fold($(`figure#${chart.id} p.source-line`).last().text());
    const listed = /\b(Sources?): (.*)\.$/.exec(line);
    expect(listed?.[1], line).toBe(chart.sources.length === 1 ? 'Source' : 'Sources');
    const entries = listed![2]!.split('; ');
    expect(entries, line).toHaveLength(chart.sources.length);
    for (const entry of entries) {
      const [credit, live, ...rest] = entry.split(' — ');
      expect(credit, entry).not.toBe('');
      expect(rest, entry).toEqual([]);
      if (live) expect(live, entry).toMatch(/^(look for it on |[\w.-]+\.\w+$)/);
    }
  });

  it('states the condition of every conditional figure on the chart itself', () => {
    for (const figure of content.figures.filter((f) => chart.figures.includes(f.data.id) && f.data.condition)) {
      // As a clause after "Condition:": the source's words, its opening "If" in lower case.
      expect(svgText, figure.data.id).toContain(conditionClause(figure.data.condition!).replace(/\s+/g, ''));
    }
  });

  it('shows the "sources disagree" flag exactly when one of its figures is disputed', () => {
    const disputed = content.discrepancies.some((d) => d.data.figures.some((id) => chart.figures.includes(id)));
    expect($(`figure#${chart.id} [data-flag="discrepancy"]`).length > 0).toBe(disputed);
  });

  it('lists the disputed points open on its own page, folded under the flag on the gallery', () => {
    const flagOn = (html: typeof $) => html(`figure#${chart.id} [data-flag="discrepancy"]`);
    const own = flagOn($);
    const inGallery = flagOn(builtPage('/charts/'));
    expect(inGallery.length).toBe(own.length);
    if (own.length === 0) return;
    expect(own.attr('open')).toBeDefined();
    expect(inGallery.attr('open')).toBeUndefined();
    expect(inGallery.find('summary').text()).toMatch(/^\s*Sources disagree on (a figure|figures) in this chart/);
    expect(inGallery.find('a').length).toBe(own.find('a').length);
  });
});

it('every data table names each row apart from the others, wherever a chart appears (Huawei 2026 and 2027)', () => {
  const pages = ['/', '/charts/', ...chartIds.map((id) => `/charts/${id}/`), '/sources/anthropic-2028-paper/'];
  const repeated: string[] = [];
  for (const page of pages) {
    const $ = builtPage(page);
    $('figure[data-chart] table').each((_, table) => {
      const names = $(table)
        .find('tbody th[scope="row"]')
        .toArray()
        .map((th) => fold($(th).text()));
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      if (twice.length) repeated.push(`${page}: ${twice.join('; ')}`);
    });
  }
  expect(repeated).toEqual([]);
});

// A search result or a link preview shows a chart page's description alone: where it gives a conditional
// figure's number, it gives its condition too ("roughly 11 times … if the US strengthens its restrictions").
describe("a chart page's description keeps the condition of any conditional number it gives", () => {
  const figures = new Map(content.figures.map((f) => [f.data.id, f.data]));
  it.each(chartIds)('%s', (id) => {
    const description = /<meta name="description" content="([^"]*)"/.exec(readFileSync(distFile(`/charts/${id}/`), 'utf8'))![1]!;
    const chart = content.charts.find((c) => c.data.id === id)!.data;
    for (const figure of chart.figures.map((f) => figures.get(f)!)) {
      if (figure.status !== 'conditional' || figure.value === undefined) continue;
      const numbers = typeof figure.value === 'number' ? [figure.value] : [figure.value.low, figure.value.high];
      const given = numbers.some((n) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(description));
      if (given) expect(description, figure.id).toMatch(/(?<!\p{L})(?:if|unless)(?!\p{L})/iu);
    }
  });
});
