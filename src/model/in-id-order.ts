/**
 * Content entries in the order of their ids. Astro's content store hands entries over in the order their
 * files finished loading, which changes from build to build; every list the site shows in content order
 * (sources on /sources/, figures on /citations/, the uses of a quote) takes this order instead, so two
 * builds of the same content are the same site. Compared by code unit, not by locale, for the same reason.
 */
export function inIdOrder<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
