#!/usr/bin/env node
// `npm test`: every check, cheapest first, stopping at the first that fails, with each stage's time.
// One free port is chosen for the whole run (unless PORT is set), so the build's local URLs and the
// browser tests' server agree and no other server on the machine is ever tested.
import { spawnSync } from 'node:child_process';
import { freePort } from './free-port.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
env.PORT ??= String(await freePort());

const stages = [
  ['format', 'npm run --silent format:check'],
  ['types', 'npm run --silent check'],
  ['unit', 'npm run --silent test:unit'],
  ['build', 'npm run --silent build'],
  ['dist', 'npm run --silent test:dist'],
  ['budgets', 'npm run --silent test:budgets'],
  ['html', 'npm run --silent validate:html'],
  ['browser', 'npm run --silent test:e2e'],
];

const times = [];
for (const [name, command] of stages) {
  console.log(`\n== ${name}: ${command}`);
  const start = performance.now();
  const run = spawnSync(command, { shell: true, stdio: 'inherit', env });
  const seconds = (performance.now() - start) / 1000;
  times.push(`${name} ${seconds.toFixed(1)} s`);
  if (run.status !== 0) {
    console.error(`\nnpm test: stage "${name}" failed (exit ${run.status}). Times: ${times.join(', ')}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nnpm test: all stages passed on port ${env.PORT}. Times: ${times.join(', ')}`);
