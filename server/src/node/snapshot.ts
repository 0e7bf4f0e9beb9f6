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

/** A snapshot read back; `diagnostics()` reads each document's as last published (LSP Diagnostic[], non-empty ones only), undefined when they cannot be read. */
export interface LoadedSnapshot extends Snapshot {
  diagnostics(): Record<string, unknown[]> | undefined;
}

export interface SnapshotStore {
  load(): LoadedSnapshot | undefined;
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

/**
 * Two files: what the snapshot was made from (small: read first, and all that is read when
 * something changed) and the diagnostics (large: read only when everything matches). Both carry
 * the same random id, the diagnostics are written first: a save cut short between the two
 * leaves ids that differ, and then nothing is shown.
 */
export class FileSnapshotStore implements SnapshotStore {
  readonly file: string;
  readonly diagnosticsFile: string;

  constructor(dir: string, private readonly codeId: string, private readonly onError: (message: string) => void = () => undefined) {
    this.file = path.join(dir, `snapshot-v${SNAPSHOT_FORMAT}.json`);
    this.diagnosticsFile = path.join(dir, `diagnostics-v${SNAPSHOT_FORMAT}.json`);
  }

  load(): LoadedSnapshot | undefined {
    const s = readJson(this.file) as { format?: unknown; code?: unknown; id?: unknown; snapshot?: Snapshot } | undefined;
    const v = s?.snapshot;
    if (!s || s.format !== SNAPSHOT_FORMAT || s.code !== this.codeId || typeof s.id !== 'string' || !v || typeof v.context !== 'string') return undefined;
    if (!v.texts || typeof v.texts !== 'object' || ![v.skipped, v.conflicts, v.findings].every(Number.isInteger)) return undefined;
    const id = s.id;
    return {
      ...v,
      diagnostics: () => {
        const d = readJson(this.diagnosticsFile) as { id?: unknown; diagnostics?: Record<string, unknown[]> } | undefined;
        if (!d || d.id !== id || !d.diagnostics || typeof d.diagnostics !== 'object') return undefined;
        for (const list of Object.values(d.diagnostics)) if (!Array.isArray(list)) return undefined;
        return d.diagnostics;
      },
    };
  }

  save(snapshot: Snapshot, diagnostics: ReadonlyMap<string, string>): void {
    const id = randomBytes(8).toString('hex');
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // The diagnostics go in as the JSON they were published as (not strings in a string).
      const parts = [`{"id":"${id}","diagnostics":{`];
      let first = true;
      for (const [uri, json] of diagnostics) {
        parts.push(`${first ? '' : ','}${JSON.stringify(uri)}:${json}`);
        first = false;
      }
      parts.push('}}');
      this.write(this.diagnosticsFile, parts.join(''));
      this.write(this.file, JSON.stringify({ format: SNAPSHOT_FORMAT, code: this.codeId, id, snapshot }));
    } catch (e) {
      this.onError(`diagnostics snapshot in ${path.dirname(this.file)} not written: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Written to a temporary file renamed into place: readers never see half a file. */
  private write(file: string, text: string): void {
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // never made
      }
      throw e;
    }
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
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
