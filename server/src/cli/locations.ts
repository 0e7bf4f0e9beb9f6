// The CLI's one place that turns core spans (UTF-16 offsets, half-open) into report locations:
// 1-based line and column in UTF-16 code units, end exclusive, path relative to the root.
import type { Span } from '../core/model';
import { LineIndex } from '../core/text/line-index';

export interface ReportRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ReportLocation extends ReportRange {
  path: string;
  text: string;
}

/** Per-document line indexes and relative paths, keyed by document uri. */
export class LocationMapper {
  private readonly docs = new Map<string, { path: string; index?: LineIndex; text: string }>();

  add(uri: string, path: string, text: string): void {
    this.docs.set(uri, { path, text });
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  path(uri: string): string {
    return this.docs.get(uri)?.path ?? uri;
  }

  range(uri: string, span: Span): ReportRange {
    const doc = this.docs.get(uri);
    if (!doc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    doc.index ??= new LineIndex(doc.text); // built lazily: most documents never need one
    const start = doc.index.position(span.start);
    const end = doc.index.position(Math.max(span.start, span.end));
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }

  /** The text is taken from the document at the span, so a location always shows what it covers. */
  location(loc: Span & { uri: string; text: string }): ReportLocation {
    const doc = this.docs.get(loc.uri);
    const text = doc ? doc.text.slice(loc.start, Math.max(loc.start, loc.end)) : loc.text;
    return { path: this.path(loc.uri), ...this.range(loc.uri, loc), text };
  }
}
