// `npm run bench:gate [-- --no-build]`: how the content gate (and the build) grow with the content.
// Generates copies of content/ at 2×, 5× and 10× its size under bench/generated/ (git-ignored, never
// part of the site): every source, figure, discrepancy, chart and commentary note copied with a
// suffixed id and its references rewritten (the two scenarios are the paper's, and today's notes one per row of their table, so neither is copied;
// archives are shared). Times the gate on each, then the gate + build on 10×. Timings are reported,
// never tested. Writes bench/results/gate.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndCheckContent } from '../src/content/check-content.ts';
import { collectionNames, collectionTable } from '../src/content/collections.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = join(root, 'content');
const generated = join(root, 'bench/generated');
const factors = [1, 2, 5, 10];

/** Every id in content/ (file names without extension). */
function knownIds(): Set<string> {
  return new Set(
    collectionNames.flatMap((name) =>
      readdirSync(join(content, collectionTable[name].folder)).map((f) => basename(f, extname(f))),
    ),
  );
}

/** A content file's text with every id it names (as an id or a reference) given `suffix`. */
function withSuffix(text: string, ids: Set<string>, suffix: string): string {
  const rename = (id: string) => (ids.has(id) ? `${id}${suffix}` : id);
  return text
    .split('\n')
    .map((line) => {
      const single = /^(\s*(?:- )?(?:id|source|primary|archiveVia):\s*)([a-z0-9-]+)\s*$/.exec(line);
      if (single) return `${single[1]}${rename(single[2]!)}`;
      const flow = /^(\s*(?:figures|sources|charts):\s*)\[(.*)\]\s*$/.exec(line);
      if (flow) return `${flow[1]}[${flow[2]!.split(/,\s*/).filter(Boolean).map(rename).join(', ')}]`;
      const item = /^(\s*- )([a-z0-9-]+)\s*$/.exec(line);
      if (item) return `${item[1]}${rename(item[2]!)}`;
      return line;
    })
    .join('\n');
}

/** content/ at `factor` times its size, in bench/generated/content-x<factor>/. */
function generate(factor: number): string {
  const dir = join(generated, `content-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(content, dir, { recursive: true });
  const ids = knownIds();
  for (const name of collectionNames) {
    // The scenarios are the paper's two, and today's notes are one per row of their table: neither is copied.
    if (name === 'scenarios' || name === 'today') continue;
    const folder = collectionTable[name].folder;
    for (const file of readdirSync(join(content, folder))) {
      const text = readFileSync(join(content, folder, file), 'utf8');
      for (let copy = 1; copy < factor; copy++) {
        const suffix = `-c${copy}`;
        const stem = basename(file, extname(file));
        writeFileSync(join(dir, folder, `${stem}${suffix}${extname(file)}`), withSuffix(text, ids, suffix));
      }
    }
  }
  return dir;
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: Math.round(performance.now() - start), result };
}

mkdirSync(generated, { recursive: true });
const rows: { factor: number; files: number; gateMs: number; faults: number }[] = [];
let tenfold = '';
for (const factor of factors) {
  const dir = generate(factor);
  if (factor === 10) tenfold = dir;
  loadAndCheckContent(dir); // warm up (module loading, JIT) before the timed run
  const { ms, result } = time(() => loadAndCheckContent(dir));
  const files = collectionNames.reduce((n, name) => n + result.content[name].length, 0);
  rows.push({ factor, files, gateMs: ms, faults: result.errors.length });
  for (const error of result.errors.slice(0, 3)) console.error(`  ${error.file} → ${error.field}: ${error.message}`);
}
console.log('content  files  gate (ms)  ms per file  faults');
for (const r of rows) {
  console.log(
    `${`${r.factor}×`.padEnd(8)} ${String(r.files).padStart(5)}  ${String(r.gateMs).padStart(9)}  ${(r.gateMs / r.files).toFixed(2).padStart(11)}  ${r.faults}`,
  );
}

let buildSeconds: number | null = null;
if (!process.argv.includes('--no-build')) {
  const outDir = join(generated, 'dist');
  const start = performance.now();
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: tenfold },
  });
  buildSeconds = (performance.now() - start) / 1000;
  rmSync(outDir, { recursive: true, force: true });
  console.log(
    run.status === 0
      ? `gate + build on 10× content: ${buildSeconds.toFixed(1)} s`
      : `gate + build on 10× content failed (exit ${run.status})`,
  );
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/gate.json'), `${JSON.stringify({ rows, buildSeconds }, null, 2)}\n`);
