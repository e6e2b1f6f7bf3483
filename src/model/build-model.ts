import { discrepancyWeights } from '../schemas.ts';
import type {
  Chart,
  Citation,
  Commentary,
  Correction,
  Discrepancy,
  Figure,
  Scenario,
  Source,
  Today,
} from '../schemas.ts';
import { archiveTextOf } from '../content/archive-text.ts';
import { findQuote } from '../content/find-quote.ts';
import { foldWhitespace } from '../content/fold-whitespace.ts';
import { citesInBody } from '../content/mdx-body.ts';
import type { NoteTargets } from './figure-note.ts';
import { reportsOn } from './figure-sources.ts';
import { inIdOrder } from './in-id-order.ts';
import { quoteAnchor } from './quote-anchor.ts';
import { scenarioRowGroups } from './scenario-rows.ts';

/** Where a quote is used on the site, so a source page can say why each passage matters. */
export interface QuoteUse {
  kind: 'claim' | 'figure' | 'discrepancy' | 'scenario' | 'today' | 'commentary' | 'summary';
  /** Id of the figure, discrepancy, scenario, row (for today) or commentary note (the source's own id for a claim). */
  id: string;
  /** A label a reader understands. */
  label: string;
}

/** One passage of a source as shown on its page, with every use of it across the site. */
export interface SourceQuote {
  source: string;
  quote: string;
  anchor: string;
  /** Our remarks on the passage, from wherever it is cited. */
  notes: string[];
  uses: QuoteUse[];
  /** Offset in the folded archive text: quotes are listed in the order the source prints them. */
  position: number;
  /** Offset just past the quote's end in the folded archive text (Infinity when not found). */
  end: number;
}

/** A passage of a source page with the shorter passages that overlap it (fragments of the same sentence). */
export interface QuoteGroup {
  quote: SourceQuote;
  within: SourceQuote[];
}

/**
 * Folds overlapping passages under the longest one that starts first: a reviewer then sees each sentence
 * once, with the fragments quoted from it (a figure's few words, a discrepancy's clause) beneath it.
 */
export function groupOverlappingQuotes(quotes: readonly SourceQuote[]): QuoteGroup[] {
  const ordered = [...quotes].sort((a, b) => a.position - b.position || b.end - a.end);
  const groups: QuoteGroup[] = [];
  for (const q of ordered) {
    const last = groups.at(-1);
    if (last && Number.isFinite(q.position) && q.position < last.quote.end) last.within.push(q);
    else groups.push({ quote: q, within: [] });
  }
  return groups;
}

export interface ModelInput {
  sources: Source[];
  /** Archived texts by file name. */
  archive: Map<string, string>;
  figures: Figure[];
  discrepancies: Discrepancy[];
  charts: Chart[];
  scenarios: Scenario[];
  /** What the paper says stands today, by row of the scenarios table (optional for tests that need none). */
  today?: Today[];
  commentary: Commentary[];
  /** The MDX body (our summary) of each source, by id: its <Cite> passages are listed with the others. */
  summaries?: Map<string, string>;
  /** The corrections log. */
  corrections?: Correction[];
}

/** Everything the pages need, derived once from the checked content. */
export interface Model extends ModelInput {
  source: (id: string) => Source;
  figure: (id: string) => Figure;
  chart: (id: string) => Chart;
  discrepancy: (id: string) => Discrepancy;
  /** The quotes of each source, in the source's order. */
  quotesBySource: Map<string, SourceQuote[]>;
  /** Figures each source carries (quoted) or is the primary source of. */
  figuresBySource: Map<string, Figure[]>;
  /** Charts that plot each figure. */
  chartsByFigure: Map<string, Chart[]>;
  /** Discrepancies each source is a side of. */
  discrepanciesBySource: Map<string, Discrepancy[]>;
  /** Discrepancies that affect each figure. */
  discrepanciesByFigure: Map<string, Discrepancy[]>;
  /** Discrepancies that affect each chart (through its figures). */
  discrepanciesByChart: Map<string, Discrepancy[]>;
  /** Discrepancies heaviest first (substantive, minor, slip), then those touching more figures. */
  discrepanciesByWeight: Discrepancy[];
  /** Figures that only one source carries, traced to no primary source: each is flagged wherever shown. */
  singleSource: Map<string, SingleSource>;
  /** Ids of the figures some chart plots: what the site can truthfully say it charts. */
  chartedFigures: Set<string>;
  /** How our notes name another figure or a disagreement, by id, and where it links (src/model/figure-note.ts). */
  noteTargets: NoteTargets;
  /** The paper the site explains: the primary source the scenarios' premises cite (else the first primary source). */
  paper: Source;
  /** The articles collected with the paper (news and digests: every source that is not primary), in id order. */
  articles: Source[];
  /** The articles (news and digests, not primary sources) that carry a figure traced to the given source. */
  articlesReporting: (primaryId: string) => Source[];
  /** Every correction, newest first. */
  correctionsLog: Correction[];
  /** The corrections that concern a page, by its path ("/sources/<id>/", "/charts/<id>/", "/citations/", "/about/"). */
  correctionsFor: (path: string) => Correction[];
}

/** The site paths a correction concerns: its sources' and charts' pages, /citations/ for discrepancies, and its own list. */
export function correctionPaths(c: Correction): string[] {
  return [
    ...c.sources.map((id) => `/sources/${id}/`),
    ...c.charts.map((id) => `/charts/${id}/`),
    ...(c.discrepancies.length > 0 ? ['/citations/'] : []),
    ...c.pages,
  ];
}

/** A claim that only one source makes: who, and whether the claim is that source's own (it cites nobody). */
export interface SingleSource {
  source: Source;
  /** True when the claimant is the source itself, in its own voice: it names no source for the claim. */
  ownVoice: boolean;
}

/**
 * The single-source test, derived from content: every mention comes from one source, and that source is not
 * the claim's own publication. A claim the paper makes, quoted from the paper, is Anthropic's own and is never
 * flagged here; one that a single article reports of a publication we hold no text of (Anthropic's distillation
 * post, its diffusion-rule submission) rests on that article alone, and is.
 */
export function singleSourceOf(f: Figure, source: (id: string) => Source): SingleSource | undefined {
  const ids = [...new Set(f.mentions.map((m) => m.source))];
  if (ids.length !== 1 || ids[0] === f.primary) return undefined;
  const only = source(ids[0]!);
  return { source: only, ownVoice: f.claimant === only.name || f.claimant.startsWith(`${only.name},`) };
}

/** The words of the flag, the same wherever it is shown. */
export function singleSourceText(s: SingleSource): string {
  // "Reports" where the claim is another's (The Daily Scout on Anthropic's post): that one source carries it, it
  // does not make it, and the chart's source line may also credit the publication the claim is from.
  return s.ownVoice ? `only ${s.source.name} says this, citing no source.` : `only ${s.source.name} reports this.`;
}

function lookup<T extends { id: string }>(items: T[], kind: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`no ${kind} "${id}"`);
    return item;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Link to a quote on its source's page. */
export function quoteHref(citation: Pick<Citation, 'source' | 'quote'>): string {
  return `/sources/${citation.source}/#${quoteAnchor(citation.quote)}`;
}

export function buildModel(given: ModelInput): Model {
  // Every list in id order first, so nothing below depends on the order the content store loaded files in.
  const input: ModelInput = {
    ...given,
    sources: inIdOrder(given.sources),
    figures: inIdOrder(given.figures),
    discrepancies: inIdOrder(given.discrepancies),
    charts: inIdOrder(given.charts),
    scenarios: inIdOrder(given.scenarios),
    today: inIdOrder(given.today ?? []),
    commentary: inIdOrder(given.commentary),
    corrections: inIdOrder(given.corrections ?? []),
    summaries: new Map(
      inIdOrder([...(given.summaries ?? [])].map(([id, body]) => ({ id, body }))).map((e) => [e.id, e.body]),
    ),
  };
  const source = lookup(input.sources, 'source');
  const figure = lookup(input.figures, 'figure');
  const chart = lookup(input.charts, 'chart');
  const discrepancy = lookup(input.discrepancies, 'discrepancy');
  const archiveOf = (id: string): string => archiveTextOf(input.sources, input.archive, id) ?? '';

  const quotesBySource = new Map<string, SourceQuote[]>();
  const addQuote = (citation: Citation, use: QuoteUse) => {
    const anchor = quoteAnchor(citation.quote);
    const list = quotesBySource.get(citation.source) ?? [];
    quotesBySource.set(citation.source, list);
    let entry = list.find((q) => q.anchor === anchor);
    if (!entry) {
      const match = findQuote(citation.quote, archiveOf(citation.source));
      entry = {
        source: citation.source,
        quote: citation.quote,
        anchor,
        notes: [],
        uses: [],
        position: match.found ? match.index : Infinity,
        end: match.found ? match.index + foldWhitespace(citation.quote).length : Infinity,
      };
      list.push(entry);
    }
    if (citation.note && !entry.notes.includes(citation.note)) entry.notes.push(citation.note);
    if (!entry.uses.some((u) => u.kind === use.kind && u.id === use.id)) entry.uses.push(use);
  };

  for (const s of input.sources) {
    for (const claim of s.claims) addQuote({ ...claim, source: s.id }, { kind: 'claim', id: s.id, label: 'Key claim' });
  }
  for (const [id, body] of input.summaries ?? []) {
    for (const c of citesInBody(body)) addQuote(c, { kind: 'summary', id, label: 'Our summary' });
  }
  const figuresBySource = new Map<string, Figure[]>();
  for (const f of input.figures) {
    for (const m of f.mentions) {
      addQuote(m, { kind: 'figure', id: f.id, label: f.label });
      push(figuresBySource, m.source, f);
    }
    if (f.primary) push(figuresBySource, f.primary, f);
  }
  const discrepanciesBySource = new Map<string, Discrepancy[]>();
  const discrepanciesByFigure = new Map<string, Discrepancy[]>();
  for (const d of input.discrepancies) {
    for (const side of d.sides) {
      addQuote(side, { kind: 'discrepancy', id: d.id, label: d.topic });
      push(discrepanciesBySource, side.source, d);
    }
    for (const id of d.figures) push(discrepanciesByFigure, id, d);
  }
  for (const s of input.scenarios) {
    const cells = [
      s.premise,
      ...Object.values(s.fronts),
      ...Object.values(s.conditions),
      ...Object.values(s.consequences),
    ];
    for (const cell of cells) for (const c of cell.cite) addQuote(c, { kind: 'scenario', id: s.id, label: s.name });
  }
  for (const t of input.today ?? []) {
    const row = scenarioRowGroups.flatMap((g) => g.rows).find((r) => r.key === t.id);
    for (const c of t.cite) addQuote(c, { kind: 'today', id: t.id, label: row?.label ?? t.id });
  }
  for (const c of input.commentary) {
    for (const cite of c.cite) addQuote(cite, { kind: 'commentary', id: c.id, label: c.text });
  }
  for (const list of quotesBySource.values()) list.sort((a, b) => a.position - b.position);

  const chartsByFigure = new Map<string, Chart[]>();
  const discrepanciesByChart = new Map<string, Discrepancy[]>();
  for (const c of input.charts) {
    for (const id of c.figures) {
      push(chartsByFigure, id, c);
      for (const d of discrepanciesByFigure.get(id) ?? []) push(discrepanciesByChart, c.id, d);
    }
  }

  const weightRank = (d: Discrepancy) => discrepancyWeights.indexOf(d.weight);
  const discrepanciesByWeight = [...input.discrepancies].sort(
    (a, b) => weightRank(a) - weightRank(b) || b.figures.length - a.figures.length || a.id.localeCompare(b.id),
  );
  const singleSource = new Map<string, SingleSource>();
  for (const f of input.figures) {
    const s = singleSourceOf(f, source);
    if (s) singleSource.set(f.id, s);
  }

  const chartedFigures = new Set(input.charts.flatMap((c) => c.figures));
  const articles = input.sources.filter((s) => s.kind !== 'primary');
  const articlesReporting = (primaryId: string) => articles.filter((s) => reportsOn(input.figures, s.id, primaryId));

  const primaries = input.sources.filter((s) => s.kind === 'primary');
  const premiseCites = new Set(input.scenarios.flatMap((s) => s.premise.cite.map((c) => c.source)));
  const paper = primaries.find((s) => premiseCites.has(s.id)) ?? primaries[0]!;

  const correctionsLog = [...(input.corrections ?? [])].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  const correctionsFor = (path: string) => correctionsLog.filter((c) => correctionPaths(c).includes(path));

  return {
    ...input,
    charts: [...input.charts].sort((a, b) => a.order - b.order),
    scenarios: [...input.scenarios].sort((a, b) => a.order - b.order),
    source,
    figure,
    chart,
    discrepancy,
    quotesBySource,
    figuresBySource,
    chartsByFigure,
    discrepanciesBySource,
    discrepanciesByFigure,
    discrepanciesByChart,
    discrepanciesByWeight,
    singleSource,
    chartedFigures,
    noteTargets: new Map([
      ...input.figures.map((f) => [f.id, { label: f.label, href: `/citations/#${f.id}` }] as const),
      // A disagreement reads by its topic, in quotation marks: "(see the disagreement “Does Anthropic say …?”)".
      ...input.discrepancies.map(
        (d) => [d.id, { label: `“${d.topic}”`, href: `/citations/#discrepancy-${d.id}` }] as const,
      ),
    ]),
    paper,
    articles,
    articlesReporting,
    correctionsLog,
    correctionsFor,
  };
}
