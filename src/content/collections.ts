// The content's collections, described once: Astro's config (src/content.config.ts), the gate's loader
// (load-content.ts) and the tests all derive from this table. The archive (verbatim texts) is not a
// collection of entries with a schema: it is read as files, and pinned by the sources that use it.
import {
  chartSchema,
  commentarySchema,
  correctionSchema,
  discrepancySchema,
  figureSchema,
  scenarioSchema,
  sourceSchema,
  todaySchema,
} from '../schemas.ts';

export const collectionTable = {
  /** The five articles and three primary sources; the MDX body is our summary. */
  sources: { folder: 'sources', extension: '.mdx', schema: sourceSchema },
  /** Numbers, ranges, dates and qualitative claims, each with its verbatim mentions. */
  figures: { folder: 'figures', extension: '.yaml', schema: figureSchema },
  /** Disagreements between sources, each side quoted. */
  discrepancies: { folder: 'discrepancies', extension: '.yaml', schema: discrepancySchema },
  /** Which figures a chart plots and how. */
  charts: { folder: 'charts', extension: '.yaml', schema: chartSchema },
  /** The paper's two 2028 scenarios, row by row. */
  scenarios: { folder: 'scenarios', extension: '.yaml', schema: scenarioSchema },
  /** What the paper says stands today, one file per row of the scenarios table, shown beside both scenarios. */
  today: { folder: 'today', extension: '.yaml', schema: todaySchema },
  /** What an article adds beside a row of the scenarios table. */
  commentary: { folder: 'commentary', extension: '.yaml', schema: commentarySchema },
  /** The corrections log: what changed in what the site says, when and why (/corrections/ and its feed). */
  corrections: { folder: 'corrections', extension: '.yaml', schema: correctionSchema },
} as const;

export type CollectionName = keyof typeof collectionTable;
export const collectionNames = Object.keys(collectionTable) as CollectionName[];

/** Folder of the verbatim archived texts, and their extension. */
export const archiveFolder = { folder: 'archive', extension: '.txt' } as const;
