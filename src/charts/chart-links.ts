import type { Chart } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { quoteHref } from '../model/build-model.ts';
import { provenanceOfSource } from '../model/provenance.ts';
import { withTextFragment } from '../share/text-fragment.ts';

/** The disagreements that touch a chart's figures, each a link to its entry on /citations/. */
export function chartDisagreementLinks(chart: Chart, model: Model): { href: string; label: string }[] {
  return (model.discrepanciesByChart.get(chart.id) ?? []).map((d) => ({
    href: `/citations/#d-${d.id}`,
    label: d.topic,
  }));
}

export interface SourceLink {
  label: string;
  href: string;
  /** Links leaving the site (primary URLs with a text fragment). */
  external: boolean;
}

/** One named source of a chart: its credit, and where its passage is online, the link to look for it there. */
export interface ChartSource {
  credit: SourceLink;
  live?: SourceLink;
}

/**
 * The sources in a chart's source line: each named source (credited as reproduced, where our text is
 * another's reproduction) at the first passage that carries one of the chart's figures, and where that
 * passage is online, a link to look for it at the original, labelled for what it is: a live page, not
 * the text the quote was checked against. Kept in pairs so the line reads source by source.
 */
/** A source's provenance as the site credits it ("Anthropic, the 2028 paper, as reproduced by Kafela Bazar"). */
function provenanceOf(id: string, model: Model) {
  return provenanceOfSource(model.source(id), (other) => model.source(other));
}

/** How the site credits a source, wherever it names one: the chart's source line, its images, its CSV. */
export function sourceCredit(id: string, model: Model): string {
  return provenanceOf(id, model).credit;
}

export function chartSources(chart: Chart, model: Model): ChartSource[] {
  const figures = chart.figures.map((id) => model.figure(id));
  return chart.sources.map((id) => {
    const source = model.source(id);
    const mention = figures.flatMap((f) => f.mentions).find((m) => m.source === id);
    const provenance = provenanceOf(id, model);
    const credit = {
      label: provenance.credit,
      href: mention ? quoteHref(mention) : `/sources/${id}/`,
      external: false,
    };
    if (mention && source.url) {
      const label = provenance.liveLabel ?? new URL(source.url).hostname;
      return { credit, live: { label, href: withTextFragment(source.url, mention.quote), external: true } };
    }
    if (source.kind === 'primary' && source.url) {
      return { credit, live: { label: new URL(source.url).hostname, href: source.url, external: true } };
    }
    return { credit };
  });
}
