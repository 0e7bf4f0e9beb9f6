// A throw-away code-server (VS Code 1.100.3 server + web workbench): its own extensions
// folder, user-data folder and workspace copy, on a free loopback port.
import { createServer } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { run, spawnGroup, stopGroup } from './processes';
import { waitFor } from './poll';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Installs (or reuses) the pinned code-server; returns its binary. */
export async function setupCodeServer(): Promise<string> {
  // Its progress (apt, npm, native rebuilds) goes straight to stderr: a first install takes minutes.
  const out = await run('bash', [join(ROOT, 'scripts/e2e/setup-code-server.sh')], { timeoutMs: 15 * 60_000, showStderr: true });
  const bin = out.trim().split('\n').pop() ?? '';
  if (!bin.endsWith('code-server')) throw new Error(`setup-code-server.sh printed no binary path:\n${out}`);
  return bin;
}

/** A port the kernel says is free right now (bind port 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Sandbox {
  dir: string;
  extensionsDir: string;
  userDataDir: string;
  workspace: string;
  configFile: string;
}

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 150,
  // Articles are one paragraph per line: wrap them so every word is on screen.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  // The Problems panel is read row by row; sticky headers would duplicate rows.
  'workbench.tree.enableStickyScroll': false,
  'editor.lightbulb.enabled': 'on',
  'files.autoSave': 'off',
  'git.enabled': false,
};

/** Fresh folders under the system temp dir, with a COPY of `workspaceSource`: tests edit it. */
export function makeSandbox(workspaceSource: string, settings: Record<string, unknown> = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
  const box: Sandbox = {
    dir,
    extensionsDir: join(dir, 'extensions'),
    userDataDir: join(dir, 'user-data'),
    workspace: join(dir, 'workspace'),
    configFile: join(dir, 'config.yaml'),
  };
  mkdirSync(box.extensionsDir, { recursive: true });
  mkdirSync(join(box.userDataDir, 'User'), { recursive: true });
  writeFileSync(join(box.userDataDir, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  // Without --config, code-server writes ~/.config/code-server/config.yaml with a password.
  writeFileSync(box.configFile, 'auth: none\n');
  cpSync(workspaceSource, box.workspace, { recursive: true });
  return box;
}

export async function installVsix(bin: string, vsix: string, box: Sandbox): Promise<string> {
  return run(bin, ['--config', box.configFile, '--extensions-dir', box.extensionsDir, '--user-data-dir', box.userDataDir, '--install-extension', vsix, '--force'], {
    timeoutMs: 120_000,
  });
}

export interface RunningCodeServer {
  url: string;
  port: number;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

export async function startCodeServer(bin: string, box: Sandbox, extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunningCodeServer> {
  const port = await freePort();
  const logFile = join(box.dir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawnGroup(
    bin,
    [
      '--config', box.configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--extensions-dir', box.extensionsDir,
      '--user-data-dir', box.userDataDir,
      ...extraArgs,
      box.workspace,
    ],
    { stdio: ['ignore', log, log], env: { ...process.env, ...env } },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  try {
    await waitFor(
      `code-server to answer on ${url}/healthz`,
      async () => {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
        const res = await fetch(`${url}/healthz`).catch(() => undefined);
        return res?.ok;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
      () => readFileSync(logFile, 'utf8').slice(-2000),
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, process: child, logFile, stop };
}

/** All files under `dir` whose path matches `re`, for reading VS Code's log folders. */
export function findFiles(dir: string, re: RegExp): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p);
      else if (re.test(p)) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}

export function removeSandbox(box: Sandbox): void {
  rmSync(box.dir, { recursive: true, force: true });
}
