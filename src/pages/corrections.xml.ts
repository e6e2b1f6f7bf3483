// The corrections log as an Atom feed (RFC 4287): one entry per correction, newest first.
import type { APIRoute } from 'astro';
import { getModel } from '../content.ts';
import { siteName } from '../site.ts';
import { siteUrl } from '../site-url.ts';
import { atomFeed } from '../share/atom.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const body = atomFeed({
    title: `${siteName}: corrections`,
    site: siteUrl(),
    feedPath: '/corrections.xml',
    pagePath: '/corrections/',
    entries: model.correctionsLog,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
