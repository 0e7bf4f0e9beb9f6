// What was planted in samples/ (samples/expected.json, written with the articles), turned
// into editor positions: where each side of each planted conflict sits, 1-based like the
// editor's status bar and Problems panel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldRef {
  doc: string;
  text: string;
  nth?: number;
}

export interface GoldConflict {
  id: string;
  kind: string;
  why: string;
  a: GoldRef;
  b: GoldRef[];
}

export interface Gold {
  documents: string[];
  typed_mentions: (GoldRef & { type: string })[];
  conflicts: GoldConflict[];
  /** Values that look different but agree (must not be reported). */
  compatible: GoldConflict[];
  /** One name written two ways (a transliteration): merged, at most a hint. */
  variants: GoldConflict[];
}

export interface Place {
  doc: string;
  text: string;
  /** 1-based line and column of the first character, and the column just past the last. */
  line: number;
  column: number;
  endColumn: number;
}

export function readGold(samplesDir: string): Gold {
  return JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8'));
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Finds the nth (1-based, default first) whole-word occurrence of ref.text in its document. */
export function locate(samplesDir: string, ref: GoldRef): Place {
  const text = readFileSync(join(samplesDir, ref.doc), 'utf8');
  let seen = 0;
  for (let at = text.indexOf(ref.text); at >= 0; at = text.indexOf(ref.text, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + ref.text.length])) continue;
    if (++seen < (ref.nth ?? 1)) continue;
    const before = text.slice(0, at);
    const line = before.split(/\r\n|\r|\n/).length;
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const column = at - lineStart + 1;
    return { doc: ref.doc, text: ref.text, line, column, endColumn: column + ref.text.length };
  }
  throw new Error(`"${ref.text}" not found in samples/${ref.doc}: samples/expected.json and the article disagree`);
}

/**
 * What a finding about each planted conflict (samples/README.md) must say, on every side:
 * both values, so a reader sees the disagreement without opening the other article.
 * A conflict planted in expected.json without an entry here fails the suites on purpose.
 */
export const EXPECTED_MESSAGE: Record<string, RegExp[]> = {
  'minister-name': [/Teresa Varga/, /Helena Varga/],
  'sinking-date': [/\b13\b/, /\b14\b/],
  'death-toll': [/\b27\b/, /\b23\b/],
  'lindqvist-title': [/(?<!Deputy )Interior Minister/i, /Deputy Interior Minister/i],
  'marwick-quote': [/too cold|colder/i],
};
