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

/** The feed's XML. `updated` is the newest entry's date (an empty log: the build's time, since a feed must have one). */
export function atomFeed({ title, site, feedPath, pagePath, entries }: AtomInput): string {
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const updated = entries[0] ? stamp(entries[0].date) : new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const items = entries.map(
    (c) => `  <entry>
    <id>${escapeXml(`${site}${pagePath}#${c.id}`)}</id>
    <title>${escapeXml(`Correction of ${c.date}: ${c.id.replace(/-/g, ' ')}`)}</title>
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
