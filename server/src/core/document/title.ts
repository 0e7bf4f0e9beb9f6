// The headline: the first headline-shaped line at the top that is not furniture, a byline or a
// dateline. Scraped pages sometimes open with a headline of another story (a teaser, a
// "most read" item) or the site's name; such a line shares no content words with the article
// while the real headline does, so when the first candidate shares none and a later one
// shares some, the later one wins.
import { countWords, endsWithPeriod, innerSentenceBreaks, isBullet, type Line } from './lines';

/** How far down the top region reaches, in non-empty lines. */
export const TOP_LINES = 15;
const MAX_CANDIDATES = 4;
/** Enough of the body to see which words the article uses. */
const BODY_CHARS = 40_000;

/**
 * Index into `lines` of the title, or -1. `skip[i]` marks lines that cannot be the title
 * (furniture, byline, dateline).
 */
export function chooseTitle(lines: readonly Line[], skip: readonly boolean[]): number {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length && i < TOP_LINES && candidates.length < MAX_CANDIDATES; i++) {
    if (skip[i]) continue;
    const t = lines[i].text;
    if (isHeadlineLike(t, candidates.length === 0)) candidates.push(i);
    else if (countWords(t, 3) >= 2) break; // prose: the body has started
  }
  if (candidates.length <= 1) return candidates.length ? candidates[0] : -1;
  const wanted = new Set(candidates.flatMap((c) => contentKeys(lines[c].text)));
  const body = bodyWords(lines, skip, new Set(candidates), wanted);
  if (body.size === 0 || relatesTo(lines[candidates[0]].text, body, false)) return candidates[0];
  for (const c of candidates.slice(1)) if (relatesTo(lines[c].text, body, true)) return c;
  return candidates[0];
}

/**
 * Whether a headline is about the body. One shared word can be chance ("gain", "talks"), so
 * the first line keeps the title unless it shares almost nothing, and a later line takes it
 * only when a good part (a third) of its words recur in the body.
 */
function relatesTo(text: string, body: Set<string>, strict: boolean): boolean {
  const keys = [...new Set(contentKeys(text))];
  if (keys.length === 0) return !strict;
  const shared = keys.filter((k) => body.has(k)).length;
  if (strict) return shared >= Math.min(2, keys.length) && shared / keys.length >= 0.34;
  return shared >= 2 || shared / keys.length >= 0.25;
}

/**
 * Short, not a list item or a label, one sentence (the first line may have two short ones:
 * "X backs Y. What next?"), a final period only on the first candidate.
 */
export function isHeadlineLike(text: string, first: boolean): boolean {
  if (text.length > 250 || isBullet(text)) return false;
  const n = countWords(text, 40);
  if (n < 2 || n > 30) return false;
  if (/[:]$/.test(text)) return false;
  const breaks = innerSentenceBreaks(text, 2);
  if (breaks > 1 || (breaks === 1 && !(first && n <= 15 && !endsWithPeriod(text)))) return false;
  if (endsWithPeriod(text) && (!first || n > 20)) return false;
  return true;
}

/**
 * The body's content words among `wanted` (the candidates' words: all that is asked of it),
 * plus one other so that an empty result still means the body has none. Reading stops once
 * every wanted word is found.
 */
function bodyWords(lines: readonly Line[], skip: readonly boolean[], exclude: Set<number>, wanted: Set<string>): Set<string> {
  const out = new Set<string>();
  const heads = keyHeads(wanted);
  let other: string | undefined;
  let chars = 0;
  for (let i = 0; i < lines.length && chars < BODY_CHARS; i++) {
    if (skip[i] || exclude.has(i)) continue;
    const t = lines[i].text.slice(0, BODY_CHARS - chars);
    chars += t.length;
    if (other === undefined) {
      for (const k of contentKeys(t)) {
        if (wanted.has(k)) out.add(k);
        else other ??= k;
      }
    } else addWantedKeys(t, heads, wanted, out); // (only wanted keys matter now)
    if (out.size === wanted.size && (other !== undefined || out.size > 0)) break;
  }
  if (other !== undefined) out.add(other);
  return out;
}

const HEAD_BITS = 4096;

/** Hash of a key's first three code units (every key has three: see stem()). */
function headHash(s: string, i: number): number {
  return (Math.imul(s.charCodeAt(i), 961) + Math.imul(s.charCodeAt(i + 1), 31) + s.charCodeAt(i + 2)) & (HEAD_BITS - 1);
}

/** A filter of the keys' first three code units. */
function keyHeads(keys: Set<string>): Uint8Array {
  const heads = new Uint8Array(HEAD_BITS);
  for (const k of keys) heads[headHash(k, 0)] = 1;
  return heads;
}

/**
 * The keys of contentKeys(text) that are in `wanted`, added to out: a word whose first three
 * code units (its key's: keys are prefixes of their words) pass no filter bit is skipped
 * before it is sliced.
 */
function addWantedKeys(text: string, heads: Uint8Array, wanted: Set<string>, out: Set<string>): void {
  const low = text.toLowerCase();
  eachWordRun(low, (from, end) => {
    if (end - from < 3 || !heads[headHash(low, from)]) return;
    const w = low.slice(from, end);
    if (STOP.has(w) || allDigits(w)) return;
    const k = stem(w);
    if (wanted.has(k)) out.add(k);
  });
}

const STOP = new Set(
  ('the and for are but not you all any can had her was one our out has him his how its may new now old see two ' +
    'way who did get let say she too use that with have this will your from they know want been good much some ' +
    'time very when come here just like long make many more only over such take than them well were what said ' +
    'says after about into also their there would could should which while where other these those being because ' +
    'before between under against during without within first last year years news what why how says amid ' +
    'report reports latest update live').split(' '),
);

/** Lowercased content words with a crude suffix strip, so "kills" meets "killed". */
export function contentKeys(text: string): string[] {
  const out: string[] = [];
  const low = text.toLowerCase();
  eachWordRun(low, (from, end) => {
    if (end - from < 3) return;
    const w = low.slice(from, end);
    if (!STOP.has(w) && !allDigits(w)) out.push(stem(w));
  });
  return out;
}

/**
 * visit(from, end) for each run of letters and numbers in `low` (what /[\p{L}\p{N}]+/gu
 * matches), found by a scan: no match arrays.
 */
function eachWordRun(low: string, visit: (from: number, end: number) => void): void {
  const n = low.length;
  for (let i = 0; i < n; ) {
    let e = i;
    for (let w = wordUnitAt(low, e); w > 0; w = wordUnitAt(low, e)) e += w;
    if (e === i) {
      i++;
      continue;
    }
    visit(i, e);
    i = e;
  }
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet asked, 1 letter or number, 2 neither. */
const wordUnits = new Uint8Array(65536);

/** Width (1 or 2) of the letter or number at i, 0 if none (as /[\p{L}\p{N}]/u reads the text). */
function wordUnitAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  if (!wordUnits[c]) wordUnits[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return wordUnits[c] === 1 ? 1 : 0;
}

/** What /^\d+$/ accepts (ASCII digits). */
function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

function stem(w: string): string {
  let s = w;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && (s.endsWith('ed') || s.endsWith('es'))) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s.slice(0, 6);
}
