import type { AstroIntegration } from 'astro';

/**
 * Under `astro dev`, Astro 5 matches a dynamic file route (`/charts/[id].png`) only WITH a trailing slash
 * when trailingSlash is 'always' (withastro/astro#17001, fixed after Astro 5), while the build writes
 * `/charts/<id>.png`. This dev-only middleware adds the slash for exactly those routes, so the dev server
 * answers every URL the build makes. It does nothing in the build or in preview.
 */
export function devFileRoutes(): AstroIntegration {
  /** Patterns of dynamic endpoints whose last segment has a file extension, e.g. /^\/charts\/[^/]+\.png$/. */
  let fileRoutes: RegExp[] = [];
  return {
    name: 'dev-file-routes',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        fileRoutes = routes
          .filter((r) => r.type === 'endpoint' && r.params.length > 0 && /\.[a-z0-9]+$/i.test(r.pattern))
          .map((r) => fileRoutePattern(r.pattern));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, _res, next) => {
          const [path = '', query] = (req.url ?? '').split('?');
          if (fileRoutes.some((re) => re.test(path))) req.url = `${path}/${query === undefined ? '' : `?${query}`}`;
          next();
        });
      },
    },
  };
}

/** "/charts/[id].png" → a RegExp matching "/charts/lead-window.png" (each [param] is one path segment). */
export function fileRoutePattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\[[^\]]+\])/)
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
