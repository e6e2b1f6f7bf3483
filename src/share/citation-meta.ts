// Highwire Press citation_* tags, which Zotero and Google Scholar read from a page's <head>: a source
// page describes the source itself; a chart page describes the chart, a work of this site.
import type { Chart, Source } from '../schemas.ts';
import { publisherName } from './cite-text.ts';

export type MetaTag = [name: string, content: string];

/** "2026/05/14": the date form Google Scholar asks for. */
const scholarDate = (iso: string) => iso.replace(/-/g, '/');

/** The source as a reference manager should cite it. A date we inferred is left out: a tag cannot say so. */
export function sourceCitationMeta(source: Source): MetaTag[] {
  return [
    ['citation_title', source.title],
    ['citation_author', source.author ?? publisherName(source)],
    ['citation_publisher', publisherName(source)],
    ...(source.kind === 'news' ? ([['citation_journal_title', publisherName(source)]] as MetaTag[]) : []),
    ...(source.published && !source.publishedInferred
      ? ([['citation_publication_date', scholarDate(source.published)]] as MetaTag[])
      : []),
    ...(source.url ? ([['citation_public_url', source.url]] as MetaTag[]) : []),
  ];
}

/** A chart page: the chart as this site's work, with the page and its CSV. No date: the content records none. */
export function chartCitationMeta(chart: Chart, siteName: string, site: string): MetaTag[] {
  return [
    ['citation_title', chart.title],
    ['citation_author', siteName],
    ['citation_publisher', siteName],
    ['citation_abstract_html_url', `${site}/charts/${chart.id}/`],
    ['citation_public_url', `${site}/charts/${chart.id}/`],
  ];
}
