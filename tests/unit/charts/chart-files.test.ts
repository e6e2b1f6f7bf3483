import { describe, expect, it } from 'vitest';
import {
  chartCsv,
  chartOembed,
  chartPngFile,
  chartPreviewPng,
  chartSlidePng,
  chartSvgFile,
  csvField,
  embedSnippet,
} from '../../../src/charts/chart-files.ts';
import { chartSourceText } from '../../../src/charts/chart-from-content.ts';
import { cardAlt, chartCardFigures, sourceCard } from '../../../src/charts/preview-cards.ts';
import { isPng, pngSize } from '../../fixtures/png.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const model = loadModel();
const site = 'https://example.org';
const chartIds = model.charts.map((c) => c.id);

/** RFC 4180: rows split on CRLF, fields on commas, double quotes around fields that need them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
}

/** A column of the first row. */
const row0 = (rows: string[][], column: number) => rows[0]![column]!;

describe('chartCsv(chart, model, site)', () => {
  it.each(chartIds)('chartCsv(%s) has a header row and one row per figure, in the chart’s order', (id) => {
    const chart = model.chart(id);
    const [header, ...rows] = parseCsv(chartCsv(chart, model, site));
    expect(header).toContain('figure_id');
    expect(header).toContain('source');
    expect(rows.map((r) => r[header!.indexOf('figure_id')])).toEqual(chart.figures);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it.each(chartIds)('chartCsv(%s) names, in the source column, every source that carries each figure', (id) => {
    const [header, ...rows] = parseCsv(chartCsv(model.chart(id), model, site));
    const sourceColumn = header!.indexOf('source');
    for (const row of rows) {
      const figure = model.figure(row[header!.indexOf('figure_id')]!);
      expect(row[sourceColumn], figure.id).not.toBe('');
      for (const mention of figure.mentions) expect(row[sourceColumn]).toContain(model.source(mention.source).name);
      if (figure.primary) expect(row[sourceColumn]).toContain(model.source(figure.primary).name);
    }
  });

  it.each(chartIds)(
    'chartCsv(%s) repeats on every row the chart title, source line, public URL and the day made',
    (id) => {
      const chart = model.chart(id);
      const [header, ...rows] = parseCsv(chartCsv(chart, model, site, '2026-05-01'));
      const col = (name: string) => header!.indexOf(name);
      for (const row of rows) {
        expect(row[col('chart_title')]).toBe(chart.title);
        expect(row[col('chart_source_line')]).toBe(chartSourceText(chart, model));
        expect(row[col('chart_url')]).toBe(`https://example.org/charts/${id}/`);
        expect(row[col('file_made_on')]).toBe('2026-05-01');
      }
    },
  );

  it('chartCsv(huawei-share) credits the paper as the page does, reproduced by Kafela Bazar, and tells its two rows apart by period', () => {
    const [header, ...rows] = parseCsv(chartCsv(model.chart('huawei-share'), model, site));
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) expect(row[col('source')]).toContain('as reproduced by Kafela Bazar');
    expect(row0(rows, col('chart_source_line'))).toContain('as reproduced by Kafela Bazar');
    const periods = rows.map((r) => r[col('period')]);
    expect(new Set(periods).size).toBe(rows.length);
  });

  it('chartCsv(timeline) writes each date only as precisely as its source gives it: "2017", "2025-08", "2026-05-14"', () => {
    const [header, ...rows] = parseCsv(chartCsv(model.chart('timeline'), model, site));
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const figure = model.figure(row[col('figure_id')]!);
      const expected = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ }[figure.datePrecision];
      expect(row[col('date')], figure.id).toMatch(expected);
    }
    expect(rows.some((r) => /^\d{4}$/.test(r[col('date')]!))).toBe(true);
  });

  it('chartCsv(chart) from a local build names no local address as the chart URL, and says it is local', () => {
    const csv = chartCsv(model.chart('compute-gap'), model, 'http://localhost:4321', '2026-05-01');
    const [header, first] = parseCsv(csv);
    expect(first![header!.indexOf('chart_url')]).toBe('Local build, not published');
  });

  it('chartCsv(chart) keeps numbers unformatted and the status beside them', () => {
    const chart = model.chart('distillation-campaign');
    const [header, ...rows] = parseCsv(chartCsv(chart, model, site));
    rows.forEach((row, i) => {
      const figure = model.figure(chart.figures[i]!);
      expect(row[header!.indexOf('value')]).toBe(String(figure.value));
      expect(Number(row[header!.indexOf('value')])).toBe(figure.value);
      expect(row[header!.indexOf('status')]).toBe(figure.status);
    });
  });

  it('chartCsv(lead-window) gives the range as low and high, and the qualitative rows in words', () => {
    const chart = model.chart('lead-window');
    const [header, ...rows] = parseCsv(chartCsv(chart, model, site));
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const figure = model.figure(row[col('figure_id')]!);
      if (typeof figure.value === 'object') {
        expect([row[col('low')], row[col('high')]]).toEqual([String(figure.value.low), String(figure.value.high)]);
      } else {
        expect(row[col('value')]).toBe(figure.qualitative);
      }
    }
  });

  it('chartCsv(chart) survives commas, quotes and line breaks in its fields', () => {
    // Labels and claimants of the real content hold commas and quotation marks: parse must round-trip them.
    const chart = model.chart('timeline');
    const [header, ...rows] = parseCsv(chartCsv(chart, model, site));
    rows.forEach((row, i) => {
      const figure = model.figure(chart.figures[i]!);
      expect(row[header!.indexOf('label')]).toBe(figure.label);
      expect(row[header!.indexOf('claimant')]).toBe(figure.claimant);
    });
  });
});

describe('csvField(value)', () => {
  it('csvField(value) quotes a field holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "11x"')).toBe('"say ""11x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('chart images', () => {
  it('chartPreviewPng(chart) is a 1200×630 PNG', () => {
    const png = chartPreviewPng(model.chart('lead-window'), model, site);
    expect(isPng(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('chartPngFile(chart) is the SVG download at twice its size, taller than wide for a long timeline', () => {
    const chart = model.chart('timeline');
    const svgWidth = Number(/width="(\d+)"/.exec(chartSvgFile(chart, model, site))![1]);
    const { width, height } = pngSize(chartPngFile(chart, model, site));
    expect(width).toBe(2 * svgWidth);
    expect(height).toBeGreaterThan(width);
  });

  it('chartSlidePng(chart) is a 1200×675 PNG', () => {
    expect(pngSize(chartSlidePng(model.chart('timeline'), model, site))).toEqual({ width: 1200, height: 675 });
  });

  it('chartSvgFile(chart) from a local build prints no URL and says it is local', () => {
    const svg = chartSvgFile(model.chart('compute-gap'), model, 'http://localhost:4321', '1 May 2026');
    expect(svg).not.toContain('localhost');
    expect(svg).toContain('Local build, not published · made 1 May 2026');
  });

  it.each(chartIds)('chartSvgFile(%s) carries the title, the source line, the short permalink and the date', (id) => {
    const chart = model.chart(id);
    const svg = chartSvgFile(chart, model, site, '1 May 2026');
    expect(svg).toContain(`<title>${chart.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</title>`);
    const printed = svg
      .replace(/<\/tspan><tspan[^>]*>/g, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(printed).toContain(chartSourceText(chart, model));
    expect(printed).toContain(`example.org/charts/${id}/ · made 1 May 2026`);
  });
});

describe('chartOembed(chart, model, site) and embedSnippet(chart, site, height)', () => {
  it('chartOembed(chart) is an oEmbed 1.0 rich response pointing at the embed page and the preview image', () => {
    const oembed = chartOembed(model.chart('compute-gap'), model, site);
    expect(oembed.version).toBe('1.0');
    expect(oembed.type).toBe('rich');
    expect(oembed.html).toContain(`src="${site}/embed/compute-gap/"`);
    expect(oembed.thumbnail_url).toBe(`${site}/og/compute-gap.png`);
    expect([oembed.thumbnail_width, oembed.thumbnail_height]).toEqual([1200, 630]);
    expect(oembed.html).toContain(`height="${oembed.height}"`);
  });

  it('embedSnippet(chart) escapes quotation marks in the iframe title', () => {
    const chart = { ...model.chart('compute-gap'), title: 'The "11x" figure' };
    expect(embedSnippet(chart, site, 300)).toContain('title="The &quot;11x&quot; figure"');
  });

  it('embedSnippet(chart) escapes & and angle brackets in the iframe title, so the host page reads the title as written', () => {
    const chart = { ...model.chart('compute-gap'), title: 'R&amp;D <b>gap</b>' };
    expect(embedSnippet(chart, site, 300)).toContain('title="R&amp;amp;D &lt;b&gt;gap&lt;/b&gt;"');
  });
});

describe('chartCardFigures(chart, model)', () => {
  it('chartCardFigures gives each headline number its status and, where figures differ by year, the year', () => {
    const figures = chartCardFigures(model.chart('huawei-share'), model);
    expect(figures.map((f) => [f.value, f.status])).toEqual([
      ['4%', 'estimate'],
      ['2%', 'estimate'],
    ]);
    expect(figures[0]!.label).toContain('2026');
    expect(figures[1]!.label).toContain('2027');
  });

  it('chartCardFigures carries the condition of a conditional number in its short form, "if", never "only if"', () => {
    const [figure] = chartCardFigures(model.chart('lead-window'), model);
    expect(figure!.value).toBe('12–24 months');
    expect(figure!.status).toBe('conditional');
    // Its short condition, as the home page prints it, not the paper's whole clause ("… to address both issues").
    expect(figure!.label).toBe('if the US and its allies act now');
    for (const chart of model.charts)
      for (const f of chartCardFigures(chart, model)) expect(f.label, chart.id).not.toMatch(/only if/i);
  });

  it('sourceCard marks a publication date we worked out as inferred', () => {
    const inferred = model.sources.filter((s) => s.published && s.publishedInferred);
    expect(inferred.length).toBeGreaterThan(0);
    for (const source of inferred)
      expect(sourceCard(source, model, 'https://example.org').kicker).toMatch(/\(inferred\)( · headline as printed)?$/);
    const printed = model.sources.find((s) => s.published && !s.publishedInferred)!;
    expect(sourceCard(printed, model, 'https://example.org').kicker).not.toContain('inferred');
  });

  it("sourceCard says a headline that reads oddly as printed is the source's, on the card and in its alt text", () => {
    const noted = model.sources.filter((s) => s.titleNote);
    expect(noted.length).toBeGreaterThan(0);
    for (const source of model.sources) {
      const card = sourceCard(source, model, 'https://example.org');
      expect(card.kicker.endsWith(' · headline as printed'), source.id).toBe(!!source.titleNote);
      expect(cardAlt(card).startsWith(`${source.title} (the headline as printed).`), source.id).toBe(
        !!source.titleNote,
      );
    }
  });
});
