// Analysis worker threads started as the language server's process starts, for its pool
// (workers.ts) to adopt. A worker takes 150-250 ms to load its bundle and the model. Started at
// `initialize`, after the server's own bundle has loaded, it was ready 130-270 ms after the
// folder had been listed, and only the main thread analysed meanwhile; started here, its load
// overlaps the server's. Imports node modules only (and a type), so that the rest of the bundle
// evaluates after it has started them.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerScript } from './workers';

/** The worker script beside the running bundle, when there is one. */
export function bundledWorkerScript(here: string = typeof __dirname === 'string' ? __dirname : ''): WorkerScript | undefined {
  const file = here ? path.join(here, 'workers.js') : '';
  return file && existsSync(file) ? { file } : undefined;
}

/** Default analysis thread count: every core (at most 8). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** What a worker said and whether it ended before a pool took it (answers in order). */
export interface EarlyWorker {
  worker: Worker;
  answers: unknown[];
  /** Why it stopped, when it did. */
  ended?: string;
}

interface Waiting extends EarlyWorker {
  script: WorkerScript;
  release: () => void;
}

const waiting: Waiting[] = [];

/** Workers a pool has not taken are stopped after this long (a server without a folder). */
const UNTAKEN_MS = 10_000;

/**
 * Starts `count` workers of `script` now (default: one per core but one, as the server's pool
 * has when its main thread helps); those not taken within `untakenMs` stop. Never throws: a
 * worker that cannot start is left to the pool, which tries again and says why.
 */
export function startEarlyWorkers(script: WorkerScript, count = defaultThreads() - 1, untakenMs = UNTAKEN_MS): void {
  const started: Waiting[] = [];
  for (let i = 0; i < count; i++) {
    let worker: Worker;
    try {
      worker = new Worker(script.file, { eval: script.eval ?? false });
    } catch {
      break;
    }
    const w: Waiting = { worker, script, answers: [], release: () => undefined };
    const onMessage = (m: unknown) => w.answers.push(m);
    const onError = (e: Error) => (w.ended ??= `analysis worker failed: ${e.message}`);
    const onExit = (code: number) => (w.ended ??= `analysis worker exited (code ${code})`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.unref(); // an untaken worker must not keep the process alive
    w.release = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    waiting.push(w);
    started.push(w);
  }
  setTimeout(() => {
    for (const w of started) {
      const i = waiting.indexOf(w);
      if (i < 0) continue;
      waiting.splice(i, 1);
      w.release();
      void w.worker.terminate();
    }
  }, untakenMs).unref();
}

/**
 * A worker started early with `script`, no longer listened to here: the caller attaches its own
 * listeners, then replays `answers` and `ended`. Events come on this thread's loop, so none is
 * missed between the two.
 */
export function takeEarlyWorker(script: WorkerScript): EarlyWorker | undefined {
  const i = waiting.findIndex((w) => w.script.file === script.file && !w.script.eval === !script.eval);
  if (i < 0) return undefined;
  const [w] = waiting.splice(i, 1);
  w.release();
  return { worker: w.worker, answers: w.answers, ended: w.ended };
}

/** Workers started early and not taken yet: how many answers each has kept, whether it ended. */
export function earlyWorkersWaiting(): Array<{ answers: number; ended: boolean }> {
  return waiting.map((w) => ({ answers: w.answers.length, ended: w.ended !== undefined }));
}
