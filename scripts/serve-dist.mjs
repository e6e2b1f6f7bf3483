#!/usr/bin/env node
// `node scripts/serve-dist.mjs [dir] --port N [--exit-with PID]`: serves a built site as a static host would, for the
// browser tests. It answers in a fraction of a second where `astro preview` takes several seconds to
// start on a busy 2-core machine, and it serves exactly the files in the folder: `/x/` is x/index.html,
// `/x` (a folder) redirects to `/x/`, anything else missing is 404.html with status 404.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = Number(at >= 0 ? args[at + 1] : (process.env.PORT ?? 4321));
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');

// --exit-with PID: stop when that process is gone. The browser tests start this server; when `npm test` stops
// them early (another stage failed), Playwright ends without stopping it, and it would hold its port for good.
const owner = args.indexOf('--exit-with');
if (owner >= 0) {
  const pid = Number(args[owner + 1]);
  setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch {
      process.exit(0);
    }
  }, 1000).unref();
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** The file's stats, or undefined when there is none. */
function stat(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function send(res, status, file, method) {
  res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '';
  }
  const file = join(root, pathname);
  // Never serve outside the folder.
  if (pathname === '' || (file !== root && !file.startsWith(root + sep))) {
    res.writeHead(400).end();
    return;
  }
  const found = stat(file);
  if (found?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (stat(join(file, 'index.html'))?.isFile()) return send(res, 200, join(file, 'index.html'), req.method);
  } else if (found?.isFile()) return send(res, 200, file, req.method);
  send(res, 404, join(root, '404.html'), req.method);
}).listen(port, 'localhost', () => console.log(`serving ${root} on http://localhost:${port}/`));
