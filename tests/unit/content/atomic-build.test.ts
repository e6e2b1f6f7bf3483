// scripts/build.mjs: a build replaces dist/ only when it succeeded, and never publishes server code.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoServerChunks, buildAtomically } from '../../../scripts/build.mjs';
import { misquoteContentDir } from '../../fixtures/content-dir.ts';
import { runScript } from '../../support/run-script.ts';

let root: string;
let dist: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atomic-build-'));
  dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'previous site');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A fake build that writes a page into the folder it is given. */
const writes =
  (files: Record<string, string>) =>
  async (dir: string): Promise<void> => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };

describe('buildAtomically({ outDir, run, steps })', () => {
  it('a failed build (half-written, then an error) keeps the previous dist/ and leaves no staging folder', async () => {
    const run = async (dir: string) => {
      await writes({ 'index.html': 'half', 'chunks/archive.mjs': 'export const text = "…"' })(dir);
      throw new Error('astro build failed (exit code 1)');
    };
    await expect(buildAtomically({ outDir: dist, run })).rejects.toThrow(/exit code 1/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  it('a build that leaves server chunks is refused, and dist/ is kept', async () => {
    const run = writes({ 'index.html': 'new', 'chunks/pages.mjs': 'export default 1' });
    await expect(buildAtomically({ outDir: dist, run })).rejects.toThrow(/server code \(chunks/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('a post-build step that throws keeps dist/', async () => {
    const step = () => {
      throw new Error('search index failed');
    };
    const run = writes({ 'index.html': 'new' });
    await expect(buildAtomically({ outDir: dist, run, steps: [step] })).rejects.toThrow(/search index failed/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('a build that writes nothing is refused', async () => {
    await expect(buildAtomically({ outDir: dist, run: async () => undefined })).rejects.toThrow(/wrote nothing/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('a successful build replaces dist/ whole (no file of the previous build is left) and runs the steps on it first', async () => {
    writeFileSync(join(dist, 'old.html'), 'gone');
    const seen: string[] = [];
    const step = (dir: string) => void seen.push(readFileSync(join(dir, 'index.html'), 'utf8'));
    await buildAtomically({ outDir: dist, run: writes({ 'index.html': 'new site' }), steps: [step] });
    expect(seen).toEqual(['new site']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(join(dist, 'old.html'))).toBe(false);
    expect(existsSync(`${dist}.previous`)).toBe(false);
  });
});

describe('assertNoServerChunks(dir)', () => {
  it.each(['server/entry.mjs', 'chunks/a.mjs', '.prerender/x.js', 'deep/nested/thing.mjs'])(
    'assertNoServerChunks refuses a folder holding %s',
    (path) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), '');
      expect(() => assertNoServerChunks(dist)).toThrow(/server code/);
    },
  );

  it('assertNoServerChunks accepts a static site (pages, CSS, images, JSON)', () => {
    writeFileSync(join(dist, 'a.css'), '');
    writeFileSync(join(dist, 'b.json'), '{}');
    expect(() => assertNoServerChunks(dist)).not.toThrow();
  });
});

describe('npm run build (scripts/build.mjs) on content the gate refuses', () => {
  it('exits 1 naming the fault, and the previous site is exactly as before', async () => {
    // A folder of its own inside the project (as BUILD_OUT_DIR requires) holding a previous site, so the
    // test never depends on, or races with, a build of the project's dist/.
    const project = fileURLToPath(new URL('../../../', import.meta.url));
    const site = mkdtempSync(join(project, '.tmp-atomic-'));
    const outDir = join(site, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'previous site');
    try {
      const run = await runScript(['scripts/build.mjs'], {
        cwd: project,
        env: { ...process.env, CONTENT_DIR: misquoteContentDir, BUILD_OUT_DIR: outDir },
      });
      expect(run.status).toBe(1);
      expect(run.stderr + run.stdout).toContain('quote not found verbatim');
      expect(run.stderr).toMatch(/\/dist\/ was left as it was/);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }, 120_000);
});
