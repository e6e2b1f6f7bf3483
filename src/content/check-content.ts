import type { Cell, Citation, Figure, Scenario } from '../schemas.ts';
import { conditionKeys, consequenceKeys, frontKeys } from '../schemas.ts';
import { chartRows, chartScene, chartSourceText } from '../charts/chart-from-content.ts';
import type { Scene } from '../charts/scene.ts';
import { compareEventDates } from '../charts/timeline-event.ts';
import { describes2028 } from '../model/describes-2028.ts';
import { figureSourceIds, reportsOn } from '../model/figure-sources.ts';
import { headlineFigures } from '../model/headline-figures.ts';
import { modelFromContent } from '../model/model-from-content.ts';
import { textFragment } from '../share/text-fragment.ts';
import { keyChartIds, monthNames, navigation } from '../site.ts';
import { closestKey } from './closest-key.ts';
import { unitOfAnotherNumber } from './count-unit.ts';
import { creditedWorkOf } from './credited-finding.ts';
import { fault, type ContentError } from './content-error.ts';
import { atWordStarts, findQuote, whyNotVerbatim, wordCount, wordMatches } from './find-quote.ts';
import { foldWhitespace } from './fold-whitespace.ts';
import { hasWords } from './has-words.ts';
import {
  hedgeOnNumber,
  keepsHedge,
  modalRestated,
  printsNumber,
  printsQualified,
  saysHedge,
  sentencesOf,
} from './hedge-word.ts';
import { allegationWord } from './allegation-word.ts';
import { conditionBeforeNumber, conditionOpening, keepsCondition, saysCondition } from './condition-word.ts';
import { firmWords } from './firm-word.ts';
import { forecastWord } from './forecast-word.ts';
import { loadContent, type ContentSet, type Entry } from './load-content.ts';
import { citesInBody } from './mdx-body.ts';
import { numbersInText, type NumberInText } from './numbers-in-text.ts';
import {
  isHedgeQualifier,
  qualifierBeforeNumber,
  qualifierOnNumber,
  quoteHasQualifier,
  sameNumber,
} from './qualifier.ts';
import { scenarioNumbersIn } from './scenario-ordinal.ts';
import { printsWithUnit } from './unit-word.ts';
import { hedgeCutOff, wordsNotInQuotes } from './qualitative-words.ts';

/** Where, in the folded text it is checked against, a source's quotes may lie. */
interface Quotable {
  /** The folded archived text. */
  folded: string;
  /** The source whose archive it is (itself, or the one named by archiveVia). */
  via: string;
  /** The reproduced part, for a source held through another's text. */
  span?: { from: number; to: number };
}

/** Quotation marks written as HTML entities in MDX ("&ldquo;"), read as the marks they print. */
const quoteEntities: Record<string, string> = {
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  quot: '"',
  '#8220': '“',
  '#8221': '”',
  '#8216': '‘',
  '#8217': '’',
  '#34': '"',
  '#x201c': '“',
  '#x201d': '”',
  '#x2018': '‘',
  '#x2019': '’',
};

/**
 * The passages a text puts in quotation marks, line breaks folded: double, straight or curly, and curly single
 * (‘…’). A straight single quote is left alone, since it is also an apostrophe; a curly one closes only
 * where no letter follows, so the apostrophe of "Trump’s" does not end ‘Trump’s visit’.
 * Marks written as entities count.
 */
export function quotedInProse(text: string): string[] {
  const printed = text.replace(/&(#?\w+);/g, (entity, name: string) => quoteEntities[name.toLowerCase()] ?? entity);
  return [...foldWhitespace(printed).matchAll(/"([^"]+?)"|“([^”]+?)”|‘(.+?)’(?!\p{L})/gu)].map((m) =>
    foldWhitespace(m[1] ?? m[2] ?? m[3] ?? ''),
  );
}

/** How far apart (in characters) the parts of a quotation with "…" may lie in the archive. */
export const ellipsisGap = 300;

/**
 * A word a "…" may not leave out: without it the sentence says the opposite, or says it for sure ("will …
 * remain open" from "will not necessarily remain open").
 */
const meaningWord =
  /(?<!\p{L})(?:not|no|never|nor|none|cannot|without|unless|may|might|could|would|[\p{L}]+n['’]t)(?!\p{L})/iu;

/** The first word that changes a sentence's meaning in a passage a "…" leaves out, if any. */
export function droppedMeaningWord(omitted: string): string | undefined {
  return meaningWord.exec(omitted)?.[0];
}

/**
 * True when every "…"-separated part of `quoted` occurs in `text` in order, each within `ellipsisGap` of the last,
 * and no "…" stands for a word that negates or hedges (unless `anyGap`: used to say why a quotation failed).
 */
export function containsInOrder(text: string, quoted: string, { anyGap = false } = {}): boolean {
  const parts = quoted
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return false;
  const search = (i: number, from: number, limit: number): boolean => {
    const part = parts[i]!;
    for (let at = text.indexOf(part, from); at >= 0 && at <= limit; at = text.indexOf(part, at + 1)) {
      const end = at + part.length;
      if (!atWordStarts(text, at, part.length)) continue; // "certain" is not in "uncertain"
      if (i > 0 && !anyGap && droppedMeaningWord(text.slice(from, at))) break;
      if (i === parts.length - 1) return true;
      if (search(i + 1, end, end + ellipsisGap)) return true;
      if (i > 0) break; // later parts: the nearest occurrence is the best one
    }
    return false;
  };
  return search(0, 0, text.length);
}

/** An opening, closing or self-closing tag of a component (capitalised name), attributes in quotation marks. */
const componentTag = /<\/?[A-Z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'))?)*\s*\/?>/g;

/** Whose words a piece of prose may put in quotation marks (neither: any archived source's). */
interface ProseScope {
  /** On this source's page: it may quote this source, or a primary source. */
  source?: string;
  /** In the scenarios or what stands today: it may quote only a primary source. */
  paper?: boolean;
}

/** A piece of our own prose, with where it sits. */
interface Prose extends ProseScope {
  file: string;
  field: string;
  text: string;
}

/** Every piece of our own prose, with where it sits: summaries, labels, notes, readings, cell texts. */
export function allProse(content: ContentSet): Prose[] {
  const out: Prose[] = [];
  const add = (file: string, record: object, keys: readonly string[], prefix = '', scope: ProseScope = {}) => {
    for (const key of keys) {
      const value = (record as Record<string, unknown>)[key];
      if (typeof value === 'string') out.push({ file, field: `${prefix}${key}`, text: value, ...scope });
    }
  };
  for (const { file, data, body } of content.sources) {
    // The site's components (e.g. <Cite … />) carry attributes, not prose: their quotes are citations.
    if (body) out.push({ file, field: 'body', text: body.replace(componentTag, ' '), source: data.id });
    add(file, data, ['description', 'dateNote', 'titleNote'], '', { source: data.id });
  }
  for (const { file, data } of content.figures)
    add(file, data, ['label', 'claimant', 'condition', 'notes', 'dateNote']);
  for (const { file, data } of content.discrepancies) add(file, data, ['topic', 'reading']);
  for (const { file, data } of content.charts) add(file, data, ['title', 'subtitle', 'description', 'note']);
  for (const { file, data } of content.commentary) add(file, data, ['text']);
  // The scenarios and what stands today are the paper's: their quotation marks hold a primary source's words.
  for (const { file, data } of content.today) add(file, data, ['text'], '', { paper: true });
  for (const { file, data } of content.scenarios) {
    add(file, data, ['name', 'summary'], '', { paper: true });
    for (const { at, cell } of scenarioCells(data)) add(file, cell, ['text'], `${at}.`, { paper: true });
  }
  for (const { file, field, citation } of allCitations(content)) add(file, citation, ['note'], `${field}.`);
  return out;
}

/** Every citation in the content, with where it sits, so each can be checked the same way. */
export function allCitations(content: ContentSet): { file: string; field: string; citation: Citation }[] {
  const out: { file: string; field: string; citation: Citation }[] = [];
  for (const { file, data, body } of content.sources) {
    data.claims.forEach((claim, i) =>
      out.push({ file, field: `claims[${i}]`, citation: { ...claim, source: data.id } }),
    );
    // <Cite source="…" quote="…" /> in a summary: checked like any citation.
    citesInBody(body ?? '').forEach((citation, i) => out.push({ file, field: `body.Cite[${i}]`, citation }));
  }
  for (const { file, data } of content.figures) {
    data.mentions.forEach((citation, i) => out.push({ file, field: `mentions[${i}]`, citation }));
  }
  for (const { file, data } of content.discrepancies) {
    data.sides.forEach((citation, i) => out.push({ file, field: `sides[${i}]`, citation }));
  }
  for (const { file, data } of content.commentary) {
    data.cite.forEach((citation, i) => out.push({ file, field: `cite[${i}]`, citation }));
  }
  for (const { file, data } of content.today) {
    data.cite.forEach((citation, i) => out.push({ file, field: `cite[${i}]`, citation }));
  }
  for (const { file, data } of content.scenarios) {
    for (const { at, cell } of scenarioCells(data)) {
      cell.cite.forEach((citation, i) => out.push({ file, field: `${at}.cite[${i}]`, citation }));
    }
  }
  return out;
}

/** Every cell of a scenario with its field path: the premise, then each front, condition and consequence. */
export function scenarioCells(scenario: Scenario): { at: string; key: string; cell: Cell }[] {
  const groups = [
    ['fronts', frontKeys],
    ['conditions', conditionKeys],
    ['consequences', consequenceKeys],
  ] as const;
  return [
    { at: 'premise', key: 'premise', cell: scenario.premise },
    ...groups.flatMap(([group, keys]) =>
      keys.map((key) => ({ at: `${group}.${key}`, key, cell: (scenario[group] as Record<string, Cell>)[key]! })),
    ),
  ];
}

/** Every text of ours that rests on the passages it cites: each note of what stands today and each scenario cell. */
export function citedTexts(content: ContentSet): { file: string; field: string; text: string; cite: Citation[] }[] {
  return [
    ...content.today.map(({ file, data }) => ({ file, field: 'text', text: data.text, cite: data.cite })),
    ...content.scenarios.flatMap(({ file, data }) =>
      scenarioCells(data).map(({ at, cell }) => ({ file, field: `${at}.text`, text: cell.text, cite: cell.cite })),
    ),
  ];
}

function checkIds(entries: Entry<{ id: string }>[], errors: ContentError[]): void {
  const seen = new Map<string, string>();
  for (const { file, name, data } of entries) {
    if (data.id !== name) errors.push(fault(file, 'id', 'id-mismatch', data.id, name));
    const earlier = seen.get(data.id);
    if (earlier) errors.push(fault(file, 'id', 'duplicate-id', data.id, earlier));
    else seen.set(data.id, file);
  }
}

/** Pins, archives and reproduced spans: where each source's quotes may be found. */
function quotableBySource(content: ContentSet, errors: ContentError[]): Map<string, Quotable> {
  const out = new Map<string, Quotable>();
  const folded = new Map<string, string>();
  for (const { file, data } of content.sources) {
    if (!data.archive) continue;
    const text = content.archive.get(data.archive);
    if (text === undefined) {
      errors.push(fault(file, 'archive', 'archive-missing', data.archive));
      continue;
    }
    const actual = content.archiveSha256.get(data.archive)!;
    if (data.archiveSha256 && actual !== data.archiveSha256) {
      errors.push(fault(file, 'archiveSha256', 'archive-changed', data.archive, actual));
      continue;
    }
    folded.set(data.id, foldWhitespace(text));
    out.set(data.id, { folded: folded.get(data.id)!, via: data.id });
  }
  for (const { file, data } of content.sources) {
    if (!data.archiveVia || !data.quotableSpan) continue;
    const text = folded.get(data.archiveVia);
    if (text === undefined) continue; // the holder's own fault is reported on the holder
    const find = (which: 'start' | 'end') => {
      const passage = foldWhitespace(data.quotableSpan![which]);
      const hits = wordMatches(passage, text);
      if (hits.length !== 1)
        errors.push(fault(file, `quotableSpan.${which}`, 'span-not-found', which, passage, hits.length));
      return hits.length === 1 ? { at: hits[0]!, end: hits[0]! + passage.length } : undefined;
    };
    const start = find('start');
    const end = find('end');
    if (!start || !end) continue;
    if (end.end <= start.at) {
      errors.push(fault(file, 'quotableSpan.end', 'span-not-found', 'end', data.quotableSpan.end, 1));
      continue;
    }
    out.set(data.id, { folded: text, via: data.archiveVia, span: { from: start.at, to: end.end } });
  }
  return out;
}

/**
 * The source whose reproduced words a quote credited to `holder` is, when the quote is found in the holder's
 * archive only inside the part that reproduces that source: Kafela Bazar's page reproduces the paper, and the
 * paper's sentences there are the paper's claims, not Kafela Bazar's.
 */
function reproducedIn(holder: string, quote: string, quotable: Map<string, Quotable>): string | undefined {
  const own = quotable.get(holder);
  if (!own || own.span) return undefined;
  const needle = foldWhitespace(quote);
  const hits = wordMatches(needle, own.folded);
  for (const [id, q] of quotable) {
    if (q.via !== holder || !q.span || id === holder) continue;
    const { from, to } = q.span;
    if (hits.length > 0 && hits.every((at) => at >= from && at + needle.length <= to)) return id;
  }
  return undefined;
}

/** Every chart's drawing, table, source line and text links, computed as the build will: any throw is a fault. */
function checkChartsDraw(content: ContentSet, errors: ContentError[]): void {
  const model = modelFromContent(content);
  for (const { file, data: chart } of content.charts) {
    try {
      // The widths the site draws at: the page's default and the preview image's.
      for (const scene of [chartScene(chart, model), chartScene(chart, model, 560)]) assertFiniteScene(scene);
      chartRows(chart, model);
      chartSourceText(chart, model);
      if ((keyChartIds as readonly string[]).includes(chart.id)) headlineFigures(model, [chart.id]);
    } catch (error) {
      errors.push(fault(file, 'figures', 'chart-scene', (error as Error).message));
    }
  }
  for (const { file, field, citation } of allCitations(content)) {
    try {
      textFragment(citation.quote);
    } catch (error) {
      errors.push(fault(file, `${field}.quote`, 'chart-scene', (error as Error).message));
    }
  }
}

/** A scene whose geometry holds NaN or Infinity would draw nothing, or break the SVG. */
function assertFiniteScene(scene: Scene): void {
  const numbers = [scene.width, scene.height, ...scene.marks.flatMap((m) => Object.values(m))];
  if (numbers.some((n) => typeof n === 'number' && !Number.isFinite(n))) {
    throw new Error('its geometry holds a number that is not finite');
  }
}

/** A chart form's needs, figure by figure, so the fault names `figures[i]`. */
function checkChartForms(content: ContentSet, errors: ContentError[]): boolean {
  const before = errors.length;
  const figures = new Map(content.figures.map((f) => [f.data.id, f.data]));
  for (const { file, data: chart } of content.charts) {
    const plotted = chart.figures.map((id) => figures.get(id));
    plotted.forEach((f, i) => {
      if (!f) return;
      const field = `figures[${i}]`;
      if (chart.form === 'bars') {
        if (typeof f.value !== 'number') {
          errors.push(
            fault(
              file,
              field,
              'chart-figure',
              `figure "${f.id}" has no single number to draw as a bar (a bars chart draws one number per figure)`,
            ),
          );
        } else if (f.value < 0) {
          errors.push(
            fault(
              file,
              field,
              'chart-figure',
              `figure "${f.id}" is ${f.value}: a bar starts at zero and needs a value of at least 0`,
            ),
          );
        }
      }
      if (chart.form === 'timeline' && !f.date) {
        errors.push(fault(file, field, 'chart-figure', `figure "${f.id}" has no date to place on the timeline`));
      }
    });
    if (chart.form === 'bars' && plotted.every(Boolean)) {
      // A baseline is the whole (100%) or the unit ratio (1×), never a number of its own.
      // (Figures in other units are printed as numbers, not bars: src/charts/bars.ts.)
      const units = [...new Set(plotted.map((f) => f!.unit ?? ''))];
      const baseline = units[0] === '%' ? 100 : units[0] === 'x' ? 1 : undefined;
      if (chart.reference && chart.reference.value !== baseline) {
        errors.push(
          fault(
            file,
            'reference.value',
            'chart-figure',
            baseline === undefined
              ? `a reference bar is ${chart.reference.value}, but figures in ${units[0] || 'no unit'} have no baseline (only % has 100 and x has 1)`
              : `a reference bar is ${chart.reference.value}, but the baseline of figures in ${units[0]} is ${baseline} (or is the figures' unit wrong?)`,
          ),
        );
      }
    }
    if (chart.form === 'timeline') {
      // Drawn in the order listed, like its table and data file: every event after all those its date follows.
      const dated = plotted.map((f) => (f?.date ? { id: f.id, date: f.date, precision: f.datePrecision } : undefined));
      dated.forEach((event, i) => {
        const later = event && dated.slice(0, i).find((before) => before && compareEventDates(before, event) > 0);
        if (event && later) {
          errors.push(
            fault(
              file,
              `figures[${i}]`,
              'chart-figure',
              `figure "${event.id}" (${event.date}) is listed after "${later.id}" (${later.date}), which is later: a timeline lists its events earliest first`,
            ),
          );
        }
      });
    }
    if (chart.form === 'lead-window' && plotted.every(Boolean)) {
      const ranges = plotted.filter((f) => typeof f!.value === 'object').length;
      const words = plotted.filter((f) => f!.qualitative !== undefined && f!.value === undefined);
      const of2028 = words.filter((f) => describes2028(f!)).length;
      if (ranges < 1 || words.length < 2) {
        errors.push(
          fault(
            file,
            'figures',
            'chart-figure',
            `a lead window needs one range figure and two qualitative figures (today, the other scenario); it has ${ranges} range(s) and ${words.length} qualitative`,
          ),
        );
      } else if (of2028 !== 1) {
        errors.push(
          fault(
            file,
            'figures',
            'chart-figure',
            `a lead window tells today's lead from the other scenario by their periods: exactly one qualitative figure has a period naming 2028 (the other scenario), and ${of2028} do`,
          ),
        );
      }
    }
  }
  return errors.length === before;
}

/** A figure's numbers: its value, or both ends of its range (none for words or a date). */
function valuesOf(figure: Figure): number[] {
  if (figure.value === undefined) return [];
  return typeof figure.value === 'number' ? [figure.value] : [figure.value.low, figure.value.high];
}

/**
 * A figure's condition and its unit of time are its source's words: the condition is in one of its quotes or
 * in the text of a source that carries it (the paper's "If policymakers … act" opens the sentence a quote
 * ends), the unit in one of its quotes, after each of its numbers.
 * @returns whether the figure's number is not one its quotes print with its unit
 */
function checkConditionAndUnit(
  file: string,
  figure: Figure,
  quotable: Map<string, Quotable>,
  errors: ContentError[],
): boolean {
  const quotes = figure.mentions.map((m) => foldWhitespace(m.quote));
  if (figure.condition) {
    if (figure.status !== 'conditional') errors.push(fault(file, 'status', 'condition-status', figure.status));
    const condition = foldWhitespace(figure.condition).replace(/[.,;]$/, '');
    const texts = [...quotes, ...figure.mentions.flatMap((m) => quotable.get(m.source)?.folded ?? [])];
    // An "If" that opens the source's sentence may be lower case in the condition, and the other way round.
    const lower = (t: string) => t.replace(/(?<!\p{L})(If|Unless)(?!\p{L})/gu, (w) => w.toLowerCase());
    // Where a text holds it, what follows: the condition runs to a comma, dash or full stop there.
    const next = texts.flatMap((t) =>
      wordMatches(lower(condition), lower(t)).map((i) => t.slice(i + condition.length, i + condition.length + 30)),
    );
    if (next.length === 0) errors.push(fault(file, 'condition', 'condition-not-in-quote', figure.condition));
    else if (!next.some((rest) => /^\s*(?:[,;:.!?—–)]|$)/u.test(rest)))
      errors.push(fault(file, 'condition', 'condition-cut-short', figure.condition, next[0]!.trim()));
  }
  // The home page prints it after the status ("Conditional: if …"): it must read as a condition.
  if (figure.shortCondition && !conditionOpening(figure.shortCondition))
    errors.push(fault(file, 'shortCondition', 'short-condition', figure.shortCondition));
  else if (figure.shortCondition && figure.condition) {
    const why = shortConditionFault(figure.shortCondition, figure.condition, quotes);
    if (why) errors.push(fault(file, 'shortCondition', 'short-condition-words', figure.shortCondition, why));
  }
  // A count of time: a quote prints one of its numbers with the unit right after it ("a 12-24 month lead").
  const unit = /^(day|week|month|year|decade)s?$/i.exec(figure.unit ?? '')?.[1]?.toLowerCase();
  if (unit) {
    const counted = quotes.flatMap((q) =>
      [...q.matchAll(/(\d[\d.,]*)(?:\s*[-–]\s*(\d[\d.,]*))?[\s-]+(day|week|month|year|decade)s?(?!\p{L})/giu)]
        .filter((m) => m[3]!.toLowerCase() === unit)
        .flatMap((m) => [m[1], m[2]].flatMap((n) => (n ? [Number(n.replace(/,/g, ''))] : []))),
    );
    const values = valuesOf(figure);
    if (values.length > 0 && !values.every((v) => counted.some((n) => sameNumber(n, v)))) {
      errors.push(fault(file, 'unit', 'unit-not-in-quote', figure.unit!));
      return true;
    }
  }
  return false;
}

/** Words a short condition may use without its condition giving them: the joins of any English clause. */
const joiningWords = new Set([
  'does',
  'doesn’t',
  "doesn't",
  'with',
  'that',
  'this',
  'they',
  'their',
  'them',
  'from',
  'into',
  'have',
  'been',
]);

/**
 * Why a short condition is not its condition in fewer words, if it is not: it opens with the other word ("unless"
 * for "if"), or a word of four letters or more is in neither the condition nor the quotes (compared on its first five
 * letters, so "strengthened" shortens "strengthens").
 */
function shortConditionFault(short: string, condition: string, quotes: readonly string[]): string | undefined {
  if (conditionOpening(short) !== conditionOpening(condition))
    return `opens with "${conditionOpening(short)}" where the condition opens with "${conditionOpening(condition) ?? 'neither if nor unless'}"`;
  const stems = (t: string) =>
    new Set(
      (
        foldWhitespace(t)
          .toLowerCase()
          .match(/\p{L}[\p{L}’']*/gu) ?? []
      ).map((w) => w.slice(0, 5)),
    );
  const given = new Set([...stems(condition), ...quotes.flatMap((q) => [...stems(q)])]);
  const added = (foldWhitespace(short).match(/\p{L}[\p{L}’']*/gu) ?? []).find(
    (w) => w.length >= 4 && !joiningWords.has(w.toLowerCase()) && !given.has(w.toLowerCase().slice(0, 5)),
  );
  return added && `says "${added}", which neither the condition nor a quote of the figure gives`;
}

/** True when one of `quotes` prints `pattern` (a regular expression's source) with no letter or digit either side. */
function anyQuotePrints(quotes: readonly string[], pattern: string): boolean {
  return quotes.some((q) => new RegExp(`(?<![\\p{L}\\d])(?:${pattern})(?![\\p{L}\\d])`, 'u').test(q));
}

/** The days of the week, any of which names a day a reader can count back to from a dated article. */
const weekdays = 'Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?';

/**
 * A date not marked inferred is one a quote prints, as precisely as the figure gives it: the day and month
 * ("May 14", "14 May"), the month and year, or the year. One we worked out carries `dateInferred` and a note.
 */
function checkDateStated(
  file: string,
  figure: Figure,
  sourceById: Map<string, { published?: string | undefined; publishedInferred?: boolean }>,
  errors: ContentError[],
): void {
  if (!figure.date) return;
  const [year, month, day] = figure.date.split('-').map(Number) as [number, number, number];
  const name = monthNames[month - 1]!;
  const mon = `(?:${name}|${name.slice(0, 3)}\\.?)`;
  const quotes = figure.mentions.map((m) => foldWhitespace(m.quote));
  const printed = (pattern: string) => anyQuotePrints(quotes, pattern);
  const precision = figure.datePrecision ?? 'day';
  if (figure.dateInferred) {
    // We may work out a year ("Feb. 23" in an article of May 2026) or a month ("last August"), never a day no quote
    // gives: an inferred date is as precise as a day only where a quote prints that day, or names it ("Thursday").
    // A day a quote prints in this month is the one to give: "today" in one quote does not outweigh "May 17" in another.
    const dayPrinted = printed(`${mon} ${day}|${day} ${mon}`);
    const otherDay = !dayPrinted && printed(`${mon} \\d{1,2}|\\d{1,2} ${mon}`);
    const dayNamed = dayPrinted || (!otherDay && printed(`${weekdays}|yesterday|today|tomorrow`));
    if (precision === 'day' && !dayNamed) errors.push(fault(file, 'date', 'inferred-day', figure.date));
    return;
  }
  // A day's year too. A quote that gives the day without it ("On Feb. 23") means the year of the source that prints
  // it, when that source's date is printed, not inferred; or the figure is its primary source's own date, as that
  // source's record gives it (the paper's "May 14" is the paper of 14 May 2026).
  const known = (id: string | undefined) => {
    const source = id ? sourceById.get(id) : undefined;
    return source?.published && !source.publishedInferred ? source.published : undefined;
  };
  // A quoting source that did not load is reported as such; its date is not held against the figure.
  const unread = figure.mentions.some((m) => !sourceById.has(m.source));
  const yearKnown =
    unread ||
    known(figure.primary) === figure.date ||
    figure.mentions.some((m) => known(m.source)?.slice(0, 4) === String(year)) ||
    printed(String(year));
  const ok =
    precision === 'day'
      ? printed(`${mon} ${day}|${day} ${mon}`) && yearKnown
      : precision === 'month'
        ? printed(mon) && printed(String(year))
        : printed(String(year));
  if (!ok) errors.push(fault(file, 'date', 'date-not-in-quote', figure.date, precision));
}

/**
 * A year in a figure's period is one a quote prints, or the period says it is inferred: "as of last year (2025,
 * inferred)" in a paper of 2026, where "(2025)" alone would read as the source's year.
 */
function checkPeriodStated(file: string, figure: Figure, errors: ContentError[]): void {
  if (!figure.period || hasWords(figure.period, 'inferred')) return;
  const quotes = figure.mentions.map((m) => foldWhitespace(m.quote));
  for (const [year] of figure.period.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) {
    if (!anyQuotePrints(quotes, year)) {
      errors.push(fault(file, 'period', 'period-not-in-quote', figure.period, year));
      return;
    }
  }
}

/**
 * Our words for a figure give no number of their own: a label's numbers are the figure's value, period, date
 * or quotes', or a source's (a title such as "2028: Two scenarios…", the year a source was published).
 */
function checkLabelNumbers(file: string, figure: Figure, sourceNumbers: number[], errors: ContentError[]): void {
  const given = [...numbersGiven(figure), ...sourceNumbers];
  for (const field of ['label', 'shortLabel', 'shortCondition'] as const) {
    const unknown = numberNotGiven(figure[field] ?? '', given);
    if (unknown) errors.push(fault(file, field, 'label-number', unknown.value));
  }
}

/** The numbers a figure gives: its value, and the numbers of its period, its date's year and its quotes. */
function numbersGiven(figure: Figure): number[] {
  const texts = [figure.period ?? '', figure.date?.slice(0, 4) ?? '', ...figure.mentions.map((m) => m.quote)];
  return [...valuesOf(figure), ...texts.flatMap((t) => numbersInText(foldWhitespace(t))).map((n) => n.value)];
}

/** The first number a text of ours prints that is not among `given` (a fall stored as -4 is given as 4). */
function numberNotGiven(text: string, given: readonly number[]): NumberInText | undefined {
  return numbersInText(text).find((n) => !given.some((v) => sameNumber(Math.abs(v), n.value)));
}

/**
 * A figure every quote of which is a forecast or a possibility (forecast-word.ts), or one party's accusation of
 * another (allegation-word.ts), is no fact its sources state; one a quote gives under an "if" (condition-word.ts)
 * is conditional, whatever else it is.
 */
function checkStatedAsFact(file: string, figure: Figure, errors: ContentError[]): void {
  if (figure.status !== 'conditional') {
    for (const m of figure.mentions) {
      const condition = conditionBeforeNumber(foldWhitespace(m.quote), valuesOf(figure));
      if (condition) {
        errors.push(fault(file, 'status', 'condition-dropped', figure.status, condition));
        break;
      }
    }
  }
  if (figure.status !== 'stated') return;
  // The quotes that give the figure (print its number, or hold its words), where some do: a paraphrase beside them
  // ("not far behind" beside "estimated to be at least several months ahead") does not make an estimate a fact.
  const quotes = figure.mentions.map((m) => foldWhitespace(m.quote));
  const words = figure.qualitative && foldWhitespace(figure.qualitative).toLowerCase();
  const giving = quotes.filter((q) => (words ? q.toLowerCase().includes(words) : printsNumber(q, valuesOf(figure))));
  const read = giving.length > 0 ? giving : quotes;
  for (const [rule, wordIn] of [
    ['stated-forecast', forecastWord],
    ['stated-allegation', allegationWord],
  ] as const) {
    const found = read.map((q) => wordIn(q));
    if (found.length > 0 && found.every((w) => w !== undefined))
      errors.push(fault(file, 'status', rule, found[0]!, read[0]!));
  }
}

/**
 * A chart's description stands in for its drawing (the text alternative), so it gives every number the drawing
 * shows; a figure added to a chart it does not belong to is caught here, its number being in no description.
 */
function checkChartDescriptions(content: ContentSet, wrongNumber: Set<string>, errors: ContentError[]): void {
  const figures = new Map(content.figures.map((f) => [f.data.id, f.data]));
  for (const { file, data: chart } of content.charts) {
    const given = numbersInText(foldWhitespace(chart.description)).map((n) => n.value);
    for (const id of new Set(chart.figures)) {
      const figure = figures.get(id);
      // A missing figure, or one whose number its quotes do not print, is reported on the figure.
      if (!figure || wrongNumber.has(id)) continue;
      const missing = valuesOf(figure).find((v) => !given.some((n) => sameNumber(n, Math.abs(v))));
      if (missing !== undefined) errors.push(fault(file, 'description', 'chart-description', id, missing));
      // Search results and link previews show the description alone: a conditional number keeps its "if" there.
      else if (figure.status === 'conditional' && valuesOf(figure).length > 0 && !saysCondition(chart.description))
        errors.push(fault(file, 'description', 'description-condition', id));
      // The subtitle sits under the title in an embed and a link preview, so a conditional number it prints keeps its
      // "if" there, as in the description; the note, read under the chart, keeps a condition or a hedge ("a 2028
      // possibility").
      if (figure.status === 'conditional' && valuesOf(figure).length > 0) {
        const subtitle = foldWhitespace(chart.subtitle);
        if (printsNumber(subtitle, valuesOf(figure)) && !saysCondition(subtitle))
          errors.push(fault(file, 'subtitle', 'conditional-as-fact', id));
        const note = foldWhitespace(chart.note ?? '');
        if (printsNumber(note, valuesOf(figure)) && !keepsHedge(note))
          errors.push(fault(file, 'note', 'conditional-as-fact', id));
      }
    }
  }
}

/** A figure's words are its quotes' words (qualitative-words.ts), and keep the hedge the quote puts before them. */
function checkQualitativeWords(
  file: string,
  qualitative: string,
  mentions: readonly Citation[],
  errors: ContentError[],
): void {
  const quotes = mentions.map((m) => m.quote);
  const missing = wordsNotInQuotes(qualitative, quotes);
  if (missing.length > 0) errors.push(fault(file, 'qualitative', 'qualitative-words', 'new', missing.join(', ')));
  const hedge = hedgeCutOff(qualitative, quotes);
  if (hedge) errors.push(fault(file, 'qualitative', 'qualitative-words', 'hedge', hedge));
}

/**
 * A figure's number and its hedge are the source's: the number is one its quotes print (in digits or in
 * words; a figure that gives its number in `qualitative` words is read from those), a qualifier it carries
 * is in a quote, and a hedge a quote prints before the number is carried.
 * @returns whether the figure's number is not one its quotes print
 */
function checkFigureNumber(file: string, figure: Figure, errors: ContentError[]): boolean {
  if (figure.value === undefined) return false;
  const values = valuesOf(figure);
  const quotes = figure.mentions.map((m) => foldWhitespace(m.quote));
  const printed = quotes.flatMap((q) => numbersInText(q).map((n) => n.value));
  // A fall of 4 percent may be stored as -4: the quote prints the size, the sign is the reading.
  const isPrinted = (v: number) => printed.some((p) => sameNumber(p, Math.abs(v)));
  const missing = figure.qualitative ? undefined : values.find((v) => !isPrinted(v));
  if (missing !== undefined) {
    errors.push(fault(file, 'value', 'value-not-in-quote', missing, [...new Set(printed)]));
  } else if (!figure.qualitative && figure.unit && !quotes.some((q) => printsWithUnit(q, values, figure.unit!))) {
    errors.push(fault(file, 'value', 'value-without-unit', values[0]!, figure.unit));
    return true;
  }
  if (figure.qualifier && !quotes.some((q) => quoteHasQualifier(q, figure.qualifier!))) {
    errors.push(fault(file, 'qualifier', 'qualifier-not-in-quote', figure.qualifier));
  } else if (figure.qualifier && !figure.qualitative && missing === undefined) {
    // Printed, but on the number? "about" elsewhere in the sentence is no hedge on "roughly 11 times".
    if (!quotes.some((q) => qualifierOnNumber(q, figure.qualifier!, values)))
      errors.push(fault(file, 'qualifier', 'qualifier-not-on-number', figure.qualifier));
  }
  if (!figure.qualifier) {
    for (const quote of quotes) {
      const word = qualifierBeforeNumber(quote, values);
      if (word) {
        errors.push(fault(file, 'qualifier', 'missing-qualifier', word, quote));
        break;
      }
    }
  }
  return missing !== undefined;
}

/**
 * No publication or correction lies ahead of the day the check runs: a source's date is one it gives or one we
 * worked out from it, and a correction is logged when it is made. (A figure's date may: the paper dates
 * transformative AI to 2028.)
 */
function checkDatesPast(content: ContentSet, errors: ContentError[]): void {
  // A day's grace: a correction dated in a time zone ahead of UTC is not in the future.
  const latest = new Date(Date.now() + 864e5).toISOString().slice(0, 10);
  const check = (file: string, field: string, date: string | undefined) => {
    if (date && date > latest) errors.push(fault(file, field, 'future-date', date, latest));
  };
  for (const { file, data } of content.sources) check(file, 'published', data.published);
  for (const { file, data } of content.corrections) check(file, 'date', data.date);
  // Nor does a correction come before the site could exist: it covers sources up to the latest one's date.
  // (A source dated in the future is a fault of its own, not a floor for the corrections.)
  const newest = content.sources
    .flatMap((e) => e.data.published ?? [])
    .filter((d) => d <= latest)
    .sort()
    .at(-1);
  for (const { file, data } of content.corrections) {
    if (newest && data.date < newest) errors.push(fault(file, 'date', 'correction-before-site', data.date, newest));
    const concerns = data.sources.length + data.charts.length + data.discrepancies.length + data.pages.length;
    if (concerns === 0) errors.push(fault(file, 'pages', 'correction-concerns-nothing'));
  }
}

/** How a text may print a day: "May 14, 2026", "14 May 2026", "May. 14, 2026", "2026-05-14", "5/14/2026". */
function datePatterns(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = monthNames[m - 1]!;
  const short = month.slice(0, 3);
  return [
    `${month} ${d}, ${y}`,
    `${d} ${month} ${y}`,
    `${short} ${d}, ${y}`,
    `${short}. ${d}, ${y}`,
    `${d} ${short} ${y}`,
    iso,
    `${m}/${d}/${y}`,
  ];
}

/**
 * A source's date that is not marked inferred is one its archived text prints, year included; one we worked out
 * (a "May 17" with no year, the day before a reply) says so, with a note. Sources we hold no text of are not checked.
 */
function checkPublishedPrinted(content: ContentSet, errors: ContentError[]): void {
  for (const { file, data } of content.sources) {
    if (!data.published || data.publishedInferred || !data.archive) continue;
    const text = foldWhitespace(String(content.archive.get(data.archive) ?? ''));
    if (text && !datePatterns(data.published).some((p) => text.includes(p)))
      errors.push(fault(file, 'published', 'published-not-printed', data.published));
  }
}

/**
 * A figure's note names another figure by its id in parentheses, and the site turns the id into a link read
 * by that figure's label (src/model/figure-note.ts). A misspelt id would show as a raw id, and a figure's own
 * id as a link to itself: both are refused. A hyphenated word that is no near miss of an id stays text.
 */
function checkNoteReferences(content: ContentSet, errors: ContentError[]): void {
  // A note names a figure as "(id)" and a disagreement as "(see the disagreement id)" (src/model/figure-note.ts).
  const ids = [...content.figures, ...content.discrepancies].map((e) => e.data.id);
  for (const { file, data } of content.figures) {
    for (const m of (data.notes ?? '').matchAll(/\((?:see the disagreement )?([a-z0-9]+(?:-[a-z0-9]+)+)\)/g)) {
      const named = m[1]!;
      if (named === data.id) errors.push(fault(file, 'notes', 'note-reference', named, 'itself'));
      else if (!ids.includes(named)) {
        const near = closestKey(named, ids);
        if (near) errors.push(fault(file, 'notes', 'note-reference', named, near));
      }
    }
  }
}

/**
 * A chart's title is the first thing a reader (or a link preview) takes from it: every number it prints is
 * one its figures give (a value, a year, a number of their quotes or labels), and a chart of a conditional
 * figure says the condition or keeps the source's hedge ("if", "may", "could").
 */
function checkChartTitles(content: ContentSet, errors: ContentError[]): void {
  const byId = new Map(content.figures.map((f) => [f.data.id, f.data]));
  for (const { file, data: chart } of content.charts) {
    const figures = chart.figures.flatMap((id) => byId.get(id) ?? []);
    if (figures.length !== chart.figures.length) continue; // a missing figure is reported as such
    const given = figures.flatMap((f) => [...numbersGiven(f), ...numbersInText(f.label).map((n) => n.value)]);
    // The baseline a bars chart draws (100 %, 1×) and the ends of a percent scale are the chart's own.
    if (chart.reference) given.push(chart.reference.value);
    if (figures.some((f) => f.unit === '%')) given.push(0, 100);
    for (const field of ['title', 'subtitle', 'note', 'description'] as const) {
      const text = chart[field] ?? '';
      // A description counts its marks in words ("Two bars", "Three rows"): only its digits are figures.
      const unknown = numbersInText(text).find(
        (n) =>
          (field !== 'description' || /\d/.test(text[n.index] ?? '')) &&
          !given.some((v) => sameNumber(Math.abs(v), n.value)),
      );
      if (unknown) errors.push(fault(file, field, 'chart-title', 'number', String(unknown.value)));
    }
    // A hedge the quotes put on an estimate or a condition stays in the title ("may be possible" is not "is
    // possible"), and a qualifier stays on its number ("roughly 11 times", not "11 times").
    const hedge = /(?<!\p{L})(?:may|might|could|would|estimat\p{L}*|project\p{L}*|expect\p{L}*)(?!\p{L})/iu;
    const unhedged = figures.filter(
      (f) => f.status !== 'stated' && f.mentions.some((m) => hedge.test(m.quote)) && !hedge.test(chart.title),
    );
    // Name the figure whose number the title prints, the one a reader takes as the title's claim.
    const hedged = unhedged.find((f) => printsNumber(chart.title, valuesOf(f))) ?? unhedged[0];
    if (hedged) errors.push(fault(file, 'title', 'chart-title', 'firmer', hedged.id));
    for (const f of figures) {
      // A qualifier its quotes do not put on its number is the figure's fault (qualifier-not-in-quote,
      // qualifier-not-on-number), not the title's: the title is not told to copy a wrong word.
      const values = valuesOf(f);
      if (!f.qualifier || !f.mentions.some((m) => qualifierOnNumber(foldWhitespace(m.quote), f.qualifier!, values)))
        continue;
      const printed = numbersInText(chart.title).some((n) => values.some((v) => sameNumber(Math.abs(v), n.value)));
      const word = qualifierBeforeNumber(chart.title, values);
      if (printed && word?.toLowerCase() !== f.qualifier.toLowerCase() && !quoteHasQualifier(chart.title, f.qualifier))
        errors.push(fault(file, 'title', 'chart-title', 'qualifier', `${f.qualifier}" before the number of "${f.id}`));
    }
    const conditional = figures.find((f) => f.status === 'conditional');
    if (conditional && !keepsCondition(chart.title)) {
      errors.push(fault(file, 'title', 'chart-title', 'hedge', conditional.id));
    }
  }
}

/**
 * Two figures that read one number from one quote that prints it once ("only 3 out of 13 top Chinese AI labs": the
 * share 3, the total 13): one of the two is misread, 13 for 3. Both are named, as either may be the slip.
 * @returns the ids of the figures named
 */
function checkNumbersReadOnce(content: ContentSet, errors: ContentError[]): Set<string> {
  const misread = new Set<string>();
  const readers = new Map<string, { file: string; id: string; values: number[]; quote: string }[]>();
  for (const { file, data } of content.figures) {
    const values = valuesOf(data);
    for (const m of data.mentions) {
      const quote = foldWhitespace(m.quote);
      const key = `${m.source}\u0000${quote}`;
      const list = readers.get(key) ?? [];
      if (!list.some((r) => r.id === data.id)) list.push({ file, id: data.id, values, quote });
      readers.set(key, list);
    }
  }
  for (const list of readers.values()) {
    list.forEach((a, i) =>
      list.slice(i + 1).forEach((b) => {
        const shared = a.values.find((v) => b.values.some((w) => sameNumber(v, w)));
        if (shared === undefined) return;
        const printed = numbersInText(a.quote).filter((n) => sameNumber(n.value, Math.abs(shared))).length;
        if (printed !== 1) return;
        errors.push(fault(a.file, 'value', 'number-read-twice', shared, b.id));
        errors.push(fault(b.file, 'value', 'number-read-twice', shared, a.id));
        misread.add(a.id).add(b.id);
      }),
    );
  }
  return misread;
}

/**
 * A hedge and a qualifier the sources put on a number travel with it into our words (hedge-word.ts). A chart's
 * subtitle, note and description may name a mark by its number ("the 11× bar"), so each of them as a whole keeps
 * the hedge and prints the number with its qualifier at least once; a sentence of a scenario cell or of a note of
 * what stands today is read alone, so each sentence keeps the qualifier its cited passage puts on a number.
 */
function checkHedgesKept(content: ContentSet, errors: ContentError[]): void {
  const byId = new Map(content.figures.map((f) => [f.data.id, f.data]));
  const numberAt = (text: string, values: readonly number[]) =>
    /^\S+/u.exec(
      text.slice(numbersInText(text).find((n) => values.some((v) => sameNumber(Math.abs(v), n.value)))!.index),
    )![0];
  for (const { file, data: chart } of content.charts) {
    const figures = chart.figures.flatMap((id) => byId.get(id) ?? []);
    if (figures.length !== chart.figures.length) continue; // a missing figure is reported as such
    for (const field of ['subtitle', 'note', 'description'] as const) {
      const text = foldWhitespace(chart[field] ?? '');
      for (const f of figures) {
        const values = valuesOf(f);
        if (values.length === 0 || !printsNumber(text, values)) continue;
        const quotes = f.mentions.map((m) => foldWhitespace(m.quote)).filter((q) => printsNumber(q, values));
        const hedges = quotes.map((q) => hedgeOnNumber(q, values));
        // The source's own word: "if the US acts now" keeps the condition, not the "may be possible" of the lead.
        if (quotes.length > 0 && hedges.every(Boolean) && !saysHedge(text))
          errors.push(fault(file, field, 'hedge-left-out', f.id, hedges[0]!));
        // A qualifier its quotes do not put on its number is the figure's fault (qualifier-not-on-number).
        // A hedge on the number (roughly, more than), not an emphasis ("just 4%"): the qualifiers qualifier.ts knows.
        const qualified =
          isHedgeQualifier(f.qualifier) &&
          f.mentions.some((m) => qualifierOnNumber(foldWhitespace(m.quote), f.qualifier!, values));
        if (qualified && !printsQualified(text, values, f.qualifier!))
          errors.push(fault(file, field, 'qualifier-left-out', numberAt(text, values), f.qualifier!));
      }
    }
  }
  for (const { file, field, text, cite } of citedTexts(content)) {
    const quotes = cite.map((c) => foldWhitespace(c.quote));
    // One fault a text: the editor rereads the whole text against its passages.
    sentencesOf(foldWhitespace(text)).some((sentence) =>
      numbersInText(sentence).some(({ value }) => {
        const printing = quotes.filter((q) => printsNumber(q, [value]));
        const words = printing.map((q) => qualifierBeforeNumber(q, [value]));
        if (printing.length === 0 || !words.every(Boolean) || printsQualified(sentence, [value], words[0]!))
          return false;
        errors.push(fault(file, field, 'qualifier-left-out', numberAt(sentence, [value]), words[0]!));
        return true;
      }),
    );
  }
}

/**
 * A sentence of a scenario cell or a note of what stands today that restates the clause a cited passage puts under
 * "could", "may", "might" or "would" keeps that word or a hedge of its own (hedge-word.ts), an "if" alone not counting:
 * "the CCP would have had first access" is a hypothetical, "the CCP has had first access" a fact. One fault a text.
 */
function checkModalsKept(content: ContentSet, errors: ContentError[]): void {
  for (const { file, field, text, cite } of citedTexts(content)) {
    const passages = cite.flatMap((c) => sentencesOf(foldWhitespace(c.quote)));
    for (const sentence of sentencesOf(foldWhitespace(text))) {
      if (saysHedge(sentence)) continue; // an "if" alone keeps the condition, not the "may"
      const modal = passages.map((p) => modalRestated(sentence, p)).find(Boolean);
      if (modal) {
        errors.push(fault(file, field, 'modal-dropped', sentence, modal));
        break;
      }
    }
  }
}

/**
 * Our words are no surer than the quotes they rest on (firm-word.ts): a figure's label, short label and short
 * condition rest on its quotes; a chart's title, subtitle, note and description on its figures' quotes; a scenario's
 * cell and a note of what stands today on the passages they cite.
 */
function checkFirmerThanQuotes(content: ContentSet, errors: ContentError[]): void {
  const check = (file: string, field: string, text: string | undefined, quotes: readonly string[]) => {
    const printed = new Set(quotes.flatMap((q) => firmWords(foldWhitespace(q))));
    const word = text && firmWords(foldWhitespace(text)).find((w) => !printed.has(w));
    if (word) errors.push(fault(file, field, 'firmer-than-quotes', word, text));
  };
  const quotesOf = new Map(content.figures.map((f) => [f.data.id, f.data.mentions.map((m) => m.quote)]));
  for (const { file, data } of content.figures)
    for (const field of ['label', 'shortLabel', 'shortCondition'] as const)
      check(file, field, data[field], quotesOf.get(data.id)!);
  for (const { file, data } of content.charts) {
    const quotes = data.figures.flatMap((id) => quotesOf.get(id) ?? []);
    for (const field of ['title', 'subtitle', 'note', 'description'] as const) check(file, field, data[field], quotes);
  }
  for (const { file, field, text, cite } of citedTexts(content))
    check(
      file,
      field,
      text,
      cite.map((c) => c.quote),
    );
}

/**
 * A number a cited passage gives only under a condition keeps one in our sentence that prints it: "if the US
 * strengthens …, America will have roughly 11 times" is not "America has roughly 11 times" (condition-word.ts).
 */
function checkConditionKeptInText(content: ContentSet, errors: ContentError[]): void {
  for (const { file, field, text, cite } of citedTexts(content)) {
    for (const sentence of sentencesOf(foldWhitespace(text))) {
      const numbers = numbersInText(sentence).map((n) => n.value);
      const under = cite.map((c) => conditionBeforeNumber(foldWhitespace(c.quote), numbers)).find(Boolean);
      if (under && !keepsCondition(sentence)) {
        errors.push(fault(file, field, 'condition-left-out', sentence, under));
        break;
      }
    }
  }
}

/** The scenarios are numbered by `order` ("Scenario 1", "Scenario 2", each in its colour): 1 to n, once each. */
function checkScenarioOrder(content: ContentSet, errors: ContentError[]): void {
  const orders = content.scenarios.map((e) => e.data.order).sort((a, b) => a - b);
  for (const { file, data } of content.scenarios) {
    if (
      orders.indexOf(data.order) + 1 !== data.order ||
      orders.lastIndexOf(data.order) !== orders.indexOf(data.order)
    ) {
      errors.push(fault(file, 'order', 'scenario-order', data.order, orders.length));
    }
  }
}

/** The scenarios and what stands today are the primary sources' account: their cells cite only those. */
function checkPrimaryCites(content: ContentSet, errors: ContentError[]): void {
  const kinds = new Map(content.sources.map((e) => [e.data.id, e.data.kind]));
  const check = (file: string, field: string, cite: readonly Citation[]) =>
    cite.forEach((c, i) => {
      const kind = kinds.get(c.source); // an unknown source is reported as such
      if (kind && kind !== 'primary') errors.push(fault(file, `${field}[${i}].source`, 'primary-cite', c.source, kind));
    });
  for (const { file, data } of content.today) check(file, 'cite', data.cite);
  for (const { file, data } of content.scenarios)
    for (const { at, cell } of scenarioCells(data)) check(file, `${at}.cite`, cell.cite);
}

/** A scenario's cells cite what the paper says of that scenario, not of the other (scenario-ordinal.ts). */
function checkScenarioNumbers(content: ContentSet, errors: ContentError[]): void {
  for (const { file, data } of content.scenarios) {
    for (const { at, cell } of scenarioCells(data)) {
      cell.cite.forEach((c, i) => {
        const other = scenarioNumbersIn(c.quote).find((n) => n !== data.order);
        if (other !== undefined) errors.push(fault(file, `${at}.cite[${i}]`, 'scenario-swap', other, data.order));
      });
    }
  }
}

/** A commentary note is an article's view, so it cites the article, not only the paper. */
function checkCommentaryCites(content: ContentSet, errors: ContentError[]): void {
  const kinds = new Map(content.sources.map((e) => [e.data.id, e.data.kind]));
  for (const { file, data } of content.commentary) {
    // Every cited source known and primary (an unknown or broken one is reported as such).
    if (data.cite.every((c) => kinds.get(c.source) === 'primary'))
      errors.push(fault(file, 'cite', 'commentary-source'));
  }
}

/** How an entry of a list is told apart: an id as it is, a citation by its source and its words. */
const entryKey = (entry: string | Citation): string =>
  typeof entry === 'string' ? entry : `${entry.source}\u0000${foldWhitespace(entry.quote)}`;

/**
 * A list that names the same thing twice: a chart would draw a bar twice, a figure or a disagreement would
 * show one passage twice (a disagreement then seems to have two sides that are one).
 */
function checkRepeats(content: ContentSet, errors: ContentError[]): void {
  const check = (file: string, field: string, list: readonly (string | Citation)[]) => {
    const seen = new Map<string, number>();
    list.forEach((entry, i) => {
      const key = entryKey(entry);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else errors.push(fault(file, `${field}[${i}]`, 'repeated-entry', `${field}[${first}]`));
    });
  };
  for (const { file, data } of content.charts) {
    check(file, 'figures', data.figures);
    check(file, 'sources', data.sources);
  }
  for (const { file, data } of content.figures) check(file, 'mentions', data.mentions);
  for (const { file, data } of content.discrepancies) {
    check(file, 'sides', data.sides);
    check(file, 'figures', data.figures);
  }
  for (const { file, data } of content.sources) {
    check(
      file,
      'claims',
      data.claims.map((c) => ({ ...c, source: data.id })),
    );
  }
  for (const { file, data } of content.scenarios) {
    for (const { at, cell } of scenarioCells(data)) {
      check(file, `${at}.cite`, cell.cite);
      check(file, `${at}.charts`, cell.charts);
    }
  }
  for (const { file, data } of content.today) {
    check(file, 'cite', data.cite);
    check(file, 'charts', data.charts);
  }
  for (const { file, data } of content.corrections) {
    for (const key of ['sources', 'charts', 'discrepancies', 'pages'] as const) check(file, key, data[key]);
  }
}

/**
 * Checks what no single file can check alone: every reference resolves, every quote is verbatim in
 * its source's archive, every chart can be drawn. Returns every fault found.
 */
export function checkContent(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = new Set(content.sources.map((s) => s.data.id));
  const figureIds = new Set(content.figures.map((f) => f.data.id));
  const chartIds = new Set(content.charts.map((c) => c.data.id));
  // Lookups by id, so the cost grows with the content, not with its square.
  const sourceById = new Map(content.sources.map((s) => [s.data.id, s.data]));
  const figureById = new Map(content.figures.map((f) => [f.data.id, f.data]));
  /** A reference to an id that exists nowhere; an id whose file failed to load is not reported again. */
  // Ids are also known by file name, so an id that differs from its file name is one fault, not two.
  const fileNames = new Set(
    (['sources', 'figures', 'charts'] as const).flatMap((name) => content[name].map((e) => e.name)),
  );
  const missingRef = (file: string, field: string, kind: string, id: string, known: Set<string>) => {
    if (known.has(id) || content.broken.has(id) || fileNames.has(id)) return false;
    errors.push(fault(file, field, 'missing-reference', kind, id, known));
    return true;
  };

  for (const name of ['sources', 'figures', 'discrepancies', 'charts', 'scenarios', 'today', 'commentary'] as const) {
    checkIds(content[name], errors);
  }
  checkRepeats(content, errors);
  checkDatesPast(content, errors);
  checkPublishedPrinted(content, errors);
  checkNoteReferences(content, errors);
  checkChartTitles(content, errors);
  checkHedgesKept(content, errors);
  checkFirmerThanQuotes(content, errors);
  checkConditionKeptInText(content, errors);
  checkModalsKept(content, errors);
  checkScenarioOrder(content, errors);
  checkCommentaryCites(content, errors);
  checkPrimaryCites(content, errors);
  checkScenarioNumbers(content, errors);

  for (const { file, data } of content.sources) {
    if (data.archiveVia) missingRef(file, 'archiveVia', 'source', data.archiveVia, sourceIds);
  }
  const quotable = quotableBySource(content, errors);

  // Our prose is in our words, but whatever it puts in quotation marks must be a source's: words of an
  // archived text (a "…" may stand for words left out) or a source's title. On a source's own page, the
  // words are that source's or a primary source's (the paper it reports on), never another article's.
  // Only archives a source names: a stray file in content/archive/ is nobody's words.
  const archives = content.sources
    .flatMap((e) => (e.data.archive ? (content.archive.get(e.data.archive) ?? []) : []))
    .map(foldWhitespace);
  const titles = new Set(content.sources.map((entry) => foldWhitespace(entry.data.title)));
  // A primary source held through another's reproduction is only the reproduced part, not the whole page.
  const primaryTexts = content.sources
    .filter((entry) => entry.data.kind === 'primary')
    .flatMap((entry) => quotable.get(entry.data.id) ?? [])
    .map((q) => (q.span ? q.folded.slice(q.span.from, q.span.to) : q.folded));
  // A source that failed to load takes its archive out of the list above: until it is fixed, prose is checked
  // against every archived text, so its one fault is not buried under others that are not faults.
  const everyArchive = allCitations(content).some(({ citation }) => content.broken.has(citation.source))
    ? [...content.archive.values()].map(foldWhitespace)
    : undefined;
  for (const { file, field, text, source, paper } of allProse(content)) {
    const own = source ? quotable.get(source)?.folded : undefined;
    // Where we hold no primary text (a test's content), any archive will do.
    const scope = everyArchive ? undefined : own ? source : paper && primaryTexts.length > 0 ? 'paper' : undefined;
    const texts = everyArchive ?? (own ? [own, ...primaryTexts] : scope ? primaryTexts : archives);
    for (const quoted of quotedInProse(text)) {
      if (!titles.has(quoted) && !texts.some((archive) => containsInOrder(archive, quoted))) {
        // The parts are there, but a "…" leaves out a word that turns the sentence round.
        const turned = texts.some((archive) => containsInOrder(archive, quoted, { anyGap: true }));
        errors.push(fault(file, field, 'prose-quotation', quoted, scope, turned));
      }
    }
  }

  for (const { file, field, citation } of allCitations(content)) {
    if (!sourceIds.has(citation.source)) {
      missingRef(file, `${field}.source`, 'source', citation.source, sourceIds);
      continue;
    }
    if (wordCount(citation.quote) < 3) {
      errors.push(fault(file, `${field}.quote`, 'quote-too-short', citation.quote));
      continue;
    }
    const where = quotable.get(citation.source);
    if (!where) {
      const source = sourceById.get(citation.source)!;
      // A source whose archive or span is itself at fault has been reported already.
      if (!source.archive && !source.archiveVia)
        errors.push(fault(file, `${field}.source`, 'no-archive', citation.source));
      continue;
    }
    const match = findQuote(citation.quote, where.folded);
    if (!match.found) {
      const why = whyNotVerbatim(citation.quote, where.folded, match.closest);
      errors.push(
        fault(file, `${field}.quote`, 'quote-not-verbatim', citation.source, citation.quote, match.closest, why),
      );
    } else if (where.span && !findQuote(citation.quote, where.folded, where.span).found) {
      errors.push(fault(file, `${field}.quote`, 'quote-outside-span', citation.source, citation.quote, where.via));
    } else {
      const reproduced = reproducedIn(citation.source, citation.quote, quotable);
      if (reproduced)
        errors.push(
          fault(file, `${field}.quote`, 'quote-inside-reproduction', citation.source, citation.quote, reproduced),
        );
    }
  }

  /** Figures whose own primary source is at fault: the charts of them are not blamed for it again. */
  const faultyPrimary = new Set<string>();
  /** The numbers the sources themselves give: their titles' and the years they were published. */
  const sourceNumbers = content.sources.flatMap((e) => [
    ...numbersInText(e.data.title).map((n) => n.value),
    ...(e.data.published ? [Number(e.data.published.slice(0, 4))] : []),
  ]);
  /** Figures whose number none of their quotes prints: a chart describing them is not blamed for it. */
  const wrongNumber = new Set<string>();
  for (const { file, data } of content.figures) {
    if (data.primary && missingRef(file, 'primary', 'source', data.primary, sourceIds)) faultyPrimary.add(data.id);
    else if (data.primary) {
      const primary = sourceById.get(data.primary);
      if (primary && primary.kind !== 'primary') {
        errors.push(fault(file, 'primary', 'not-primary', data.primary, primary.kind));
        faultyPrimary.add(data.id);
      } else if (primary && !hasWords(foldWhitespace(data.claimant), primary.outlet)) {
        // "Anthropic, citing one study"; "US federal prosecutors, as cited by Anthropic".
        errors.push(fault(file, 'claimant', 'primary-claimant', data.claimant, primary.outlet, data.primary));
      } else if (
        primary &&
        (primary.archive || primary.archiveVia) &&
        !data.mentions.some((m) => m.source === primary.id) &&
        data.date !== primary.published
      ) {
        // A primary we hold text of, none of which is quoted: the trace is a name only, and it would lift the
        // single-source flag off an article's report. (The primary's own date, which its record gives, needs none.)
        errors.push(fault(file, 'primary', 'primary-not-quoted', data.primary));
      }
    } else {
      // With no primary, the claim is the reporting articles' or one they attribute: the claimant names one of them.
      const reporters = [...new Set(data.mentions.map((m) => m.source))].flatMap((id) => sourceById.get(id) ?? []);
      const claimant = foldWhitespace(data.claimant);
      if (reporters.length > 0 && !reporters.some((s) => hasWords(claimant, s.outlet) || hasWords(claimant, s.name)))
        errors.push(
          fault(
            file,
            'claimant',
            'claimant-not-traced',
            data.claimant,
            reporters.map((s) => s.name),
          ),
        );
    }
    // A number the primary's words (or, with no primary, a reporting article's) credit to a study or an analysis
    // is its finding: the claimant names it ("Anthropic, citing one study"), or the site would put it in another mouth.
    const fromPrimary = data.mentions.filter((m) => m.source === data.primary);
    const work = (fromPrimary.length > 0 ? fromPrimary : data.mentions)
      .map((m) => creditedWorkOf(foldWhitespace(m.quote), valuesOf(data)))
      .find(Boolean);
    // "in its own analysis" names the work but makes it the publisher's: the claimant credits it to someone else.
    const claimant = foldWhitespace(data.claimant);
    if (work && (!hasWords(claimant, work) || new RegExp(`(?<!\\p{L})own\\s+${work}`, 'iu').test(claimant)))
      errors.push(fault(file, 'claimant', 'claimant-narrowed', data.claimant, work));
    // A source that failed to load takes its text, date and title with it: the figures that rest on it are checked
    // once it loads, not blamed now for what its fault hides (a date that does not parse is one fault, not five).
    if ([data.primary, ...data.mentions.map((m) => m.source)].some((id) => id && content.broken.has(id))) {
      wrongNumber.add(data.id);
      continue;
    }
    if (checkFigureNumber(file, data, errors)) wrongNumber.add(data.id);
    if (data.qualitative) checkQualitativeWords(file, data.qualitative, data.mentions, errors);
    // Every source that carries a number prints it: a source quoted saying something else would count as a second
    // source (lifting the single-source flag) and be credited under the chart for a figure it does not give.
    else if (data.value !== undefined && !wrongNumber.has(data.id)) {
      const values = valuesOf(data);
      const printers = new Set(
        data.mentions.filter((m) => printsNumber(foldWhitespace(m.quote), values)).map((m) => m.source),
      );
      data.mentions.forEach((m, i) => {
        if (!printers.has(m.source))
          errors.push(fault(file, `mentions[${i}]`, 'mention-without-number', m.source, values));
      });
    }
    // A count's noun (accounts, labs) is the one its quote puts after its number; %, ×, $ and time are checked above.
    if (data.unit && !/^(?:%|x|USD|(?:day|week|month|year|decade)s?)$/i.test(data.unit)) {
      const unit = data.unit;
      const other = data.mentions
        .map((m) => unitOfAnotherNumber(foldWhitespace(m.quote), valuesOf(data), unit))
        .find(Boolean);
      if (other) errors.push(fault(file, 'unit', 'unit-of-another-number', unit, other));
    }
    checkStatedAsFact(file, data, errors);
    // A number its quotes do not print with its unit is the figure's fault, not its chart description's.
    if (checkConditionAndUnit(file, data, quotable, errors)) wrongNumber.add(data.id);
    checkDateStated(file, data, sourceById, errors);
    checkPeriodStated(file, data, errors);
    checkLabelNumbers(file, data, sourceNumbers, errors);
  }
  // A misread number is the figure's fault, not its chart description's for not printing it.
  for (const id of checkNumbersReadOnce(content, errors)) wrongNumber.add(id);
  checkChartDescriptions(content, wrongNumber, errors);

  for (const { file, data } of content.discrepancies) {
    data.figures.forEach((id, i) => missingRef(file, `figures[${i}]`, 'figure', id, figureIds));
  }

  const referencesBefore = errors.length;
  for (const { file, data } of content.charts) {
    data.figures.forEach((id, i) => missingRef(file, `figures[${i}]`, 'figure', id, figureIds));
    const figures = data.figures.flatMap((id) => figureById.get(id) ?? []);
    // A chart of a figure that failed to load, or whose primary is at fault, is judged once that is fixed.
    if (data.figures.some((id) => content.broken.has(id) || faultyPrimary.has(id))) continue;
    data.sources.forEach((id, i) => {
      if (missingRef(file, `sources[${i}]`, 'source', id, sourceIds) || !sourceIds.has(id)) return;
      if (!figures.some((f) => figureSourceIds(f).includes(id))) {
        errors.push(fault(file, `sources[${i}]`, 'chart-source', id));
      }
    });
    // The source line is built from `sources`: a figure none of them quotes would be drawn uncredited, or credited
    // only to its primary source, whose words we may not hold (Anthropic's submission, known from one article).
    data.figures.forEach((id, i) => {
      const figure = figureById.get(id);
      const quoting = figure ? [...new Set(figure.mentions.map((m) => m.source))] : [];
      if (figure && !quoting.some((s) => data.sources.includes(s)))
        errors.push(fault(file, `figures[${i}]`, 'chart-credit', id, quoting));
    });
  }
  const chartsResolve = errors.length === referencesBefore;

  for (const { file, data } of content.scenarios) {
    for (const { at, cell } of scenarioCells(data)) {
      cell.charts.forEach((id, i) => missingRef(file, `${at}.charts[${i}]`, 'chart', id, chartIds));
    }
  }
  for (const { file, data } of content.today) {
    data.charts.forEach((id, i) => missingRef(file, `charts[${i}]`, 'chart', id, chartIds));
  }
  checkTodayNotInScenarios(content, errors);
  checkScenariosNotInToday(content, errors);
  checkNumbersCited(content, errors);
  checkSummaryNumbers(content, quotable, errors);
  checkReportedAfterPublished(content, errors);

  // A correction is shown on each page it concerns: a name that matches no page would show it nowhere.
  const discrepancyIds = new Set(content.discrepancies.map((d) => d.data.id));
  const otherPages = new Set(navigation.map((n) => n.href));
  for (const { file, data } of content.corrections) {
    data.sources.forEach((id, i) => missingRef(file, `sources[${i}]`, 'source', id, sourceIds));
    data.charts.forEach((id, i) => missingRef(file, `charts[${i}]`, 'chart', id, chartIds));
    data.discrepancies.forEach((id, i) => missingRef(file, `discrepancies[${i}]`, 'discrepancy', id, discrepancyIds));
    data.pages.forEach((path, i) => {
      // A chart's or a source's own page is named by its id under charts: or sources:, which the note follows.
      const [, section, id] = /^\/(charts|sources)\/([^/]+)\/$/.exec(path) ?? [];
      if (section && id && (section === 'charts' ? chartIds : sourceIds).has(id)) {
        errors.push(fault(file, `pages[${i}]`, 'correction-page', path, section, id));
      } else missingRef(file, `pages[${i}]`, 'page', path, otherPages);
    });
  }

  // Drawing builds the whole page model, which needs every reference resolved and every chart's figures
  // loaded and fit for the form; otherwise the faults above say why.
  const chartsFit = checkChartForms(content, errors);
  if (errors.length === 0 && chartsResolve && chartsFit && content.broken.size === 0) checkChartsDraw(content, errors);
  return errors;
}

/** The figures whose passage a citation quotes: same source, and one passage holds the other, word for word. */
function figuresQuotedBy(content: ContentSet, c: Citation): Figure[] {
  const quote = foldWhitespace(c.quote);
  return content.figures
    .map((e) => e.data)
    .filter((f) =>
      f.mentions.some((m) => {
        if (m.source !== c.source) return false;
        const passage = foldWhitespace(m.quote);
        return wordMatches(quote, passage).length > 0 || wordMatches(passage, quote).length > 0;
      }),
    );
}

/** The figures a listed chart plots; undefined when the chart or a figure is missing (reported as such). */
function plottedFigures(content: ContentSet, chartId: string): Figure[] | undefined {
  const chart = content.charts.find((e) => e.data.id === chartId)?.data;
  const plotted = (chart?.figures ?? []).flatMap((id) => content.figures.find((f) => f.data.id === id)?.data ?? []);
  return chart && plotted.length === chart.figures.length ? plotted : undefined;
}

/** A figure that describes today or the past: dated, or given for a period other than 2028. */
function describesToday(f: Figure): boolean {
  return !describes2028(f) && (!!f.date || !!f.period);
}

/**
 * A scenario's cells say what the paper says of 2028; what stands today goes in content/today/, beside
 * both scenarios. Refused: a cell quoting a passage that carries a figure of today (the passages overlap),
 * and a cell listing a chart that plots no figure of 2028.
 */
function checkTodayNotInScenarios(content: ContentSet, errors: ContentError[]): void {
  for (const { file, data } of content.scenarios) {
    for (const { at, cell } of scenarioCells(data)) {
      cell.cite.forEach((c, i) => {
        const today = figuresQuotedBy(content, c).find(describesToday);
        if (today) errors.push(fault(file, `${at}.cite[${i}]`, 'today-in-scenario', 'quotes', today.id));
      });
      cell.charts.forEach((id, i) => {
        const plotted = plottedFigures(content, id);
        if (plotted && !plotted.some(describes2028)) {
          errors.push(fault(file, `${at}.charts[${i}]`, 'today-in-scenario', 'shows chart', id));
        }
      });
    }
  }
}

/**
 * The mirror: a note of what stands today may not quote a passage that carries only a figure of 2028 (a lead
 * the paper says may be possible by 2028, set down as today's), nor list a chart that plots only such figures.
 */
function checkScenariosNotInToday(content: ContentSet, errors: ContentError[]): void {
  for (const { file, data } of content.today) {
    data.cite.forEach((c, i) => {
      const carried = figuresQuotedBy(content, c);
      const of2028 = carried.find(describes2028);
      if (of2028 && !carried.some(describesToday))
        errors.push(fault(file, `cite[${i}]`, 'scenario-in-today', 'quotes', of2028.id));
    });
    data.charts.forEach((id, i) => {
      const plotted = plottedFigures(content, id);
      if (plotted && plotted.every(describes2028))
        errors.push(fault(file, `charts[${i}]`, 'scenario-in-today', 'shows chart', id));
    });
  }
}

/**
 * Our words in a scenario cell or a note of what stands today are backed by the passages they cite: a number
 * they give is one those passages print (a 12–24 month lead written into today's note, whose passage says "at
 * least several months", is refused). Commentary notes are left out: they set an article against the paper
 * and its 2028, which their own citations need not print.
 */
function checkNumbersCited(content: ContentSet, errors: ContentError[]): void {
  for (const { file, field, text, cite } of citedTexts(content)) {
    const printed = cite.flatMap((c) => numbersInText(foldWhitespace(c.quote)).map((n) => n.value));
    const unbacked = numberNotGiven(foldWhitespace(text), printed);
    if (unbacked) errors.push(fault(file, field, 'number-not-cited', unbacked.value, [...new Set(printed)]));
  }
}

/**
 * A source's page speaks for the source, so a number its summary, description or title note prints in digits is
 * one an archived text prints (its own, the paper it reports on, or another article it is set beside), a source's
 * title gives, or a source's date: "more than 42,000 accounts" for the article's 24,000 is refused. Numbers in words
 * are left alone ("ten related insights" is our count of what the page holds), and so is the date note, which is our
 * reasoning about a date ("14 or 15 May").
 */
function checkSummaryNumbers(content: ContentSet, quotable: Map<string, Quotable>, errors: ContentError[]): void {
  // An archive that fails its pin, or a source that fails to load, is one fault of its own: until it is mended, which
  // numbers the sources print is not known, and a summary is not blamed for a number the fault took away.
  // (quotableBySource leaves out an archive whose pin fails.)
  const pinFails = content.sources.some(
    ({ data }) => data.archive && content.archive.has(data.archive) && !quotable.has(data.id),
  );
  const quotedSources = new Set(content.figures.flatMap((f) => f.data.mentions.map((m) => m.source)));
  const sourceBroken = [...content.broken].some((name) => quotedSources.has(name));
  if (pinFails || sourceBroken) return;
  // Every source's title and date may be named in any summary ("the 2028 paper", "14 May 2026").
  const named = new Set<number>();
  for (const { data } of content.sources) {
    for (const n of numbersInText(foldWhitespace(data.title))) named.add(n.value);
    if (data.published) for (const part of data.published.split('-')) named.add(Number(part));
  }
  const byId = new Map(content.sources.map((e) => [e.data.id, e.data]));
  // Each archive's numbers, read once (a source held through another's reproduction reads that archive).
  const archiveNumbers = new Map(
    content.sources.map(({ data }) => {
      const held = data.archive ?? (data.archiveVia ? byId.get(data.archiveVia)?.archive : undefined);
      const text = held ? content.archive.get(held) : undefined;
      return [data.id, text ? numbersInText(foldWhitespace(text)).map((n) => n.value) : []];
    }),
  );
  for (const { file, data, body } of content.sources) {
    // A summary's numbers are its own source's, a source it cites (<Cite>), or, for a primary source we may not hold,
    // those of the articles that report its figures: not any number some other archive happens to print.
    const reporters = content.figures
      .filter((f) => f.data.primary === data.id)
      .flatMap((f) => f.data.mentions.map((m) => m.source));
    const cited = citesInBody(body ?? '').map((c) => c.source);
    const printed = new Set([
      ...named,
      ...[data.id, ...cited, ...reporters].flatMap((id) => archiveNumbers.get(id) ?? []),
    ]);
    const texts = {
      body: body?.replace(componentTag, ' ') ?? '',
      description: data.description,
      titleNote: data.titleNote ?? '',
    };
    for (const [field, raw] of Object.entries(texts)) {
      const text = foldWhitespace(raw);
      const unknown = numbersInText(text).find((n) => /\d/.test(text[n.index]!) && !printed.has(n.value));
      if (!unknown) continue;
      const written = /^\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion)\b)?/i
        .exec(text.slice(unknown.index))![0]
        .replace(/[.,]$/, '');
      // A few words either side, cut at spaces.
      const from = text.lastIndexOf(' ', Math.max(0, unknown.index - 40)) + 1;
      const to = text.indexOf(' ', unknown.index + written.length + 20);
      const context = text.slice(from, to < 0 ? undefined : to);
      errors.push(fault(file, field, 'summary-number', written, context));
    }
  }
}

/** An article that reports on a primary source (it quotes a figure traced to it) came out after it. */
function checkReportedAfterPublished(content: ContentSet, errors: ContentError[]): void {
  const primaries = content.sources.filter((e) => e.data.kind === 'primary' && e.data.published);
  const figures = content.figures.map((f) => f.data);
  for (const { file, data } of content.sources) {
    if (data.kind === 'primary' || !data.published) continue;
    for (const { data: primary } of primaries) {
      if (reportsOn(figures, data.id, primary.id) && data.published < primary.published!)
        errors.push(
          fault(file, 'published', 'reported-before-published', data.published, primary.id, primary.published!),
        );
    }
  }
}

/** Loads and checks a content folder: what the build runs before anything else. */
export function loadAndCheckContent(root: string): { content: ContentSet; errors: ContentError[] } {
  const { content, errors } = loadContent(root);
  return { content, errors: [...errors, ...checkContent(content)] };
}
