// An Atom feed (RFC 4287) of the corrections log, written by hand: a few fields, all escaped.
import type { Correction } from '../schemas.ts';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface AtomInput {
  title: string;
  /** The public origin, no trailing slash. */
  site: string;
  feedPath: string;
  pagePath: string;
  /** Newest first. */
  entries: Correction[];
}

/**
 * An entry's title: the first sentence of what changed, cut at a word near 120 characters ("…"), since a
 * file name ("zhang chi two remarks") says nothing to a reader of the feed.
 */
export function firstSentence(text: string, max = 120): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?]["”’]?(?=\s+[A-Z“"‘]|$)/.exec(folded)?.[0] ?? folded;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:]$/, '')}…`;
}

/** The feed's XML. `updated` is the newest entry's date (an empty log: the build's time, since a feed must have one). */
export function atomFeed({ title, site, feedPath, pagePath, entries }: AtomInput): string {
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const updated = entries[0] ? stamp(entries[0].date) : new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const items = entries.map(
    (c) => `  <entry>
    <id>${escapeXml(`${site}${pagePath}#${c.id}`)}</id>
    <title>${escapeXml(`Correction of ${c.date}: ${firstSentence(c.what)}`)}</title>
    <updated>${stamp(c.date)}</updated>
    <link rel="alternate" href="${escapeXml(`${site}${pagePath}#${c.id}`)}"/>
    <content type="text">${escapeXml(`What changed: ${c.what}\n\nWhy: ${c.why}`)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${site}${pagePath}`)}</id>
  <title>${escapeXml(title)}</title>
  <updated>${updated}</updated>
  <author><name>${escapeXml(title.replace(/:.*$/, ''))}</name></author>
  <link rel="self" href="${escapeXml(`${site}${feedPath}`)}"/>
  <link rel="alternate" href="${escapeXml(`${site}${pagePath}`)}"/>
${items.join('\n')}
</feed>
`;
}
