// The browser tests' static server stops when the process it serves is gone (--exit-with), so a run that
// `npm test` stops early leaves no server holding a port.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

describe('scripts/serve-dist.mjs', () => {
  it('serve-dist --exit-with PID exits once that process has ended', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const server = spawn(
      process.execPath,
      ['scripts/serve-dist.mjs', 'dist', '--port', '0', '--exit-with', String(owner.pid)],
      {
        stdio: 'ignore',
      },
    );
    try {
      await new Promise((r) => setTimeout(r, 1500));
      expect(server.exitCode, 'still serving while its owner runs').toBeNull();
      owner.kill();
      const [code] = await once(server, 'exit');
      expect(code).toBe(0);
    } finally {
      owner.kill();
      server.kill();
    }
  }, 15_000);
});
