import type { APIRoute } from 'astro';
import { getModel } from '../content.ts';
import { cslJson } from '../share/csl-json.ts';
import { siteUrl } from '../site-url.ts';

/** Every source as CSL-JSON, for Zotero, Pandoc and citation managers. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  return new Response(JSON.stringify(cslJson(model.sources, siteUrl()), null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
