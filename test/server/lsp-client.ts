// Test harness: runs the real bundled server (`node dist/server.js --stdio`) as a child process
// and speaks LSP to it like an editor does. Everything the server sends is recorded; tests wait
// for conditions on that record (never for a fixed time).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/lsp/protocol';

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const DEFAULT_WAIT_MS = 30_000;

export interface TestServer {
  conn: ProtocolConnection;
  child: ChildProcess;
  capabilities: ServerCapabilities;
  /** Latest diagnostics per URI, as published. */
  diagnostics: Map<string, Diagnostic[]>;
  logs: string[];
  statuses: StatusParams[];
  progress: Array<{ kind: string; message?: string; percentage?: number }>;
  registrations: Array<{ method: string; registerOptions?: unknown }>;
  /** What the server asked for via workspace/configuration; tests may change it. */
  settings: Record<string, unknown>;
  /** Resolves with the first non-undefined value of `check`, re-evaluated on every message. */
  waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

export async function startServer(folder: string, settings: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<TestServer> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters = new Set<() => void>();
  const changed = () => waiters.forEach((w) => w());

  const s: TestServer = {
    conn, child, settings, capabilities: {},
    diagnostics: new Map(), logs: [], statuses: [], progress: [], registrations: [],
    waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const attempt = () => {
          let v: T | undefined | false;
          try {
            v = check();
          } catch (e) {
            v = undefined;
            if (!(e instanceof Error && e.name === 'AssertionError')) throw e;
          }
          if (v !== undefined && v !== false) {
            done();
            resolve(v);
          }
        };
        const timer = setTimeout(() => {
          done();
          const tail = s.logs.slice(-15).join('\n');
          reject(new Error(`timed out waiting for ${what}\n--- server log (tail) ---\n${tail}\n--- stderr ---\n${stderr.join('').slice(-2000)}`));
        }, timeoutMs);
        const exited = () => {
          done();
          reject(new Error(`server exited while waiting for ${what}: ${stderr.join('').slice(-2000)}`));
        };
        const done = () => {
          clearTimeout(timer);
          waiters.delete(attempt);
          child.off('exit', exited);
        };
        child.once('exit', exited);
        waiters.add(attempt);
        attempt();
      });
    },
    async stop() {
      try {
        if (child.exitCode === null) {
          await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
          await conn.sendNotification('exit').catch(() => undefined);
        }
      } catch {
        // the process may already be gone; it is killed below either way
      } finally {
        conn.dispose();
        if (child.exitCode === null && child.pid) child.kill('SIGKILL');
      }
    },
  };

  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    s.diagnostics.set(p.uri, p.diagnostics);
    changed();
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    s.logs.push(p.message);
    changed();
  });
  conn.onNotification('crosscheck/status', (p: StatusParams) => {
    s.statuses.push(p);
    changed();
  });
  conn.onNotification('$/progress', (p: { value: { kind: string; message?: string; percentage?: number } }) => {
    s.progress.push(p.value);
    changed();
  });
  conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
    p.items.map((i) => (i.section === 'crosscheck' ? s.settings : null)));
  conn.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
    s.registrations.push(...p.registrations);
    changed();
    return null;
  });
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.listen();

  const folderUri = pathToFileURL(folder).href;
  const init: InitializeParams = {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'articles' }],
    initializationOptions,
    capabilities: {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        semanticTokens: { refreshSupport: true },
      },
      window: { workDoneProgress: true },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true },
        synchronization: { dynamicRegistration: false },
      },
    },
  };
  try {
    s.capabilities = ((await conn.sendRequest('initialize', init)) as InitializeResult).capabilities;
    await conn.sendNotification('initialized', {});
  } catch (e) {
    await s.stop();
    throw e;
  }
  return s;
}
