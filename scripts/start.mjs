#!/usr/bin/env node
// `npm start [-- --port N]`: build, then serve the built site. The port (--port, else PORT, else 4321)
// is set before the build, so the local URLs the build prints name the server that serves them.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = at >= 0 ? args[at + 1] : (process.env.PORT ?? '4321');
const env = { ...process.env, PORT: port, ASTRO_TELEMETRY_DISABLED: '1' };
// The build goes through scripts/build.mjs, which replaces dist/ only when the build succeeded.
for (const command of ['node scripts/build.mjs', `npx astro preview --port ${port}`]) {
  const run = spawnSync(command, { shell: true, stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
