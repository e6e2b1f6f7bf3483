#!/usr/bin/env node
// `npm run build`: builds the site into a staging folder and replaces dist/ only when everything
// succeeded, so a failed or interrupted build leaves the previous dist/ as it was, and a published
// folder never holds Astro's server chunks (which carry the full archived texts).
//
//   node scripts/build.mjs [extra astro build flags]
//   BUILD_OUT_DIR=<folder inside the project> node scripts/build.mjs   (another final folder than dist/, for tests)
//
// Post-build steps run on the staging folder before the swap, in order; a step that throws stops the
// build and dist/ is kept. Add steps to `postBuildSteps` (e.g. a search index: `pagefind --site <dir>`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Steps run on the finished staging folder, before it replaces dist/. Each gets the folder's path.
 * @type {Array<(dir: string) => void | Promise<void>>}
 */
export const postBuildSteps = [assertNoServerChunks, buildSearchIndex];

/** Names Astro gives its server output; none may be published. */
const serverOutput = /^(?:server|chunks|\.prerender|manifest_.*\.mjs|entry\.mjs|renderers\.mjs)$/;

/** Refuses a folder holding server code: any .mjs file, or a folder Astro uses for its server build. */
export function assertNoServerChunks(dir) {
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (serverOutput.test(name) || name.endsWith('.mjs')) {
        throw new Error(`the build output holds server code (${relative(dir, path)}): it must never be published`);
      }
      if (statSync(path).isDirectory()) walk(path);
    }
  };
  walk(dir);
}

/** The search index for /search/ (Pagefind), written into the folder it indexes. */
export function buildSearchIndex(dir) {
  const run = spawnSync(join(root, 'node_modules/.bin/pagefind'), ['--site', dir, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`pagefind failed (exit code ${run.status})`);
}

/** Runs `astro build --outDir <dir>`, resolving when it exits 0. */
function astroBuild(dir, extraArgs) {
  return new Promise((done, fail) => {
    const child = spawn(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dir, ...extraArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const stop = (signal) => child.kill(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (code === 0) done();
      else fail(new Error(`astro build ${signal ? `was stopped (${signal})` : `failed (exit code ${code})`}`));
    });
  });
}

/**
 * Builds into `<outDir>.staging`, runs the steps, then swaps it in for `outDir`. On any failure the
 * staging folder is removed and `outDir` is left exactly as it was.
 */
export async function buildAtomically({ outDir, run, steps = postBuildSteps }) {
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await run(staging);
    if (!existsSync(staging) || readdirSync(staging).length === 0) throw new Error('the build wrote nothing');
    for (const step of steps) await step(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Astro writes its content cache into an outDir outside the project, so the folder must be inside it.
  const outDir = resolve(root, process.env.BUILD_OUT_DIR ?? 'dist');
  if (relative(root, outDir).startsWith('..')) {
    console.error(`Build failed: BUILD_OUT_DIR must be inside the project (${root}).`);
    process.exit(1);
  }
  const extraArgs = process.argv.slice(2);
  buildAtomically({ outDir, run: (dir) => astroBuild(dir, extraArgs) }).then(
    () => console.log(`${relative(root, outDir)}/ replaced by the new build`),
    (error) => {
      console.error(`Build failed: ${error.message}. ${relative(root, outDir)}/ was left as it was.`);
      process.exit(1);
    },
  );
}
