// The collections, derived from the one table in ./content/collections.ts (shared with the content gate,
// which checks the same files with the same YAML reader before each build). Schemas, with a comment on
// every field, are in ./schemas.ts.
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { archiveFolder, collectionNames, collectionTable, type CollectionName } from './content/collections.ts';

type Table = typeof collectionTable;

/** content/, or another folder for the benchmark's generated 10× set (CONTENT_DIR, never for the site). */
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

/** One collection of the table, typed by its own schema (so getCollection('sources') knows its fields). */
function fromTable<K extends CollectionName>(name: K): CollectionConfig<Table[K]['schema']> {
  const { folder, extension, schema } = collectionTable[name];
  return defineCollection<Table[K]['schema']>({
    loader: glob({ pattern: `*${extension}`, base: `${contentRoot}/${folder}` }),
    schema,
  });
}

type TableCollections = { [K in CollectionName]: CollectionConfig<Table[K]['schema']> };

export const collections = {
  ...(Object.fromEntries(collectionNames.map((name) => [name, fromTable(name)])) as TableCollections),
  /** Verbatim texts that quotes are checked against; never published as pages. */
  archive: defineCollection({
    loader: {
      name: 'archive',
      load: async ({ store, config }) => {
        store.clear();
        const dir = new URL(`${contentRoot}/${archiveFolder.folder}/`, config.root);
        for (const name of readdirSync(dir).filter((n) => n.endsWith(archiveFolder.extension))) {
          store.set({ id: name, data: { text: readFileSync(new URL(name, dir), 'utf8') } });
        }
      },
    },
    schema: z.object({ text: z.string() }),
  }),
};
