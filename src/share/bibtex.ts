// BibTeX for sources and charts. Entries are @misc, which both classic BibTeX and biblatex know
// (@online is biblatex only), with biblatex's `date` beside BibTeX's `year`.
import { foldWhitespace } from '../content/fold-whitespace.ts';
import type { Source } from '../schemas.ts';
import { siteName } from '../site.ts';
import { chartPageUrl, citationNote, publisherName, sourcePageUrl } from './cite-text.ts';

/** What kind of publication it is, in words, for `howpublished`. */
const howPublished: Record<Source['kind'], string> = {
  news: 'News article',
  primary: 'Web publication',
  digest: 'Podcast digest',
};

const specials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Classic BibTeX counts braces even after a backslash, so `\{` alone would unbalance the field:
  // a brace is written as a command inside its own braces, which balances for every reader.
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX's special characters in one pass (so that a `\` we add is never escaped again). */
function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => specials[c] ?? c);
}

/** A field value: whitespace folded, TeX's special characters escaped. */
export function escapeBibtex(value: string): string {
  return escapeTex(foldWhitespace(value));
}

/**
 * A title printed exactly as the source prints it: every word with a capital is braced, so that no
 * style lower-cases it. Not one brace pair around the whole title: Zotero's importer (@retorquere/bibtex-parser)
 * takes `{{…}}` for a habit, drops it and sentence-cases ("During trump’s china visit").
 * Only runs of letters are braced, never an escape such as `\#`: BibTeX reads `{\…}` as one
 * special character whose letters it still re-cases.
 */
export function protectedTitle(title: string): string {
  return foldWhitespace(title)
    .split(/([\p{L}\p{M}\p{N}’'-]+)/u)
    .map((part, i) => (i % 2 === 0 ? escapeTex(part) : /\p{Lu}/u.test(part) ? `{${part}}` : part))
    .join('');
}

/** URL fields are read verbatim: only braces and backslashes could break the entry, so they are percent-encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/** Citation keys may not contain hyphens in every tool; ids are otherwise [a-z0-9]. */
export function bibtexKey(id: string): string {
  return id.replace(/-/g, '_');
}

/** The entry text from its type, key and fields, fields in the given order. */
export function formatEntry(type: string, key: string, fields: ReadonlyArray<readonly [string, string]>): string {
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/**
 * A named author is a person (left unbraced, so that the name is split into given and family names);
 * otherwise the outlet is a corporate author, double-braced so that it is never split or abbreviated.
 */
function authorFields(source: Source): Array<[string, string]> {
  if (source.author)
    return [
      ['author', escapeBibtex(source.author)],
      ['organization', escapeBibtex(publisherName(source))],
    ];
  return [['author', `{${escapeBibtex(publisherName(source))}}`]];
}

function dateFields(source: Source): Array<[string, string]> {
  if (!source.published) return [];
  return [
    ['year', source.published.slice(0, 4)],
    ['date', source.published],
  ];
}

/** What a reader of the reference should know: how its date was inferred, what kind of copy the outlet is. */
function noteFields(source: Source): Array<[string, string]> {
  const note = citationNote(source);
  return note ? [['note', escapeBibtex(note)]] : [];
}

/**
 * One source as a @misc entry, its title case-protected. A comment line (ignored by BibTeX,
 * which skips all text outside entries) says where the record comes from. No `urldate`: we do not know when a reader visited.
 */
export function bibtexEntry(source: Source, siteUrl: string): string {
  const fields: Array<[string, string]> = [
    ['title', protectedTitle(source.title)],
    ...authorFields(source),
    ...dateFields(source),
    ...noteFields(source),
    ['howpublished', howPublished[source.kind]],
    ...(source.url ? [['url', bibtexUrl(source.url)] as [string, string]] : []),
  ];
  const origin = `% ${siteName}: ${sourcePageUrl(siteUrl, source.id).replace(/@/g, '%40')}`;
  return `${origin}\n${formatEntry('misc', bibtexKey(source.id), fields)}`;
}

/** All entries, one blank line apart, ending with a newline. */
export function bibtexFile(sources: readonly Source[], siteUrl: string): string {
  return `${sources.map((s) => bibtexEntry(s, siteUrl)).join('\n\n')}\n`;
}

/**
 * A chart permalink as a @misc entry. `publisher` names the site for reference managers;
 * `howpublished` names it too, because BibTeX's and biblatex's @misc styles print no publisher.
 */
export function bibtexForChart(chart: { id: string; title: string }, siteUrl: string, year: string): string {
  return formatEntry('misc', `chart_${bibtexKey(chart.id)}`, [
    ['title', protectedTitle(chart.title)],
    ['publisher', `{${escapeBibtex(siteName)}}`],
    ['howpublished', escapeBibtex(`Chart, ${siteName}`)],
    ['year', escapeBibtex(year)],
    ['url', bibtexUrl(chartPageUrl(siteUrl, chart.id))],
  ]);
}
