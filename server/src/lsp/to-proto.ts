// The one place where core results (UTF-16 offset spans) become LSP shapes (line/character
// ranges). Every conversion goes through LineIndex; nothing else in the server counts lines.
import {
  DiagnosticSeverity, SymbolKind,
  type Diagnostic, type DiagnosticRelatedInformation, type DocumentSymbol, type Location as LspLocation, type Position, type Range,
  type SymbolInformation,
} from 'vscode-languageserver';
import type { HighlightToken, SymbolInfo } from '../core/api';
import type { Finding, Severity, Span } from '../core/model';
import type { LineIndex } from '../core/text/line-index';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './legend';

/** Finds the line index of a document's current analysed text. */
export type LinesOf = (uri: string) => LineIndex | undefined;

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

export function toOffset(lines: LineIndex, pos: Position): number {
  return lines.offset(pos);
}

export function toLocation(linesOf: LinesOf, loc: Span & { uri: string }): LspLocation {
  const lines = linesOf(loc.uri);
  return { uri: loc.uri, range: lines ? toRange(lines, loc) : ORIGIN };
}

/** A link that opens a location in VS Code: `file:///a.txt#L12,5` (1-based line and column). */
export function locationLink(linesOf: LinesOf, loc: Span & { uri: string }): string {
  const lines = linesOf(loc.uri);
  if (!lines) return loc.uri;
  const p = lines.position(loc.start);
  return `${loc.uri}#L${p.line + 1},${p.character + 1}`;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'crosscheck';

/** What a diagnostic's `data` carries, for code actions on it later. */
export interface DiagnosticData {
  findingId: string;
  rule: string;
  confidence: number;
}

export function toDiagnostic(linesOf: LinesOf, f: Finding): Diagnostic {
  const data: DiagnosticData = { findingId: f.id, rule: f.rule, confidence: f.confidence };
  const range = toLocation(linesOf, f).range;
  return {
    range,
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Information,
    code: f.rule,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: relatedInformation(linesOf, f, range),
    data,
  };
}

/**
 * Related locations a diagnostic carries. The Problems panel shows each as a row, and a figure
 * a hundred sources repeat would bury the list (and make the editor parse megabytes per
 * publish in a large folder); past this many, one last row says how many more there are.
 * The finding keeps them all (reports from `crosscheck check` list every one).
 */
export const MAX_RELATED = 20;

function relatedInformation(linesOf: LinesOf, f: Finding, range: Range): DiagnosticRelatedInformation[] {
  const shown = f.related.slice(0, MAX_RELATED).map((r) => ({ location: toLocation(linesOf, r), message: r.message }));
  const more = f.related.length - shown.length;
  if (more > 0) shown.push({ location: { uri: f.uri, range }, message: `…and ${more} more sources` });
  return shown;
}

// --- semantic tokens -------------------------------------------------------------------------

interface Piece extends Span {
  token: HighlightToken;
}

/**
 * Turns possibly nested tokens (a name inside a quote inside a claim) into the flat,
 * non-overlapping sequence LSP requires: at every offset the innermost (shortest) token wins
 * and the outer one continues around it.
 */
export function flattenTokens(tokens: readonly HighlightToken[], textLength: number): Piece[] {
  const valid = tokens
    .map((t) => ({ ...t, start: Math.max(0, t.start), end: Math.min(textLength, t.end) }))
    .filter((t) => t.end > t.start && TOKEN_TYPES.includes(t.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds = [...new Set(valid.flatMap((t) => [t.start, t.end]))].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let active: HighlightToken[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    active = active.filter((t) => t.end > from);
    while (next < valid.length && valid[next].start <= from) active.push(valid[next++]);
    let best: HighlightToken | undefined;
    for (const t of active) {
      if (!best || t.end - t.start <= best.end - best.start) best = t;
    }
    if (!best) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.token === best && last.end === from) last.end = to;
    else pieces.push({ start: from, end: to, token: best });
  }
  return pieces;
}

function modifierBits(t: HighlightToken): number {
  let bits = 0;
  for (const m of t.modifiers) {
    const i = TOKEN_MODIFIERS.indexOf(m);
    if (i >= 0) bits |= 1 << i;
  }
  return bits;
}

/** LSP semantic token data (relative encoding), multi-line spans split at line ends. */
export function encodeSemanticTokens(lines: LineIndex, textLength: number, tokens: readonly HighlightToken[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const emit = (line: number, character: number, length: number, t: HighlightToken) => {
    if (length <= 0) return;
    const dl = line - prevLine;
    data.push(dl, dl === 0 ? character - prevChar : character, length, TOKEN_TYPES.indexOf(t.kind), modifierBits(t));
    prevLine = line;
    prevChar = character;
  };
  for (const p of flattenTokens(tokens, textLength)) {
    const s = lines.position(p.start);
    const e = lines.position(p.end);
    for (let line = s.line; line <= e.line; line++) {
      const from = line === s.line ? p.start : lines.lineStart(line);
      const to = line === e.line ? p.end : lines.lineEnd(line);
      emit(line, line === s.line ? s.character : 0, to - from, p.token);
    }
  }
  return data;
}

// --- symbols ---------------------------------------------------------------------------------

const SYMBOL_KIND: Record<SymbolInfo['kind'], SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.Namespace,
  event: SymbolKind.Event,
  misc: SymbolKind.Key,
  date: SymbolKind.Constant,
  quantity: SymbolKind.Number,
  claim: SymbolKind.String,
};

export function toDocumentSymbol(lines: LineIndex, s: SymbolInfo): DocumentSymbol {
  const range = toRange(lines, s);
  return {
    name: s.name.trim() || '(unnamed)',
    detail: s.detail ?? s.kind,
    kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Key,
    range,
    selectionRange: range,
  };
}

export function toSymbolInformation(linesOf: LinesOf, s: SymbolInfo): SymbolInformation {
  return {
    name: s.name.trim() || '(unnamed)',
    kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Key,
    location: toLocation(linesOf, s),
    containerName: s.detail ?? s.kind,
  };
}
