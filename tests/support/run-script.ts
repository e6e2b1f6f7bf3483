/**
 * Runs `node <args>` and resolves with its exit status and output. Asynchronous on purpose: a test that
 * waits in spawnSync blocks its vitest worker, which then misses vitest's own messages ("Timeout calling
 * onTaskUpdate") when the machine is busy.
 */
import { spawn } from 'node:child_process';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
