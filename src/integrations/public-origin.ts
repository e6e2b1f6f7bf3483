import type { AstroIntegration } from 'astro';
import { originNotice } from '../site-url.ts';

/**
 * Says, at the start of every build, which origin its absolute URLs use and whether it is a local build.
 * (astro.config.mjs calls siteUrl(), which stops a publishing build without SITE_URL before any page.)
 */
export function publicOrigin(): AstroIntegration {
  return {
    name: 'public-origin',
    hooks: {
      'astro:build:start': ({ logger }) => logger.info(originNotice()),
    },
  };
}
