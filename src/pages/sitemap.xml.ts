import type { APIRoute } from 'astro';
import { getModel } from '../content.ts';
import { siteUrl } from '../site-url.ts';

/**
 * Every page meant to be found: tests and the benchmark read it, so no page escapes the quality checks.
 * The embeds (noindex, for iframes) are left out; tests and the benchmark find them in dist/embed/.
 */
export async function sitemapPaths(): Promise<string[]> {
  const model = await getModel();
  return [
    '/',
    '/scenarios/',
    '/charts/',
    ...model.charts.map((c) => `/charts/${c.id}/`),
    '/sources/',
    ...model.sources.map((s) => `/sources/${s.id}/`),
    '/citations/',
    '/search/',
    '/corrections/',
    '/about/',
  ];
}

export const GET: APIRoute = async () => {
  const origin = siteUrl();
  const urls = (await sitemapPaths()).map((path) => `  <url><loc>${origin}${path}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
