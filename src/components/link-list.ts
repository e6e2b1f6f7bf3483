// Links joined by a separator, as one HTML string. Written as a string because a template's line break
// between a link and its separator renders as a space ("today , Scenario two"); tests/dist/copy.test.ts
// catches that slip on every page.
import { escapeXml } from '../charts/render-svg.ts';

export interface ListedLink {
  href: string;
  label: string;
  /** A link to another site: marked rel="noopener external". */
  external?: boolean;
}

/** One link, its label and href escaped. `newTab`: it opens outside the page (an embed's frame). */
export function linkHtml(link: ListedLink, { newTab = false } = {}): string {
  const rel = newTab ? ' target="_blank" rel="noopener"' : link.external ? ' rel="noopener external"' : '';
  return `<a href="${escapeXml(link.href)}"${rel}>${escapeXml(link.label)}</a>`;
}

/**
 * `<a href="…">label</a>, <a …>…</a>`: each label and href escaped, nothing between a link and its separator.
 * `newTab`: every link opens outside the page (an embed's frame), marked target="_blank" rel="noopener".
 */
export function linkListHtml(links: readonly ListedLink[], separator = ', ', { newTab = false } = {}): string {
  return links.map((l) => linkHtml(l, { newTab })).join(escapeXml(separator));
}

/**
 * Links in pairs, each main link followed by its second after a dash, pairs joined by semicolons:
 * "<a>Gossip Herald</a> — <a>look for it on gossipherald.com (…)</a>; <a>The Daily Scout</a>". Commas
 * alone would not say which live page belongs to which source, since credits hold commas themselves.
 * `here`: the path of the page the list is on; a main link to that very page prints as its label alone.
 */
export function pairedLinkListHtml(
  pairs: readonly { main: ListedLink; second?: ListedLink | undefined }[],
  { here }: { here?: string } = {},
): string {
  const main = (link: ListedLink) => (link.href === here ? escapeXml(link.label) : linkHtml(link));
  return pairs.map((p) => main(p.main) + (p.second ? ` — ${linkHtml(p.second)}` : '')).join('; ');
}

/** The full stop after a list that ends a sentence: none when the last label ends one itself ("…in the paper?"). */
export function fullStopAfter(links: readonly ListedLink[]): string {
  return /[.?!]$/.test(links.at(-1)?.label ?? '') ? '' : '.';
}
