import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadAndCheckContent } from '../content/check-content.ts';
import { formatContentError } from '../content/content-error.ts';

/**
 * Refuses to start a build (or the dev server) while any content file is wrong, so nothing
 * half-checked is ever published. Runs before Astro renders a single page. `contentDir` is resolved
 * from the project root (Astro's `root`), never from the working directory. CONTENT_DIR points it (and
 * src/content.config.ts) at another folder: only the benchmark's generated content does that.
 */
export function contentGate(contentDir = process.env['CONTENT_DIR'] ?? 'content'): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ logger, config }) => {
        // Unit tests load this config for Vite; they check the content themselves, on fixtures too.
        if (process.env['VITEST'] && contentDir === 'content') return;
        const { errors } = loadAndCheckContent(resolve(fileURLToPath(config.root), contentDir));
        if (errors.length > 0) {
          const list = errors.map((e) => `  - ${formatContentError(e)}`).join('\n');
          throw new Error(`The content has ${errors.length} fault(s); nothing was built:\n${list}`);
        }
        logger.info('content checked: every quote verbatim, every reference resolves, every chart draws');
      },
    },
  };
}
