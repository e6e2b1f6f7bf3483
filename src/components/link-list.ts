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

/**
 * `<a href="…">label</a>, <a …>…</a>`: each label and href escaped, nothing between a link and its separator.
 * `newTab`: every link opens outside the page (an embed's frame), marked target="_blank" rel="noopener".
 */
export function linkListHtml(links: readonly ListedLink[], separator = ', ', { newTab = false } = {}): string {
  const rel = (l: ListedLink) =>
    newTab ? ' target="_blank" rel="noopener"' : l.external ? ' rel="noopener external"' : '';
  return links
    .map((l) => `<a href="${escapeXml(l.href)}"${rel(l)}>${escapeXml(l.label)}</a>`)
    .join(escapeXml(separator));
}
