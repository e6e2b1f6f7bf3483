import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths, getModel } from '../content.ts';
import type { Model } from '../model/build-model.ts';
import type { Chart } from '../schemas.ts';
import { siteUrl } from '../site-url.ts';

/** A file per chart (download, preview, oEmbed): its static paths and its body, from one render function. */
export function chartEndpoint(
  render: (chart: Chart, model: Model, site: string) => string | Uint8Array | object,
  contentType: string,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: chartPaths,
    GET: async ({ params }) => {
      const model = await getModel();
      const body = render(model.chart(params.id!), model, siteUrl());
      const payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body, null, 2);
      return new Response(payload as BodyInit, { headers: { 'Content-Type': contentType } });
    },
  };
}
