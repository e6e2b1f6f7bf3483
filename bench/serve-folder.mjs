// What the bench scripts that trace pages share: Chromium's flags, the NAME=DIR arguments, a static
// server for one folder on 127.0.0.1 with gzip on, like a real host, and a guard against measuring a
// page that broke.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/** A NAME=DIR argument as { name, dir }, or undefined if `arg` is not one. */
export function pageArg(arg) {
  if (!/^[\w.-]+=/.test(arg)) return undefined;
  const [name, dir] = arg.split(/=(.*)/s);
  return { name, dir: resolve(dir) };
}

/** Serves `dir` on a free port; resolves to the server and its URL. */
export function serveFolder(dir) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-encoding': 'gzip',
      });
      res.end(gzipSync(body));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

/**
 * Records the page's console errors and uncaught exceptions; the returned function throws if there were
 * any. A copy of a built page with its inline <style> edited breaks the hash in its Content-Security-Policy
 * meta tag, so Chromium drops the whole stylesheet and reports only a console error: the unstyled copy then
 * measures much faster, and nothing else says why. (Drop the meta tag from such a copy, and from the copy
 * it is compared with.)
 */
export function refuseBrokenPage(page, name) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 160)));
  page.on('pageerror', (e) => errors.push(e.message.slice(0, 160)));
  return () => {
    if (errors.length)
      throw new Error(`${name}: the page logged errors, so its numbers mean nothing:\n  ${errors.join('\n  ')}`);
  };
}
