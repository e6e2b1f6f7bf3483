// The collections, declared in one place. Their schemas (with a comment on every field) are in
// ./schemas.ts, shared with the content gate that cross-checks them before each build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import {
  chartSchema,
  commentarySchema,
  correctionSchema,
  discrepancySchema,
  figureSchema,
  scenarioSchema,
  sourceSchema,
} from './schemas.ts';

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
  /** The five articles and three primary sources; the MDX body is our summary. */
  sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/sources' }), schema: sourceSchema }),
  /** Verbatim texts that quotes are checked against; never published as pages. */
  archive: defineCollection({
    loader: {
      name: 'archive',
      load: async ({ store }) => {
        store.clear();
        for (const name of readdirSync('./content/archive').filter((n) => n.endsWith('.txt'))) {
          store.set({ id: name, data: { text: readFileSync(`./content/archive/${name}`, 'utf8') } });
        }
      },
    },
    schema: z.object({ text: z.string() }),
  }),
  figures: defineCollection({ loader: yamlIn('figures'), schema: figureSchema }),
  discrepancies: defineCollection({ loader: yamlIn('discrepancies'), schema: discrepancySchema }),
  charts: defineCollection({ loader: yamlIn('charts'), schema: chartSchema }),
  scenarios: defineCollection({ loader: yamlIn('scenarios'), schema: scenarioSchema }),
  commentary: defineCollection({ loader: yamlIn('commentary'), schema: commentarySchema }),
  /** The corrections log: what changed in what the site says, when and why (/corrections/ and its feed). */
  corrections: defineCollection({ loader: yamlIn('corrections'), schema: correctionSchema }),
};
