// Publishes diagnostics as a diff: after each index update it converts every document's
// findings, compares them with what that document last received, and sends only the
// documents whose diagnostics changed (including files never opened, and an empty list for
// files that are gone).
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/model';
import { toDiagnostic, type LinesOf } from './to-proto';

export interface PublishTarget {
  send(uri: string, diagnostics: Diagnostic[]): void;
}

const EMPTY = '[]';

export class DiagnosticsPublisher {
  private readonly last = new Map<string, string>();

  constructor(private readonly target: PublishTarget) {}

  /** `findings` are all findings of the workspace; `uris` every document it holds. Returns how many documents were sent. */
  publish(uris: Iterable<string>, findings: readonly Finding[], linesOf: LinesOf): number {
    const byUri = new Map<string, Diagnostic[]>();
    for (const u of uris) byUri.set(u, []);
    for (const f of findings) {
      let list = byUri.get(f.uri);
      if (!list) byUri.set(f.uri, (list = []));
      list.push(toDiagnostic(linesOf, f));
    }
    let sent = 0;
    for (const [uri, diagnostics] of byUri) {
      const key = JSON.stringify(diagnostics);
      // A document never published counts as empty: no flood of empty lists at start-up.
      if ((this.last.get(uri) ?? EMPTY) === key) continue;
      if (key === EMPTY) this.last.delete(uri);
      else this.last.set(uri, key);
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
