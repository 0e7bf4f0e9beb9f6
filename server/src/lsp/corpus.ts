// The server's view of the article corpus: which documents are articles, where their text
// comes from (the editor's buffer when open, the disk otherwise), and keeping the core
// Workspace, the published diagnostics and the status bar in step with both. LSP handlers
// (server.ts) only ask it questions; nothing here formats protocol responses except through
// to-proto.ts.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotation } from '../core/annotations/model';
import { NEVER_CANCELLED, type Cancellation } from '../core/api';
import type { DocumentAnalysis, DocumentInput, Finding } from '../core/model';
import type { EntityRecognizer } from '../core/ner/recognizer';
import { LineIndex } from '../core/text/line-index';
import { Workspace } from '../core/workspace';
import { listArticleFiles, readArticle, type ArticleFile } from '../node/host';
import { textHash, type Snapshot, type SnapshotStore } from '../node/snapshot';
import { mapInOrder } from '../node/workers';
import type { ReanalyzeResult, StatusParams } from './protocol';
import { DiagnosticsPublisher } from './publisher';
import { DEFAULT_SETTINGS, filesChanged, type Settings } from './settings';
import { UpdateQueue, type Update } from './update-queue';
import { ArticleMatcher, canonicalUri, pathToUri, uriToPath } from './uri';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
}

export interface CorpusHost {
  recognizer: EntityRecognizer;
  log: Logger;
  /** Both may return a promise of the message being written out. */
  sendDiagnostics(uri: string, diagnostics: Diagnostic[]): unknown;
  sendStatus(status: StatusParams): unknown;
  /** Asks the editor to re-request semantic tokens (modifiers depend on other documents). */
  refreshTokens(): void;
  startProgress(title: string): Promise<Progress>;
  /** Debounce for edits while typing. */
  debounceMs: number;
  /** Analyses an article read from disk elsewhere (worker threads, the cache); else it is done in place. */
  analyze?(input: DocumentInput, token: Cancellation): Promise<DocumentAnalysis | undefined>;
  /** Indexing starts: what can wait until its results are out (cache writes) waits. */
  indexing?(): void;
  /** Indexing is over: what only indexing needs (worker threads) may go before the index is built. */
  indexed?(): void;
  /** Indexing's results are written out: what waited for them may go. */
  settled?(): void;
  /** Diagnostics that are not findings (annotations that lost their place), published with them. */
  extraFindings?(ws: Workspace): Finding[];
  /** Where the published diagnostics are saved for the next start (none: every start indexes first). */
  snapshots?(): SnapshotStore | undefined;
}

/** Longest stretch of indexing work between two turns of the event loop. */
const BREATHE_MS = 10;
/**
 * Quiet time after indexing, and after any other publish, before the snapshot is saved (counted
 * from when what was published is written out; it is also saved at shutdown). Saving 10,000
 * articles' diagnostics takes a few hundred ms of the main thread, so edits save rarely: a
 * snapshot that is out of date is never shown (its texts no longer match), it only makes the
 * next start take the normal path.
 */
const SAVE_AFTER_INDEXING_MS = 1000;
const SAVE_AFTER_EDITS_MS = 30_000;
/**
 * After indexing, this long after its results are written out: make what the first edit would
 * otherwise make (Workspace.prepareForEdits; about half a second at 10,000 articles).
 */
const PREPARE_EDITS_AFTER_MS = 200;

export type FileChange = { uri: string; kind: 'created' | 'changed' | 'deleted' };

export class Corpus {
  private ws: Workspace;
  private settings: Settings = DEFAULT_SETTINGS;
  private folders: string[] = [];
  private matcher = new ArticleMatcher([], DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
  /** Documents open in the editor, by canonical URI: their buffer wins over the disk. */
  private readonly open = new Map<string, TextDocument>();
  private readonly opening = new Set<string>();
  private readonly queue: UpdateQueue;
  private readonly publisher: DiagnosticsPublisher;
  /** Latest disk read per URI: an older read finishing late is discarded. */
  private readonly readTickets = new Map<string, number>();
  private readonly skipped = new Map<string, string>();
  private readonly tooLargeLogged = new Set<string>();
  private readonly lineIndexes = new WeakMap<DocumentAnalysis, LineIndex>();
  private diskVersion = 0;
  private generation = 0;
  private indexing = false;
  private dirty = false;
  private publishPending = false;
  private conflicts = 0;
  private findingCount = 0;
  private disposed = false;
  /** The reviewer's annotations (sources are document uris): kept across fresh workspaces. */
  private annotations: readonly Annotation[] = [];
  /** The date the workspace was configured with (findings depend on it). */
  private day = today();
  /**
   * True while the diagnostics shown are a snapshot saved for exactly this state of the folder
   * and the index is rebuilt behind them; `restored` is what the status says meanwhile.
   */
  private restoring = false;
  private restored: { articles: number; skipped: number; conflicts: number; findings: number } | undefined;
  private snapshotTried = false;
  private readyWaiters: Array<() => void> = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Settles when the last status sent, and so everything sent before it, is written out. */
  private written: Promise<unknown> = Promise.resolve();
  private readonly hashes = new Map<string, { text: string; hash: string }>();

  constructor(private readonly host: CorpusHost) {
    this.ws = this.newWorkspace();
    this.queue = new UpdateQueue(host.debounceMs, (batch) => this.applyBatch(batch));
    this.publisher = new DiagnosticsPublisher({ send: (uri, d) => host.sendDiagnostics(uri, d) });
  }

  private newWorkspace(): Workspace {
    this.day = today();
    const ws = new Workspace({ recognizer: this.host.recognizer, config: { severities: this.settings.rules, today: this.day } });
    if (this.annotations?.length) ws.setAnnotations(this.annotations);
    return ws;
  }

  /** New annotations (after a write or a reload of the store): every article's diagnostics follow. */
  setAnnotations(list: readonly Annotation[]): void {
    this.annotations = list;
    this.queue.flush();
    this.ws.setAnnotations(list);
    this.markDirty();
    this.schedulePublish();
  }

  // --- questions --------------------------------------------------------------------------

  /** The workspace with every queued edit applied, so answers match the editor's text. */
  current(): Workspace {
    this.queue.flush();
    return this.ws;
  }

  /** Line index of a document's analysed text (the text the core's spans refer to). */
  linesOf = (uri: string): LineIndex | undefined => {
    const a = this.ws.analysis(uri);
    if (!a) return undefined;
    let lines = this.lineIndexes.get(a);
    if (!lines) this.lineIndexes.set(a, (lines = new LineIndex(a.text)));
    return lines;
  };

  /**
   * Resolves once the index is built: at once, except while a start shows a snapshot's
   * diagnostics (requests that need the index wait rather than answer from half of it).
   */
  whenReady(): Promise<void> {
    if (!this.restoring || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  // --- configuration ------------------------------------------------------------------------

  setFolders(folderUris: string[]): void {
    this.folders = folderUris.map((u) => uriToPath(u)).filter((p): p is string => !!p);
    this.matcher = new ArticleMatcher(this.folders, this.settings.include, this.settings.exclude);
  }

  /** Applies new settings; returns true when the article files must be re-listed. */
  applySettings(next: Settings): boolean {
    const prev = this.settings;
    this.settings = next;
    this.matcher = new ArticleMatcher(this.folders, next.include, next.exclude);
    if (JSON.stringify(prev.rules) !== JSON.stringify(next.rules)) {
      this.day = today();
      this.ws.configure({ severities: next.rules, today: this.day });
      this.markDirty();
    }
    return filesChanged(prev, next);
  }

  // --- editor documents ----------------------------------------------------------------------

  didOpen(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    this.open.set(uri, doc);
    this.opening.add(uri);
  }

  didChangeContent(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    this.open.set(uri, doc);
    // Opening a document is analysed at once; typing waits for a pause.
    const delay = this.opening.delete(uri) ? 0 : this.host.debounceMs;
    if (this.isArticleDocument(uri, doc)) {
      this.queue.push({ kind: 'set', input: { uri, text: doc.getText(), version: doc.version } }, delay);
    } else if (this.ws.has(uri)) {
      this.queue.push({ kind: 'remove', uri }, delay);
    }
  }

  didClose(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    this.open.delete(uri);
    this.opening.delete(uri);
    this.queue.cancel(uri);
    // Unsaved edits are gone with the editor: the article is what the disk says again.
    const path = uriToPath(uri);
    if (path && this.matcher.matches(path)) {
      void this.loadFromDisk(uri, path).then(() => this.schedulePublish());
    } else if (this.ws.has(uri)) {
      this.ws.removeDocument(uri);
      this.markDirty();
      this.schedulePublish();
    }
  }

  private isArticleDocument(uri: string, doc: TextDocument): boolean {
    const path = uriToPath(uri);
    const isArticle = doc.languageId === 'article' || (!!path && this.matcher.matches(path));
    if (!isArticle) return false;
    if (doc.getText().length > this.settings.maxFileSize) {
      if (!this.tooLargeLogged.has(uri)) {
        this.tooLargeLogged.add(uri);
        this.host.log.warn(`Skipped ${path ?? uri}: larger than crosscheck.maxFileSize (${this.settings.maxFileSize} bytes)`);
      }
      return false;
    }
    return true;
  }

  private applyBatch(batch: Update[]): void {
    for (const u of batch) {
      try {
        if (u.kind === 'set') this.ws.setDocument(u.input);
        else this.ws.removeDocument(u.uri);
      } catch (e) {
        this.host.log.error(`Analysis failed for ${u.kind === 'set' ? u.input.uri : u.uri}: ${describe(e)}`);
      }
    }
    this.markDirty();
    this.schedulePublish();
  }

  // --- files on disk ------------------------------------------------------------------------

  /** Reads one article from disk into the workspace, unless a newer read or the editor owns it. */
  private async loadFromDisk(uri: string, path: string): Promise<void> {
    (await this.readFromDisk(uri, path, NEVER_CANCELLED))();
  }

  /**
   * Reads and analyses one article (through host.analyze when there is one: worker threads, the
   * cache) and returns the step that takes it into the workspace, so that indexing can read many
   * at once yet take them in listing order. The step does nothing once a newer read, the editor
   * or a dispose has overtaken it.
   */
  private async readFromDisk(uri: string, path: string, token: Cancellation): Promise<() => void> {
    const ticket = (this.readTickets.get(uri) ?? 0) + 1;
    this.readTickets.set(uri, ticket);
    const stale = () => this.readTickets.get(uri) !== ticket || this.open.has(uri) || this.disposed;
    let result: Awaited<ReturnType<typeof readArticle>>;
    try {
      result = await readArticle(path, this.settings.maxFileSize);
    } catch (e) {
      result = { ok: false, reason: describe(e) };
    }
    const input = result.ok ? { uri, text: result.text, version: ++this.diskVersion } : undefined;
    let analysis: DocumentAnalysis | undefined;
    if (input && this.host.analyze && !stale() && this.ws.analysis(uri)?.text !== input.text) {
      analysis = await this.host.analyze(input, { get isCancellationRequested() { return stale() || token.isCancellationRequested; } });
      if (!analysis) return () => undefined; // overtaken
    }
    return () => {
      if (stale()) return;
      if (!result.ok) {
        this.noteSkipped(uri, path, result.reason);
        if (this.ws.removeDocument(uri)) this.markDirty();
        return;
      }
      this.skipped.delete(uri);
      for (const note of result.notes) this.host.log.info(`${path}: ${note}`);
      try {
        if (analysis) this.ws.setAnalysis(analysis);
        else this.ws.setDocument(input!);
        this.markDirty();
      } catch (e) {
        this.host.log.error(`Analysis failed for ${path}: ${describe(e)}`);
      }
    };
  }

  private noteSkipped(uri: string, path: string, reason: string): void {
    if (this.skipped.get(uri) !== reason) this.host.log.warn(`Skipped ${path}: ${reason}`);
    this.skipped.set(uri, reason);
  }

  /** Created, changed and deleted files reported by the editor's file watcher. */
  didChangeFiles(changes: FileChange[]): void {
    for (const c of changes) {
      const uri = canonicalUri(c.uri);
      if (this.open.has(uri)) continue; // the editor's buffer wins
      const path = uriToPath(uri);
      if (!path) continue;
      if (c.kind === 'deleted') {
        this.forget(uri);
        continue;
      }
      if (!this.matcher.matches(path)) continue;
      void this.loadFromDisk(uri, path).then(() => this.schedulePublish());
    }
  }

  /** Drops a deleted file, or every article under a deleted folder. */
  private forget(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const u of this.ws.uris()) {
      if ((u === uri || u.startsWith(prefix)) && !this.open.has(u)) {
        this.readTickets.set(u, (this.readTickets.get(u) ?? 0) + 1); // cancels a read in flight
        this.ws.removeDocument(u);
        this.markDirty();
      }
    }
    for (const u of [...this.skipped.keys()]) if (u === uri || u.startsWith(prefix)) this.skipped.delete(u);
    this.schedulePublish();
  }

  /**
   * Lists and reads every article in the workspace folders, with progress. `fresh` starts from
   * an empty workspace (re-analyse everything); otherwise unchanged files are kept and files no
   * longer listed are dropped. A newer call supersedes one still running.
   */
  async reindex(fresh: boolean): Promise<ReanalyzeResult> {
    const gen = ++this.generation;
    this.indexing = true;
    this.sendStatus();
    const progress = await this.host.startProgress('Crosscheck');
    const started = Date.now();
    try {
      if (fresh) {
        this.queue.flush();
        this.ws = this.newWorkspace();
        this.skipped.clear();
        for (const [uri, doc] of this.open) {
          if (this.isArticleDocument(uri, doc)) this.applyBatch([{ kind: 'set', input: { uri, text: doc.getText(), version: doc.version } }]);
        }
      }
      progress.report(0, 'Listing articles…');
      const files: ArticleFile[] = [];
      for (const folder of this.folders) {
        try {
          const listed = await listArticleFiles(folder, {
            include: this.settings.include,
            exclude: this.settings.exclude,
            maxFileSize: this.settings.maxFileSize,
            noDefaultExcludes: true, // crosscheck.exclude is the whole list (its default holds them)
          });
          files.push(...listed.files);
          for (const s of listed.skipped) this.noteSkipped(pathToUri(s.path), s.path, s.reason);
        } catch (e) {
          this.host.log.error(`Could not list ${folder}: ${describe(e)}`);
        }
        if (gen !== this.generation) return this.result();
      }
      if (!this.snapshotTried) {
        this.snapshotTried = true;
        if (await this.restore(files)) progress.report(0, 'Diagnostics shown are from the last session (nothing changed); loading the index…');
        if (gen !== this.generation) return this.result();
      }
      const listed = new Set<string>();
      let lastPercent = -1;
      const overtaken = () => gen !== this.generation || this.disposed;
      const superseded: Cancellation = { get isCancellationRequested() { return overtaken(); } };
      // Many files are read and analysed at once (host.analyze), and taken in listing order.
      this.host.indexing?.();
      let breath = performance.now();
      await mapInOrder(files, this.host.analyze ? 64 : 1, async (file) => {
        // Reads and cache hits take no turn of the event loop: let requests through every few ms.
        if (performance.now() - breath > BREATHE_MS) {
          breath = performance.now();
          await new Promise((r) => setImmediate(r));
        }
        if (superseded.isCancellationRequested) return undefined;
        const uri = file.uri; // canonical already (ArticleFile.uri)
        listed.add(uri);
        return this.open.has(uri) ? undefined : this.readFromDisk(uri, file.path, superseded);
      }, (take, i) => {
        if (superseded.isCancellationRequested) return;
        take?.();
        const percent = Math.floor(((i + 1) * 100) / files.length);
        if (percent !== lastPercent) {
          lastPercent = percent;
          progress.report(percent, `${this.restoring ? 'Loading the index' : 'Indexing articles'} ${i + 1}/${files.length}`);
        }
      });
      if (superseded.isCancellationRequested) return this.result();
      for (const uri of this.ws.uris()) {
        if (!listed.has(uri) && !this.open.has(uri)) {
          this.ws.removeDocument(uri);
          this.markDirty();
        }
      }
      this.markDirty();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      this.host.log.info(`Indexed ${this.ws.uris().length} articles in ${seconds} s (${this.skipped.size} skipped)`);
    } finally {
      progress.done();
      if (gen === this.generation) {
        this.indexing = false;
        this.host.indexed?.();
        this.publishNow(); // after a restore: sends only what differs from the snapshot (nothing, when it fitted)
        this.endRestoring();
        // Work that holds the event loop for a while (the snapshot, what edits need) starts once
        // the results are written out: until then the loop is what drains them to the editor
        // (about 25 MB at 10,000 articles).
        void this.written.then(() => {
          if (this.disposed) return;
          this.host.settled?.();
          this.scheduleSave(SAVE_AFTER_INDEXING_MS);
          setTimeout(() => {
            if (!this.disposed) this.ws.prepareForEdits();
          }, PREPARE_EDITS_AFTER_MS).unref?.();
        });
      }
    }
    return this.result();
  }

  // --- the snapshot of the diagnostics ---------------------------------------------------------

  /** Everything besides the texts that the published diagnostics depend on. */
  private context(): string {
    return JSON.stringify({
      settings: this.settings, today: this.day, annotations: this.annotations, model: this.host.recognizer.id, folders: this.folders,
    });
  }

  private hashOf(uri: string, text: string): string {
    const known = this.hashes.get(uri);
    if (known?.text === text) return known.hash;
    const hash = textHash(text);
    this.hashes.set(uri, { text, hash });
    return hash;
  }

  /**
   * At the first indexing: when the saved snapshot was made from exactly what the workspace
   * will hold (every article's text, open buffers included; settings, annotations, date, model;
   * the code, checked by the store), shows its diagnostics now. Indexing then goes on as usual
   * and its first publish sends only what differs. Anything different: nothing is shown.
   */
  private async restore(files: ArticleFile[]): Promise<boolean> {
    const store = this.host.snapshots?.();
    const snap = store?.load();
    if (!snap || snap.context !== this.context()) return false;
    const expected = snap.texts;
    const seen = new Set<string>();
    for (const [uri, doc] of this.open) {
      if (!this.isArticleDocument(uri, doc)) continue;
      if (expected[uri] !== textHash(doc.getText())) return false;
      seen.add(uri);
    }
    let unread = 0;
    for (const file of files) {
      const uri = file.uri; // canonical already (ArticleFile.uri)
      if (seen.has(uri)) continue;
      let result: Awaited<ReturnType<typeof readArticle>>;
      try {
        result = await readArticle(file.path, this.settings.maxFileSize);
      } catch {
        result = { ok: false, reason: '' };
      }
      if (this.disposed) return false;
      if (!result.ok) {
        unread++;
        continue;
      }
      if (expected[uri] !== textHash(result.text)) return false;
      seen.add(uri);
    }
    if (Object.keys(expected).length !== seen.size || snap.skipped !== this.skipped.size + unread) return false;
    const diagnostics = snap.diagnostics();
    if (!diagnostics) return false;
    this.restoring = true;
    this.restored = { articles: seen.size, skipped: snap.skipped, conflicts: snap.conflicts, findings: snap.findings };
    const sent = Object.entries(diagnostics).map(([uri, d]) => this.publisher.adopt(uri, d as Diagnostic[]));
    this.host.log.info(`Showing the diagnostics saved for these ${seen.size} articles (nothing changed since); loading the index`);
    sent.push(this.sendStatus());
    // Out to the editor before loading the index keeps the event loop busy (each message is
    // written in a turn of it).
    await Promise.all(sent);
    this.publisher.compact(); // JSON takes far less memory than the parsed diagnostics while the index loads
    return true;
  }

  private endRestoring(): void {
    if (!this.restoring) return;
    this.restoring = false;
    this.restored = undefined;
    this.sendStatus();
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private scheduleSave(ms: number): void {
    if (!this.host.snapshots || this.disposed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.written.then(() => this.saveSnapshot()), ms);
    this.saveTimer.unref?.();
  }

  /**
   * Saves the diagnostics as published with what they were made from, when they are up to date
   * (nothing indexing, nothing changed since the last publish); else the next publish saves.
   */
  saveSnapshot(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const store = this.host.snapshots?.();
    // Without a store, what was sent is still kept as JSON only (saving would do that).
    if (!store) this.publisher.compact();
    if (!store || this.indexing || this.restoring || this.dirty || this.publishPending || this.queue.size) return;
    const texts: Record<string, string> = {};
    for (const uri of this.ws.uris()) texts[uri] = this.hashOf(uri, this.ws.analysis(uri)!.text);
    for (const uri of [...this.hashes.keys()]) if (!(uri in texts)) this.hashes.delete(uri);
    const snapshot: Snapshot = { context: this.context(), texts, skipped: this.skipped.size, conflicts: this.conflicts, findings: this.findingCount };
    store.save(snapshot, this.publisher.sent());
  }

  private result(): ReanalyzeResult {
    return { articles: this.ws.uris().length, skipped: this.skipped.size };
  }

  // --- publishing -----------------------------------------------------------------------------

  private markDirty(): void {
    this.dirty = true;
  }

  schedulePublish(): void {
    if (this.publishPending || this.disposed) return;
    this.publishPending = true;
    setImmediate(() => {
      this.publishPending = false;
      this.publishNow();
    });
  }

  /** Sends the diagnostics that changed, the status, and a token refresh after any change. */
  publishNow(): void {
    if (this.indexing || this.disposed || !this.dirty) return;
    this.dirty = false;
    try {
      const findings = this.ws.findings();
      this.findingCount = findings.length;
      this.conflicts = findings.filter((f) => f.severity !== 'hint').length;
      const extra = this.host.extraFindings?.(this.ws) ?? [];
      this.publisher.publish(this.ws.uris(), extra.length ? [...findings, ...extra] : findings, this.linesOf);
      this.host.refreshTokens();
      this.scheduleSave(SAVE_AFTER_EDITS_MS);
    } catch (e) {
      this.dirty = true; // not all of it went out: no snapshot of it
      this.host.log.error(`Publishing diagnostics failed: ${describe(e)}`);
    }
    this.sendStatus();
  }

  private sendStatus(): unknown {
    const r = this.restored;
    const sent = this.host.sendStatus({
      articles: r?.articles ?? this.ws.uris().length,
      conflicts: r?.conflicts ?? this.conflicts,
      findings: r?.findings ?? this.findingCount,
      skipped: r?.skipped ?? this.skipped.size,
      indexing: this.indexing && !this.restoring,
      restoring: this.restoring,
    });
    // The status goes out after everything sent before it.
    this.written = Promise.resolve(sent);
    return sent;
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    this.queue.dispose();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
}

/** The core never reads a clock; it is told today's date (for implausible-date). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
