// Name normalisation and comparison for entity resolution. Three levels of "same name":
// identical after normalisation, a transliteration variant (Matvey/Matvei, Alexey/Alexei,
// Mikhail/Michail, Romanoff/Romanov), or merely similar. Only the first two merge on the name
// alone; anything else needs context (see cluster.ts).
import { remembered } from '../memo';

const POSSESSIVE = /['’‘`]s$|['’]$/;
const LEADING_THE = /^the\s+/;

/** Lower-case, strip diacritics, possessives and a leading "the"; collapse spaces and dashes. */
export const normalizeName = remembered((text: string): string => {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(POSSESSIVE, '')
    .replace(/[.,;:!?"“”()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_THE, '');
});

const LEGAL_SUFFIX = /(?:,?\s+(?:ag|inc|ltd|plc|sa|s\.a|gmbh|corp|corporation|co|llc|nv|n\.v|se|spa|s\.p\.a|oyj|ab|as|asa|bv|b\.v|pty|limited|incorporated))+\.?$/;

/** An organisation's name without its legal form: "Acme Optics AG" -> "acme optics". */
export function withoutLegalSuffix(normalized: string): string {
  const stripped = normalized.replace(LEGAL_SUFFIX, '').trim();
  return stripped.length > 0 ? stripped : normalized;
}

export function nameTokens(text: string): string[] {
  return normalizeName(text).split(/[\s]+/).filter(Boolean);
}

/**
 * A transliteration key for one word: spellings that romanise the same sound get the same key.
 * Rules are the common Cyrillic/Arabic/Persian romanisation alternations (ey/ei/ei/y/i,
 * kh/h, gh/g, ou/u, ph/f, w/v, doubled letters, -off/-ov, -iy/-y endings). Conservative on purpose:
 * Slovenia and Slovakia, Mauritania and Mauritius keep different keys.
 */
export const translitKey = remembered((word: string): string => {
  let w = normalizeName(word).replace(/[^a-z-]/g, '');
  w = w
    .replace(/iy$|yy$|ii$/, 'i')
    .replace(/([aou])e/g, '$1') // German umlauts written out: Juergen = Jürgen (= Jurgen)
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ou/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ey|ei|ay|ai/g, (m) => m[0] + 'i')
    .replace(/y(?=[^aeiou]|$)/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/off$/, 'ov')
    .replace(/of$/, 'ov')
    .replace(/ie/g, 'i');
  return w;
});

export type NameRelation = 'identical' | 'transliteration' | 'different';

/** How two single words relate as spellings. */
export function compareWords(a: string, b: string): NameRelation {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na === nb) return 'identical';
  if (translitKey(na) === translitKey(nb)) return 'transliteration';
  return 'different';
}

/**
 * Compare two whole names token by token (same token count): identical, transliteration when
 * every token is at least a transliteration of its partner, otherwise different.
 */
export function compareNames(a: string, b: string): NameRelation {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.join(' ') === tb.join(' ')) return 'identical';
  if (ta.length !== tb.length || ta.length === 0) return 'different';
  let translit = false;
  for (let i = 0; i < ta.length; i++) {
    const r = compareWords(ta[i], tb[i]);
    if (r === 'different') return 'different';
    if (r === 'transliteration') translit = true;
  }
  return translit ? 'transliteration' : 'identical';
}

/**
 * True when `short` abbreviates `long` segment by segment: "ABC-K" and "ABC-Kestrel",
 * "J. Smith" and "John Smith" (a one-letter segment stands for a word starting with it).
 */
export function abbreviates(short: string, long: string): boolean {
  const split = (s: string) => normalizeName(s).split(/[\s-]+/).filter(Boolean);
  const s = split(short);
  const l = split(long);
  if (s.length !== l.length || s.length < 2) return false;
  let abbreviated = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === l[i]) continue;
    if (s[i].length === 1 && l[i].startsWith(s[i]) && l[i].length > 1) {
      abbreviated = true;
      continue;
    }
    return false;
  }
  return abbreviated;
}

/** Initials of the significant words: "East-West Power Link" -> "EWPL". */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'la', 'al', '&']);
/** Word prefixes that do not get a letter of their own: "Co-operation" is one word. */
const INITIALS_PREFIXES = new Set(['co', 'non', 'anti', 'pre', 'post', 're', 'sub', 'inter', 'pan']);

export const initialsOf = remembered((name: string): string => {
  let out = '';
  for (const w of normalizeName(name).split(/\s+/)) {
    if (!w || INITIALS_SKIP.has(w)) continue;
    const parts = w.split('-').filter(Boolean);
    if (parts.length > 1 && INITIALS_PREFIXES.has(parts[0])) out += parts[0][0];
    else for (const part of parts) out += part[0];
  }
  return out;
});

/** "EWPL", "U.S.", "UN": short, mostly capitals. */
export function looksLikeAcronym(text: string): boolean {
  // Counted in one pass (it runs for every name mention as documents arrive).
  let letters = 0;
  let caps = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      caps++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    }
  }
  if (letters < 2 || letters > 8) return false;
  return caps >= letters - 1 && caps >= 2;
}

export function acronymKey(text: string): string {
  return text.replace(/[^A-Za-z]/g, '').toLowerCase();
}
