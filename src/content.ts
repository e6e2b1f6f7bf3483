// The site's content, queried once and shared by every page.
import { getCollection } from 'astro:content';
import { buildModel, type Model } from './model/build-model.ts';

let model: Promise<Model> | undefined;

/** The checked content and everything derived from it. Built on first use, then reused. */
export function getModel(): Promise<Model> {
  model ??= (async () => {
    const [sources, archive, figures, discrepancies, charts, scenarios, today, commentary, corrections] =
      await Promise.all([
        getCollection('sources'),
        getCollection('archive'),
        getCollection('figures'),
        getCollection('discrepancies'),
        getCollection('charts'),
        getCollection('scenarios'),
        getCollection('today'),
        getCollection('commentary'),
        getCollection('corrections'),
      ]);
    return buildModel({
      sources: sources.map((e) => e.data),
      archive: new Map(archive.map((e) => [e.id, e.data.text])),
      figures: figures.map((e) => e.data),
      discrepancies: discrepancies.map((e) => e.data),
      charts: charts.map((e) => e.data),
      scenarios: scenarios.map((e) => e.data),
      today: today.map((e) => e.data),
      commentary: commentary.map((e) => e.data),
      summaries: new Map(sources.map((e) => [e.data.id, e.body ?? ''])),
      corrections: corrections.map((e) => e.data),
    });
  })();
  return model;
}

/** Static paths for the pages and files there is one of per chart: `[id]` is the chart's id. */
export async function chartPaths(): Promise<{ params: { id: string } }[]> {
  return (await getModel()).charts.map((chart) => ({ params: { id: chart.id } }));
}
