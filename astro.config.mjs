// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { devFileRoutes } from './src/integrations/dev-file-routes.ts';
import { publicOrigin } from './src/integrations/public-origin.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { siteUrl } from './src/site-url.ts';
import { localPort } from './src/port.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // dev and preview both listen on PORT (default 4321), the port the local SITE_URL default names.
  server: { port: localPort() },
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [publicOrigin(), contentGate(), devFileRoutes(), mdx(), headersFile()],
  devToolbar: { enabled: false },
  // A CSP meta tag on every page: scripts and styles only from this origin or by hash, never 'unsafe-inline'.
  // frame-ancestors cannot be set in a meta tag: public/_headers sets it for static hosts.
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // The search form submits to its own page (GET /search/?q=…): without JavaScript it reloads there, with
        // the note on where to look, instead of being refused with an error on the console.
        "form-action 'self'",
      ],
    },
  },
});
