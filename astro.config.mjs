// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { siteUrl } from './src/site-url.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentGate(), mdx()],
  devToolbar: { enabled: false },
  // A CSP meta tag on every page: scripts and styles only from this origin or by hash, never 'unsafe-inline'.
  // frame-ancestors cannot be set in a meta tag: public/_headers sets it for static hosts.
  experimental: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"],
    },
  },
});
