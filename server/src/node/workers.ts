// Per-document analysis off the main thread, with the on-disk cache in front of it. Analysis is
// pure and its result plain data, so worker threads (workers-entry.ts) can do it in parallel on
// every core while the main thread stays free to answer the editor. Whatever goes wrong with
// the workers (no bundle, another model, a crash), the same analysis runs in the main thread
// instead: workers only ever make things faster, never different.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { NEVER_CANCELLED, type Cancellation } from '../core/api';
import type { DocumentAnalysis, DocumentInput } from '../core/model';
import type { EntityRecognizer } from '../core/ner/recognizer';
import { analyzeDocument } from '../core/pipeline';
import { AnalysisCache, analysisCodeId, decodeAnalysis, isInside, withLazyTokens } from './cache';
import { bundledWorkerScript, defaultThreads, takeEarlyWorker } from './early-workers';

export { defaultThreads };

export interface WorkerJob {
  id: number;
  uri: string;
  text: string;
  version: number;
  /** The cache key of the text ('' without a cache), written into the entry. */
  key: string;
}

export type WorkerAnswer =
  | { kind: 'ready'; modelId: string }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; id: number; entry: string }
  | { kind: 'error'; id: number; message: string };

export interface WorkerScript {
  /** The worker's module (dist/workers.js), or with `eval` the code that loads it. */
  file: string;
  eval?: boolean;
}

/**
 * What a job gives: a worker's entry string, an analysis made in the main thread (see
 * WorkerPool's `local`), or undefined when the main thread saw the job cancelled.
 */
export type PoolResult = string | DocumentAnalysis | undefined;

/** Analyses a job in the main thread (undefined: cancelled). */
export type LocalAnalysis = (input: DocumentInput, token: Cancellation) => DocumentAnalysis | undefined;

interface Pending {
  job: WorkerJob;
  token: Cancellation;
  resolve: (result: PoolResult) => void;
  reject: (e: Error) => void;
}

/**
 * Jobs sent to one worker before it answers the first: they cover the message round trip and
 * the main thread's turns, which wait for its own analysis and for what it does with results
 * when it helps. In a cold CoNLL index the worker waited for work 5-10% of its time with 4 (it
 * timed the gaps between its jobs), 2% with 8; 12 and 16 gained nothing more, and each job in
 * flight is one the main thread may wait for at the end.
 */
const IN_FLIGHT_PER_WORKER = 8;
/** Workers that die are replaced this many times in all, then the pool gives up. */
const MAX_RESTARTS = 3;
/**
 * Workers idle this long are stopped (and started again when work comes): their memory is
 * given back while the main thread builds the cross-source index after indexing.
 */
const IDLE_MS = 1000;
/**
 * The longest text the main thread takes from the queue when it helps (see WorkerPool's
 * `local`): about 2,000 words, some 20 ms of analysis, so that requests never wait long.
 */
const LOCAL_MAX_CHARS = 12_000;
/**
 * Characters of cache entries held back at most (Analyzer.holdWrites): about 25 MB, the entries
 * of ~2,000 news articles (an entry is ~10x its text); a larger batch writes as it goes.
 */
const HELD_CHARS_MAX = 25_000_000;

class PoolWorker {
  readonly inFlight = new Map<number, Pending>();
  ready = false;
  constructor(readonly worker: Worker) {}
}

/**
 * A fixed number of analysis threads sharing one queue. With `local`, the main thread is one of
 * the analysers too: whenever it has nothing else to do (a setImmediate turn, after pending
 * messages and requests) it takes the next short queued job itself. Its analyses need no
 * encoding, no message and no decoding, and it takes work from the first moment, while the
 * workers still load; so on a machine with N cores N - 1 workers and the main thread do the work
 * of N workers with less CPU.
 */
export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private restarts = 0;
  private broken: string | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private helping = false;

  constructor(
    private readonly size: number,
    private readonly script: WorkerScript,
    private readonly modelId: string,
    private readonly log: (message: string) => void = () => undefined,
    private readonly idleMs = IDLE_MS,
    private readonly local?: LocalAnalysis,
  ) {}

  /** Worker threads alive now. */
  get running(): number {
    return this.workers.length;
  }

  /** Why the pool no longer takes work (callers then analyse in-process), if it does not. */
  get failure(): string | undefined {
    return this.broken;
  }

  /**
   * The analysis of `input`: a worker's entry string, or the analysis itself when the main
   * thread did it; rejects when the pool cannot do it. `token` is read by the main thread only.
   */
  run(input: DocumentInput, key: string, token: Cancellation = NEVER_CANCELLED): Promise<PoolResult> {
    if (this.broken) return Promise.reject(new Error(this.broken));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, uri: input.uri, text: input.text, version: input.version, key }, token, resolve, reject });
      while (this.workers.length < this.size && this.workers.length < this.queue.length + this.busy()) this.spawn();
      this.dispatch();
      this.help();
    });
  }

  /** Schedules the main thread's next job, if it helps and a short one is queued. */
  private help(): void {
    if (!this.local || this.helping || !this.queue.some(isShort)) return;
    this.helping = true;
    setImmediate(() => {
      this.helping = false;
      if (this.broken) return;
      const i = this.queue.findIndex(isShort);
      if (i < 0) return;
      const [p] = this.queue.splice(i, 1);
      try {
        p.resolve(this.local!({ uri: p.job.uri, text: p.job.text, version: p.job.version }, p.token));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
      this.dispatch(); // the queue is shorter: idle workers may stop
      this.help();
    });
  }

  /**
   * Starts the workers before work comes, so that their start (loading the code and the model)
   * overlaps what the caller does first (listing a folder). Unused, they stop after the idle wait.
   */
  warmUp(): void {
    if (this.broken) return;
    while (this.workers.length < this.size && !this.broken) this.spawn();
    this.dispatch();
  }

  private busy(): number {
    return this.workers.reduce((n, w) => n + w.inFlight.size, 0);
  }

  private spawn(): void {
    const early = takeEarlyWorker(this.script);
    let worker: Worker;
    try {
      worker = early?.worker ?? new Worker(this.script.file, { eval: this.script.eval ?? false });
    } catch (e) {
      this.fail(`cannot start analysis worker: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const w = new PoolWorker(worker);
    this.workers.push(w);
    worker.on('message', (m: WorkerAnswer) => this.answer(w, m));
    worker.on('error', (e) => this.lost(w, `analysis worker failed: ${e.message}`));
    worker.on('exit', (code) => this.lost(w, `analysis worker exited (code ${code})`));
    if (!early) return;
    for (const m of early.answers) this.answer(w, m as WorkerAnswer);
    if (early.ended) this.lost(w, early.ended);
  }

  private answer(w: PoolWorker, m: WorkerAnswer): void {
    if (m.kind === 'ready') {
      if (m.modelId !== this.modelId) {
        this.fail(`analysis workers load model ${m.modelId}, the main thread has ${this.modelId}: analysing in the main thread`);
        return;
      }
      w.ready = true;
    } else if (m.kind === 'failed') {
      this.fail(`analysis worker could not start: ${m.message}`);
      return;
    } else {
      const p = w.inFlight.get(m.id);
      w.inFlight.delete(m.id);
      if (p) {
        if (m.kind === 'done') p.resolve(m.entry);
        else p.reject(new Error(m.message));
      }
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const w of this.workers) {
      if (!w.ready) continue;
      while (this.queue.length && w.inFlight.size < IN_FLIGHT_PER_WORKER) {
        const p = this.queue.shift()!;
        w.inFlight.set(p.job.id, p);
        w.worker.postMessage(p.job);
      }
    }
    // Idle workers must not keep a finished process alive, nor their memory for long.
    for (const w of this.workers) {
      if (w.inFlight.size || this.queue.length) w.worker.ref();
      else w.worker.unref();
    }
    const idle = this.queue.length === 0 && this.busy() === 0;
    if (!idle && this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
    } else if (idle && !this.idleTimer && this.workers.length) {
      this.idleTimer = setTimeout(() => this.retire(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  /** Stops the workers now if they have nothing to do (new work starts new ones). */
  release(): void {
    if (this.queue.length || this.busy()) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.retire();
  }

  /** Stops idle workers; new work starts new ones. */
  private retire(): void {
    this.idleTimer = undefined;
    if (this.queue.length || this.busy()) return;
    for (const w of this.workers.splice(0)) void w.worker.terminate();
  }

  /** A worker died: its jobs fail (the caller redoes them in-process), a replacement starts. */
  private lost(w: PoolWorker, why: string): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    for (const p of w.inFlight.values()) p.reject(new Error(why));
    w.inFlight.clear();
    if (this.broken) return;
    this.log(why);
    if (++this.restarts > MAX_RESTARTS) this.fail(`${why}; analysing in the main thread from now on`);
    else if (this.queue.length) this.spawn();
  }

  /** Stops using workers: queued jobs are rejected (and redone in-process by the caller). */
  private fail(why: string, quiet = false): void {
    if (this.broken) return;
    this.broken = why;
    if (!quiet) this.log(why);
    for (const p of this.queue.splice(0)) p.reject(new Error(why));
    const workers = this.workers.splice(0);
    for (const w of workers) {
      for (const p of w.inFlight.values()) p.reject(new Error(why));
      void w.worker.terminate();
    }
  }

  async dispose(): Promise<void> {
    this.fail('analysis pool closed', true);
  }
}

export interface AnalyzerOptions {
  /** The main thread's recogniser: the fallback, and the model workers must also have. */
  recognizer: EntityRecognizer;
  /**
   * Worker threads; 0 analyses in the main thread. Default: one per core, or one per core but
   * one when the main thread helps.
   */
  threads?: number;
  /** The main thread analyses queued short articles too whenever it is idle (see WorkerPool). */
  mainThreadHelps?: boolean;
  /** The worker module; default dist/workers.js beside this bundle. */
  script?: WorkerScript;
  cache?: AnalysisCache;
  log?: (message: string) => void;
  /** How long workers stay without work before they stop (default 1 s). */
  idleMs?: number;
  /** Characters of cache entries holdWrites() keeps at most (default HELD_CHARS_MAX). */
  heldCharsMax?: number;
}

export interface AnalyzerStats {
  cached: number;
  inWorkers: number;
  inMainThread: number;
  cancelled: number;
}

/**
 * Threads worth starting for `documents` analyses: starting one costs about as much as
 * analysing a few dozen articles (it loads the model), so a handful of articles stay in the
 * main thread; more take a worker per core but one, and the main thread helps. `requested` (a
 * --threads option) is the number of workers, and the main thread then leaves the work to them.
 */
export function threadsFor(documents: number, requested?: number): Pick<AnalyzerOptions, 'threads' | 'mainThreadHelps'> {
  if (requested !== undefined) return { threads: requested, mainThreadHelps: false };
  return documents >= 32 ? { threads: defaultThreads() - 1, mainThreadHelps: true } : { threads: 0 };
}

/** Analyses documents: from the cache when it has them, else in a worker, else in-process. */
export class Analyzer {
  readonly stats: AnalyzerStats = { cached: 0, inWorkers: 0, inMainThread: 0, cancelled: 0 };
  private readonly pool: WorkerPool | undefined;
  /** Cache writes kept back by holdWrites(), in order, and the characters they hold. */
  private held: Array<() => void> = [];
  private heldChars = 0;
  private holding = false;

  constructor(private readonly options: AnalyzerOptions) {
    const helps = options.mainThreadHelps ?? false;
    const threads = options.threads ?? (helps ? defaultThreads() - 1 : defaultThreads());
    const script = options.script ?? bundledWorkerScript();
    const local: LocalAnalysis | undefined = helps ? (input, token) => analyzeDocument(input, options.recognizer, token) : undefined;
    this.pool = threads > 0 && script ? new WorkerPool(threads, script, options.recognizer.id, options.log, options.idleMs, local) : undefined;
  }

  get cache(): AnalysisCache | undefined {
    return this.options.cache;
  }

  /** Worker threads alive now (they stop when idle). */
  get threadsRunning(): number {
    return this.pool?.running ?? 0;
  }

  /** Starts the worker threads now, ahead of the work (see WorkerPool.warmUp). */
  warmUp(): void {
    this.pool?.warmUp();
  }

  /**
   * The batch of work is over: the worker threads stop now instead of after the idle wait, so
   * their memory is back before the cross-source index is built. Work that comes later starts
   * them again.
   */
  release(): void {
    this.pool?.release();
  }

  /**
   * Keeps cache writes back until writeHeld(), for a batch whose results are wanted before the
   * cache is: writing each analysis as it came (encoding the main thread's own, then the bytes
   * and the system calls) took ~0.2 s of the main thread's time in a cold CoNLL index, on the
   * way to the first diagnostics. Past HELD_CHARS_MAX characters they are written at once.
   */
  holdWrites(): void {
    this.holding = true;
  }

  /** Writes what holdWrites() kept, in order, and writes at once from now on. */
  writeHeld(): void {
    this.holding = false;
    const held = this.held;
    this.held = [];
    this.heldChars = 0;
    for (const write of held) write();
  }

  /** The analysis of `input`, or undefined when `token` was cancelled first. Never throws. */
  async analyze(input: DocumentInput, token: Cancellation = NEVER_CANCELLED): Promise<DocumentAnalysis | undefined> {
    if (token.isCancellationRequested) return this.cancelled();
    const cache = this.options.cache;
    const key = cache ? cache.key(input.text) : '';
    if (cache) {
      const hit = await cache.get(input, key);
      if (hit) {
        this.stats.cached++;
        return hit;
      }
      if (token.isCancellationRequested) return this.cancelled();
    }
    if (this.pool && !this.pool.failure) {
      try {
        const entry = await this.pool.run(input, key, token);
        if (entry === undefined) return this.cancelled();
        if (typeof entry !== 'string') {
          this.stats.inMainThread++;
          return this.stored(entry, key);
        }
        const analysis = decodeAnalysis(entry, key, input);
        if (analysis) {
          this.stats.inWorkers++;
          if (cache) this.write(entry.length, () => cache.putEncoded(key, entry));
          return analysis;
        }
      } catch {
        // the pool said why (log); the main thread does this one
      }
      if (token.isCancellationRequested) return this.cancelled();
    }
    // Let pending messages and requests through between documents analysed here.
    await new Promise((r) => setImmediate(r));
    const analysis = analyzeDocument(input, this.options.recognizer, token);
    if (!analysis) return this.cancelled();
    this.stats.inMainThread++;
    return this.stored(analysis, key);
  }

  /**
   * An analysis made in this thread, its tokens dropped when the text gives them, and stored (or
   * to be): encoding it then does not make those tokens again (see encodeAnalysis).
   */
  private stored(analysis: DocumentAnalysis, key: string): DocumentAnalysis {
    const kept = withLazyTokens(analysis);
    const cache = this.options.cache;
    // Not encoded yet: counted as its entry will be, ~10x its text (see HELD_CHARS_MAX).
    if (cache) this.write(kept.text.length * 10, () => cache.put(kept, key));
    return kept;
  }

  private write(chars: number, write: () => void): void {
    if (!this.holding) {
      write();
      return;
    }
    this.held.push(write);
    this.heldChars += chars;
    if (this.heldChars > (this.options.heldCharsMax ?? HELD_CHARS_MAX)) {
      this.writeHeld();
      this.holding = true;
    }
  }

  private cancelled(): undefined {
    this.stats.cancelled++;
    return undefined;
  }

  /** Stops the workers, writes what was held and waits for cache writes. */
  async dispose(): Promise<void> {
    this.writeHeld();
    await this.pool?.dispose();
    await this.options.cache?.flush();
  }
}

/**
 * Runs `work` over `items` with at most `limit` in flight and hands each result to `apply` in
 * the items' order (so what is built from the results does not depend on which finished first).
 */
export async function mapInOrder<T, R>(
  items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>, apply: (result: R, index: number) => void,
): Promise<void> {
  const results = new Array<R>(items.length);
  const done = new Array<boolean>(items.length).fill(false);
  let next = 0;
  let applied = 0;
  const drain = () => {
    while (applied < items.length && done[applied]) {
      apply(results[applied], applied);
      results[applied] = undefined as R; // let it go once applied
      applied++;
    }
  };
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
      done[i] = true;
      drain();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  drain();
}

/**
 * The language server's analyzer: worker threads, and the cache in the editor's storage folder
 * for this workspace (initializationOptions.storagePath). No cache without one, or when it would
 * lie inside a workspace folder.
 */
export function serverAnalyzer(
  recognizer: EntityRecognizer, storagePath: unknown, folders: readonly string[], log: (message: string) => void,
): Analyzer {
  let cache: AnalysisCache | undefined;
  if (typeof storagePath === 'string' && path.isAbsolute(storagePath)) {
    const dir = path.join(storagePath, 'analyses');
    const codeId = analysisCodeId();
    if (folders.some((f) => isInside(dir, f))) log(`Analysis cache off: ${dir} is inside a workspace folder`);
    else if (!codeId) log('Analysis cache off: cannot tell the version of the analysis code');
    else cache = new AnalysisCache({ dir, modelId: recognizer.id, codeId, onWriteError: log });
  }
  return new Analyzer({ recognizer, cache, log, mainThreadHelps: true });
}

function isShort(p: Pending): boolean {
  return p.job.text.length <= LOCAL_MAX_CHARS;
}
