// The published diagnostics saved with exactly what produced them, so that reopening a folder
// in which nothing changed shows its diagnostics at once while the index is rebuilt behind
// them (server/src/lsp/corpus.ts decides when a snapshot fits). One file in the editor's
// storage folder, written to a temporary file and renamed into place; one that does not parse,
// is of another format or was made by other code is ignored (the normal start follows).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analysisCodeId, isInside } from './cache';

/** Bump when the file layout changes. */
const SNAPSHOT_FORMAT = 1;

export interface Snapshot {
  /** Everything but the texts the findings depend on (settings, annotations, date, model), as the corpus states it. */
  context: string;
  /** SHA-256 of the text of every article the findings were made from, by uri. */
  texts: Record<string, string>;
  /** Files that matched but were not read, and the counts the status shows. */
  skipped: number;
  conflicts: number;
  findings: number;
}

/** A snapshot read back: with each document's diagnostics as last published (LSP Diagnostic[]), non-empty ones only. */
export interface SavedSnapshot extends Snapshot {
  diagnostics: Record<string, unknown[]>;
}

export interface SnapshotStore {
  load(): SavedSnapshot | undefined;
  /** `diagnostics`: each document's, as the JSON it was published as. */
  save(snapshot: Snapshot, diagnostics: ReadonlyMap<string, string>): void;
}

/** SHA-256 of an article's text, as snapshots record it. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/**
 * What identifies the code that made the findings: the analysis code (analysisCodeId) and the
 * running bundle, which holds the cross-source index and rules. Undefined when either is unknown.
 */
export function findingsCodeId(here: string = typeof __dirname === 'string' ? __dirname : process.cwd()): string | undefined {
  const analysis = analysisCodeId(here);
  if (!analysis) return undefined;
  const h = createHash('sha256').update(`snapshot ${SNAPSHOT_FORMAT}\0${analysis}\0`);
  const self = typeof __filename === 'string' ? __filename : '';
  if (self.endsWith('.js') && existsSync(self)) h.update(readFileSync(self));
  else if (!existsSync(path.resolve(here, '..', 'core', 'pipeline.ts'))) return undefined; // from source: the core's hash covers it
  return h.digest('hex').slice(0, 16);
}

export class FileSnapshotStore implements SnapshotStore {
  readonly file: string;

  constructor(dir: string, private readonly codeId: string, private readonly onError: (message: string) => void = () => undefined) {
    this.file = path.join(dir, `diagnostics-v${SNAPSHOT_FORMAT}.json`);
  }

  load(): SavedSnapshot | undefined {
    let raw: string;
    try {
      raw = readFileSync(this.file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const s = JSON.parse(raw) as { format?: unknown; code?: unknown; snapshot?: Snapshot; diagnostics?: Record<string, unknown[]> };
      const v = s.snapshot;
      const diagnostics = s.diagnostics;
      if (s.format !== SNAPSHOT_FORMAT || s.code !== this.codeId || !v || typeof v.context !== 'string') return undefined;
      if (!v.texts || typeof v.texts !== 'object' || !diagnostics || typeof diagnostics !== 'object') return undefined;
      if (![v.skipped, v.conflicts, v.findings].every(Number.isInteger)) return undefined;
      for (const d of Object.values(diagnostics)) if (!Array.isArray(d)) return undefined;
      return { ...v, diagnostics };
    } catch {
      return undefined;
    }
  }

  save(snapshot: Snapshot, diagnostics: ReadonlyMap<string, string>): void {
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // The diagnostics go in as the JSON they were published as (not strings in a string).
      const parts = [`{"format":${SNAPSHOT_FORMAT},"code":${JSON.stringify(this.codeId)},"snapshot":${JSON.stringify(snapshot)},"diagnostics":{`];
      let first = true;
      for (const [uri, json] of diagnostics) {
        parts.push(`${first ? '' : ','}${JSON.stringify(uri)}:${json}`);
        first = false;
      }
      parts.push('}}');
      writeFileSync(tmp, parts.join(''));
      renameSync(tmp, this.file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // never made
      }
      this.onError(`diagnostics snapshot ${this.file} not written: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/**
 * The snapshot store of the language server: `snapshot/` in the editor's storage folder, on
 * the same terms as the analysis cache (an absolute storage path outside every workspace
 * folder, code whose version is known); else none.
 */
export function openSnapshotStore(storagePath: unknown, folders: readonly string[], log: (message: string) => void): SnapshotStore | undefined {
  if (typeof storagePath !== 'string' || !path.isAbsolute(storagePath)) return undefined;
  const dir = path.join(storagePath, 'snapshot');
  if (folders.some((f) => isInside(dir, f))) return undefined;
  const code = findingsCodeId();
  if (!code) {
    log('Diagnostics snapshot off: cannot tell the version of the code');
    return undefined;
  }
  return new FileSnapshotStore(dir, code, log);
}
