import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import {
  chartSchema,
  commentarySchema,
  discrepancySchema,
  figureSchema,
  scenarioSchema,
  sourceSchema,
  type Chart,
  type Commentary,
  type Discrepancy,
  type Figure,
  type Scenario,
  type Source,
} from '../schemas.ts';
import { fieldPath, type ContentError } from './content-error.ts';

/** One parsed content file. */
export interface Entry<T> {
  /** Path relative to the project root, for error messages. */
  file: string;
  /** File name without extension: must equal the entry's id. */
  name: string;
  data: T;
  /** The MDX body (our summary), for sources. */
  body?: string;
}

/** Everything under content/, parsed and schema-checked but not yet cross-checked. */
export interface ContentSet {
  /** Archived texts by file name. */
  archive: Map<string, string>;
  sources: Entry<Source>[];
  figures: Entry<Figure>[];
  discrepancies: Entry<Discrepancy>[];
  charts: Entry<Chart>[];
  scenarios: Entry<Scenario>[];
  commentary: Entry<Commentary>[];
}

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1]!, body: match[2]! } : undefined;
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extname(name) === extension)
    .sort();
}

function loadCollection<T>(
  root: string,
  folder: string,
  extension: '.yaml' | '.mdx',
  schema: ZodType<T, any, any>,
  errors: ContentError[],
): Entry<T>[] {
  const dir = join(root, folder);
  const entries: Entry<T>[] = [];
  for (const fileName of listFiles(dir, extension)) {
    const path = join(dir, fileName);
    const file = relative(process.cwd(), path) || path;
    const name = basename(fileName, extension);
    let raw: unknown;
    let body: string | undefined;
    try {
      const text = readFileSync(path, 'utf8');
      if (extension === '.mdx') {
        const parts = splitFrontMatter(text);
        if (!parts) {
          errors.push({ file, field: '', message: 'no front matter: the file must start with a --- block' });
          continue;
        }
        raw = parseYaml(parts.frontMatter);
        body = parts.body;
      } else {
        raw = parseYaml(text);
      }
    } catch (error) {
      errors.push({ file, field: '', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file, field: fieldPath(issue.path), message: issue.message });
      }
      continue;
    }
    entries.push({ file, name, data: result.data, ...(body === undefined ? {} : { body }) });
  }
  return entries;
}

/** Reads and schema-checks every content file under `root`, collecting every fault rather than stopping at the first. */
export function loadContent(root: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const archive = new Map<string, string>();
  for (const fileName of listFiles(join(root, 'archive'), '.txt')) {
    archive.set(fileName, readFileSync(join(root, 'archive', fileName), 'utf8'));
  }
  const content: ContentSet = {
    archive,
    sources: loadCollection(root, 'sources', '.mdx', sourceSchema, errors),
    figures: loadCollection(root, 'figures', '.yaml', figureSchema, errors),
    discrepancies: loadCollection(root, 'discrepancies', '.yaml', discrepancySchema, errors),
    charts: loadCollection(root, 'charts', '.yaml', chartSchema, errors),
    scenarios: loadCollection(root, 'scenarios', '.yaml', scenarioSchema, errors),
    commentary: loadCollection(root, 'commentary', '.yaml', commentarySchema, errors),
  };
  return { content, errors };
}
