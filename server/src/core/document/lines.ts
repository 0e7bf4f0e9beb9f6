// Lines of an article and the cheap shape measures the layout heuristics share. Article
// files hold one paragraph per line, so a non-empty line is the unit everything here judges.

/** A non-empty line, trimmed: [start, end) excludes surrounding spaces and the line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** 0-based line number in the file (blank lines count). */
  row: number;
}

/** "\n", "\r\n" and a lone "\r" each end a line, as in the editor. Linear. */
// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let row = 0;
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e), row });
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
    row++;
  }
  return lines;
}

/** Whitespace including no-break, zero-width and BOM characters scraped pages are full of. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 11 || c === 12;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;

/** Whitespace-separated words that contain a letter or digit (punctuation runs do not count). */
export function countWords(s: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 128) {
      // Printable ASCII (most of the text) is no space: answered without the general tests.
      inWord = true;
      if (!hasAlnum && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) hasAlnum = true;
    } else if (isSpaceCode(c) || c === 10 || c === 13) {
      if (inWord && hasAlnum && ++count >= limit) return count;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      if (!hasAlnum && isAlnumCode(c)) hasAlnum = true;
    }
  }
  return inWord && hasAlnum ? count + 1 : count;
}

function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Outside ASCII, anything that is not punctuation/space counts: letters of every script.
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0xa0 && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

/** Words (letters/digits with inner apostrophes, dots, hyphens) of a short string. */
export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

export function hasLetter(s: string): boolean {
  return LETTER.test(s);
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*']);

/** Ends like a sentence: a final . ! ? or … (possibly inside closing quotes or brackets). */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i])) i--;
  const c = s[i];
  return c === '.' || c === '!' || c === '?' || c === '…' || c === '。' || c === '؟';
}

/** Ends with a full stop (or ellipsis) in particular: headlines may end with ? or ! but rarely with a period. */
export function endsWithPeriod(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i])) i--;
  return s[i] === '.' || s[i] === '…' || s[i] === '。';
}

/**
 * Sentence boundaries inside the line: ". " / "? " / "! " followed by a capital letter, not
 * after a single-letter initial ("J. Doe", "U.S. Army"). Enough to tell a headline from prose.
 */
export function innerSentenceBreaks(s: string, limit = 3): number {
  let count = 0;
  const re = /[.!?]["”’']?\s+["“‘]?\p{Lu}/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const i = m.index;
    if (s[i] === '.' && i >= 1 && UPPER.test(s[i - 1]) && (i < 2 || !LETTER.test(s[i - 2]))) continue;
    if (++count >= limit) break;
  }
  return count;
}

/** Bulleted or numbered list item. */
export function isBullet(s: string): boolean {
  return /^(?:[-*•·▪►▶‣◦–—]\s|\d{1,2}[.)]\s)/.test(s);
}

/** What normalize() changes in a lower-cased line before its ends: curly quotes, spaces other than one " ". */
const QUOTE_OR_SPACES = /[’‘`´“”«»„]|[^\S ]|\s\s/;

/** Lowercased, quotes straightened, spaces collapsed, leading bullets and trailing punctuation (even ?) dropped. */
export function normalize(s: string): string {
  let t = s.toLowerCase();
  // Every line is normalised: one scan tells whether it has quotes to straighten or spaces to collapse.
  if (QUOTE_OR_SPACES.test(t)) {
    t = t.replace(/[’‘`´]/g, "'").replace(/[“”«»„]/g, '"');
    if (/[^\S ]|\s\s/.test(t)) t = t.replace(/\s+/g, ' ');
  }
  t = t.replace(/^[\s•·*▪►▶‣◦#>|/\-–—]+/, '');
  let end = t.length;
  while (end > 0 && isTrailing(t.charCodeAt(end - 1))) end--;
  return t.slice(0, end).trim();
}

/** What /[\s.:;!?…|»›>\-–—,]$/ strips from the end of a normalised line. */
function isTrailing(c: number): boolean {
  switch (c) {
    case 46: case 58: case 59: case 33: case 63: case 0x2026: case 124: case 0xbb: case 0x203a: case 62: case 45: case 0x2013: case 0x2014: case 44:
      return true;
    default:
      return isRegExpSpace(c);
  }
}

/** What \s matches: White_Space and the line terminators. */
function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
