// Acronyms the text defines next to their expansion: "North Atlantic Treaty Organization
// (NATO)", "NATO (North Atlantic Treaty Organization)", "ZELF-W (Zeta Liberation Front
// West Province)".
//
// Matching: the acronym's letters are compared with the initials of the long form's words
// (hyphen parts are words; "of/the/and/for…" may be skipped). An exact match of all initials
// or of the significant ones wins, as do syllabic acronyms whose pieces start consecutive words
// ("Benelux" style); otherwise a loose match is accepted when the first letters
// agree and the longest common subsequence of initials and letters covers at least 3/4 of the
// long form's significant words and 3/5 of the acronym's letters (acronyms that borrow letters
// from inside words or from another language). Of several long forms the shortest exact one is
// taken, else the best loose one.
import type { Span } from '../model';
import { guard, isCap, scan, type Tok } from './scan';

const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'da', 'di', 'von', 'van', 'und', 'et', 'y', 'a', 'an', '&']);

export interface AcronymPair {
  long: Span;
  short: Span;
}

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const UPPERS = /\p{Lu}/gu;
const LOWERS = /\p{Ll}/gu;
const ALNUM_ONLY = /^[\p{L}\p{N}]+$/u;
const NOT_ACRONYM_CHAR = /[^\p{L}\p{N}&]/gu;
const UPPER = /\p{Lu}/u;
const DIGITS_ONLY = /^\p{N}+$/u;

export function findAcronymPairs(text: string, range: Span): AcronymPair[] {
  return guard(() => find(text, range), []);
}

function find(text: string, range: Span): AcronymPair[] {
  const t = scan(text, range);
  const out: AcronymPair[] = [];
  for (let p = 0; p < t.length; p++) {
    if (t[p].kind !== 'p' || t[p].text !== '(') continue; // (kind first: words' text is never sliced)
    let q = p + 1;
    while (q < t.length && q < p + 16 && t[q].text !== ')' && t[q].text !== '(' && !t[q].nl) q++;
    if (t[q]?.text !== ')' || q === p + 1) continue;
    const pair = longThenShort(text, t, p, q) ?? shortThenLong(text, t, p, q);
    if (pair) out.push(pair);
  }
  return out;
}

/** "Long Form (LF)". */
function longThenShort(text: string, t: readonly Tok[], p: number, q: number): AcronymPair | undefined {
  const short = { start: t[p + 1].start, end: t[q - 1].end };
  if (!tightRun(t, p + 1, q)) return undefined;
  const letters = acronymLetters(text.slice(short.start, short.end));
  if (!letters) return undefined;
  // Words before "(" on the same line, back to a sentence mark.
  const maxWords = Math.min(letters.length + 5, letters.length * 2 + 1);
  const words: Tok[] = [];
  for (let k = p - 1; k >= 0 && words.length < maxWords * 2; k--) {
    const w = t[k];
    if (w.kind === 'p' && w.text !== '-' && w.text !== '&' && w.text !== ',' && w.text !== '’' && w.text !== "'") break;
    if (w.kind !== 'p') words.unshift(w);
    if (t[k].nl) break;
  }
  let best: { score: number; exact: boolean; start: number } | undefined;
  for (let s = words.length - 1; s >= 0 && words.length - s <= maxWords; s--) {
    const first = words[s];
    if (!(isCap(first) || first.kind === 'n')) continue;
    const m = match(letters, words.slice(s));
    if (!m) continue;
    if (m.exact) {
      best = { score: 1, exact: true, start: s };
      break; // the shortest exact long form
    }
    if (!best || m.score > best.score) best = { score: m.score, exact: false, start: s };
  }
  if (!best) return undefined;
  return { long: { start: words[best.start].start, end: words[words.length - 1].end }, short };
}

/** "LF (Long Form)". */
function shortThenLong(text: string, t: readonly Tok[], p: number, q: number): AcronymPair | undefined {
  // The acronym: tight tokens right before "(".
  let s = p - 1;
  if (s < 0 || t[s].kind === 'p') return undefined;
  while (s > 0 && t[s].tight && (t[s - 1].kind !== 'p' || t[s - 1].text === '-' || t[s - 1].text === '.' || t[s - 1].text === '&') && !t[s].nl) s--;
  if (t[s].kind === 'p') s++;
  const short = { start: t[s].start, end: t[p - 1].end };
  const letters = acronymLetters(text.slice(short.start, short.end));
  if (!letters) return undefined;
  const inner = t.slice(p + 1, q).filter((w) => w.kind !== 'p');
  if (inner.length < 2 || !isCap(inner[0]) || inner.length > letters.length * 2 + 3) return undefined;
  if (t.slice(p + 1, q).some((w) => w.kind === 'p' && !/^[-&,’']$/.test(w.text))) return undefined;
  const m = match(letters, inner);
  if (!m) return undefined;
  return { long: { start: inner[0].start, end: inner[inner.length - 1].end }, short };
}

/** Tokens s..e-1 are written without spaces between them. */
function tightRun(t: readonly Tok[], s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (!t[k].tight) return false;
  return true;
}

/** The letters of an acronym-shaped string ("SRFC", "ZELF-W", "U.N."), upper-cased; '' if not one. */
function acronymLetters(s: string): string {
  if (s.length < 2 || s.length > 14 || /\s/.test(s)) return '';
  const core = s.replace(/[.\-&’']/g, '');
  const upper = core.match(UPPERS)?.length ?? 0;
  const lower = core.match(LOWERS)?.length ?? 0;
  if (upper < 2 || lower > 2 || upper < lower * 2 || !ALNUM_ONLY.test(core)) return '';
  return core.toUpperCase();
}

function initials(words: readonly Tok[], significantOnly: boolean): string {
  let s = '';
  for (const w of words) {
    if (significantOnly && STOP.has(w.low)) continue;
    if (w.kind === 'n') s += w.text;
    else s += w.text[0].toUpperCase();
  }
  return s;
}

function match(letters: string, words: readonly Tok[]): { exact: boolean; score: number } | undefined {
  if (!words.length || words[words.length - 1].kind !== 'w' && words[words.length - 1].kind !== 'n') return undefined;
  if (STOP.has(words[words.length - 1].low)) return undefined;
  const sig = initials(words, true);
  const all = initials(words, false);
  if (letters === sig || letters === all) return { exact: true, score: 1 };
  // Syllabic acronyms: each word gives the start of itself ("Pak-Af-Uz", "Benelux").
  if (sig.length >= 2 && prefixesMatch(letters.toLowerCase(), words.map((w) => w.low.replace(/['’]s$/, '')))) return { exact: true, score: 1 };
  // An initialism written in full inside the long form ("U.S.") is rare; compare loosely.
  if (!sig || sig[0] !== letters[0]) return undefined;
  const m = lcs(sig, letters);
  if (m < 2 || m / sig.length < 0.75 || m / letters.length < 0.6) return undefined;
  return { exact: false, score: m / Math.max(sig.length, letters.length) };
}

/** Letters split into consecutive pieces, each the start of the next significant word (stop words may give nothing). */
function prefixesMatch(letters: string, words: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (j === words.length) return i === letters.length;
    if (i === letters.length) return false;
    const key = i * 64 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = words[j];
    let ok = STOP.has(w) && go(i, j + 1);
    for (let len = 1; !ok && len <= w.length && i + len <= letters.length; len++) {
      if (w.charCodeAt(len - 1) !== letters.charCodeAt(i + len - 1)) break;
      ok = go(i + len, j + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return words.length < 64 && go(0, 0);
}

function lcs(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The acronym a name would have: initials of its significant words, hyphen parts counted,
 * words already in capitals kept whole ("BBC World Service" → "BBCWS").
 */
export function acronymOf(name: string): string {
  if (typeof name !== 'string') return '';
  let out = '';
  for (const word of name.split(/[\s\-‐‑–]+/)) {
    const w = word.replace(NOT_ACRONYM_CHAR, '');
    if (!w || STOP.has(w.toLowerCase())) continue;
    if (w.length > 1 && w === w.toUpperCase() && UPPER.test(w)) out += w;
    else if (DIGITS_ONLY.test(w)) out += w;
    else out += w[0].toUpperCase();
  }
  return out;
}
