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
  send(uri: string, diagnostics: Diagnostic[]): void;
}

const EMPTY = '[]';

/** What one document was last sent: the diagnostics as JSON, and what they were made of. */
interface Sent {
  json: string;
  findings: readonly Finding[];
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
      if (before && sameFindings(before.findings, list) && sameLines(before.lines, lines)) {
        before.findings = list;
        continue;
      }
      const diagnostics = list.map((f) => toDiagnostic(linesOf, f));
      const json = JSON.stringify(diagnostics);
      if ((before?.json ?? EMPTY) === json) {
        if (before) Object.assign(before, { findings: list, lines });
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
