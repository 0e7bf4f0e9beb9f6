// Turns the paths on the command line into the list of article files to check and the
// folder that report paths are relative to.
import { stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { ArticleFile, Skipped } from '../node/host';
import { describeError, fileUri, listArticleFiles } from '../node/host';
import { UsageError } from './io';

export interface Inputs {
  /** Folder the report's paths are relative to. */
  root: string;
  files: ArticleFile[];
  skipped: Skipped[];
}

export interface InputOptions {
  include: string[];
  exclude: string[];
  maxFileSize: number;
}

/**
 * Folders are searched with the include/exclude globs; files named explicitly are checked
 * whatever their name. A path that does not exist is a usage error (a typo should not pass
 * silently in CI).
 */
export async function collectInputs(args: readonly string[], cwd: string, opts: InputOptions): Promise<Inputs> {
  const paths = (args.length ? args : ['.']).map((a) => resolve(cwd, a));
  const kinds: Array<{ path: string; dir: boolean; size: number }> = [];
  for (const path of paths) {
    try {
      const st = await stat(path);
      kinds.push({ path, dir: st.isDirectory(), size: st.size });
    } catch (err) {
      throw new UsageError(`cannot read ${path}: ${describeError(err)}`);
    }
  }
  const files: ArticleFile[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const k of kinds) {
    if (k.dir) {
      const listed = await listArticleFiles(k.path, { include: opts.include, exclude: opts.exclude, maxFileSize: opts.maxFileSize });
      for (const f of listed.files) if (!seen.has(f.path)) { seen.add(f.path); files.push(f); }
      skipped.push(...listed.skipped);
    } else if (!seen.has(k.path)) {
      // Size and type are checked when it is read, with the same messages as listed files.
      seen.add(k.path);
      files.push({ path: k.path, uri: fileUri(k.path), size: k.size });
    }
  }
  const root = commonFolder(kinds.map((k) => (k.dir ? k.path : dirname(k.path))));
  return { root, files, skipped };
}

/** Deepest folder containing all the given absolute folders. */
export function commonFolder(dirs: readonly string[]): string {
  if (!dirs.length) return sep;
  let parts = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const other = d.split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}
