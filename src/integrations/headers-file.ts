import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The line of public/_headers that the build replaces with one framing rule per top-level path. */
export const framingMarker = '# @deny-framing: one rule per top-level path, written by the build';

const denyFraming = [
  '  X-Frame-Options: DENY',
  "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
];

/** Does this folder hold an HTML page, at any depth? */
function holdsHtml(dir: string): boolean {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .some((e) => (e.isFile() ? e.name.endsWith('.html') : e.isDirectory() && holdsHtml(path.join(dir, e.name))));
}

/**
 * The rules that keep every page but the embeds out of other sites' frames: one per top-level folder or
 * file that holds a page, so a page added later is covered without anyone editing _headers. (A catch-all
 * "/*" cannot be used: Netlify and Cloudflare add its headers to /embed/* too, and the stricter
 * frame-ancestors wins.)
 */
export function framingRules(dist: string): string {
  const rules: string[] = [];
  for (const entry of fs.readdirSync(dist, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'embed' || entry.name.startsWith('_')) continue;
    if (entry.isFile() && entry.name === 'index.html') rules.push('/');
    else if (entry.isFile() && entry.name.endsWith('.html')) rules.push(`/${entry.name}`);
    else if (entry.isDirectory() && holdsHtml(path.join(dist, entry.name))) rules.push(`/${entry.name}/*`);
  }
  return rules.map((rule) => [rule, ...denyFraming].join('\n')).join('\n');
}

/** Writes the framing rules into dist/_headers after the build. */
export function headersFile(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = path.join(dist, '_headers');
        const text = fs.readFileSync(file, 'utf8');
        if (!text.includes(framingMarker)) throw new Error(`public/_headers has lost its line "${framingMarker}"`);
        fs.writeFileSync(file, text.replace(framingMarker, framingRules(dist)));
        logger.info('_headers: framing denied on every top-level path but /embed/');
      },
    },
  };
}
