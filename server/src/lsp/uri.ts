// URIs and paths at the server's edge. Editors and the file system spell the same file's URI
// differently (percent-encoding of ':' '@' '[' …), so every URI that enters the server is
// canonicalised once, to the form node/host.ts gives listed files, and used as the key
// everywhere else. The article matcher applies the settings' globs the way listArticleFiles
// does (picomatch, dot files included, paths relative to the workspace folder).
import * as path from 'node:path';
import picomatch from 'picomatch';
import { fileUri, uriToPath as hostUriToPath } from '../node/host';

export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileUri(hostUriToPath(uri));
  } catch {
    return uri;
  }
}

/** File system path of a file: URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return hostUriToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return fileUri(p);
}

/** Short human name for a URI: its file name. */
export function displayName(uri: string): string {
  const p = uriToPath(uri);
  if (p) return path.basename(p);
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Decides which paths are articles, relative to the workspace folders (as the settings say). */
export class ArticleMatcher {
  private readonly isIncluded: (p: string) => boolean;
  private readonly isExcluded: (p: string) => boolean;

  constructor(private readonly folders: string[], include: string[], exclude: string[]) {
    this.isIncluded = include.length ? picomatch(include, { dot: true }) : () => false;
    this.isExcluded = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  }

  /** The workspace folder holding a path, if any (the deepest one). */
  folderOf(p: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f, p);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  matches(p: string): boolean {
    const folder = this.folderOf(p);
    // A file outside the open folders is not part of their story; with no folder open at all
    // (a loose file), the globs apply to the full path.
    if (!folder && this.folders.length > 0) return false;
    const rel = (folder ? path.relative(folder, p) : p.replace(/^[/\\]+/, '')).split(path.sep).join('/');
    return this.isIncluded(rel) && !this.isExcluded(rel);
  }
}
