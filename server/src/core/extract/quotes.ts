// Quotations in news text, and how close two quotations' wording is.
//
// findQuotes scans once, character by character, with a small stack of open marks:
//  - “ … ”, „ … “/”, « … », and straight " … " quote; a double quote left open ends at the
//    end of its line (news style opens every paragraph of a long quote and closes only the last);
//  - ‘ … ’ and ' … ' quote only when the opening mark stands before a word after a space or an
//    opening mark, and the closing one after a word before a non-letter; otherwise they are
//    apostrophes ("don’t", "Lund’s", "’70s"). A single quote left open is dropped;
//  - quotes nest (a ‘…’ inside a “…” is reported too); scare quotes of one word count.
// QuoteSpan.text is the quoted words (the inner span), not the marks.
import type { Span } from '../model';
import type { Agreement } from './compare';
import { clampRange, guard } from './scan';
import { lemma } from './units';

export interface QuoteSpan extends Span {
  /** The quoted words, without the quotation marks: text.slice(inner.start, inner.end). */
  text: string;
  /** The span inside the quotation marks. */
  inner: Span;
}

type Mark = 'curly' | 'low' | 'guillemet' | 'straight' | 'single-curly' | 'single-straight';

interface Open {
  mark: Mark;
  at: number;
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || isLineBreak(c);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
/** Characters after which an opening quote may stand: start, space, brackets, dashes, other quotes. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '“', '"', '«', '„', ':', '/']);

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const WORDS = /[\p{L}\p{N}]+/gu;

export function findQuotes(text: string, range: Span): QuoteSpan[] {
  return guard(() => find(text, range), []);
}

/**
 * The open marks of one scan and the quotes found so far (a class rather than closures in
 * find: it runs once per paragraph, and closures made per call cost more than the scan).
 */
class Quotes {
  readonly out: QuoteSpan[] = [];
  readonly stack: Open[] = [];
  constructor(private readonly text: string) {}

  emit(open: Open, closeAt: number, markLen: number): void {
    const text = this.text;
    let s = open.at + 1;
    let e = closeAt;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    this.out.push({ start: open.at, end: closeAt + markLen, text: text.slice(s, e), inner: { start: s, end: e } });
  }

  /** Close every open double quote at the end of a line (before its trailing spaces). */
  endLine(at: number): void {
    for (const o of this.stack) {
      if (o.mark === 'single-curly' || o.mark === 'single-straight') continue;
      let e = at;
      while (e > o.at + 1 && isSpace(this.text.charCodeAt(e - 1))) e--;
      this.emit(o, e, 0);
    }
    this.stack.length = 0;
  }

  findOpen(marks: Mark[]): number {
    const stack = this.stack;
    for (let k = stack.length - 1; k >= 0; k--) if (marks.includes(stack[k].mark)) return k;
    return -1;
  }

  closeAt(k: number, i: number): void {
    this.emit(this.stack[k], i, 1);
    this.stack.length = k; // anything opened inside and still open was not a quote
  }
}

function find(text: string, range: Span): QuoteSpan[] {
  if (typeof text !== 'string') return [];
  const { start, end } = clampRange(text, range);
  const q = new Quotes(text);
  const { out, stack } = q;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (stack.length) q.endLine(i);
      continue;
    }
    switch (c) {
      case 0x201c: { // “ opens, or closes a „
        const k = q.findOpen(['low']);
        if (k >= 0) q.closeAt(k, i);
        else {
          const d = q.findOpen(['curly']);
          if (d >= 0) {
            // A second opener before the first closed: the first ran to here.
            q.emit(stack[d], trimBack(text, i, stack[d].at), 0);
            stack.length = d;
          }
          stack.push({ mark: 'curly', at: i });
        }
        break;
      }
      case 0x201d: { // ”
        const k = q.findOpen(['curly', 'low']);
        if (k >= 0) q.closeAt(k, i);
        break;
      }
      case 0x201e: // „
        stack.push({ mark: 'low', at: i });
        break;
      case 0xab: // «
        stack.push({ mark: 'guillemet', at: i });
        break;
      case 0xbb: { // »
        const k = q.findOpen(['guillemet']);
        if (k >= 0) q.closeAt(k, i);
        break;
      }
      case 34: { // "
        const k = q.findOpen(['straight']);
        if (k >= 0 && (!isSpace(text.charCodeAt(i - 1)) || !isWordChar(text, i + 1))) q.closeAt(k, i);
        else if (k < 0 && i + 1 < end && !isSpace(text.charCodeAt(i + 1))) stack.push({ mark: 'straight', at: i });
        break;
      }
      case 0x2018: // ‘
        if (opensSingle(text, i, start)) stack.push({ mark: 'single-curly', at: i });
        break;
      case 0x2019: { // ’
        const k = q.findOpen(['single-curly']);
        if (k >= 0 && closesSingle(text, i)) q.closeAt(k, i);
        break;
      }
      case 39: { // '
        const k = q.findOpen(['single-straight']);
        if (k >= 0 && closesSingle(text, i)) q.closeAt(k, i);
        else if (opensSingle(text, i, start)) stack.push({ mark: 'single-straight', at: i });
        break;
      }
      default:
    }
  }
  if (stack.length) q.endLine(end);
  out.sort(outerFirst);
  return out;
}

const outerFirst = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

function trimBack(text: string, e: number, floor: number): number {
  while (e > floor + 1 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** A single mark opens a quote after a space or opening mark and before a word ("‘friend’"), not "’70s". */
function opensSingle(text: string, i: number, start: number): boolean {
  const prev = i > start ? text[i - 1] : ' ';
  if (!(isSpace(prev.charCodeAt(0)) || OPENING_CONTEXT.has(prev))) return false;
  if (!isWordChar(text, i + 1)) return false;
  // Elisions: ’80s, 'em, 'tis, 'n'
  if (/^\d\ds/.test(text.slice(i + 1, i + 4))) return false;
  if (/^(em|tis|twas|n)\b/i.test(text.slice(i + 1, i + 6))) return false;
  return true;
}

/** A single mark closes after a non-space and before a non-letter ("friend’," but not "don’t"). */
function closesSingle(text: string, i: number): boolean {
  return i > 0 && !isSpace(text.charCodeAt(i - 1)) && !isWordChar(text, i + 1);
}

/** Words of a quotation for comparison: case, punctuation, articles and plurals folded. */
export function quoteWords(s: string): string[] {
  if (typeof s !== 'string') return [];
  const words = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(WORDS) ?? [];
  return words.filter((w) => w !== 'a' && w !== 'an' && w !== 'the').map((w) => lemma(w));
}

const MAX_WORDS = 400;

/**
 * How close two quotations are, by the longest common subsequence of their words after
 * folding (similarity = 2·LCS / (|a| + |b|)): 'equal' when the words are the same up to case
 * and punctuation, 'compatible' when they differ only in articles and plurals, when one is
 * (almost) contained in the other (a partial quote), or when similarity ≥ 0.8; otherwise
 * 'conflict'. Different wording is the finding: there is no synonym matching.
 */
export function compareQuotes(a: string, b: string): { similarity: number; agreement: Agreement } {
  const light = (s: string) => (typeof s === 'string' ? s.normalize('NFKC').toLowerCase().match(WORDS)?.join(' ') ?? '' : '');
  const la = light(a);
  const lb = light(b);
  if (!la || !lb) return { similarity: 0, agreement: 'unknown' };
  if (la === lb) return { similarity: 1, agreement: 'equal' };
  const wa = quoteWords(a).slice(0, MAX_WORDS);
  const wb = quoteWords(b).slice(0, MAX_WORDS);
  if (!wa.length || !wb.length) return { similarity: 0, agreement: 'unknown' };
  const common = lcs(wa, wb);
  const similarity = (2 * common) / (wa.length + wb.length);
  const coverage = common / Math.min(wa.length, wb.length);
  const agreement: Agreement = similarity >= 0.8 || coverage >= 0.9 ? 'compatible' : 'conflict';
  return { similarity, agreement };
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
