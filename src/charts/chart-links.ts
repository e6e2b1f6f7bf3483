import type { Chart } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { quoteHref } from '../model/build-model.ts';
import { withTextFragment } from '../share/text-fragment.ts';

export interface SourceLink {
  label: string;
  href: string;
  /** Links leaving the site (primary URLs with a text fragment). */
  external: boolean;
}

/**
 * The links in a chart's source line: each named source at the first passage that carries one of
 * the chart's figures, and where that passage is online, the passage itself at the original.
 */
export function chartSourceLinks(chart: Chart, model: Model): SourceLink[] {
  const figures = chart.figures.map((id) => model.figure(id));
  const links: SourceLink[] = [];
  for (const id of chart.sources) {
    const source = model.source(id);
    const mention = figures.flatMap((f) => f.mentions).find((m) => m.source === id);
    const name = source.name;
    links.push({ label: name, href: mention ? quoteHref(mention) : `/sources/${id}/`, external: false });
    if (mention && source.url) {
      links.push({
        label: `the passage at ${new URL(source.url).hostname}`,
        href: withTextFragment(source.url, mention.quote),
        external: true,
      });
    } else if (source.kind === 'primary' && source.url) {
      links.push({ label: `${new URL(source.url).hostname}`, href: source.url, external: true });
    }
  }
  return links;
}
