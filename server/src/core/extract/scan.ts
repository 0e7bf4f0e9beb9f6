// The small word scanner the extractors share: one linear pass over a range that yields
// words, digit groups and single punctuation marks with exact UTF-16 offsets. Finer than the
// article tokenizer on purpose: "1960s" is a number and an adjacent "s", "seven-year" is three
// tokens, "U.S." is four; the extractors read adjacency (`tight`) instead of re-scanning text.
import type { Span } from '../model';

export type TokKind = 'w' | 'n' | 'p';

/** One token; text and lower-case text are sliced on first use (most tokens are never read). */
export class Tok implements Span {
  private t: string | undefined;
  private l: string | undefined;
  constructor(
    private readonly src: string,
    readonly start: number,
    readonly end: number,
    /** 'w' word (starts with a letter), 'n' digit group like "18,000", "1.2", "09/08/2026", "10:30"; 'p' one mark. */
    readonly kind: TokKind,
    /** No space between the previous token and this one. */
    readonly tight: boolean,
    /** A line break lies between the previous token and this one. */
    readonly nl: boolean,
  ) {}

  get text(): string {
    return (this.t ??= this.src.slice(this.start, this.end));
  }

  /** The code unit at offset k of the token's text (NaN outside it, as String#charCodeAt). */
  unit(k: number): number {
    return k >= 0 && k < this.end - this.start ? this.src.charCodeAt(this.start + k) : NaN;
  }

  /** Lower-cased text. */
  get low(): string {
    return (this.l ??= this.kind === 'w' ? this.text.toLowerCase() : this.text);
  }
}

// Character classes per UTF-16 code unit, computed once per distinct unit: 1 letter or mark,
// 2 digit or other number. Astral characters are classified by the pair.
const LETTER = 1;
const NUMERIC = 2;
const classes = new Uint8Array(65536);
const seen = new Uint8Array(65536);
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const NUMBER_RE = /^\p{N}$/u;

function classOf(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMERIC : 0;
  if (!seen[c]) {
    seen[c] = 1;
    if (c < 0xd800 || c > 0xdfff) {
      const ch = String.fromCharCode(c);
      classes[c] = LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMERIC : 0;
    }
  }
  return classes[c];
}

/** Width (1 or 2) of the word character (letter, mark, number) at i, 0 if none. */
function wordCharAt(text: string, i: number, end: number, letterOnly: boolean): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return 0;
    const pair = text.slice(i, i + 2);
    return LETTER_RE.test(pair) || (!letterOnly && NUMBER_RE.test(pair)) ? 2 : 0;
  }
  const k = classOf(c);
  return k === LETTER || (!letterOnly && k === NUMERIC) ? 1 : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The spaces the scanner skips: no token contains one. */
export function isSpace(c: number): boolean {
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

// The extractors of one paragraph scan the same range one after another: keep the last result.
let lastText: string | undefined;
let lastStart = -1;
let lastEnd = -1;
let lastTokens: Tok[] = [];

/** Tokens of text[range]. Never throws; linear in the range length. Callers must not mutate the result. */
export function scan(text: string, range?: Span): Tok[] {
  if (typeof text !== 'string') return [];
  const { start, end } = clampRange(text, range);
  if (text === lastText && start === lastStart && end === lastEnd) return lastTokens;
  const out = tokens(text, start, end);
  lastText = text;
  lastStart = start;
  lastEnd = end;
  lastTokens = out;
  return out;
}

/**
 * Makes `toks`, which scan(text, {start, end}) returned earlier, its remembered result again:
 * for a caller that kept them (dates.ts), so that the next extractor of the range reuses them.
 */
export function rememberScan(text: string, start: number, end: number, toks: Tok[]): void {
  lastText = text;
  lastStart = start;
  lastEnd = end;
  lastTokens = toks;
}

function tokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
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
    let e: number;
    let kind: TokKind = 'p';
    if (isDigit(c)) {
      // Digits with inner separators, each followed by more digits: "18,000", "2.5", "09/08/2026", "10:30".
      e = i + 1;
      for (;;) {
        while (e < end && isDigit(text.charCodeAt(e))) e++;
        const sep = text.charCodeAt(e);
        if (e + 1 < end && (sep === 44 || sep === 46 || sep === 47 || sep === 58) && isDigit(text.charCodeAt(e + 1))) e += 2;
        else break;
      }
      kind = 'n';
    } else {
      const w = wordCharAt(text, i, end, true);
      if (w) {
        // Letters, marks and digits; an apostrophe inside a word keeps it whole ("Norway’s", "O'Neil").
        e = i + w;
        for (;;) {
          let x: number;
          for (;;) {
            if (e >= end) break;
            const d = text.charCodeAt(e);
            if (d < 128) {
              if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
                e++;
                continue;
              }
              break;
            }
            if (!(x = wordCharAt(text, e, end, false))) break;
            e += x;
          }
          const a = text.charCodeAt(e);
          if ((a === 39 || a === 0x2019) && e + 1 < end && wordCharAt(text, e + 1, end, true)) e += 1;
          else break;
        }
        kind = 'w';
      } else {
        e = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      }
    }
    out.push(new Tok(text, i, e, kind, prevEnd === i, sawNl));
    prevEnd = e;
    sawNl = false;
    i = e;
  }
  return out;
}

/** Offset of the first character in text[from, end) that scan() does not skip as space, or -1. */
export function firstNonSpace(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/** Text of a word with a possessive "’s"/"'s" removed, lower-cased ("Norway’s" → "norway"). */
export function stem(t: Tok): string {
  const l = t.low;
  const n = l.length;
  const last = l.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return n > 1 ? l.slice(0, -1) : l;
  if (last === 115 && n > 2) {
    const a = l.charCodeAt(n - 2);
    if (a === 39 || a === 0x2019) return l.slice(0, -2);
  }
  return l;
}

/** Bits of WordForms' filter (8 KB). */
const FORM_FILTER_BITS = 1 << 16;

/** The filter's hash of a word from its first and last code units and its length (no slice needed). */
function formHash(first: number, last: number, length: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(last, 0x85ebca6b) ^ Math.min(length, 63)) & (FORM_FILTER_BITS - 1);
}

/**
 * A set of words that also answers "certainly not a member" for a token without slicing its
 * text: a bit per formHash of the members. Most tokens the extractors ask about are not
 * members, and slicing and hashing each one's text showed in the profile.
 */
export class WordForms extends Set<string> {
  private readonly filter = new Int32Array(FORM_FILTER_BITS / 32);

  override add(w: string): this {
    if (w.length > 0) {
      const h = formHash(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
      this.filter[h >>> 5] |= 1 << (h & 31);
    }
    return super.add(w);
  }

  /** Whether the token's text may be a member (false: it is not). */
  mayHold(t: Tok): boolean {
    const h = formHash(t.unit(0), t.unit(t.end - t.start - 1), t.end - t.start);
    return (this.filter[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** The words in lower case, Capitalised and UPPER case: a token's text can be looked up without lower-casing it. */
export function caseVariants(words: Iterable<string>): WordForms {
  const out = new WordForms();
  for (const w of words) {
    out.add(w);
    out.add(w.toUpperCase());
    out.add(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return out;
}

/**
 * Could the word be one of the words `variants` lists in case variants, possibly with a
 * possessive ("Monday’s")? Cheap: no lower-casing for the many words that are not, and no
 * slicing for those the filter rules out.
 */
export function mayBe(t: Tok, variants: WordForms): boolean {
  if (variants.mayHold(t) && variants.has(t.text)) return true;
  const n = t.end - t.start;
  const c = t.unit(n - 1);
  const d = t.unit(n - 2);
  return c === 39 || c === 0x2019 || ((d === 39 || d === 0x2019) && (c === 115 || c === 83));
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

/** True for hyphens that join a compound ("seven-year", "mid-2023"). */
export function isHyphen(t: Tok | undefined): boolean {
  return !!t && t.kind === 'p' && (t.text === '-' || t.text === '‐' || t.text === '‑');
}

/** True when a sentence boundary mark is at t (". ! ? ;" or a line break before the next token). */
export function isStop(t: Tok | undefined): boolean {
  return !!t && t.kind === 'p' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';');
}

/** A lookup table as a Map: fast for arbitrary words, and "constructor" is never a key. */
export function dict<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** Test hook: property tests set this so that a caught exception fails them instead of hiding. */
export const guardOptions = { rethrow: false };

/** Run an extractor; an exception gives the fallback (messy text yields partial results, never an error). */
export function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    if (guardOptions.rethrow) throw error;
    return fallback;
  }
}
