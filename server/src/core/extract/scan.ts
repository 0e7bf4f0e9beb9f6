// The small word scanner the extractors share: one linear pass over a range that yields
// words, digit groups and single punctuation marks with exact UTF-16 offsets. Finer than the
// article tokenizer on purpose: "1980s" is a number and an adjacent "s", "nine-year" is three
// tokens, "U.S." is four; the extractors read adjacency (`tight`) instead of re-scanning text.
import type { Span } from '../model';

export type TokKind = 'w' | 'n' | 'p';

export interface Tok extends Span {
  text: string;
  /** Lower-cased text. */
  low: string;
  /** 'w' word (starts with a letter), 'n' digit group like "15,000", "1.2", "07/11/2025", "10:30"; 'p' one mark. */
  kind: TokKind;
  /** No space between the previous token and this one. */
  tight: boolean;
  /** A line break lies between the previous token and this one. */
  nl: boolean;
}

// Letters, marks and digits after the first letter; an apostrophe inside a word keeps it whole
// ("Russia’s", "O'Neil") so possessives stay attached to the word they modify.
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/uy;
// Digits with inner separators, each followed by more digits: "15,000", "2.5", "07/11/2025", "10:30".
const NUMBER = /\d+(?:[.,/:]\d+)*/y;
const LETTER_START = /[\p{L}\p{M}]/u;

function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Clamp a span to the text. */
export function clampRange(text: string, range: Span | undefined): Span {
  const len = typeof text === 'string' ? text.length : 0;
  const s = range && Number.isFinite(range.start) ? Math.max(0, Math.min(len, Math.floor(range.start))) : 0;
  const e = range && Number.isFinite(range.end) ? Math.max(s, Math.min(len, Math.floor(range.end))) : len;
  return { start: s, end: e };
}

/** Tokens of text[range]. Never throws; linear in the range length. */
export function scan(text: string, range?: Span): Tok[] {
  const out: Tok[] = [];
  if (typeof text !== 'string') return out;
  const { start, end } = clampRange(text, range);
  let i = start;
  let prevEnd = -1;
  let sawNl = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) sawNl = true;
      i++;
      continue;
    }
    let e = i + 1;
    let kind: TokKind = 'p';
    if (c >= 48 && c <= 57) {
      NUMBER.lastIndex = i;
      NUMBER.exec(text);
      e = Math.min(NUMBER.lastIndex, end);
      kind = 'n';
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && LETTER_START.test(text[i]))) {
      WORD.lastIndex = i;
      if (WORD.exec(text)) {
        e = Math.min(WORD.lastIndex, end);
        kind = 'w';
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      e = i + 2;
      if (LETTER_START.test(text.slice(i, e))) {
        WORD.lastIndex = i;
        if (WORD.exec(text)) {
          e = Math.min(WORD.lastIndex, end);
          kind = 'w';
        }
      }
    }
    if (e <= i) e = i + 1;
    const t = text.slice(i, e);
    // Words trail a clipped apostrophe at the range end; digit groups may end in a separator.
    if (kind === 'n' && /[.,/:]$/.test(t)) e = i + t.length - 1;
    const s = text.slice(i, e);
    out.push({ start: i, end: e, text: s, low: s.toLowerCase(), kind, tight: prevEnd === i, nl: sawNl });
    prevEnd = e;
    sawNl = false;
    i = e;
  }
  return out;
}

/** Text of a word with a possessive "’s"/"'s" removed, lower-cased ("Russia’s" → "russia"). */
export function stem(t: Tok): string {
  const l = t.low;
  if (l.length > 2 && (l.endsWith("'s") || l.endsWith('’s'))) return l.slice(0, -2);
  if (l.length > 1 && (l.endsWith("'") || l.endsWith('’'))) return l.slice(0, -1);
  return l;
}

/** True if a word token starts with a capital letter. */
export function isCap(t: Tok): boolean {
  if (t.kind !== 'w') return false;
  const ch = t.text[0];
  return ch !== ch.toLowerCase();
}

/** Dash-like joiners between two figures: hyphen, en dash, minus-ish. */
export function isRangeDash(t: Tok | undefined): boolean {
  return !!t && t.kind === 'p' && (t.text === '-' || t.text === '–' || t.text === '‐' || t.text === '‑' || t.text === '—');
}

/** True for hyphens that join a compound ("nine-year", "mid-2023"). */
export function isHyphen(t: Tok | undefined): boolean {
  return !!t && t.kind === 'p' && (t.text === '-' || t.text === '‐' || t.text === '‑');
}

/** True when a sentence boundary mark is at t (". ! ? ;" or a line break before the next token). */
export function isStop(t: Tok | undefined): boolean {
  return !!t && t.kind === 'p' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';');
}

/** A lookup table without a prototype, so words like "constructor" are never keys. */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
