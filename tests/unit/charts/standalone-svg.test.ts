import { describe, expect, it } from 'vitest';
import { chartScene, chartSlideScenes, chartSourceText } from '../../../src/charts/chart-from-content.ts';
import { renderPng } from '../../../src/charts/render-png.ts';
import { chartCard } from '../../../src/charts/preview-cards.ts';
import type { Scene } from '../../../src/charts/scene.ts';
import {
  cardSvg,
  slideSvg,
  standaloneSvg,
  urlLine,
  type Card,
  type ImageText,
} from '../../../src/charts/standalone-svg.ts';
import { decodePng, inkedColumns, pngSize } from '../../fixtures/png.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const model = loadModel();

function imageText(id: string): ImageText {
  const chart = model.chart(id);
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    source: chartSourceText(chart, model),
    url: `example.org/charts/${id}/`,
    date: '23 November 2026',
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The words of a text block of the image (its tspans joined), as a reader reads them. */
function block(svg: string, className: string): string {
  const match = new RegExp(`<text class="${className}"[^>]*>(.*?)</text>`).exec(svg);
  if (!match) return '';
  return [...match[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => unescape(m[1]!)).join(' ');
}

const scene: Scene = {
  width: 400,
  height: 100,
  marks: [{ type: 'rect', x: 8, y: 8, width: 200, height: 20, className: 'bar' }],
};
const text: ImageText = {
  title: 'A title long enough to wrap over two lines of the downloadable image, & more',
  subtitle: 'The measure & its unit',
  source: 'Claimed by Anthropic. Sources: Gossip Herald; AI News (yourai.pro).',
  url: 'example.org/charts/lead-window/',
  date: '23 November 2026',
};

describe('standaloneSvg(scene, text)', () => {
  it('standaloneSvg(scene, text) prints the chart title, whole, at the top', () => {
    const svg = standaloneSvg(scene, text);
    expect(block(svg, 'img-title')).toBe(text.title);
    expect(svg).toContain(
      '<title>A title long enough to wrap over two lines of the downloadable image, &amp; more</title>',
    );
  });

  it('standaloneSvg(scene, text) keeps a space between the lines of a wrapped title, as its text content', () => {
    const title = /<text class="img-title"[^>]*>(.*?)<\/text>/.exec(standaloneSvg(scene, text))?.[1] ?? '';
    expect(title.match(/<tspan/g)?.length).toBeGreaterThan(1);
    expect(unescape(title.replace(/<[^>]+>/g, ''))).toBe(text.title);
  });

  it('standaloneSvg(scene, text) prints the source line, then the short permalink and the date, under the chart', () => {
    const svg = standaloneSvg(scene, text);
    expect(block(svg, 'img-source')).toBe(text.source);
    expect(block(svg, 'img-url')).toBe('example.org/charts/lead-window/ · made 23 November 2026');
    expect(block(svg, 'img-subtitle')).toBe(text.subtitle);
    expect(svg.indexOf('class="img-source"')).toBeGreaterThan(svg.indexOf('<rect class="bar"'));
  });

  it('standaloneSvg(scene, text) embeds its own colours and a white ground, so it renders alike anywhere', () => {
    const svg = standaloneSvg(scene, text);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<style>');
    expect(svg).toContain('fill="#ffffff"');
  });

  it('standaloneSvg(scene, text) is as tall as its content: the PNG has ink near the bottom, not a blank band', () => {
    const svg = standaloneSvg(scene, text);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const sourceTop = Number(/class="img-url" x="\d+" y="([\d.]+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(sourceTop);
    expect(height - sourceTop).toBeLessThan(60);
  });
});

describe('standaloneSvg(chartScene(chart), text) for every real chart', () => {
  it.each(model.charts.map((c) => c.id))('standaloneSvg(%s) carries the chart title and its source line', (id) => {
    const svg = standaloneSvg(chartScene(model.chart(id), model), imageText(id));
    expect(block(svg, 'img-title')).toBe(model.chart(id).title);
    expect(block(svg, 'img-source')).toContain(chartSourceText(model.chart(id), model));
    for (const sourceId of model.chart(id).sources)
      expect(block(svg, 'img-source')).toContain(model.source(sourceId).name);
  });

  // Guards a fixed fault: titles were once wrapped by the regular-weight estimate but drawn bold, so a
  // full line ran through the right padding to the image's edge. This renders each download to PNG at
  // its own size and looks for ink in the right padding, which nothing should reach.
  it('renderPng(standaloneSvg(chart)) leaves the right margin of every chart image blank', () => {
    const overflowing = model.charts
      .map((chart) => {
        const svg = standaloneSvg(chartScene(chart, model), imageText(chart.id));
        const width = Number(/width="(\d+)"/.exec(svg)![1]);
        const pixels = decodePng(renderPng(svg, width));
        return { id: chart.id, inked: inkedColumns(pixels, width - 12, width).length };
      })
      .filter((c) => c.inked > 0)
      .map((c) => c.id);
    expect(overflowing).toEqual([]);
  });

  it('renderPng(standaloneSvg(chart), 800) is an 800-pixel-wide PNG', () => {
    const png = renderPng(standaloneSvg(chartScene(model.chart('compute-gap'), model), imageText('compute-gap')), 800);
    expect(pngSize(png).width).toBe(800);
  });
});

describe('urlLine(text)', () => {
  it('urlLine(text) says a local build is local instead of printing a URL', () => {
    expect(urlLine({ date: '1 May 2026' })).toBe('Local build, not published · made 1 May 2026');
    expect(urlLine({ url: 'example.org/charts/x/', date: '1 May 2026' })).toBe(
      'example.org/charts/x/ · made 1 May 2026',
    );
  });
});

describe('slideSvg(scene, text)', () => {
  it('slideSvg(scene, text) is 1200×675 with the title, source line, URL and date, and fits a tall chart inside', () => {
    const tall: Scene = {
      width: 400,
      height: 2000,
      marks: [{ type: 'rect', x: 0, y: 0, width: 10, height: 10, className: 'bar' }],
    };
    const svg = slideSvg(tall, text);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="675" viewBox="0 0 1200 675"/);
    expect(block(svg, 'img-source')).toBe(text.source);
    expect(block(svg, 'img-url')).toBe(urlLine(text));
    // What is measured, in what unit: a slide travels without its page.
    expect(block(svg, 'img-subtitle')).toBe(text.subtitle);
    const [, y, s] = /translate\([\d.]+,([\d.]+)\) scale\(([\d.]+)\)/.exec(svg)!.map(Number) as [
      number,
      number,
      number,
    ];
    expect(y + 2000 * s).toBeLessThan(Number(/class="img-source" x="\d+" y="([\d.]+)"/.exec(svg)![1]));
  });
});

describe('slideSvg([layouts], text)', () => {
  const fitted = (svg: string) => Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
  it.each(model.charts.map((c) => c.id))(
    'slideSvg([wide, narrow]) for %s draws the wide layout unless the narrow one reads at least 10%% larger',
    (id) => {
      const chart = model.chart(id);
      const [wide, narrow] = [chartScene(chart, model, 600), chartScene(chart, model, 300)];
      const svg = slideSvg([wide, narrow], imageText(id));
      const [wideScale, narrowScale] = [wide, narrow].map((sc) => fitted(slideSvg([sc], imageText(id))));
      const chosen = narrowScale! > wideScale! * 1.1 ? narrow : wide;
      // The drawn chart is the chosen layout: same number of marks, at its scale.
      expect(svg.match(/<(rect|line|circle|path|text) class="(?!img-)/g)!.length).toBe(chosen.marks.length);
      expect(fitted(svg)).toBe(chosen === wide ? wideScale : narrowScale);
    },
  );

  it('slideSvg([wide, narrow]) draws the narrow layout only when it reads at least 10% larger', () => {
    const wide: Scene = { width: 600, height: 1000, marks: [] };
    const narrowWith = (height: number): Scene => ({
      width: 300,
      height,
      marks: [{ type: 'rect', x: 0, y: 0, width: 10, height: 10, className: 'bar' }],
    });
    // Both fit the slide by height: 1000 / 800 is 1.25 times the wide one's scale, 1000 / 950 about 1.05.
    expect(slideSvg([wide, narrowWith(800)], imageText('timeline'))).toContain('class="bar"');
    expect(slideSvg([wide, narrowWith(950)], imageText('timeline'))).not.toContain('class="bar"');
  });
});

describe('slideSvg(scenes, text): the source line under the chart, or beside it', () => {
  const fitted = (svg: string) => Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
  const placed = (svg: string) => {
    const [, x] = /<g transform="translate\(([\d.]+),[\d.]+\) scale/.exec(svg)!;
    return { chartLeft: Number(x), sourceX: Number(/class="img-source" x="([\d.]+)"/.exec(svg)![1]) };
  };
  const wideShort: Scene = {
    width: 600,
    height: 380,
    marks: [{ type: 'rect', x: 0, y: 0, width: 600, height: 380, className: 'bar' }],
  };
  const text = (source: string): ImageText => ({ ...imageText('lead-window'), source });

  it('sets a long source line beside a wide, short chart, which then prints larger than under the title', () => {
    const long = 'Note: a caveat that travels with the chart. '.repeat(9).trim();
    const beside = slideSvg([wideShort], text(long));
    const { chartLeft, sourceX } = placed(beside);
    expect(sourceX).toBeGreaterThan(600);
    expect(chartLeft + wideShort.width * fitted(beside)).toBeLessThanOrEqual(sourceX);
    // Under the title, the same chart with a short source line: the long line would have left it smaller still.
    expect(fitted(beside)).toBeGreaterThan(1);
    expect(placed(slideSvg([wideShort], text('Source: a short line.'))).sourceX).toBe(48);
  });

  it('keeps a chart that is already large under the title (the CAISI bars)', () => {
    const chart = model.chart('caisi-compliance');
    const svg = slideSvg([chartScene(chart, model, 600), chartScene(chart, model, 300)], imageText(chart.id));
    expect(placed(svg).sourceX).toBe(48);
  });

  it("sets lead-window's source line beside its chart: its 14-unit text prints at 15 px or more", () => {
    const chart = model.chart('lead-window');
    const svg = slideSvg([chartScene(chart, model, 600), chartScene(chart, model, 300)], imageText(chart.id));
    expect(placed(svg).sourceX).toBeGreaterThan(600);
    expect(14 * fitted(svg)).toBeGreaterThanOrEqual(15);
  });
});

describe('the 1200×675 slide of every chart', () => {
  const fitted = (svg: string) => Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
  // 16-unit chart text at the slide's scale, in px of the 1200-px image. The timeline printed at about 9 px
  // in one column; in two it prints at about 14.
  it.each(model.charts.map((c) => c.id))('%s prints its chart text at 12 px or more', (id) => {
    const chart = model.chart(id);
    expect(16 * fitted(slideSvg(chartSlideScenes(chart, model), imageText(id)))).toBeGreaterThanOrEqual(12);
  });
});

describe('the link preview and the slide of every chart', () => {
  // The source credit is what makes a shared image honest: it is never cut to fit.
  it.each(model.charts.map((c) => c.id))('%s prints its source line whole on both', (id) => {
    const chart = model.chart(id);
    const card = chartCard(chart, model, 'https://example.org');
    expect(block(cardSvg(card), 'img-source')).toBe(card.source);
    expect(card.source).toBe(chartSourceText(chart, model, { withNote: false }));
    expect(block(slideSvg(chartSlideScenes(chart, model), imageText(id)), 'img-source')).toBe(
      chartSourceText(chart, model),
    );
  });

  // So is its title, whose last words may be what qualifies the numbers (the CAISI chart's jailbreaking technique).
  it.each(model.charts.map((c) => c.id))('%s prints its title whole on both', (id) => {
    const chart = model.chart(id);
    expect(block(cardSvg(chartCard(chart, model, 'https://example.org')), 'img-title')).toBe(chart.title);
    expect(block(slideSvg(chartSlideScenes(chart, model), imageText(id)), 'img-title')).toBe(chart.title);
  });
});

describe('standaloneSvg(scene, text, "dark")', () => {
  const dark = standaloneSvg(scene, text, 'dark');
  it('standaloneSvg(scene, text, "dark") lays the chart on the dark ground with the dark palette, and light text', () => {
    expect(dark).toContain('<rect width="100%" height="100%" fill="#121214"/>');
    expect(dark).toMatch(/text\{fill:#ececef/);
    expect(dark).toMatch(/\.bar,\.key-swatch\{fill:#4fc3c3/);
    expect(dark).not.toContain('fill="#ffffff"');
  });
  it('standaloneSvg(scene, text, "dark") prints the same words as the light one', () => {
    const words = (svg: string) => svg.replace(/<style>.*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(words(dark)).toBe(words(standaloneSvg(scene, text)));
  });
});

describe('cardSvg(card)', () => {
  const card: Card = {
    kicker: 'The Site',
    title: 'A 12–24 month lead by 2028, if the US acts now',
    figures: [{ value: '12–24 months', status: 'conditional', label: 'if the US acts now' }],
    source: 'Claimed by Anthropic. Sources: the paper.',
    domain: 'example.org',
  };

  it('cardSvg(card) is 1200×630 with the kicker, title, number, status, source and domain', () => {
    const svg = cardSvg(card);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
    for (const words of ['The Site', '12–24 months', 'conditional', 'if the US acts now', 'example.org'])
      expect(svg).toContain(`>${words}<`);
    expect(block(svg, 'img-title')).toBe(card.title);
    expect(block(svg, 'img-source')).toBe(card.source);
  });

  it("cardSvg(card) sets a scenario's number and status in that scenario's colour, and no other in either", () => {
    /** The fill of the last rule whose selector list names `selector` exactly (the one that wins). */
    const fill = (svg: string, selector: string) =>
      [...svg.matchAll(/([^{}]+)\{fill:(#[0-9a-f]+)/g)]
        .filter((m) => m[1]!.split(',').includes(selector))
        .map((m) => m[2])
        .at(-1);
    const svg = cardSvg({
      ...card,
      figures: [
        { value: 'Democracies lead', status: 'Scenario 1', label: 'a', scenario: 1 },
        { value: 'The CCP catches up', status: 'Scenario 2', label: 'b', scenario: 2 },
        { value: '4%', status: 'estimate', label: 'c' },
      ],
    });
    expect(svg).toContain('class="card-value scenario-1"');
    expect(svg).toContain('class="card-status scenario-2"');
    expect(svg).toContain('class="card-status"');
    const [one, two] = [fill(svg, '.card-value.scenario-1'), fill(svg, '.card-value.scenario-2')];
    expect(one).toBeDefined();
    expect(two).toBeDefined();
    expect(one).not.toBe(two);
    expect(fill(svg, '.card-status.scenario-2')).toBe(two);
    // A number or status that is no scenario's is not drawn in a scenario's colour.
    expect(fill(svg, '.card-status')).toBeDefined();
    expect([one, two]).not.toContain(fill(svg, '.card-status'));
    expect([one, two]).not.toContain(fill(svg, '.card-value'));
  });

  it('cardSvg(card) prints the title at 44 px and the numbers larger, so they read at feed size', () => {
    const svg = cardSvg(card);
    expect(/class="img-title"[^>]*font-size:(\d+)px/.exec(svg)![1]).toBe('44');
    expect(Number(/class="card-value"[^>]*font-size:(\d+)px/.exec(svg)![1])).toBeGreaterThan(44);
  });

  it('cardSvg(card) shrinks long values to fit their columns, and leaves the right margin blank', () => {
    const wide: Card = {
      ...card,
      figures: [
        { value: 'Democracies lead', status: 'Scenario 1', label: 'x' },
        { value: 'The CCP catches up', status: 'Scenario 2', label: 'y' },
      ],
    };
    const pixels = decodePng(renderPng(cardSvg({ ...wide, domain: '' }), 1200));
    expect(inkedColumns(pixels, 1200 - 60, 1200)).toEqual([]);
  });

  it('cardSvg(card) never cuts a word of a value to fit a column ("Democracie" / "s lead")', () => {
    const three: Card = {
      ...card,
      figures: ['Democracies lead', 'The CCP catches up', 'Today'].map((value) => ({ value, status: 's', label: 'l' })),
    };
    const values = [...cardSvg(three).matchAll(/class="card-value"[^>]*>(.*?)<\/text>/g)].map((m) =>
      [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]).join(' '),
    );
    expect(values).toEqual(['Democracies lead', 'The CCP catches up', 'Today']);
  });
});

describe('slideSvg(scene, text) with a long hedged title', () => {
  it('slideSvg(scene, text) prints the whole title, its hedge included, on as many lines as it takes', () => {
    const title =
      "America could have roughly 11 times China's compute if the US tightens its restrictions further, one study estimates";
    expect(block(slideSvg(scene, { ...text, title }), 'img-title')).toBe(title);
  });
});
