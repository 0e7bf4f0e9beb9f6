// Test support: multi-document fixtures written as the text they check. Names are marked
// inline as [[Anna Petrova|person]]; the markers are stripped and a recogniser that knows exactly
// those spans stands in for the trained model, so rule tests do not depend on model quality.
// Findings are rendered as one line each: `rule file “text” ~ file “text”, file “text”`.
import assert from 'node:assert/strict';
import type { CoreConfig } from '../api';
import type { Finding } from '../model';
import type { EntityRecognizer, NameSpan, NameType } from '../ner/recognizer';
import { Workspace } from '../workspace';

const MARK = /\[\[([^\]|]+)\|(person|organization|place|misc|event)\]\]/g;

export function stripMarkers(source: string): { text: string; names: NameSpan[] } {
  const names: NameSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    names.push({ start: text.length, end: text.length + m[1].length, type: m[2] as NameType, text: m[1], confidence: 1 });
    text += m[1];
    last = m.index! + m[0].length;
  }
  return { text: text + source.slice(last), names };
}

/**
 * Knows the names the fixtures marked and finds every whole-word occurrence of them, so a
 * document edited in a test is still recognised the same way.
 */
export class MarkedRecognizer implements EntityRecognizer {
  readonly id = 'fixture-markers';
  private readonly names = new Map<string, NameType>();
  add(_text: string, names: NameSpan[]): void {
    for (const n of names) this.names.set(n.text, n.type);
  }
  recognize(text: string): NameSpan[] {
    const found: NameSpan[] = [];
    const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    // Longest names first, so "Anna Maria Petrova" wins over "Anna".
    for (const [name, type] of [...this.names].sort((a, b) => b[0].length - a[0].length)) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const end = i + name.length;
        if (isWord(text[i - 1]) || isWord(text[end])) continue;
        if (found.some((f) => f.start < end && i < f.end)) continue;
        found.push({ start: i, end, type, text: name, confidence: 1 });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

export const uriOf = (file: string) => `file:///fixture/${file}`;

/** A workspace holding the marked documents. */
export function workspaceOf(files: Record<string, string>, config: Partial<CoreConfig> = {}): Workspace {
  const recognizer = new MarkedRecognizer();
  const ws = new Workspace({ recognizer, config: { today: '2026-01-01', ...config } });
  for (const [file, source] of Object.entries(files)) {
    const { text, names } = stripMarkers(source);
    recognizer.add(text, names);
    ws.setDocument({ uri: uriOf(file), text, version: 1 });
  }
  return ws;
}

export function render(f: Finding): string {
  const file = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
  const related = f.related.map((r) => `${file(r.uri)} “${r.text}”`).sort().join(', ');
  return `${f.rule} ${file(f.uri)} “${f.text}”${related ? ` ~ ${related}` : ''}`;
}

/** Checks that the findings of the given rules are exactly `expected` (order-insensitive). */
export function checkFindings(files: Record<string, string>, rules: string[], expected: string[]): Finding[] {
  const ws = workspaceOf(files);
  const findings = ws.findings().filter((f) => rules.includes(f.rule));
  assert.deepEqual(findings.map(render).sort(), [...expected].sort());
  return findings;
}
