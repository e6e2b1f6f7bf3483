import type { Citation } from '../schemas.ts';

/**
 * The <Cite source="…" quote="…" /> markers in an MDX summary, in order, so the gate can check each
 * quote like any other and the source page can list it. Attribute values are in straight double or
 * single quotation marks; a quote that holds one kind uses the other.
 */
export function citesInMdx(body: string): Citation[] {
  return [...body.matchAll(/<Cite\b([^>]*?)\/>/g)].map((m) => {
    const attrs = new Map(
      [...(m[1] ?? '').matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1]!, a[2] ?? a[3] ?? '']),
    );
    return { source: attrs.get('source') ?? '', quote: attrs.get('quote') ?? '' };
  });
}

/** The MDX body without its <Cite … /> markers: our own prose, for the checks that apply to our words. */
export function withoutCites(body: string): string {
  return body.replace(/<Cite\b[^>]*?\/>/g, '');
}
