import { localPort } from './port.ts';

type Env = Record<string, string | undefined>;

/**
 * A build is "for publishing" when PUBLISH is set (`npm run build:publish` sets it). Such a build must be
 * told its public origin: every absolute URL (canonical, link previews, oEmbed, embed code, citations,
 * the URL printed in images) is made from it, and an image shared once keeps its link forever.
 */
export function isPublishBuild(env: Env = process.env): boolean {
  const flag = env['PUBLISH']?.trim().toLowerCase();
  return !!flag && flag !== '0' && flag !== 'false';
}

/** Hosts that only ever mean "this machine": a URL on them is dead anywhere else. */
export function isLocalOrigin(origin: string): boolean {
  const host = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host)
  );
}

/**
 * The absolute origin the site is published at, from SITE_URL (no trailing slash). Without SITE_URL, a
 * local build names the local preview server on PORT; a publishing build refuses to start.
 */
export function siteUrl(env: Env = process.env): string {
  const raw = env['SITE_URL']?.trim();
  if (!raw) {
    if (isPublishBuild(env)) {
      throw new Error(
        'SITE_URL is not set: a build for publishing needs the public origin, e.g. ' +
          '`SITE_URL=https://example.org npm run build:publish`. (For a local build, use `npm run build`.)',
      );
    }
    return `http://localhost:${localPort(env)}`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute http(s) origin such as https://example.org; it is ${JSON.stringify(raw)}`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an http(s) origin with no path, query or fragment (the site is served from the root); it is ${JSON.stringify(raw)}`,
    );
  }
  if (isPublishBuild(env) && isLocalOrigin(url.origin)) {
    throw new Error(
      `SITE_URL is ${JSON.stringify(raw)}, a local address: a build for publishing needs the public origin.`,
    );
  }
  return url.origin;
}

/** The public origin, or undefined for a local build (whose URLs must never be printed into images). */
export function publicOrigin(env: Env = process.env): string | undefined {
  const origin = siteUrl(env);
  return isLocalOrigin(origin) ? undefined : origin;
}

/** "example.org/charts/x/": the URL as people read and retype it, without scheme or "www.". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/** One line for the build log: which origin the build's absolute URLs use, and whether it may be published. */
export function originNotice(env: Env = process.env): string {
  const origin = siteUrl(env);
  return isLocalOrigin(origin)
    ? `local build: absolute URLs name ${origin}; images print no URL. Not for publishing (see README, Deploy).`
    : `build for ${origin}: every absolute URL and every image names this origin.`;
}
