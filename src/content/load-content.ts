import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { archiveFolder, collectionNames, collectionTable, type CollectionName } from './collections.ts';
import { fault, fieldPath, type ContentError } from './content-error.ts';
import { mdxBodyFaults } from './mdx-body.ts';
import { impossibleDates, readYaml, splitFrontMatter } from './read-yaml.ts';
import { invisiblePattern } from './shown.ts';

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

type Collections = {
  [K in CollectionName]: Entry<z.infer<(typeof collectionTable)[K]['schema']>>[];
};

/** Everything under content/, parsed and schema-checked but not yet cross-checked. */
export interface ContentSet extends Collections {
  /** Archived texts by file name. */
  archive: Map<string, string>;
  /** SHA-256 (hex) of each archived file's bytes. */
  archiveSha256: Map<string, string>;
  /**
   * Names (file names without extension) of files that exist but failed to load: references to them
   * are not reported as missing, so one fault does not cascade into many.
   */
  broken: Set<string>;
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extname(name) === extension)
    .sort();
}

/** Each line holding an invisible or bidi control character: refused anywhere in content. */
function invisibleFaults(file: string, text: string): ContentError[] {
  if (!invisiblePattern.test(text)) return [];
  return text.split('\n').flatMap((line, i) => {
    const at = line.search(invisiblePattern);
    return at < 0 ? [] : [fault(file, '', 'invisible-character', i + 1, line.slice(Math.max(0, at - 40), at + 40))];
  });
}

/** The raw data of one file, or the faults that stop it from being read. */
function readEntry(
  file: string,
  text: string,
  extension: string,
): { raw: unknown; body?: string; faults: ContentError[] } {
  let yamlText = text;
  let body: string | undefined;
  let bodyLineOffset = 0;
  if (extension === '.mdx') {
    const parts = splitFrontMatter(text);
    if (!parts) {
      return {
        raw: undefined,
        faults: [fault(file, '', 'yaml-syntax', 'no front matter: the file must start with a line "---"')],
      };
    }
    yamlText = parts.frontMatter;
    body = parts.body;
    bodyLineOffset = (`---${parts.frontMatter}---`.match(/\n/g) ?? []).length;
  }
  const reading = readYaml(yamlText);
  if (!reading.ok) {
    const line = reading.line + (extension === '.mdx' ? 1 : 0);
    return {
      raw: undefined,
      faults: [
        reading.message.startsWith('is not valid')
          ? fault(file, '', 'yaml-syntax', `line ${line}: ${reading.message}`)
          : fault(file, '', 'yaml-construct', line, reading.message),
      ],
    };
  }
  const yamlLineOffset = extension === '.mdx' ? 1 : 0;
  const faults = [
    ...impossibleDates(yamlText).map(({ line, key, value }) =>
      fault(
        file,
        key,
        'schema',
        `line ${line + yamlLineOffset}: "${value}" is not a date: write YYYY-MM-DD with a real month and day`,
      ),
    ),
    ...(body === undefined
      ? []
      : mdxBodyFaults(body).map(({ line, reason }) => fault(file, 'body', 'mdx-code', line + bodyLineOffset, reason))),
  ];
  return { raw: reading.data, ...(body === undefined ? {} : { body }), faults };
}

function loadCollection<K extends CollectionName>(
  root: string,
  name: K,
  errors: ContentError[],
  broken: Set<string>,
): Collections[K] {
  const { folder, extension, schema } = collectionTable[name];
  const dir = join(root, folder);
  const files = listFiles(dir, extension);
  const shownDir = relative(process.cwd(), dir) || dir;
  if (files.length === 0) errors.push(fault(`${shownDir}/`, '', 'empty-collection', extension));
  const entries: Entry<unknown>[] = [];
  for (const fileName of files) {
    const path = join(dir, fileName);
    const file = relative(process.cwd(), path) || path;
    const stem = basename(fileName, extension);
    const text = readFileSync(path, 'utf8');
    const invisible = invisibleFaults(file, text);
    const { raw, body, faults } = readEntry(file, text, extension);
    const result = raw === undefined ? undefined : schema.safeParse(raw);
    const schemaFaults = (result && !result.success ? result.error.issues : []).map((issue) =>
      fault(
        file,
        fieldPath(
          issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path,
        ),
        'schema',
        issue.message,
      ),
    );
    const all = [...invisible, ...faults, ...schemaFaults];
    errors.push(...all);
    if (all.length > 0 || !result?.success) {
      broken.add(stem);
      const id = (raw as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') broken.add(id);
      continue;
    }
    entries.push({ file, name: stem, data: result.data, ...(body === undefined ? {} : { body }) });
  }
  return entries as Collections[K];
}

/** Reads and schema-checks every content file under `root`, collecting every fault rather than stopping at the first. */
export function loadContent(root: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const broken = new Set<string>();
  const archive = new Map<string, string>();
  const archiveSha256 = new Map<string, string>();
  const archiveDir = join(root, archiveFolder.folder);
  for (const fileName of listFiles(archiveDir, archiveFolder.extension)) {
    const bytes = readFileSync(join(archiveDir, fileName));
    const text = bytes.toString('utf8');
    errors.push(...invisibleFaults(relative(process.cwd(), join(archiveDir, fileName)), text));
    archive.set(fileName, text);
    archiveSha256.set(fileName, createHash('sha256').update(bytes).digest('hex'));
  }
  const collections = Object.fromEntries(
    collectionNames.map((name) => [name, loadCollection(root, name, errors, broken)]),
  ) as Collections;
  return { content: { archive, archiveSha256, broken, ...collections }, errors };
}
