// Bylines: "By Jane Doe", "/ By Jane Doe", "Written by …", "Author: …", "Author's name …",
// "By Example News Bureau", and "Jane Doe | Agency". The answer is the name part only, as an
// offset range inside the line. A byline line is short and holds nothing but the name and
// dateline-like residue (separators, dates, outlet names), which keeps "By Monday, the water
// had receded." and "By the time …" out.
import type { Span } from '../model';
import { countWords } from './lines';

export interface BylineMatch {
  /** The name part, relative to the line. */
  name: Span;
  /** From the lead word ("By", "Author:") to the end of the name, relative to the line. */
  whole: Span;
}

const MAX_BYLINE_CHARS = 200;

// Lead words that introduce a name: "By", "Written by", "Story by" … after the line start or a separator.
const BY_LEAD = /(?:^|\s[\-–—]\s*|[|/·•–—]\s*|,\s*|\s{2,})((?:(?:written|posted|reported|story|words|text|report|compiled|reporting|video|photos?|analysis|opinion)\s+)?by\b\s*:?\s*)/giu;
// Labels that introduce a name at the start of the line: "Author: …", "Author's name …", "Reporter - …".
const LABEL_LEAD = /^((?:authors?|author['’`‘]?s(?:\s+name)?|author\s+name|writer|reporter|correspondent|columnist|journalist|byline)\s*[:\-–—]?\s+)/iu;

const NAME_WORD = /[\p{Lu}][\p{L}\p{M}'’.\-]*/uy;
const LOWER_WORD = /[\p{Ll}][\p{L}\p{M}'’.\-]*/uy;
// Lowercase parts of names: "Ludwig van Beethoven", "Bashar al-Assad".
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'zu', 'ter', 'ten', 'af', 'av', 'do', 'e']);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'then', 'now', 'far', 'contrast', 'comparison',
  'default', 'law', 'night', 'day', 'noon', 'midnight', 'end', 'way', 'design', 'chance', 'mistake', 'accident',
  'all', 'some', 'most', 'many', 'no', 'this', 'that', 'these', 'those', 'it', 'its', 'his', 'her', 'their', 'our',
  'my', 'your', 'a', 'an', 'one', 'two', 'three', 'how', 'what', 'when', 'who', 'why', 'which', 'early', 'late',
  'mid', 'next', 'last', 'tomorrow', 'today', 'tonight', 'yesterday', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);

/** Finds a byline in one trimmed line (never throws). `nameBar` allows the "Name | Agency" shape. */
// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const INITIAL_BEFORE_DOT = /(?:^|[\s.])(?:\p{Lu}|Jr|Sr|St)\.$/u;
const PLACE_AFTER = /^(?:in|from|at|for)\s+\p{Lu}/u;
const WORDY = /[\p{L}\p{N}]/u;
const CAPITALISED_WORD = /^[\p{Lu}\p{N}("'“‘]/u;
const OUTLET_WORD = /^[\p{Lu}\p{N}&]/u;

export function findByline(line: string, nameBar = true): BylineMatch | undefined {
  if (line.length > MAX_BYLINE_CHARS || countWords(line, 30) >= 30) return undefined;
  const label = LABEL_LEAD.exec(line);
  if (label) {
    const m = nameAt(line, label[0].length);
    if (m) return { name: m, whole: { start: 0, end: m.end } };
  }
  BY_LEAD.lastIndex = 0;
  for (let hit = BY_LEAD.exec(line), tries = 0; hit && tries < 4; hit = BY_LEAD.exec(line), tries++) {
    const leadStart = hit.index + hit[0].length - hit[1].length;
    const m = nameAt(line, hit.index + hit[0].length);
    if (m) return { name: m, whole: { start: leadStart, end: m.end } };
    if (BY_LEAD.lastIndex === hit.index) BY_LEAD.lastIndex++;
  }
  if (nameBar) {
    const bar = line.indexOf('|');
    if (bar > 0) {
      const m = nameAt(line.slice(0, bar).trimEnd(), 0, 2);
      const left = line.slice(0, bar).trimEnd();
      if (m && m.end === left.length && countWords(left) <= 3 && !hasSectionWord(left) && isOutletName(line.slice(bar + 1).trim())) {
        return { name: m, whole: m };
      }
    }
  }
  return undefined;
}

/**
 * A run of capitalised name words (with particles, "and", "&" and comma-separated lists of
 * names) starting at `from`, followed only by byline residue. `minWords` guards shapes that
 * have no lead word.
 */
function nameAt(line: string, from: number, minWords = 1): Span | undefined {
  let i = skipSpaces(line, from);
  // "By the Associated Press": the article is not part of the name.
  const article = /^the\s+/iu.exec(line.slice(i, i + 4 + 8));
  if (article && line[i] !== undefined) {
    const after = skipSpaces(line, i + 3);
    NAME_WORD.lastIndex = after;
    if (NAME_WORD.test(line)) i = after;
  }
  const start = i;
  let end = -1;
  let names = 0;
  let total = 0;
  while (i < line.length && total < 10) {
    NAME_WORD.lastIndex = i;
    const w = NAME_WORD.exec(line);
    if (w) {
      if (names === 0 && NOT_NAMES.has(w[0].toLowerCase().replace(/[.'’]+$/, ''))) return undefined;
      names++;
      total++;
      end = i + w[0].length;
      i = skipSpaces(line, end);
      continue;
    }
    if (names === 0) return undefined;
    // Joiners continue the name only when another capitalised word follows.
    let next = -1;
    LOWER_WORD.lastIndex = i;
    const lw = LOWER_WORD.exec(line);
    if (lw && (PARTICLES.has(lw[0]) || lw[0] === 'and')) next = skipSpaces(line, i + lw[0].length);
    else if (line[i] === '&') next = skipSpaces(line, i + 1);
    else if (line[i] === ',' && /\s(?:and|&)\s/.test(restOfSegment(line, i))) next = skipSpaces(line, i + 1);
    if (next < 0) break;
    if (line.startsWith('and ', next)) next = skipSpaces(line, next + 3);
    NAME_WORD.lastIndex = next;
    if (!NAME_WORD.test(line)) break;
    i = next;
    total++;
  }
  if (names < minWords || end < 0) return undefined;
  if (!isBylineResidue(line.slice(end))) return undefined;
  // A closing full stop is not part of the name; an initial's or "Jr."'s dot is.
  if (line[end - 1] === '.' && !INITIAL_BEFORE_DOT.test(line.slice(start, end))) end--;
  return { start, end };
}

function restOfSegment(line: string, i: number): string {
  const rest = line.slice(i);
  const cut = rest.search(/[|/·•–—]/u);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/**
 * What may follow a byline name: nothing, a separator and anything short, a comma and
 * capitalised words or figures ("Jane Doe, Staff Writer"), "in London", or a bracketed note.
 */
function isBylineResidue(rest: string): boolean {
  const r = rest.trim();
  if (r === '' || r === '.') return true;
  if (/^[|/·•–—\-(\[]/u.test(r)) return true;
  if (PLACE_AFTER.test(r)) return capitalisedOnly(r.replace(/^\S+\s+/, ''));
  if (r[0] === ',') return capitalisedOnly(r.slice(1));
  return false;
}

/** Every word starts with a capital or a digit (outlet names, titles, dates). */
function capitalisedOnly(s: string): boolean {
  const ws = s.split(/[\s,]+/).filter((w) => WORDY.test(w));
  if (ws.length === 0 || ws.length > 8) return false;
  return ws.every((w) => CAPITALISED_WORD.test(w) || w === 'of' || w === 'and' || w === 'the' || w === 'for');
}

/** The right side of "Jane Doe | Agency": one to five capitalised words. */
function isOutletName(s: string): boolean {
  if (s.length === 0 || s.length > 60) return false;
  const ws = s.split(/\s+/);
  return ws.length <= 5 && ws.every((w) => OUTLET_WORD.test(w) || w === 'of' || w === 'the' || w === 'and');
}

// Navigation rows ("World News | Politics") share the "Name | Agency" shape.
const SECTION_WORDS = /\b(?:news|home|world|politics|business|sports?|opinion|latest|live|video|tech|health|culture|science|economy|markets|local|national|international|europe|asia|africa|americas|entertainment|lifestyle|travel|weather)\b/iu;

function hasSectionWord(s: string): boolean {
  return SECTION_WORDS.test(s);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\u00a0')) i++;
  return i;
}
