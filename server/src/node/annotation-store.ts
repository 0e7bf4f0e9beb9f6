// The annotation store on disk: `.crosscheck/annotations.jsonl` in the workspace folder, shared
// by the editor, the CLI and git. Every write takes a lock file, re-reads the file, merges by
// annotation id (the later `modified` wins per annotation), writes a temporary file and renames
// it over the old one, so two writers lose nothing and a reader never sees half a file. A file
// with unreadable lines is never rewritten: its readable lines still count, the others are
// reported with their line numbers until the user fixes or removes them.
import { randomUUID } from 'node:crypto';
import { watchFile, unwatchFile, type Stats } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { newer, parseStore, serializeStore, type LineError } from '../core/annotations/jsonl';
import type { Agent, Annotation, Stamp } from '../core/annotations/model';
import { fileUri, uriToPath } from './host';

export const STORE_DIR = '.crosscheck';
export const STORE_FILE = 'annotations.jsonl';
/** A lock older than this was left by a writer that died: it is broken. */
const STALE_LOCK_MS = 10_000;
const LOCK_TIMEOUT_MS = 15_000;

/** The store cannot be written (unreadable lines, lock not obtained): the message says why. */
export class StoreError extends Error {}

export interface StoreOptions {
  /** Poll interval of the on-disk watch (ms). */
  pollMs?: number;
}

export class AnnotationStore {
  readonly root: string;
  readonly path: string;
  private list: Annotation[] = [];
  private lineErrors: LineError[] = [];
  /** The file's text as last read or written (undefined: no file). */
  private lastText: string | undefined;
  private readonly listeners = new Set<() => void>();
  private watching = false;
  private reloading: Promise<boolean> | undefined;

  constructor(root: string, private readonly options: StoreOptions = {}) {
    this.root = resolve(root);
    this.path = join(this.root, STORE_DIR, STORE_FILE);
  }

  /** The readable annotations, sorted by id. */
  annotations(): Annotation[] {
    return this.list;
  }

  /** Lines that could not be read, with their numbers and text. */
  errors(): LineError[] {
    return this.lineErrors;
  }

  /** Reads the file (a missing file is an empty store). */
  async load(): Promise<void> {
    this.adopt(await this.readText());
  }

  /** Re-reads the file; true when its content changed since the last read or write. */
  reloadIfChanged(): Promise<boolean> {
    // One reload at a time: a watch event during a reload waits for it.
    this.reloading ??= (async () => {
      try {
        const text = await this.readText();
        if (text === this.lastText) return false;
        this.adopt(text);
        return true;
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  /** Adds or replaces annotations (by id); one on disk with a later `modified` is kept instead. */
  async upsert(annotations: readonly Annotation[]): Promise<void> {
    await this.commit((byId) => {
      for (const a of annotations) {
        const old = byId.get(a.id);
        if (!old || !newer(old, a)) byId.set(a.id, a);
      }
    });
  }

  /**
   * Removes annotations by id. `seen` is the `modified` the caller knew: a version changed on
   * disk since then (by another writer) is kept.
   */
  async remove(ids: ReadonlyArray<string | { id: string; seen: string }>): Promise<void> {
    await this.commit((byId) => {
      for (const r of ids) {
        const id = typeof r === 'string' ? r : r.id;
        const old = byId.get(id);
        if (old && (typeof r === 'string' || old.modified <= r.seen)) byId.delete(id);
      }
    });
  }

  /** Calls `listener` after the file changed on disk (another window, the CLI, git, a hand edit). */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.watching) {
      this.watching = true;
      watchFile(this.path, { interval: this.options.pollMs ?? 500, persistent: false }, this.polled);
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.close();
    };
  }

  close(): void {
    if (this.watching) unwatchFile(this.path, this.polled);
    this.watching = false;
  }

  private readonly polled = (cur: Stats, prev: Stats): void => {
    if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size && cur.ino === prev.ino) return;
    void this.reloadIfChanged().then((changed) => {
      if (changed) for (const l of this.listeners) l();
    }, () => undefined);
  };

  private adopt(text: string | undefined): void {
    const parsed = parseStore(text ?? '');
    this.list = parsed.annotations;
    this.lineErrors = parsed.errors;
    this.lastText = text;
  }

  private async readText(): Promise<string | undefined> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Lock, re-read, change, write atomically, unlock. */
  private async commit(change: (byId: Map<string, Annotation>) => void): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await ensureGitignore(dirname(this.path));
    const release = await lock(`${this.path}.lock`);
    try {
      const text = await this.readText();
      const parsed = parseStore(text ?? '');
      if (parsed.errors.length) {
        this.adopt(text);
        throw new StoreError(describeErrors(this.path, parsed.errors));
      }
      const byId = new Map(parsed.annotations.map((a) => [a.id, a]));
      change(byId);
      const next = serializeStore([...byId.values()]);
      if (next !== (text ?? '')) {
        const tmp = `${this.path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
        try {
          await writeFile(tmp, next, { encoding: 'utf8', flush: true });
          await rename(tmp, this.path);
        } catch (e) {
          await unlink(tmp).catch(() => undefined);
          throw e;
        }
      }
      this.adopt(next);
    } finally {
      await release();
    }
  }
}

export function describeErrors(path: string, errors: readonly LineError[]): string {
  const shown = errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join('; ');
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  return `${path} has ${errors.length} unreadable line${errors.length === 1 ? '' : 's'} (${shown}${more}); fix or remove ${errors.length === 1 ? 'it' : 'them'} before annotating`;
}

/** Takes `path` as a lock (created exclusively); breaks a stale one; returns the release. */
async function lock(path: string): Promise<() => Promise<void>> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const st = await stat(path).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > STALE_LOCK_MS) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_TIMEOUT_MS) throw new StoreError(`could not lock ${path}: another writer holds it`);
    await new Promise((r) => setTimeout(r, Math.min(100, 5 + attempt * 5) * (0.5 + Math.random())));
  }
}

/** Lock and temporary files stay out of git; the store itself is meant to be committed. */
async function ensureGitignore(dir: string): Promise<void> {
  await writeFile(join(dir, '.gitignore'), '*.lock\n*.tmp\n', { flag: 'wx' }).catch(() => undefined);
}

// --- where the store is and how its sources name articles -----------------------------------

/** A target's `source`: the article's path relative to the store's folder, with `/`. */
export function sourceOf(root: string, uriOrPath: string): string {
  const path = uriOrPath.startsWith('file:') ? uriToPath(uriOrPath) : uriOrPath;
  const rel = relative(resolve(root), resolve(path));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The document uri a `source` names (absolute uris are kept as they are). */
export function uriOfSource(root: string, source: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) return source;
  return fileUri(isAbsolute(source) ? source : join(root, source));
}

/**
 * The folder whose store applies to articles under `start`: the nearest folder (from `start`
 * up) that has one, else `fallback`.
 */
export async function findStoreRoot(start: string, fallback: string): Promise<string> {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const found = await stat(join(dir, STORE_DIR, STORE_FILE)).then(() => true, () => false);
    if (found) return dir;
    if (dirname(dir) === dir) return resolve(fallback);
  }
}

/** Who is annotating: CROSSCHECK_USER, else the login name. */
export function currentCreator(): Agent {
  let name = process.env.CROSSCHECK_USER;
  if (!name) {
    try {
      name = userInfo().username;
    } catch {
      name = undefined;
    }
  }
  return name ? { type: 'Person', name } : { type: 'Person' };
}

/** A fresh id and timestamp for a new annotation. */
export function newStamp(id = `urn:uuid:${randomUUID()}`): Stamp {
  return { id, now: new Date().toISOString(), creator: currentCreator() };
}
