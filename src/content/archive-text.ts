import type { Source } from '../schemas.ts';

/**
 * The archived text a source's quotes are checked against: its own archive, or, following
 * `archiveVia`, the text of the source that reproduces it (the paper, through Kafela Bazar).
 */
export function archiveTextOf(
  sources: readonly Source[],
  archive: ReadonlyMap<string, string>,
  id: string,
  seen = new Set<string>(),
): string | undefined {
  const source = sources.find((s) => s.id === id);
  if (!source || seen.has(id)) return undefined;
  if (source.archive) return archive.get(source.archive);
  return source.archiveVia ? archiveTextOf(sources, archive, source.archiveVia, seen.add(id)) : undefined;
}
