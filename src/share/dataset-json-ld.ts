// schema.org Dataset for a chart (https://schema.org/Dataset), so dataset search finds its CSV: the
// chart's title and description, its page, the CSV as a DataDownload and the sources it is based on.
import type { Chart, Source } from '../schemas.ts';
import { publisherName } from './cite-text.ts';

export function chartDatasetJsonLd(chart: Chart, sources: Source[], siteName: string, site: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: chart.title,
    description: chart.description,
    url: `${site}/charts/${chart.id}/`,
    creator: { '@type': 'Organization', name: siteName, url: `${site}/` },
    isBasedOn: sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: publisherName(s),
      url: s.url ?? `${site}/sources/${s.id}/`,
    })),
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${site}/data/${chart.id}.csv` }],
  };
}

/** The JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
