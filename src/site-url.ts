import { localPort } from './port.ts';

/**
 * The absolute origin the site is published at; link previews, canonical links and oEmbed need it.
 * Set SITE_URL when building for a real host; the default is the local preview server on PORT.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env['SITE_URL'] ?? `http://localhost:${localPort(env)}`).replace(/\/+$/, '');
}
