// The shape of every content file. Shared by `src/content.config.ts` (Astro's collections, for types
// and rendering) and `src/content/load-content.ts` (the checker that refuses bad content before a build).
// Cross-references and quote checks need all collections at once, so they live in `check-content.ts`.
import { z } from 'astro/zod';
import { closestKey } from './content/closest-key.ts';
import { codePoint } from './content/shown.ts';

/** Length caps: a field longer than this is a paste gone wrong, and would break layouts and images. */
export const caps = { id: 64, short: 200, quote: 600, prose: 1500 } as const;

/** A control character (a YAML escape such as "\x01"), other than tab and line breaks: no output format takes it. */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A text that is nothing but a yes-or-no word is a slip ("claimant: no" printed "Claimed by no."). */
const yesOrNo = /^(?:yes|no|true|false|on|off|null)$/i;

/**
 * Text an author writes: trimmed (so a field of only spaces counts as empty), at least one
 * character, at most `max`. Every required text field is one of these.
 */
export function text(max: number = caps.short, min = 1) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'is empty' : `must be at least ${min} characters`)
    .max(max, `is longer than ${max} characters`)
    .refine((value) => !yesOrNo.test(value), {
      message: 'is only a yes-or-no word (no, yes, true, false, on, off, null): write the words meant',
    })
    .refine(
      (value) => !controlCharacter.test(value),
      (value) => ({
        message: `holds a control character (${codePoint(value.match(controlCharacter)![0])}), which breaks the SVG, PNG and feed files: delete it`,
      }),
    );
}

/**
 * An object that refuses keys it does not declare, suggesting the nearest known one: a misspelt
 * optional key (`qualifer`) would otherwise be dropped silently and change what the site says.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z
    .object(shape, {
      errorMap: (issue, ctx) =>
        issue.code === 'unrecognized_keys'
          ? { message: issue.keys.map((key) => unknownKeyMessage(key, known)).join('; ') }
          : { message: ctx.defaultError },
    })
    .strict();
}

/** "unknown key "qualifer"; did you mean "qualifier"?" (or the list of known keys when none is close). */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = closestKey(key, known);
  return near
    ? `unknown key "${key}"; did you mean "${near}"?`
    : `unknown key "${key}" (known keys: ${known.join(', ')})`;
}

/** A number YAML can write that is not a real quantity (.inf, .nan) is refused. */
export const finiteNumber = z.number({ invalid_type_error: 'must be a number' }).finite('must be a finite number');

/** An address on the web, fetched over TLS: https only (no http:, javascript:, data:). */
export const httpsUrl = z
  .string()
  .trim()
  .max(caps.short * 2, `is longer than ${caps.short * 2} characters`)
  .url('is not a URL')
  .refine((value) => value.startsWith('https://'), 'must start with https://');

/** Ids become URL segments and anchors: lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .max(caps.id, `is longer than ${caps.id} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (it becomes a URL)');

/** A calendar date written YYYY-MM-DD that names a real day. */
export const isoDateSchema = z.preprocess(
  // Astro reads front matter with YAML 1.1, which turns an unquoted 2026-05-14 into a Date.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isRealIsoDate, (value) => ({
    message: `"${value}" is not a date: write YYYY-MM-DD with a real month and day`,
  })),
);

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A verbatim passage of a source, checked against its archived text (whitespace folded). */
export const citationSchema = strictObject({
  /** Id of the source the words come from. */
  source: idSchema,
  /** The exact words, as printed: at least three words (checked by the gate), at most 600 characters. */
  quote: text(caps.quote, 8),
  /** Optional remark of ours about this passage (e.g. "reworded copy of the paper's sentence"). */
  note: text(caps.short).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const sourceKinds = ['news', 'primary', 'digest'] as const;

export const sourceSchema = strictObject({
  /** Must equal the file name; it is the page's URL: /sources/<id>/. */
  id: idSchema,
  /** The title as the source prints it (typos included). */
  title: text(),
  /** Our words on a title that reads oddly as printed (cut off, garbled), shown under it, so nobody takes its
   *  oddity for ours. */
  titleNote: text(caps.prose).optional(),
  /** Short name for source lines and lists: "Gossip Herald", "Anthropic, the 2028 paper". */
  name: text(),
  /** Outlet or publisher, with what is known of it. */
  outlet: text(),
  /** news: an article; primary: Anthropic's own publication; digest: an aggregator of podcast insights. */
  kind: z.enum(sourceKinds),
  /** Publication date, YYYY-MM-DD. Omit when not even an inferred day is known. */
  published: isoDateSchema.optional(),
  /** True when the source does not print its date and we inferred it. */
  publishedInferred: z.boolean().default(false),
  /** How the date is known, in words (e.g. "inferred from 'posted May 17'"). */
  dateNote: text(caps.prose).optional(),
  /** Where the source is published. Only a URL actually known. */
  url: httpsUrl.optional(),
  /** The article this one rewords, where known. */
  originalUrl: httpsUrl.optional(),
  /** File name of the verbatim text under content/archive/ that quotes of this source are checked against. */
  archive: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$/,
      'must name a .txt file in content/archive/ (a plain file name, no folders)',
    )
    .optional(),
  /**
   * SHA-256 of the archive file's bytes, in hex. Required with `archive`: an archived text is never
   * edited, and a changed file (a sentence added, then quoted) is refused until this pin is renewed.
   */
  archiveSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (run: sha256sum content/archive/<file>)')
    .optional(),
  /** For a source whose text we hold only as another source reproduces it: that source's id. */
  archiveVia: idSchema.optional(),
  /**
   * Where, in the text of `archiveVia`, this source is reproduced: from the first words of the
   * reproduction to its last words, each verbatim and found once. Required with `archiveVia`: quotes of
   * this source must lie inside, never in the reproducing page's own sentences or its comment form.
   */
  quotableSpan: strictObject({
    /** The opening words of the reproduced text, verbatim. */
    start: text(caps.quote, 8),
    /** The closing words of the reproduced text, verbatim. */
    end: text(caps.quote, 8),
  }).optional(),
  /** Author or speaker, where the source names one. */
  author: text().optional(),
  /** One sentence for lists and link previews, in our words. */
  description: text(caps.prose, 20),
  /** Sentences we single out as key claims, verbatim. Other quotes of this source (figures, discrepancies, scenarios) are shown on its page too. */
  claims: z.array(citationSchema.omit({ source: true })).default([]),
}).superRefine((s, ctx) => {
  if (s.archive && !s.archiveSha256) {
    ctx.addIssue({
      code: 'custom',
      path: ['archiveSha256'],
      message: 'an archive must be pinned: give its SHA-256 (sha256sum content/archive/<file>)',
    });
  }
  if (s.archive && s.archiveVia) {
    ctx.addIssue({ code: 'custom', path: ['archiveVia'], message: 'give either archive or archiveVia, not both' });
  }
  // Anthropic's publications are dated: the site names the paper with its date wherever it introduces it.
  if (s.kind === 'primary' && !s.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['published'],
      message:
        "a primary source must give its publication date, YYYY-MM-DD: the site prints the paper's date wherever it names it",
    });
  }
  if (s.archiveVia && !s.quotableSpan) {
    ctx.addIssue({
      code: 'custom',
      path: ['quotableSpan'],
      message: 'a source quoted through archiveVia must say where it is reproduced: quotableSpan { start, end }',
    });
  }
});
export type Source = z.infer<typeof sourceSchema>;

/** A single number, or a low–high range. */
export const rangeSchema = strictObject({
  /** Lower bound. */
  low: finiteNumber,
  /** Upper bound; not below low. */
  high: finiteNumber,
}).refine(
  (r) => r.low <= r.high,
  (r) => ({
    message: `range low (${r.low}) is above high (${r.high})`,
    path: ['low'],
  }),
);
export type Range = z.infer<typeof rangeSchema>;

export const figureStatuses = ['stated', 'estimate', 'conditional', 'allegation', 'unverified'] as const;
export type FigureStatus = (typeof figureStatuses)[number];

export const figureSchema = strictObject({
  /** Must equal the file name; anchor on /citations/. */
  id: idSchema,
  /** What the figure measures, in a short phrase. */
  label: text(),
  /** A few words for the mark on a chart and the home page ("Huawei, 2026"); the full label stays in tables and descriptions. */
  shortLabel: text().optional(),
  /** The condition in a few words, for cards and chart keys ("if the US and its allies act now"); `condition` stays in full elsewhere. */
  shortCondition: text().optional(),
  /** A number, or {low, high}. Omit for a date or a qualitative claim. */
  value: z
    .union([finiteNumber, rangeSchema], {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_union'
          ? { message: 'must be a finite number, or { low, high } of finite numbers with low not above high' }
          : { message: ctx.defaultError },
    })
    .optional(),
  /** The source's own hedge on the number, printed with it: "almost", "more than", "roughly", "just". */
  qualifier: text().optional(),
  /** Unit of the value: "%", "months", "x", "accounts", "USD" … */
  unit: text().optional(),
  /** A claim kept in words because the source gives no number ("at least several months"). */
  qualitative: text().optional(),
  /** The day an event happened or is said to happen, YYYY-MM-DD. */
  date: isoDateSchema.optional(),
  /** How precise `date` is: a day, a month or a year (a month is written as its first day). */
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  /** True when no source prints the date and we worked it out (e.g. "last August" in a May 2026 article). */
  dateInferred: z.boolean().default(false),
  /** How the date was worked out, in words. Required when dateInferred. */
  dateNote: text(caps.prose).optional(),
  /** The year or period the value describes ("2026", "by 2028"). */
  period: text().optional(),
  /** Who makes the claim (not who repeats it), e.g. "Anthropic, citing an analysis of roadmaps". */
  claimant: text(),
  /** stated, estimate, conditional, allegation or unverified. */
  status: z.enum(figureStatuses),
  /** The condition the figure depends on, in the claimant's terms. Required when status is conditional. */
  condition: text(caps.prose).optional(),
  /** Id of the primary source the claim traces to, if it is one of ours. */
  primary: idSchema.optional(),
  /** Every article passage that carries the figure, verbatim. */
  mentions: z.array(citationSchema),
  /** Our remarks: caveats, how sources differ. */
  notes: text(caps.prose).optional(),
}).superRefine((f, ctx) => {
  if (f.value === undefined && f.date === undefined && f.qualitative === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'a figure needs a value, a date or a qualitative wording',
    });
  }
  if (f.status === 'conditional' && !f.condition) {
    ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a conditional figure must state its condition' });
  }
  if (f.dateInferred && !f.dateNote) {
    ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'an inferred date must say how it was inferred' });
  }
  if (f.unit === '%') {
    const values = typeof f.value === 'number' ? [f.value] : f.value ? [f.value.low, f.value.high] : [];
    if (values.some((v) => v < 0 || v > 100)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a percentage must lie within 0–100 (for a change or a ratio, use another unit)',
      });
    }
  }
  if (f.date && f.datePrecision !== 'day') {
    const expected = f.datePrecision === 'month' ? /-01$/ : /-01-01$/;
    if (!expected.test(f.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a date of precision "${f.datePrecision}" is written as the first day of its ${f.datePrecision} (${f.datePrecision === 'month' ? 'YYYY-MM-01' : 'YYYY-01-01'})`,
      });
    }
  }
  if (f.mentions.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['mentions'],
      message: 'nobody mentions this figure: give at least one verbatim mention',
    });
  }
});
export type Figure = z.infer<typeof figureSchema>;

export const discrepancyKinds = [
  'number',
  'target-as-current',
  'verification',
  'paraphrase',
  'wording',
  'misspelling',
  'garbled',
  'attribution',
] as const;

/**
 * How much a discrepancy matters to a reader, heaviest first; /citations/ lists them in this order.
 * substantive: a reader would take away a different claim (a number, a condition, a hedge, who says it,
 * what is current); minor: the wording shifts but the claim survives (a paraphrase in quotation marks, a
 * looser term); slip: a misspelling or garbled text that changes nothing.
 */
export const discrepancyWeights = ['substantive', 'minor', 'slip'] as const;
/** The kinds a slip may be: what changes nothing of substance. */
const slipKinds: readonly (typeof discrepancyKinds)[number][] = ['misspelling', 'garbled'];

export const discrepancySchema = strictObject({
  /** Must equal the file name; anchor on /citations/. */
  id: idSchema,
  /** What the sources disagree about, in a short phrase. */
  topic: text(),
  /** number, target-as-current, verification, paraphrase, wording, misspelling, garbled (text that cannot mean what it says, or is broken) or attribution. */
  kind: z.enum(discrepancyKinds),
  /** substantive, minor or slip (see discrepancyWeights): how much it changes what a reader takes away. */
  weight: z.enum(discrepancyWeights),
  /** Figures the disagreement affects; every chart of them shows a flag. */
  figures: z.array(idSchema).default([]),
  /** Each side, verbatim, with its source. At least two. */
  sides: z.array(citationSchema).min(2, 'a discrepancy needs at least two sides'),
  /** Our reading of it, in our words. */
  reading: text(caps.prose),
}).superRefine((d, ctx) => {
  // /citations/ introduces its slips as typos and garbled text: a slip of another kind would contradict it.
  if (d.weight === 'slip' && !slipKinds.includes(d.kind)) {
    ctx.addIssue({
      code: 'custom',
      path: ['weight'],
      message: `a slip is a misspelling or garbled text, not "${d.kind}": give a heavier weight, or kind misspelling or garbled`,
    });
  }
});
export type Discrepancy = z.infer<typeof discrepancySchema>;

export const chartForms = ['bars', 'lead-window', 'timeline'] as const;

export const chartSchema = strictObject({
  /** Must equal the file name; the permalink /charts/<id>/. Permanent once published. */
  id: idSchema,
  /** The chart's title: a statement of what it shows. */
  title: text(),
  /** One line under the title: the measure and unit. */
  subtitle: text(),
  /** Which geometry draws it. */
  form: z.enum(chartForms),
  /** The figures it plots, in drawing order. */
  figures: z.array(idSchema).min(1, 'a chart must plot at least one figure'),
  /** Sources named in the chart's source line; each must carry one of its figures. */
  sources: z.array(idSchema).min(1, 'a chart must name at least one source'),
  /** Order in the gallery (lower first). */
  order: finiteNumber.int('must be a whole number'),
  /** What the chart shows, in words, for the description and the text alternative. */
  description: text(caps.prose, 20),
  /** Caveat printed under the chart. */
  note: text(caps.prose).optional(),
  /**
   * For "N times" figures: the 1× baseline they are measured against, drawn as a reference bar.
   * Definitional, not a sourced figure; the label says what it stands for.
   */
  reference: strictObject({
    /** What the baseline stands for, e.g. "China's AI sector (1×)". */
    label: text(),
    /** The baseline's value, usually 1. */
    value: finiteNumber.positive('must be above zero'),
  }).optional(),
}).superRefine((c, ctx) => {
  // Only a bars chart draws a reference bar (its value is checked against the figures' unit in the gate).
  if (!c.reference) return;
  if (c.form !== 'bars') {
    ctx.addIssue({
      code: 'custom',
      path: ['reference'],
      message: `a ${c.form} chart draws no reference bar: remove it`,
    });
  }
});
export type Chart = z.infer<typeof chartSchema>;

/** One cell of the side-by-side table: our words, held up by verbatim citations. */
export const cellSchema = strictObject({
  /** What the scenario says here, in our words. */
  text: text(caps.prose),
  /** The passages that support it. At least one. */
  cite: z.array(citationSchema).min(1, 'every cell needs at least one citation'),
  /** Charts shown beside this row; each must plot a figure of 2028 (charts of today go in content/today/). */
  charts: z.array(idSchema).default([]),
});
export type Cell = z.infer<typeof cellSchema>;

export const frontKeys = ['intelligence', 'domesticAdoption', 'globalDistribution', 'resilience'] as const;
export const conditionKeys = ['exportControls', 'loopholes', 'distillation', 'adoption'] as const;
export const consequenceKeys = ['norms', 'safety', 'military', 'repression'] as const;

export const scenarioSchema = strictObject({
  /** Must equal the file name. */
  id: idSchema,
  /** 1 or 2: the paper's order. */
  order: finiteNumber.int('must be a whole number'),
  /** A short name of ours for the scenario. */
  name: text(),
  /** The scenario in one sentence, our words. */
  summary: text(caps.prose),
  /** What policymakers do or do not do. */
  premise: cellSchema,
  /** The outcome on each of the paper's four fronts. */
  fronts: strictObject({
    intelligence: cellSchema,
    domesticAdoption: cellSchema,
    globalDistribution: cellSchema,
    resilience: cellSchema,
  }),
  /** The policy conditions that lead here. */
  conditions: strictObject({
    exportControls: cellSchema,
    loopholes: cellSchema,
    distillation: cellSchema,
    adoption: cellSchema,
  }),
  /** What the paper says follows. */
  consequences: strictObject({
    norms: cellSchema,
    safety: cellSchema,
    military: cellSchema,
    repression: cellSchema,
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The rows of the side-by-side table, by key: the premise, then each front, condition and consequence. */
export const scenarioRowKeys = ['premise', ...frontKeys, ...conditionKeys, ...consequenceKeys] as const;

/**
 * What the paper says stands today on one row of the scenarios table: present-day facts, estimates and
 * charts, shown on /scenarios/ beside both scenarios, never under one. A scenario's cells hold only what
 * the paper says of 2028 (the gate refuses a cell that quotes a figure of today, see content/README.md).
 */
export const todaySchema = strictObject({
  /** The row it belongs to (premise, a front, a condition or a consequence key); equals the file name, so a row has one. */
  id: z.enum(scenarioRowKeys),
  /** What the paper says of the present on this row, in our words, attributed. */
  text: text(caps.prose),
  /** The passages that support it. At least one. */
  cite: z.array(citationSchema).min(1, 'what stands today needs at least one citation'),
  /** Charts of present-day figures shown with this row. */
  charts: z.array(idSchema).default([]),
});
export type Today = z.infer<typeof todaySchema>;

export const commentaryKinds = ['counter-view', 'lobbying', 'framing', 'target-as-current', 'context'] as const;

/** What an article adds beside a row of the scenarios table. */
export const commentarySchema = strictObject({
  /** Must equal the file name. */
  id: idSchema,
  /** The row it sits beside: premise, a front, a condition or a consequence key. */
  row: z.enum(['premise', ...frontKeys, ...conditionKeys, ...consequenceKeys]),
  /** counter-view, lobbying, framing, target-as-current or context. */
  kind: z.enum(commentaryKinds),
  /** What the article adds, in our words, attributed. */
  text: text(caps.prose),
  /** The article's words. */
  cite: z.array(citationSchema).min(1),
});
export type Commentary = z.infer<typeof commentarySchema>;

/** One correction to what the site says: the corrections log, shown on /corrections/, in its Atom feed and on each page it concerns. */
export const correctionSchema = strictObject({
  /** Must equal the file name; the anchor on /corrections/ (#<id>) and the feed entry's id. Permanent. */
  id: idSchema,
  /** The day the change was made, YYYY-MM-DD (the date of the commit that made it). Never a guess. */
  date: isoDateSchema,
  /** What changed, in our words: what the site said before and what it says now. */
  what: text(caps.prose),
  /** Why it changed. */
  why: text(caps.prose),
  /** Ids of the sources whose pages it concerns. */
  sources: z.array(idSchema).default([]),
  /** Ids of the charts it concerns. */
  charts: z.array(idSchema).default([]),
  /** Ids of the discrepancies it concerns (shown on /citations/). */
  discrepancies: z.array(idSchema).default([]),
  /** Other pages it concerns, as site paths ("/about/", "/scenarios/"). */
  pages: z.array(z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a site path such as /about/')).default([]),
});
export type Correction = z.infer<typeof correctionSchema>;
