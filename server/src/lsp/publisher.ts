// Publishes diagnostics as a diff: after each index update it compares every document's
// findings with what that document last received, and sends only the documents whose
// diagnostics changed (including files never opened, and an empty list for files that are
// gone). A document whose findings carry the same values as last time, over the same texts
// (the same line indexes), is skipped without converting anything: after an edit that is
// nearly every document, so publishing costs little more than grouping the findings.
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/model';
import type { LineIndex } from '../core/text/line-index';
import { toDiagnostic, type LinesOf } from './to-proto';

export interface PublishTarget {
  /** May return a promise of the message being written out. */
  send(uri: string, diagnostics: Diagnostic[]): unknown;
}

const EMPTY = '[]';

/** What one document was last sent: the diagnostics as JSON, and what they were made of. */
interface Sent {
  /** Made when first needed, from `adopted` (a snapshot's diagnostics, or a first publish's). */
  json: string | undefined;
  adopted?: Diagnostic[];
  /** Undefined when the diagnostics came from a snapshot: the next publish converts afresh. */
  findings: readonly Finding[] | undefined;
  /** The line index of every location the diagnostics point at, in order. */
  lines: Array<LineIndex | undefined>;
}

export class DiagnosticsPublisher {
  private readonly last = new Map<string, Sent>();

  constructor(private readonly target: PublishTarget) {}

  /** `findings` are all findings of the workspace; `uris` every document it holds. Returns how many documents were sent. */
  publish(uris: Iterable<string>, findings: readonly Finding[], linesOf: LinesOf): number {
    const byUri = new Map<string, Finding[]>();
    for (const u of uris) byUri.set(u, []);
    for (const f of findings) {
      let list = byUri.get(f.uri);
      if (!list) byUri.set(f.uri, (list = []));
      list.push(f);
    }
    let sent = 0;
    for (const [uri, list] of byUri) {
      const before = this.last.get(uri);
      if (!before && list.length === 0) continue; // a document never published counts as empty
      const lines = linesOfAll(list, linesOf);
      if (before?.findings && sameFindings(before.findings, list) && sameLines(before.lines, lines)) {
        before.findings = list;
        continue;
      }
      const diagnostics = list.map((f) => toDiagnostic(linesOf, f));
      if (!before) {
        // A first publish has nothing to compare with: its JSON is made when next needed (the
        // snapshot, or a later publish), not on the way to the editor.
        this.last.set(uri, { json: undefined, adopted: diagnostics, findings: list, lines });
        this.target.send(uri, diagnostics);
        sent++;
        continue;
      }
      const json = JSON.stringify(diagnostics);
      if (jsonOf(before) === json) {
        Object.assign(before, { findings: list, lines });
        continue;
      }
      if (json === EMPTY) this.last.delete(uri);
      else this.last.set(uri, { json, findings: list, lines });
      this.target.send(uri, diagnostics);
      sent++;
    }
    // Documents that left the workspace (and still show something): clear them.
    for (const uri of [...this.last.keys()]) {
      if (byUri.has(uri)) continue;
      this.last.delete(uri);
      this.target.send(uri, []);
      sent++;
    }
    return sent;
  }

  /**
   * Sends diagnostics saved from an earlier run and records them as sent,
   * so that the next publish sends only what differs from them. Returns what the target's
   * send returned.
   */
  adopt(uri: string, diagnostics: Diagnostic[]): unknown {
    if (diagnostics.length === 0) return undefined;
    this.last.set(uri, { json: undefined, adopted: diagnostics, findings: undefined, lines: [] });
    return this.target.send(uri, diagnostics);
  }

  /** Keeps diagnostics as JSON only (the parsed objects take several times the memory). */
  compact(): void {
    for (const s of this.last.values()) jsonOf(s);
  }

  /** What each document showing diagnostics was last sent (JSON), by uri. */
  sent(): Map<string, string> {
    return new Map([...this.last].map(([uri, s]) => [uri, jsonOf(s)]));
  }
}

function jsonOf(s: Sent): string {
  if (s.json === undefined) {
    s.json = JSON.stringify(s.adopted);
    s.adopted = undefined;
  }
  return s.json;
}

function linesOfAll(list: readonly Finding[], linesOf: LinesOf): Array<LineIndex | undefined> {
  const out: Array<LineIndex | undefined> = [];
  for (const f of list) {
    out.push(linesOf(f.uri));
    for (const r of f.related) out.push(linesOf(r.uri));
  }
  return out;
}

function sameLines(a: ReadonlyArray<LineIndex | undefined>, b: ReadonlyArray<LineIndex | undefined>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equal in everything a diagnostic is made of (see toDiagnostic). */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.uri !== y.uri || x.start !== y.start || x.end !== y.end || x.id !== y.id || x.rule !== y.rule || x.severity !== y.severity
      || x.message !== y.message || x.confidence !== y.confidence || x.related.length !== y.related.length) return false;
    for (let j = 0; j < x.related.length; j++) {
      const r = x.related[j];
      const s = y.related[j];
      if (r.uri !== s.uri || r.start !== s.start || r.end !== s.end || r.message !== s.message) return false;
    }
  }
  return true;
}
