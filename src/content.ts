// The site's content, queried once and shared by every page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from './content/collections.ts';
import { buildModel, type Model } from './model/build-model.ts';

/** Every collection of the table (src/content/collections.ts), as the checked data of its entries. */
type CollectionData = { [K in CollectionName]: CollectionEntry<K>['data'][] };

let model: Promise<Model> | undefined;

/** The checked content and everything derived from it. Built on first use, then reused. */
export function getModel(): Promise<Model> {
  model ??= (async () => {
    // One query per collection of the table, so a collection added there reaches the model without a list here.
    const [sources, archive, ...tables] = await Promise.all([
      getCollection('sources'),
      getCollection('archive'),
      ...collectionNames
        .filter((name) => name !== 'sources')
        .map(async (name) => [name, (await getCollection(name)).map((e) => e.data)] as const),
    ]);
    return buildModel({
      ...(Object.fromEntries(tables) as Omit<CollectionData, 'sources'>),
      sources: sources.map((e) => e.data),
      archive: new Map(archive.map((e) => [e.id, e.data.text])),
      summaries: new Map(sources.map((e) => [e.data.id, e.body ?? ''])),
    });
  })();
  return model;
}

/** Static paths for the pages and files there is one of per chart: `[id]` is the chart's id. */
export async function chartPaths(): Promise<{ params: { id: string } }[]> {
  return (await getModel()).charts.map((chart) => ({ params: { id: chart.id } }));
}
