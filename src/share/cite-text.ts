// Plain-text citations, for a "copy citation" button: one line a reader can paste anywhere.
import type { Source } from '../schemas.ts';
import { formatDate, siteName } from '../site.ts';

/** Where a source's page is on our site. */
export function sourcePageUrl(siteUrl: string, id: string): string {
  return `${trimSlashes(siteUrl)}/sources/${id}/`;
}

/** Where a chart's permalink is on our site. */
export function chartPageUrl(siteUrl: string, id: string): string {
  return `${trimSlashes(siteUrl)}/charts/${id}/`;
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/** "Date inferred: <how>" for a source whose date we worked out, else undefined. Shared by BibTeX and CSL. */
export function dateInferredNote(source: Source): string | undefined {
  if (!source.published || !source.publishedInferred) return undefined;
  return source.dateNote ? `Date inferred: ${source.dateNote}` : 'Date inferred';
}

/**
 * The outlet as a citation prints it: "Gossip Herald". Our `outlet` field may add what kind of copy the page
 * is ("(a reworded copy of a news report; …)"), which a reference manager would print as a name; that goes
 * in the note instead (outletNote). A primary source is cited by its publisher ("Anthropic"), an article by
 * its outlet's name.
 */
export function publisherName(source: Source): string {
  return source.kind === 'primary' ? source.outlet : source.name;
}

/** A citation's note: how its date was inferred and what kind of copy the outlet is, or nothing. */
export function citationNote(source: Source): string | undefined {
  const parts = [dateInferredNote(source), outletNote(source)].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.map(sentence).join(' ') : undefined;
}

/** Our words on the outlet beyond its name, for a citation's note; none when the outlet is just its name. */
export function outletNote(source: Source): string | undefined {
  return source.outlet === publisherName(source) ? undefined : `Outlet: ${source.outlet}`;
}

/** Ends a sentence with a full stop unless it already ends with one (or with ? ! …). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** “Title.” — the stop goes inside the quotation marks, unless the title has its own ? ! or …. */
export function quotedTitle(title: string): string {
  return `“${sentence(title)}”`;
}

/** `Author. Outlet. “Title.” 14 May 2026 (date inferred). URL`, leaving out what is not known. */
export function citeSourceText(source: Source): string {
  const date = source.published
    ? sentence(`${formatDate(source.published)}${source.publishedInferred ? ' (date inferred)' : ''}`)
    : undefined;
  const parts = [
    source.author ? sentence(source.author) : undefined,
    sentence(publisherName(source)),
    quotedTitle(source.title),
    date,
    source.url, // last and without a stop, so that it can be copied whole
  ];
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' ');
}

/**
 * "A, B and C"; claimants often carry commas of their own ("Anthropic, citing an analysis"),
 * in which case they are separated by semicolons so the list still reads unambiguously.
 */
export function listClaimants(claimants: readonly string[]): string {
  const unique = [...new Set(claimants.map((c) => c.trim()).filter((c) => c !== ''))];
  if (unique.some((c) => c.includes(','))) return unique.join('; ');
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(unique);
}

/** `“Title.” 2028 Scenarios Explainer. Chart of figures claimed by …. <permalink>` */
export function citeChartText(chart: { id: string; title: string }, siteUrl: string, claimants: string[]): string {
  const claimedBy = listClaimants(claimants);
  const parts = [
    quotedTitle(chart.title),
    sentence(siteName),
    claimedBy === '' ? undefined : sentence(`Chart of figures claimed by ${claimedBy}`),
    chartPageUrl(siteUrl, chart.id),
  ];
  return parts.filter((p): p is string => p !== undefined).join(' ');
}
