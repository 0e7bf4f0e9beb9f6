// Article tokenizer: one linear scan over UTF-16 code units, producing tokens whose
// [start, end) offsets index the original text exactly. Conventions follow the news
// corpus the tagger is trained on (Penn-Treebank-like): possessive "’s" and clitics
// ("n’t", "’re") are their own tokens, quotes and dashes are separate tokens, while
// hyphenated words ("Zeta-K"), initialisms ("U.S."), known abbreviations ("Dr.") and
// numbers with separators ("12,500", "$1.25", "35%") stay whole.
import type { Token } from '../model';
import { ABBREVIATIONS } from './abbreviations';

// Character classes, computed lazily per BMP code unit (0 = unknown, 1 = word, 2 = space, 3 = other).
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const classes = new Uint8Array(65536);
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^[\s\u200B\u2060\uFEFF]$/u;

function classify(c: number): number {
  let k = classes[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdfff) k = OTHER; // surrogates are handled by the caller
    else {
      const ch = String.fromCharCode(c);
      k = WORD_RE.test(ch) ? WORD : SPACE_RE.test(ch) ? SPACE : OTHER;
    }
    classes[c] = k;
  }
  return k;
}

/** Width (1 or 2) of the word character at i, or 0 when it is not a word character. */
function wordAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_RE.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return classify(c) === WORD ? 1 : 0;
}

const isSpace = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : classify(c) === SPACE);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 128 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && classify(c) === WORD && !isNumeric(c));
// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const NUMBER_CHAR = /^\p{N}$/u;

const isNumeric = (c: number): boolean => isDigit(c) || (c >= 128 && NUMBER_CHAR.test(String.fromCharCode(c)));
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
// Hyphen-minus, Unicode hyphen, non-breaking hyphen: join words. En/em dashes do not.
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const CURRENCY = new Set([36, 0xa3, 0xa5, 0x20ac, 0x20b9, 0x20bd]); // $ £ ¥ € ₹ ₽
// Characters that may end a URL but are almost always sentence punctuation there.
const URL_TRAIL = new Set([46, 44, 59, 58, 33, 63, 39, 34, 0x2019, 0x201d, 41, 93]);

// The token lists tokenize() made of a whole text, with that text: an encoder that leaves such
// tokens out (the analysis cache) need not tokenize the text again to know they are these.
const wholeTexts = new WeakMap<readonly Token[], string>();

/** Whether `tokens` is the very list tokenize(text) returned (for the whole of `text`). */
export function isTokenizationOf(tokens: readonly Token[], text: string): boolean {
  return wholeTexts.get(tokens) === text;
}

/** Tokens of text[from, to). Never throws; linear in the length of the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string') return out;
  const end = Math.min(Math.max(0, to | 0), text.length);
  let i = Math.min(Math.max(0, from | 0), end);
  let nextAt = -2; // position of the next "@" at or after i (-1: none), to try emails only near one
  const push = (s: number, e: number): void => {
    out.push({ text: text.slice(s, e), start: s, end: e });
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const url = urlEnd(text, i, end);
    if (url > i) {
      push(i, url);
      i = url;
      continue;
    }
    if (nextAt !== -1 && nextAt < i) nextAt = text.indexOf('@', i);
    if (nextAt >= 0 && nextAt - i <= 64 && c < 128) {
      const e = emailEnd(text, i, end);
      if (e > nextAt) {
        push(i, e);
        i = e;
        continue;
      }
    }
    if (wordAt(text, i, end) || (CURRENCY.has(c) && i + 1 < end && isDigit(text.charCodeAt(i + 1)))) {
      const e = wordEnd(text, i, end);
      const split = clitic(text, i, e);
      if (split > i && split < e) {
        push(i, split);
        push(split, e);
      } else push(i, e);
      i = e;
      continue;
    }
    // Clitic or possessive written after a space-free quote, e.g. a token starting "’s".
    if (isApostrophe(c)) {
      const e = cliticAfterApostrophe(text, i, end);
      if (e > i) {
        push(i, e);
        i = e;
        continue;
      }
    }
    // Runs of the same mark that read as one symbol: "...", "--", "??".
    if (c === 46 || c === 45) {
      let e = i + 1;
      while (e < end && text.charCodeAt(e) === c) e++;
      if (e - i >= 2) {
        push(i, e);
        i = e;
        continue;
      }
    }
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    push(i, i + w);
    i += w;
  }
  if (from === 0 && end === text.length) wholeTexts.set(out, text);
  return out;
}

/** End of the word starting at s (a word character or a currency sign before a digit). */
function wordEnd(text: string, s: number, end: number): number {
  let i = s;
  if (CURRENCY.has(text.charCodeAt(i))) i++;
  for (;;) {
    let w: number;
    while (i < end && (w = wordAt(text, i, end))) i += w;
    if (i >= end) return i;
    const c = text.charCodeAt(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    const prev = text.charCodeAt(i - 1);
    // Joiners between two word characters.
    if (isHyphen(c) && next >= 0 && wordAt(text, i + 1, end)) {
      i++;
      continue;
    }
    if ((c === 44 || c === 46 || c === 47 || c === 58) && isDigit(prev) && isDigit(next)) {
      i++; // 12,500  2.75  03/04/2019  10:30
      continue;
    }
    if (c === 38 && isUpper(prev) && next >= 0 && isUpper(next)) {
      i++; // AT&T
      continue;
    }
    if (isApostrophe(c) && next >= 0 && isLetter(next)) {
      const e = cliticEnd(text, i, end);
      if (e > i) return e; // "Norway’s", "don't": the caller splits the clitic off
      i++; // O'Brien, Qur'an: the apostrophe is part of the name
      continue;
    }
    if (c === 37 && isDigit(prev)) return i + 1; // 35%
    if (c === 46) {
      const p = periodEnd(text, s, i, end);
      // "U.N.-led": an abbreviation can still be the first part of a hyphenated word.
      if (p > i && p + 1 < end && isHyphen(text.charCodeAt(p)) && wordAt(text, p + 1, end)) {
        i = p + 1;
        continue;
      }
      return p;
    }
    return i;
  }
}

/** The word s..dot is followed by "."; decide whether the period belongs to it. */
function periodEnd(text: string, s: number, dot: number, end: number): number {
  const len = dot - s;
  const next = dot + 1 < end ? text.charCodeAt(dot + 1) : -1;
  // Initialisms: single letters separated by periods, "U.S.", "a.m.", "U.S.A.".
  if (len === 1 && isLetter(text.charCodeAt(s))) {
    let i = dot;
    while (i + 2 < end && isLetter(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 46) i += 2;
    if (i > dot) return i + 1;
    // A lone capital initial ("John F. Kennedy").
    if (isUpper(text.charCodeAt(s))) return dot + 1;
  }
  // Domain names: "example.com".
  if (next >= 0 && isLetter(next)) {
    const m = /^(com|org|net|gov|edu|int|io|info)\b/.exec(text.slice(dot + 1, Math.min(end, dot + 6)));
    if (m && !(dot + 1 + m[0].length < end && wordAt(text, dot + 1 + m[0].length, end))) return dot + 1 + m[0].length;
  }
  if (len <= 6 && ABBREVIATIONS.has(text.slice(s, dot))) return dot + 1;
  return dot;
}

/** The clitic or possessive to split off a word ("Norway’s" -> "Norway" + "’s"), as its start; -1 if none. */
function clitic(text: string, s: number, e: number): number {
  // Only the last apostrophe in the word can start a clitic.
  for (let i = e - 1; i > s; i--) {
    const c = text.charCodeAt(i);
    if (isApostrophe(c)) {
      const suffix = text.slice(i + 1, e).toLowerCase();
      if (suffix === 't' && (text.charCodeAt(i - 1) | 32) === 110 && i - 1 > s) return i - 1; // do|n't
      if (CLITICS.has(suffix)) return i;
      return -1;
    }
    if (!isLetter(c)) return -1;
  }
  return -1;
}

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

/** End of the clitic ("’s", "’re", "n’t") that the apostrophe at i starts and that ends the word, or -1. */
function cliticEnd(text: string, i: number, end: number): number {
  let e = i + 1;
  while (e < end && isLetter(text.charCodeAt(e))) e++;
  if (e < end && wordAt(text, e, end)) return -1; // digits etc. follow: not a clitic
  const suffix = text.slice(i + 1, e).toLowerCase();
  return CLITICS.has(suffix) || (suffix === 't' && (text.charCodeAt(i - 1) | 32) === 110) ? e : -1;
}

/** A token starting with an apostrophe that is a clitic ("’s" after a closing quote); its end or -1. */
function cliticAfterApostrophe(text: string, i: number, end: number): number {
  if (i === 0 || isSpace(text.charCodeAt(i - 1))) return -1;
  let e = i + 1;
  while (e < end && isLetter(text.charCodeAt(e))) e++;
  if (e < end && wordAt(text, e, end)) return -1;
  return CLITICS.has(text.slice(i + 1, e).toLowerCase()) ? e : -1;
}

const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;

/** End of an email address starting at i, or i. Only tried when an "@" is near. */
function emailEnd(text: string, i: number, end: number): number {
  EMAIL_RE.lastIndex = i;
  const m = EMAIL_RE.exec(text);
  return m && i + m[0].length <= end ? i + m[0].length : i;
}

/** End of a URL starting at i ("http://", "https://", "www."), or i when none starts here. */
function urlEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i) | 32;
  if (c !== 104 && c !== 119) return i;
  // "http" and "www" need a "t" or a "w" next (no other character lower-cases to either): most
  // words starting with h or w ("he", "was") stop here, before a slice is made and lower-cased.
  const c1 = text.charCodeAt(i + 1) | 32;
  if (c1 !== (c === 104 ? 116 : 119)) return i;
  const head = text.slice(i, i + 8).toLowerCase();
  if (!(head.startsWith('http://') || head.startsWith('https://') || (head.startsWith('www.') && i + 4 < end && wordAt(text, i + 4, end)))) return i;
  if (i > 0 && wordAt(text, i - 1, end)) return i;
  let e = i;
  while (e < end && !isSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x201d && text.charCodeAt(e) !== 34) e++;
  // Trim trailing sentence punctuation, keeping a closing bracket only when it balances one in the URL.
  let open = 0;
  for (let k = i; k < e; k++) {
    const t = text.charCodeAt(k);
    if (t === 40 || t === 91) open++;
    else if (t === 41 || t === 93) open--;
  }
  while (e > i) {
    const t = text.charCodeAt(e - 1);
    if (!URL_TRAIL.has(t)) break;
    if ((t === 41 || t === 93) && open >= 0) break;
    if (t === 41 || t === 93) open++;
    e--;
  }
  return e;
}
