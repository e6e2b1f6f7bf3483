// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), which Zotero,
// Mendeley and pandoc import directly.
import type { Source } from '../schemas.ts';
import { siteName } from '../site.ts';
import { citationNote, publisherName, sourcePageUrl } from './cite-text.ts';

export type CslName = { literal: string };
/** `circa`: the date is approximate (we worked it out), which CSL processors print as such ("ca. 2026"). */
export type CslDate = { 'date-parts': [[number, number, number]]; circa?: true };

export type CslItem = {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title': string;
  author: CslName[];
  issued?: CslDate;
  note?: string;
  URL?: string;
  /** Where the record comes from (Zotero's "Library Catalog"). */
  source: string;
};

/**
 * News reports are newspaper articles even when only published online; the rest (Anthropic's own
 * pages and a podcast digest) are web pages, since none is a formal report or a journal article.
 */
export function cslType(kind: Source['kind']): CslItem['type'] {
  return kind === 'news' ? 'article-newspaper' : 'webpage';
}

/** `YYYY-MM-DD` as CSL date-parts, numbers not strings; marked `circa` when the date is inferred. */
export function cslDate(iso: string, inferred = false): CslDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]], ...(inferred ? { circa: true as const } : {}) };
}

/** A named author where the source has one, else the outlet as an institution (a literal name is never split). */
export function cslAuthor(source: Source): CslName[] {
  return [{ literal: source.author ?? publisherName(source) }];
}

/** One source as a CSL-JSON item; `issued`, `note` and `URL` only when known (no accessed date is invented). */
export function cslItem(source: Source, siteUrl: string): CslItem {
  const note = citationNote(source);
  return {
    id: source.id,
    type: cslType(source.kind),
    title: source.title,
    'container-title': publisherName(source),
    author: cslAuthor(source),
    ...(source.published ? { issued: cslDate(source.published, source.publishedInferred) } : {}),
    ...(note ? { note } : {}),
    ...(source.url ? { URL: source.url } : {}),
    source: `${siteName}, ${sourcePageUrl(siteUrl, source.id)}`,
  };
}

/** Every source as a CSL-JSON array, ready for JSON.stringify. */
export function cslJson(sources: readonly Source[], siteUrl: string): CslItem[] {
  return sources.map((s) => cslItem(s, siteUrl));
}
