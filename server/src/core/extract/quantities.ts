// Figures in English news text with their unit and qualifier, normalised to QuantityValue:
// counts ("18,000 soldiers" → unit 'soldier'), money ("$5 billion", "€3m", "5 million
// dollars", "Rs 200 crore"), percentages, durations ("seven-year", "century-long", "six years",
// "a decade"), ages ("45-year-old" → unit 'age'), measures ("40 km").
//
// Skipped: ordinals ("first", "21st"), numbers inside dates and times (the date extractor's
// spans are excluded), identifiers ("No. 5", "F-16", "Resolution 1973"), bare "one" used as a
// pronoun ("one of them").
//
// Range policy (low..high, what the words allow):
//  - Exact figures: integers not ending in "00" are exact ("241" → 241..241). Round figures
//    may be rounded: half the last written significant place, at most 5% ("18,000" →
//    17,500..18,500; "1.2 million" → 1.15..1.25 million; "2.5%" → 2.45..2.55).
//  - "about/around/roughly/some/an estimated": ±10% (at least the rounding).
//  - "nearly/almost/close to": 85%..100% of the figure ("nearly six years" → 5.1..6).
//  - "over/more than/at least": figure..150% (the figure itself is allowed: "over 18,000" and
//    a rounded "18,000" can both be true).
//  - "under/fewer than/less than": 50%..100%; "up to/as many as/at most": 0..figure.
//  - "decade" is 9.5..11 years per decade, "century" 95..110 years per century: round words.
//  - "dozens/hundreds/thousands of": one to ten times the word's value (about).
// Spans cover qualifier, currency, figure and the unit words that are part of the figure
// ("$5 billion", "35%", "six years", "seven-year", "15-member"); a counted noun ("over 18,000
// soldiers") sets the unit but stays out of the span: the mention is the figure.
import type { Qualifier, QuantityValue, Span } from '../model';
import { dateSpans } from './dates';
import { NUMBER_WORDS, readNumber, type NumberRead } from './numbers';
import { caseVariants, dict, guard, isHyphen, isRangeDash, mayBe, scan, stem, type Tok } from './scan';
import {
  CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_UNITS,
  isPluralNoun, lemma, MEASURE_ABBREVIATIONS, SCALE_SUFFIXES,
} from './units';

export interface QuantityMention extends Span {
  text: string;
  value: QuantityValue;
}

/** Qualifier phrases, longest first, as they stand right before a figure. */
const QUALIFIERS: Array<[string[], Qualifier]> = ([
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['a minimum of', 'at-least'], ['in excess of', 'over'], ['as many as', 'up-to'], ['as much as', 'up-to'],
  ['just shy of', 'nearly'], ['more than', 'over'], ['greater than', 'over'], ['upwards of', 'over'],
  ['just over', 'over'], ['well over', 'over'], ['just under', 'under'], ['less than', 'under'], ['fewer than', 'under'],
  ['at least', 'at-least'], ['at most', 'at-most'], ['up to', 'up-to'], ['close to', 'nearly'], ['an estimated', 'about'],
  ['over', 'over'], ['above', 'over'], ['exceeding', 'over'], ['under', 'under'], ['below', 'under'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['approx', 'about'], ['some', 'about'], ['estimated', 'about'], ['circa', 'about'],
] as Array<[string, Qualifier]>).map(([p, q]) => [p.split(' '), q]);

const QUALIFIERS_BY_LAST = new Map<string, Array<[string[], Qualifier]>>();
for (const entry of QUALIFIERS) {
  const last = entry[0][entry[0].length - 1];
  (QUALIFIERS_BY_LAST.get(last) ?? QUALIFIERS_BY_LAST.set(last, []).get(last)!).push(entry);
}
const QUALIFIER_FORMS = caseVariants(QUALIFIERS_BY_LAST.keys());

/** Words that end the search for a counted noun. */
const STOP = new Set(('the a an of in on at to for from by with and or but as than that which who whom whose were was ' +
  'are is be been being have has had will would could should may might can must said says say including more less ' +
  'per each ago later earlier before after during since until while when where this these those it they he she we ' +
  'you i its their his her our your not no only also about around over under up down out into onto off there here ' +
  'then now so if because who what how all both such other another').split(' '));

/** Words before a figure that make it an identifier: "Resolution 1973", "Flight 17". */
const IDENTIFIER_BEFORE = new Set(['number', 'resolution', 'article', 'flight', 'route', 'page', 'section', 'chapter',
  'room', 'gate', 'platform', 'highway', 'model', 'version', 'code', 'channel', 'bus', 'line', 'unit', 'block', 'lot',
  'paragraph', 'clause', 'rule', 'act', 'bill', 'vol', 'volume', 'issue', 'episode', 'season', 'phase', 'stage', 'level', 'grade']);

const VAGUE = dict<number>({ dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 });

/** Words that can start a figure: number words, "a dozen", "dozens of", "century-long". */
const START_FORMS = caseVariants([...NUMBER_WORDS, ...VAGUE.keys(), 'tens', ...DURATION_UNITS.keys()]);

/** Words after "a" that make a figure: "a dozen", "a million", "a decade". */
const ARTICLE_NEXT = caseVariants(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', ...DURATION_UNITS.keys()]);

/** "one" is a figure only before a counted noun: not "one of", "no one", "one another". */
const ONE_NOT_BEFORE = new Set(['of', 'another', 'way', 'thing', 'hand', 'side', 'point', 'day', 'time', 'who', 'that', 'which']);

export function findQuantities(text: string, range: Span): QuantityMention[] {
  return guard(() => find(text, range), []);
}

function find(text: string, range: Span): QuantityMention[] {
  const toks = scan(text, range);
  const inDate = coveredByDates(toks, text, range);
  const out: QuantityMention[] = [];
  for (let i = 0; i < toks.length;) {
    if (inDate[i]) {
      i++;
      continue;
    }
    const q = matchAt(toks, i, inDate);
    if (q) {
      const start = toks[q.s].start;
      const end = toks[q.e - 1].end;
      out.push({ start, end, text: text.slice(start, end), value: q.value });
      i = Math.max(q.next, i + 1);
    } else i++;
  }
  return out;
}

/** Token flags: inside a date the date extractor found (its numbers are not figures). */
function coveredByDates(toks: readonly Tok[], text: string, range: Span): Uint8Array {
  const flags = new Uint8Array(toks.length);
  const dates = dateSpans(text, range);
  let k = 0;
  for (const d of dates) {
    while (k < toks.length && toks[k].end <= d.start) k++;
    for (let j = k; j < toks.length && toks[j].start < d.end; j++) flags[j] = 1;
  }
  return flags;
}

interface Match {
  /** Token range of the span, and where scanning resumes (after a counted noun outside the span). */
  s: number;
  e: number;
  next: number;
  value: QuantityValue;
}

function matchAt(t: readonly Tok[], i: number, inDate: Uint8Array): Match | undefined {
  const w = t[i];
  if (w.kind === 'p' || (w.kind === 'w' && !mayBe(w, START_FORMS))) return undefined;
  if (w.kind === 'w' && VAGUE.has(w.low) && t[i + 1]?.low === 'of') return vague(t, i);
  // "tens of thousands of"
  if (w.kind === 'w' && w.low === 'tens' && t[i + 1]?.low === 'of' && t[i + 2] && VAGUE.has(t[i + 2].low) && t[i + 3]?.low === 'of') {
    const base = VAGUE.get(t[i + 2].low)! * 10;
    const noun = countedNoun(t, i + 4, 2);
    return { s: i, e: i + 3, next: noun.next, value: q(base * 2, base, base * 10, noun.unit, 'about') };
  }
  if (w.kind !== 'n' && w.kind !== 'w') return undefined;
  // "century-long", "year-long", "month-old": one unit of time.
  if (w.kind === 'w' && DURATION_UNITS.get(w.low) && isHyphen(t[i + 1]) && t[i + 1].tight && t[i + 2]?.tight && /^(long|old)$/.test(t[i + 2].low)) {
    const one: NumberRead = { value: 1, next: i, words: true, decimals: 0, scale: 1 };
    return afterFigure(t, i, one, inDate);
  }
  if (w.kind === 'w' && (w.low === 'a' || w.low === 'an')) {
    const n = t[i + 1];
    return n && n.kind === 'w' && mayBe(n, ARTICLE_NEXT) ? articleLed(t, i) : undefined;
  }
  const r = readNumber(t, i);
  if (!r || !Number.isFinite(r.value)) return undefined;
  if (inDate[r.next - 1]) return undefined;
  if (w.kind === 'n' && !plainFigure(t, i)) return undefined;
  if (r.words && w.low === 'one' && r.next === i + 1) {
    const n = t[i + 1];
    if (!n || n.kind !== 'w' || STOP.has(n.low) || ONE_NOT_BEFORE.has(n.low) || t[i - 1]?.low === 'no') return undefined;
  }
  return afterFigure(t, i, r, inDate);
}

/** A digit group that is a figure, not a code, an ordinal or a time. */
function plainFigure(t: readonly Tok[], i: number): boolean {
  const n = t[i];
  const prev = t[i - 1];
  const next = t[i + 1];
  if (/[/:]/.test(n.text)) return false;
  // "F-16", "COVID-19": a word joined to the figure by a hyphen.
  if (prev && n.tight && isHyphen(prev) && prev.tight && t[i - 2]?.kind === 'w' && !/^(mid|pre|post)$/.test(t[i - 2].low)) return false;
  if (prev && n.tight && prev.kind === 'w') return false;
  if (prev && prev.kind === 'p' && n.tight && (prev.text === '#' || prev.text === '№')) return false;
  if (prev && prev.kind === 'w' && IDENTIFIER_BEFORE.has(prev.low)) return false;
  if (prev && prev.text === '.' && prev.tight && /^(no|nos|nr)$/.test(t[i - 2]?.low ?? '')) return false;
  if (next && next.tight && next.kind === 'w') {
    if (next.low === 'st' || next.low === 'nd' || next.low === 'rd' || next.low === 'th' || next.low === 's') return false;
    if (!(SCALE_SUFFIXES.has(next.low)) && !(MEASURE_ABBREVIATIONS.has(next.low))) return false;
  }
  // Times: "10 a.m.", "3 pm", "1400 GMT".
  if (next && next.kind === 'w' && /^(am|pm|gmt|utc|o['’]clock)$/.test(next.low)) return false;
  if (next && (next.low === 'a' || next.low === 'p') && t[i + 2]?.text === '.' && t[i + 3]?.low === 'm') return false;
  return true;
}

/** "a decade", "a dozen", "a million dollars", "more than a year". */
function articleLed(t: readonly Tok[], i: number): Match | undefined {
  const r = readNumber(t, i);
  if (r) return afterFigure(t, i, r, new Uint8Array(0));
  const n = t[i + 1];
  if (!n || n.kind !== 'w') return undefined;
  const unit = DURATION_UNITS.get(n.low);
  if (!unit) return undefined;
  if (isHyphen(t[i + 2]) && t[i + 2].tight) return undefined; // "a century-long feud": read at "century".
  const qual = qualifierBefore(t, i);
  // "a year" alone is too often "per year" or an idiom; "a decade", "a century" are lengths.
  if (unit.factor === 1 && !qual && t[i - 1]?.low !== 'for') return undefined;
  if (t[i - 1]?.low === 'once' || t[i - 1]?.low === 'twice' || t[i - 1]?.low === 'times') return undefined;
  const one: NumberRead = { value: 1, next: i + 1, words: true, decimals: 0, scale: 1 };
  return afterFigure(t, i, one, new Uint8Array(0));
}

/** Everything after the figure: scale, currency, percent, duration, counted noun; then the qualifier. */
function afterFigure(t: readonly Tok[], i: number, r: NumberRead, inDate: Uint8Array): Match | undefined {
  let value = r.value;
  let scale = r.scale;
  let j = r.next;
  let s = i;
  let unit = '';
  let duration = false;
  let durationFactor = 1;
  let e = j;
  let next = j;
  // Currency before the figure: "$5", "US$5", "€3m", "Rs 200", "USD 5".
  const cur = currencyBefore(t, i);
  if (cur) {
    unit = cur.unit;
    s = cur.s;
  }
  // Range "10-15", "10 to 15", "between 10 and 15": the second figure carries the unit.
  let low2: number | undefined;
  const join = t[j];
  if (join && (isRangeDash(join) && join.text !== '—' || join.low === 'to' || (join.low === 'and' && t[s - 1]?.low === 'between'))) {
    const r2 = t[j + 1] && (t[j + 1].kind === 'n' || r.words) ? readNumber(t, j + 1) : undefined;
    if (r2 && !inDate[r2.next - 1] && (t[j + 1].kind !== 'n' || plainFigure(t, j + 1))) {
      const v1 = r2.scale > 1 && scale === 1 && value < r2.value / r2.scale * 1000 ? value * r2.scale : value;
      if (r2.value > v1) {
        low2 = v1;
        value = r2.value;
        scale = r2.scale;
        j = r2.next;
        e = j;
        next = j;
        if (join.low === 'and') s -= 1;
      }
    }
  }
  const n = t[j];
  // Tight suffixes: "5bn", "3m", "40km", "35%".
  if (n && n.tight && n.kind === 'w' && n.low === 'm' && !cur) {
    unit = 'metre'; // "a 5m wall"; with a currency "m" is million
    j++;
    e = next = j;
  } else if (n && n.tight && n.kind === 'w' && SCALE_SUFFIXES.has(n.low)) {
    value *= SCALE_SUFFIXES.get(n.low)!;
    if (low2 !== undefined) low2 *= SCALE_SUFFIXES.get(n.low)!;
    scale = SCALE_SUFFIXES.get(n.low)!;
    j++;
    e = next = j;
  } else if (n && n.kind === 'w' && (n.low === 'crore' || n.low === 'crores' || n.low === 'lakh' || n.low === 'lakhs')) {
    value *= SCALE_SUFFIXES.get(n.low)!;
    scale = SCALE_SUFFIXES.get(n.low)!;
    j++;
    e = next = j;
  }
  const u = t[j];
  if (u && u.tight && u.text === '%') {
    unit = 'percent';
    e = next = j + 1;
  } else if (u && u.kind === 'w' && (u.low === 'percent' || u.low === 'pct' || (u.low === 'per' && t[j + 1]?.low === 'cent'))) {
    const len = u.low === 'per' ? 2 : 1;
    unit = 'percent';
    e = next = j + len;
    if (t[j]?.low === 'percentage' && t[j + 1]?.low.startsWith('point')) unit = 'percentage point';
  } else if (u && u.kind === 'w' && u.low === 'percentage' && t[j + 1]?.low.startsWith('point')) {
    unit = 'percentage point';
    e = next = j + 2;
  } else if (u && isHyphen(u) && u.tight && t[j + 1]?.tight && t[j + 1].kind === 'w') {
    // "seven-year", "30-year-old", "century-long" is article-less and read in vague(); "15-member".
    const word = t[j + 1].low;
    const dur = DURATION_UNITS.get(word);
    if (dur) {
      if (isHyphen(t[j + 2]) && t[j + 2].tight && t[j + 3]?.tight && t[j + 3].low === 'old') {
        unit = 'age';
        e = next = j + 4;
      } else {
        unit = dur.unit;
        durationFactor = dur.factor;
        duration = true;
        e = next = j + 2;
        if (isHyphen(t[j + 2]) && t[j + 2].tight && t[j + 3]?.tight && t[j + 3].low === 'long') e = next = j + 4;
      }
    } else if (word === 'strong') {
      e = next = j + 2;
      const noun = countedNoun(t, j + 2, 1);
      unit = noun.unit;
      next = noun.next;
    } else if (!STOP.has(word) && /^[a-z]+$/.test(word)) {
      unit = lemma(word);
      e = next = j + 2;
    } else return undefined;
  } else if (u && u.kind === 'w') {
    const dur = DURATION_UNITS.get(u.low) ?? DURATION_UNITS.get(lemma(u.low));
    const money = CURRENCY_WORDS.get(u.low);
    if (dur && !unit) {
      unit = dur.unit;
      durationFactor = dur.factor;
      duration = true;
      e = next = j + 1;
      if (isHyphen(t[j + 1]) && t[j + 1].tight && /^(long|old)$/.test(t[j + 2]?.low ?? '')) e = next = j + 3;
    } else if (money && !unit) {
      unit = money;
      e = next = j + 1;
      if (u.low.startsWith('pound') && t[j + 1]?.low === 'sterling') e = next = j + 2;
    } else if (u.low === 'us' && CURRENCY_WORDS.get(t[j + 1]?.low ?? '') && !unit) {
      unit = CURRENCY_WORDS.get(t[j + 1].low)!;
      e = next = j + 2;
    } else if (MEASURE_ABBREVIATIONS.has(u.low) && (u.tight || u.low.length > 1) && !unit) {
      unit = MEASURE_ABBREVIATIONS.get(u.low)!;
      e = next = j + 1;
    } else if (!unit) {
      const noun = countedNoun(t, j, value === 1 ? 1 : 2);
      unit = noun.unit;
      next = noun.next;
    }
  }
  const qual = qualifierBefore(t, s);
  if (qual) s = qual.s;
  const qualifier: Qualifier = low2 !== undefined ? 'about' : qual?.q ?? 'exact';
  const figure = value * durationFactor;
  let lo: number;
  let hi: number;
  if (low2 !== undefined) {
    lo = low2 * durationFactor;
    hi = figure;
  } else [lo, hi] = bounds(figure, qualifier, roundingTolerance(r, value, scale), durationFactor);
  const v = q(low2 !== undefined ? (lo + hi) / 2 : figure, lo, hi, unit, qualifier);
  if (duration) v.duration = true;
  return { s, e, next: Math.max(next, e), value: v };
}

/** "dozens of", "hundreds of", "thousands of soldiers". */
function vague(t: readonly Tok[], i: number): Match {
  const base = VAGUE.get(t[i].low)!;
  const noun = countedNoun(t, i + 2, 2);
  return { s: i, e: i + 1, next: noun.next, value: q(base * 2, base, base * 10, noun.unit, 'about') };
}

function q(value: number, low: number, high: number, unit: string, qualifier: Qualifier): QuantityValue {
  return { kind: 'quantity', value: tidy(value), low: tidy(low), high: tidy(high), unit, qualifier };
}

/** Drop binary noise such as 110.00000000000001. */
function tidy(n: number): number {
  if (!Number.isFinite(n)) return n;
  const a = Math.abs(n);
  return a >= 1e6 ? Math.round(n) : Math.round(n * 1e6) / 1e6;
}

function currencyBefore(t: readonly Tok[], i: number): { unit: string; s: number } | undefined {
  const p = t[i - 1];
  if (!p) return undefined;
  if (p.kind === 'p' && CURRENCY_SYMBOLS.has(p.text) && t[i].tight) {
    const pp = t[i - 2];
    if (p.text === '$' && pp && p.tight && pp.kind === 'w' && DOLLAR_PREFIXES.has(pp.low)) return { unit: DOLLAR_PREFIXES.get(pp.low)!, s: i - 2 };
    return { unit: CURRENCY_SYMBOLS.get(p.text)!, s: i - 1 };
  }
  if (p.kind === 'p' && p.text === '.' && t[i - 2]?.low === 'rs') return { unit: 'INR', s: i - 2 };
  if (p.kind === 'w' && CURRENCY_CODES.has(p.low) && (p.text === p.text.toUpperCase() || p.low === 'rs')) return { unit: CURRENCY_CODES.get(p.low)!, s: i - 1 };
  return undefined;
}

/** The qualifier phrase ending right before token s. */
function qualifierBefore(t: readonly Tok[], s: number): { q: Qualifier; s: number } | undefined {
  const last = t[s - 1];
  if (!last || last.kind !== 'w' || !mayBe(last, QUALIFIER_FORMS)) return undefined;
  for (const [words, qual] of QUALIFIERS_BY_LAST.get(last.low) ?? []) {
    const k = s - words.length;
    if (k < 0) continue;
    let ok = true;
    for (let x = 0; x < words.length; x++) {
      if (t[k + x].low !== words[x] || t[k + x].kind !== 'w') {
        ok = false;
        break;
      }
    }
    if (ok && !t[s].nl) return { q: qual, s: k };
  }
  return undefined;
}

/**
 * The noun a figure counts, searching up to `window` words for a plural (or, for one, the
 * first noun): "241 votes", "18,000 armed soldiers", "one person". Capitalised modifiers such
 * as demonyms are allowed before it.
 */
function countedNoun(t: readonly Tok[], j: number, window: number): { unit: string; next: number } {
  const none = { unit: '', next: j };
  for (let k = j; k < t.length && k < j + window + 1; k++) {
    const w = t[k];
    if (w.kind !== 'w' || (k > j && w.nl)) return none;
    if (k > j && !(w.tight === false)) return none;
    const low = stem(w);
    if (STOP.has(low)) return none;
    if (isPluralNoun(low) || (window === 1 && k === j && /^[a-z]+$/.test(low))) {
      return { unit: lemma(low), next: k + 1 };
    }
    if (k - j >= window) return none;
  }
  return none;
}

/**
 * Half the last written significant place, capped at 5% of the figure: "18,000" may be
 * 17,500..18,500, "200 crore" ±5%. Integers without a scale word are exact unless they end in
 * "00" ("241", "20", "50%" are exact).
 */
function roundingTolerance(r: NumberRead, value: number, scale: number): number {
  const cap = 0.05 * Math.abs(value);
  if (r.decimals > 0) return Math.min(0.5 * scale * 10 ** -r.decimals, cap);
  let tz = 0;
  let v = Math.abs(Math.round(value / scale));
  while (v !== 0 && v % 10 === 0 && tz < 15) {
    tz++;
    v /= 10;
  }
  if (scale === 1 && tz < 2) return 0;
  return Math.min(0.5 * scale * 10 ** tz, cap);
}

function bounds(v: number, qualifier: Qualifier, tol: number, durationFactor: number): [number, number] {
  // Decades and centuries are round words: 9.5..11 years per decade.
  const base: [number, number] = durationFactor >= 10 ? [v * 0.95, v * 1.1] : [v - tol * durationFactor, v + tol * durationFactor];
  switch (qualifier) {
    case 'about': return [Math.min(base[0], v * 0.9), Math.max(base[1], v * 1.1)];
    case 'nearly': return [v * 0.85, v];
    case 'over':
    case 'at-least': return [v, Math.max(base[1], v * 1.5)];
    case 'under': return [v * 0.5, v];
    case 'up-to':
    case 'at-most': return [0, v];
    default: return base;
  }
}
