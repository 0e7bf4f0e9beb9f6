// Every process the end-to-end tests start goes through here: spawned detached (its own
// process group, so the file watchers code-server forks go with it) and stopped by
// group id, on purpose, on failure, and when node exits for any reason.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

process.on('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const child of live) killGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** SIGTERM the whole group, then SIGKILL what is left after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
  await Promise.race([exited, timer]);
  // The leader may be gone while forked children linger in the group.
  killGroup(child, 'SIGKILL');
  live.delete(child);
}

/** Runs a command to completion, returning its output; rejects with that output on failure. */
export function run(command: string, args: string[], options: SpawnOptions & { timeoutMs?: number; showStderr?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(command, args, { ...options, stdio: ['ignore', 'pipe', options.showStderr ? 'inherit' : 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          void stopGroup(child, 0);
          reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs} ms\n${output}`));
        }, options.timeoutMs)
      : undefined;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${output}`));
    });
  });
}
