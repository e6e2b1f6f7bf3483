import type { AstroIntegration } from 'astro';
import { loadAndCheckContent } from '../content/check-content.ts';
import { formatContentError } from '../content/content-error.ts';

/**
 * Refuses to start a build (or the dev server) while any content file is wrong, so nothing
 * half-checked is ever published. Runs before Astro renders a single page.
 */
export function contentGate(contentDir = 'content'): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        // Unit tests load this config for Vite; they check the content themselves, on fixtures too.
        if (process.env['VITEST'] && contentDir === 'content') return;
        const { errors } = loadAndCheckContent(contentDir);
        if (errors.length > 0) {
          const list = errors.map((e) => `  - ${formatContentError(e)}`).join('\n');
          throw new Error(`The content has ${errors.length} fault(s); nothing was built:\n${list}`);
        }
        logger.info('content checked: every quote verbatim, every reference resolves');
      },
    },
  };
}
