import { foldWhitespace } from '../content/fold-whitespace.ts';

/**
 * A stable anchor id for a quote on its source's page: its first words, for a readable URL, and a
 * short hash of the whole passage, so two quotes that start alike never share an anchor.
 */
export function quoteAnchor(quote: string): string {
  const text = foldWhitespace(quote);
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .join('-');
  return `q-${words || 'quote'}-${fnv1a(text).toString(36).padStart(7, '0').slice(-7)}`;
}

/** 32-bit FNV-1a: tiny, stable across runs and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
