import type { Cell, Citation, Scenario } from '../schemas.ts';
import { conditionKeys, consequenceKeys, frontKeys } from '../schemas.ts';
import type { ContentError } from './content-error.ts';
import { archiveTextOf } from './archive-text.ts';
import { findQuote } from './find-quote.ts';
import { foldWhitespace } from './fold-whitespace.ts';
import { loadContent, type ContentSet, type Entry } from './load-content.ts';
import { citesInMdx, withoutCites } from './mdx-cites.ts';

/** The archived text a source's quotes are checked against, following `archiveVia`. */
export function quotableText(content: ContentSet, sourceId: string): string | undefined {
  return archiveTextOf(
    content.sources.map((s) => s.data),
    content.archive,
    sourceId,
  );
}

/** The passages a text puts in double quotation marks, straight or curly, whitespace folded. */
export function quotedInProse(text: string): string[] {
  return [...text.matchAll(/"([^"\n]+?)"|“([^”\n]+?)”/g)].map((m) => foldWhitespace(m[1] ?? m[2] ?? ''));
}

/** Every piece of our own prose, with where it sits: summaries, labels, notes, readings, cell texts. */
export function allProse(content: ContentSet): { file: string; field: string; text: string }[] {
  const out: { file: string; field: string; text: string }[] = [];
  const add = (file: string, record: object, keys: string[], prefix = '') => {
    for (const key of keys) {
      const value = (record as Record<string, unknown>)[key];
      if (typeof value === 'string') out.push({ file, field: `${prefix}${key}`, text: value });
    }
  };
  for (const { file, data, body } of content.sources) {
    // <Cite … /> markers hold quotes, checked as citations below; the prose check reads only our words.
    if (body) out.push({ file, field: 'body', text: withoutCites(body) });
    add(file, data, ['description', 'dateNote']);
  }
  for (const { file, data } of content.figures)
    add(file, data, ['label', 'claimant', 'condition', 'notes', 'dateNote']);
  for (const { file, data } of content.discrepancies) add(file, data, ['topic', 'reading']);
  for (const { file, data } of content.charts) add(file, data, ['title', 'subtitle', 'description', 'note']);
  for (const { file, data } of content.commentary) add(file, data, ['text']);
  for (const { file, data } of content.scenarios) {
    add(file, data, ['name', 'summary']);
    for (const { at, cell } of scenarioCells(data)) add(file, cell, ['text'], `${at}.`);
  }
  for (const { file, field, citation } of allCitations(content)) add(file, citation, ['note'], `${field}.`);
  return out;
}

/** Every citation in the content, with where it sits, so each can be checked the same way. */
export function allCitations(content: ContentSet): { file: string; field: string; citation: Citation }[] {
  const out: { file: string; field: string; citation: Citation }[] = [];
  for (const { file, data } of content.sources) {
    data.claims.forEach((claim, i) =>
      out.push({ file, field: `claims[${i}]`, citation: { ...claim, source: data.id } }),
    );
  }
  for (const { file, body } of content.sources) {
    citesInMdx(body ?? '').forEach((citation, i) => out.push({ file, field: `body <Cite>[${i}]`, citation }));
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

function checkIds(entries: Entry<{ id: string }>[], errors: ContentError[]): void {
  const seen = new Map<string, string>();
  for (const { file, name, data } of entries) {
    if (data.id !== name) {
      errors.push({
        file,
        field: 'id',
        message: `id "${data.id}" differs from the file name "${name}": rename one so they match`,
      });
    }
    const earlier = seen.get(data.id);
    if (earlier) errors.push({ file, field: 'id', message: `duplicate id "${data.id}": ${earlier} has it too` });
    else seen.set(data.id, file);
  }
}

/**
 * Checks what no single file can check alone: every reference resolves, every quote is verbatim in
 * its source's archive, every chart's sources carry its figures. Returns every fault found.
 */
export function checkContent(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = new Set(content.sources.map((s) => s.data.id));
  const figureIds = new Set(content.figures.map((f) => f.data.id));
  const chartIds = new Set(content.charts.map((c) => c.data.id));
  const missing = (kind: string, id: string, known: Set<string>) =>
    `no ${kind} "${id}" exists (known: ${[...known].sort().join(', ') || 'none'})`;

  for (const collection of [
    content.sources,
    content.figures,
    content.discrepancies,
    content.charts,
    content.scenarios,
    content.commentary,
  ]) {
    checkIds(collection, errors);
  }

  for (const { file, data } of content.sources) {
    if (data.archive && !content.archive.has(data.archive)) {
      errors.push({ file, field: 'archive', message: `no archived text "${data.archive}" in content/archive/` });
    }
    if (data.archiveVia && !sourceIds.has(data.archiveVia)) {
      errors.push({ file, field: 'archiveVia', message: missing('source', data.archiveVia, sourceIds) });
    }
  }

  // Our prose is in our words, but whatever it puts in double quotation marks must be a source's:
  // words of an archived text (a "…" may stand for words left out) or a source's title.
  const archives = [...content.archive.values()].map(foldWhitespace);
  const titles = new Set(content.sources.map((entry) => foldWhitespace(entry.data.title)));
  const quotable = (quoted: string) =>
    titles.has(quoted) ||
    archives.some((text) =>
      quoted
        .split(/\s*…\s*/)
        .filter(Boolean)
        .every((part) => text.includes(part)),
    );
  for (const { file, field, text } of allProse(content)) {
    for (const quoted of quotedInProse(text)) {
      if (!quotable(quoted)) {
        errors.push({
          file,
          field,
          message: `puts "${quoted}" in quotation marks, but no archived text contains it: quote exactly, or drop the quotation marks`,
        });
      }
    }
  }

  for (const { file, field, citation } of allCitations(content)) {
    if (!sourceIds.has(citation.source)) {
      errors.push({ file, field: `${field}.source`, message: missing('source', citation.source, sourceIds) });
      continue;
    }
    const text = quotableText(content, citation.source);
    if (text === undefined) {
      errors.push({
        file,
        field: `${field}.source`,
        message: `source "${citation.source}" has no archived text, so it cannot be quoted`,
      });
      continue;
    }
    const match = findQuote(citation.quote, text);
    if (!match.found) {
      errors.push({
        file,
        field: `${field}.quote`,
        message: `quote not found verbatim in the archive of "${citation.source}": "${citation.quote}". Closest passage: "${match.closest}"`,
      });
    }
  }

  for (const { file, data } of content.figures) {
    if (data.primary) {
      const primary = content.sources.find((s) => s.data.id === data.primary);
      if (!primary) errors.push({ file, field: 'primary', message: missing('source', data.primary, sourceIds) });
      else if (primary.data.kind !== 'primary') {
        errors.push({
          file,
          field: 'primary',
          message: `"${data.primary}" is a ${primary.data.kind} source, not a primary one`,
        });
      }
    }
  }

  for (const { file, data } of content.discrepancies) {
    data.figures.forEach((id, i) => {
      if (!figureIds.has(id)) errors.push({ file, field: `figures[${i}]`, message: missing('figure', id, figureIds) });
    });
  }

  for (const { file, data } of content.charts) {
    data.figures.forEach((id, i) => {
      if (!figureIds.has(id)) errors.push({ file, field: `figures[${i}]`, message: missing('figure', id, figureIds) });
    });
    const figures = content.figures.filter((f) => data.figures.includes(f.data.id)).map((f) => f.data);
    data.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) {
        errors.push({ file, field: `sources[${i}]`, message: missing('source', id, sourceIds) });
      } else if (!figures.some((f) => f.primary === id || f.mentions.some((m) => m.source === id))) {
        errors.push({ file, field: `sources[${i}]`, message: `source "${id}" carries none of this chart's figures` });
      }
    });
  }

  for (const { file, data } of content.scenarios) {
    for (const { at, cell } of scenarioCells(data)) {
      cell.charts.forEach((id, i) => {
        if (!chartIds.has(id))
          errors.push({ file, field: `${at}.charts[${i}]`, message: missing('chart', id, chartIds) });
      });
    }
  }
  return errors;
}

/** Loads and checks a content folder: what the build runs before anything else. */
export function loadAndCheckContent(root: string): { content: ContentSet; errors: ContentError[] } {
  const { content, errors } = loadContent(root);
  return { content, errors: [...errors, ...checkContent(content)] };
}
