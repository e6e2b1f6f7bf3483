#!/usr/bin/env node
// `npm test`: every check, with each stage's time. Stages run in two lanes side by side: the type check,
// the build and then the browser tests, which take longest; beside them the checks that need no build,
// then those over the built files once the build has passed. Within a lane, stages run in order. A failed
// stage stops its lane, the other lane is stopped, and the run fails. Each stage's output is printed whole
// when it ends, so the lanes never interleave.
//
// One free port is chosen for the whole run (unless PORT is set), so the build's local URLs and the
// browser tests' server agree and no other server on the machine is ever tested.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
env.PORT ??= String(await freePort());

/**
 * Each stage: [name, command, stage of the other lane it waits for]. `astro check` and the build share a
 * lane because both write Astro's generated types and content cache; the checks over dist/ wait for it.
 */
const lanes = [
  [
    ['types', 'npm run --silent check'],
    ['build', 'npm run --silent build'],
    ['browser', 'npm run --silent test:e2e'],
  ],
  [
    ['format', 'npm run --silent format:check'],
    ['unit', 'npm run --silent test:unit'],
    ['dist', 'npm run --silent test:dist', 'build'],
    ['budgets', 'npm run --silent test:budgets'],
    ['html', 'npm run --silent validate:html'],
  ],
];

const times = [];
const running = new Set();

/** Runs one stage in its own process group, collecting its output; resolves to its exit code. */
function runStage(name, command) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, { shell: true, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      times.push(`${name} ${seconds} s`);
      process.stdout.write(`\n== ${name}: ${command} (${seconds} s)\n${output}`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** A promise that resolves when a stage has ended (or will not run), to whether it passed. */
function outcome() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}
const passed = new Map(lanes.flat().map(([name]) => [name, outcome()]));

/** Runs a lane's stages in order; resolves to the failed stage's name and code, or undefined. */
async function runLane(lane, stopped) {
  try {
    for (const [name, command, after] of lane) {
      if (after && !(await passed.get(after).promise)) return undefined;
      if (stopped.value) return undefined;
      const code = await runStage(name, command);
      passed.get(name).resolve(code === 0);
      // A stage stopped because the other lane failed is not a failure of its own.
      if (code !== 0 && stopped.value) return undefined;
      if (code !== 0) {
        stopped.value = true;
        return { name, code };
      }
    }
    return undefined;
  } finally {
    // Stages this lane will not run now: nothing may wait for them.
    for (const [name] of lane) passed.get(name).resolve(false);
  }
}

function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

const stopped = { value: false };
const failures = (
  await Promise.all(
    lanes.map((lane) =>
      runLane(lane, stopped).then((failure) => {
        if (failure) stopAll();
        return failure;
      }),
    ),
  )
).filter(Boolean);
if (failures.length > 0) {
  const [first] = failures;
  console.error(`\nnpm test: stage "${first.name}" failed (exit ${first.code}). Times: ${times.join(', ')}`);
  process.exit(first.code || 1);
}
console.log(`\nnpm test: all stages passed on port ${env.PORT}. Times: ${times.join(', ')}`);
