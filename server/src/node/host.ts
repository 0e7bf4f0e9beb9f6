// File access for the Node hosts (the CLI and the language server share it): which files are
// articles, and reading one safely. It only ever reads: nothing here opens a file for writing.
import { closeSync, constants as fsc, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { DEFAULT_MAX_BYTES, decodeArticle } from '../core/document/decode';

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /**
   * fileUri(path): already the canonical form (lsp/uri.ts canonicalUri gives it back unchanged),
   * so a folder's listing is not parsed and printed again, file by file, while it is indexed.
   */
  uri: string;
  size: number;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface ListOptions {
  /** Globs relative to the root, with `/` separators. */
  include: string[];
  /** Added to DEFAULT_EXCLUDE unless `noDefaultExcludes` is set. */
  exclude: string[];
  maxFileSize: number;
  noDefaultExcludes?: boolean;
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt'];
/** Dependencies and hidden folders (.git, .vscode, .crosscheck…) are never articles. */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.*/**'];
/** News articles are kilobytes; anything past this is a dump or a mistake, not an article. */
export const DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_BYTES;

/** The one way both hosts turn a path into a document uri, so their uris always agree. */
export function fileUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

export function uriToPath(uri: string): string {
  return fileURLToPath(uri);
}

/** Path relative to `root` with `/` separators (what globs and reports use). */
export function relativePath(root: string, path: string): string {
  const rel = relative(resolve(root), resolve(path));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** A clear, lower-case reason for a failed file operation. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return e?.code ? `${e.code}: ${e.message}` : String(err);
  }
}

function tooLarge(size: number, max: number): string {
  return `too large: ${formatBytes(size)} (limit ${formatBytes(max)})`;
}

/**
 * Every article file under `root`, sorted by path. Files over the size limit, dangling links,
 * special files and unreadable folders are reported in `skipped` instead. Directories reached
 * twice (symlink loops, two links to one folder) are walked once.
 *
 * A file's stat and real path are synchronous calls (as in readArticle): two thread-pool round
 * trips per file made listing 10,000 articles take about 2 s. A file that is not a link has
 * the real path of its folder plus its name, so only links are resolved.
 */
export async function listArticleFiles(
  root: string,
  opts: ListOptions,
): Promise<{ files: ArticleFile[]; skipped: Skipped[] }> {
  const base = resolve(root);
  const include = picomatch(opts.include.length ? opts.include : [...DEFAULT_INCLUDE], { dot: true });
  const excludeGlobs = [...(opts.noDefaultExcludes ? [] : DEFAULT_EXCLUDE), ...opts.exclude];
  const exclude = excludeGlobs.length ? picomatch(excludeGlobs, { dot: true }) : () => false;
  const files: ArticleFile[] = [];
  const skipped: Skipped[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Map<string, string>();

  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      skipped.push({ path: dir, reason: describeError(err) });
      return;
    }
    if (seenDirs.has(real)) return; // a loop or a second link to a folder already walked
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ path: dir, reason: `cannot list folder: ${describeError(err)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relativePath(base, path);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let st: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          st = statSync(path);
        } catch (err) {
          // Only report dangling links that would have counted as articles.
          if (include(rel) && !exclude(rel)) {
            const reason = (err as NodeJS.ErrnoException).code === 'ENOENT'
              ? 'broken symbolic link (its target does not exist)'
              : describeError(err);
            skipped.push({ path, reason });
          }
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (!exclude(rel + '/')) await walk(path);
        continue;
      }
      if (!include(rel) || exclude(rel)) continue;
      if (!isFile) {
        skipped.push({ path, reason: 'not a regular file' });
        continue;
      }
      try {
        st ??= statSync(path);
      } catch (err) {
        skipped.push({ path, reason: describeError(err) });
        continue;
      }
      if (st.size > opts.maxFileSize) {
        skipped.push({ path, reason: tooLarge(st.size, opts.maxFileSize) });
        continue;
      }
      let realFile = join(real, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          realFile = realpathSync(path);
        } catch {
          realFile = path;
        }
      }
      const first = seenFiles.get(realFile);
      if (first !== undefined) {
        skipped.push({ path, reason: `same file as ${first}` });
        continue;
      }
      seenFiles.set(realFile, path);
      files.push({ path, uri: fileUri(path), size: st.size });
    }
  }

  await walk(base);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

export type ReadResult = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

/**
 * Reads and decodes one article. Checks the size before reading and never reads more than
 * the limit, so a file that grows meanwhile cannot blow up memory. Opens read-only and
 * non-blocking, so a FIFO that slipped through cannot hang the caller.
 *
 * The system calls are synchronous: articles are small, and four thread-pool round trips per
 * file cost several times the reading itself (a workspace of 10,000 articles: 0.2 s of CPU
 * instead of 1.2 s). The limit bounds how long one call can take.
 */
export async function readArticle(path: string, maxFileSize: number): Promise<ReadResult> {
  return readArticleSync(path, maxFileSize);
}

/**
 * Room to read an article into. Articles are read one at a time and decoded to a string at once,
 * so one buffer serves them all: a new zeroed buffer per file (its size plus room to notice
 * growth) cost a folder of 10,000 articles about 650 MB of allocation, and garbage collections.
 * Files larger than SHARED_READ_BYTES get a buffer of their own, so a rare large one is not kept.
 */
const SHARED_READ_BYTES = 1 << 20;
let sharedRead: Uint8Array | undefined;
function readBuffer(size: number): Uint8Array {
  if (size > SHARED_READ_BYTES) return new Uint8Array(size);
  sharedRead ??= new Uint8Array(SHARED_READ_BYTES);
  return sharedRead.subarray(0, size);
}

export function readArticleSync(path: string, maxFileSize: number): ReadResult {
  let fd: number | undefined;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > maxFileSize) return { ok: false, reason: tooLarge(st.size, maxFileSize) };
    fd = openSync(path, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const buf = readBuffer(Math.min(maxFileSize + 1, st.size + 64 * 1024));
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxFileSize) return { ok: false, reason: tooLarge(length, maxFileSize) };
      if (length === buf.length) return { ok: false, reason: 'file grew while being read; try again' };
    }
    const decoded = decodeArticle(buf.subarray(0, length), { maxBytes: maxFileSize });
    return decoded.ok ? { ok: true, text: decoded.text, notes: decoded.notes } : decoded;
  } catch (err) {
    // The caller listed this file a moment ago, so a missing file means it just went away.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'no longer exists (deleted or renamed while indexing?)' };
    return { ok: false, reason: describeError(err) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do: the file was only read
      }
    }
  }
}
