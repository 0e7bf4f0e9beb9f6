// Dates in English news text, normalised to DateValue intervals with the precision the text
// gave. One scan of the range into tokens, then one left-to-right pass of matchers.
//
// What is read: "May 9, 2026", "9 May 2026", "June 2022", "2019" (when it reads as a year),
// "the 1960s", "the 19th century", "mid-2023", all-digit dates (order policy in
// numeric-dates.ts), "May 9"/"in April" (yearImplicit), weekdays and other relative words
// (relative-dates.ts), "since 2008"/"pre-2016"/"before 2016" (open), and ranges
// ("1958–1967", "from 1958 to 1967", "between May and June 2024", "3–5 May").
//
// Conventions:
//  - A lone month name needs a capital and a context word ("in May"), so the verbs "may" and
//    "march" are never dates; a four-digit figure is a year unless the words around it make it
//    a count ("2,021 people", "$2021", "nearly 2000 troops", "Resolution 2231").
//  - Implicit years come from ctx.dateline, else ctx.defaultYear, else year 0 ("0000-…"), which
//    compareDates reads as "year unknown".
//  - Open ranges keep their anchor in from/to: "since 2008" is 2008-01-01..2008-12-31 with
//    open 'after', meaning the period runs from the anchor onwards; "pre-2016" is the 2016
//    interval with open 'before'.
//  - "early/mid/late 2023" is the whole year (precision year): the edges are fuzzy, and a
//    narrower interval would call "mid-2023" and "March 2023" a conflict.
//  - "the 1800s" is a century (1800–1899), "the 2000s" a decade: the usual readings.
//  - Centuries cover 1800-01-01..1900-12-31 for "19th": both the popular and the strict reading.
//  - A day past the month's end ("31 February") yields a mention with `invalid: true` whose
//    value is the month.
//  - Durations ("six years", "seven-year") are not dates: quantities.ts reads them.
import type { DatePrecision, DateValue, Span } from '../model';
import { currentYear, daysInMonth, dayValue, monthValue, yearOf, yearValue } from './calendar';
import { Matcher, type Atom, type Part } from './date-matcher';
import { resolveAgainstAnchor, resolveAgainstDateline, unresolvedValue } from './relative-dates';
import { clampRange, guard, isRangeDash, rememberScan, scan, stem, type Tok } from './scan';

export interface DateMention extends Span {
  text: string;
  value: DateValue;
  /** The text names a day that does not exist ("31 February"); the value is its month. */
  invalid?: true;
}

export interface DateContext {
  /** The article's own publication date, day precision, only when plausible. */
  dateline?: DateValue;
  /** Year for implicit-year dates when there is no dateline. */
  defaultYear?: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, decade: 3, century: 4 };

export function findDates(text: string, range: Span, ctx: DateContext = {}): DateMention[] {
  return guard(() => find(text, range, ctx ?? {}), []);
}

// Quantities skip the numbers inside dates: keep the spans of the last range read.
let spansText: string | undefined;
let spansRange: Span = { start: -1, end: -1 };
let lastSpans: Span[] = [];

/** Spans of the dates in text[range] (what findDates returns, without values). */
export function dateSpans(text: string, range: Span): Span[] {
  const r = clampRange(text, range);
  if (text === spansText && r.start === spansRange.start && r.end === spansRange.end) return lastSpans;
  return findDates(text, range, {}).map((d) => ({ start: d.start, end: d.end }));
}

function find(text: string, range: Span, ctx: DateContext): DateMention[] {
  const { toks, atoms } = matchAtoms(text, range);
  const out = build(text, toks, atoms, ctx);
  spansText = text;
  spansRange = clampRange(text, range);
  lastSpans = out.map((d) => ({ start: d.start, end: d.end }));
  return out;
}

// The layout reads the dates of the top lines before the dateline is known, and the analysis
// reads them again with it: everything but build() depends on the text alone, so the matches
// of the current text are kept by range (build() only reads them).
let atomsText: string | undefined;
const atomsByStart = new Map<number, { end: number; toks: Tok[]; atoms: Atom[] }>();

function matchAtoms(text: string, range: Span): { toks: Tok[]; atoms: Atom[] } {
  const r = clampRange(text, range);
  if (text !== atomsText) {
    atomsByStart.clear();
    atomsText = text;
  }
  const known = atomsByStart.get(r.start);
  if (known && known.end === r.end) {
    rememberScan(text, r.start, r.end, known.toks); // quantities scan the same range next
    return known;
  }
  const toks = scan(text, r);
  const atoms: Atom[] = [];
  const m = new Matcher(toks, text);
  for (let i = 0; i < toks.length;) {
    const atom = m.at(i);
    if (atom && atom.e > i) {
      atoms.push(atom);
      i = atom.e;
    } else i++;
  }
  mergeRanges(toks, atoms);
  markOpen(toks, atoms);
  const matched = { end: r.end, toks, atoms };
  atomsByStart.set(r.start, matched);
  return matched;
}

/** "from A to B", "between A and B", "A–B": merge neighbouring calendar atoms into one range. */
function mergeRanges(t: readonly Tok[], atoms: Atom[]): void {
  for (let k = 0; k + 1 < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    if (a.kind !== 'cal' || b.kind !== 'cal' || a.b || b.b || a.open || b.open) continue;
    if (b.s !== a.e + 1) continue;
    const join = t[a.e];
    const before = t[a.s - 1];
    let s = a.s;
    if (before && (before.low === 'from' || before.low === 'between')) s = a.s - 1;
    const ok = (isRangeDash(join) && join.text !== '—') ||
      (before?.low === 'between' && join.low === 'and') ||
      (before?.low === 'from' && /^(to|until|till|through)$/.test(join.low));
    if (!ok) continue;
    const pa = { ...a.a };
    const pb = { ...b.a };
    // "3 to 5 May" never reaches here (a lone day is not an atom); fill the left side's gaps.
    if (pa.y === undefined && pb.y !== undefined) pa.y = pb.m !== undefined && pa.m !== undefined && pa.m > pb.m ? pb.y - 1 : pb.y;
    if (pb.y === undefined && pa.y !== undefined) pb.y = pb.m !== undefined && pa.m !== undefined && pb.m < pa.m ? pa.y + 1 : pa.y;
    if ((pa.y === undefined) !== (pb.y === undefined)) continue;
    if ((pa.m === undefined) !== (pb.m === undefined) && (pa.y === undefined)) continue;
    if (!ordered(pa, pb)) continue;
    atoms.splice(k, 2, { kind: 'cal', a: pa, b: pb, s, e: b.e });
  }
}

function ordered(a: Part, b: Part): boolean {
  const ka = (a.y ?? 0) * 10000 + (a.m ?? 1) * 100 + (a.d ?? 1);
  const kb = (b.y ?? 0) * 10000 + (b.m ?? 12) * 100 + (b.d ?? 31);
  return ka <= kb;
}

/** "since 2008", "before 2016", "until July": the word before a date makes it open. */
function markOpen(t: readonly Tok[], atoms: Atom[]): void {
  for (const a of atoms) {
    if (a.open || (a.kind === 'cal' && a.b)) continue;
    // "since the 1960s": the article may sit between.
    const skip = t[a.s - 1]?.low === 'the' && a.kind === 'val' ? 1 : 0;
    const p = t[a.s - 1 - skip];
    if (!p || p.kind !== 'w') continue;
    let open: 'after' | 'before' | undefined;
    if (p.low === 'since' || p.low === 'after') open = 'after';
    else if (p.low === 'before' || p.low === 'until' || p.low === 'till') open = 'before';
    else if (p.low === 'to' && t[a.s - 2]?.low === 'prior') {
      a.open = 'before';
      a.s -= 2;
      continue;
    }
    if (open && a.kind !== 'rel') {
      a.open = open;
      a.s -= 1 + skip;
    }
  }
}

function partValue(p: Part, y: number, implicitYear: boolean): { value: DateValue; invalid: boolean } {
  if (p.m === undefined) return { value: yearValue(y), invalid: false };
  if (p.d === undefined) return { value: monthValue(y, p.m), invalid: false };
  // With a guessed year, 29 February may be another year's: only 30 and 31 February are invalid.
  const limit = daysInMonth(implicitYear ? 2000 : y, p.m);
  if (p.d > limit) return { value: monthValue(y, p.m), invalid: true };
  return { value: dayValue(y, p.m, p.d), invalid: false };
}

function build(text: string, t: readonly Tok[], atoms: Atom[], ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  const dl = ctx.dateline && ctx.dateline.kind === 'date' && !ctx.dateline.unresolved ? ctx.dateline : undefined;
  const dlYear = dl ? yearOf(dl.from) : NaN;
  const fallbackYear = Number.isFinite(dlYear) ? dlYear : Number.isInteger(ctx.defaultYear) ? (ctx.defaultYear as number) : 0;
  // The last date a relative one may count from, and its last token (two variables: no object per date).
  let anchor: DateValue | undefined;
  let anchorTok = -1;
  /** No line break (paragraph end) between the anchor and token k. */
  const sameParagraph = (from: number, k: number): boolean => {
    for (let q = from + 1; q <= k; q++) if (t[q].nl) return false;
    return true;
  };
  for (const a of atoms) {
    let value: DateValue;
    let invalid = false;
    if (a.kind === 'val') value = { ...a.value }; // (the atom may be built again: mentions get their own value)
    else if (a.kind === 'rel') {
      const anchorOk = anchor && a.rel.type === 'after-anchor' && sameParagraph(anchorTok, a.s) ? anchor : undefined;
      value = (a.rel.type === 'after-anchor' ? resolveAgainstAnchor(a.rel, anchorOk) : resolveAgainstDateline(a.rel, dl)) ?? unresolvedValue(a.rel);
    } else {
      const implicit = a.a.y === undefined;
      const y = a.a.y ?? fallbackYear;
      const first = partValue(a.a, y, implicit);
      invalid = first.invalid;
      value = first.value;
      if (a.b) {
        const second = partValue(a.b, a.b.y ?? y, implicit);
        invalid ||= second.invalid;
        const precision = PRECISION_RANK[first.value.precision] >= PRECISION_RANK[second.value.precision] ? first.value.precision : second.value.precision;
        value = { kind: 'date', from: first.value.from, to: second.value.to, precision };
      }
      if (implicit) value = { ...value, yearImplicit: true };
    }
    if (a.open) value = { ...value, open: a.open };
    const start = t[a.s].start;
    let end = t[a.e - 1].end;
    const last = t[a.e - 1];
    if (last.kind === 'w' && stem(last) !== last.low && /['’]s$/i.test(last.text)) end -= 2;
    const m: DateMention = { start, end, text: text.slice(start, end), value };
    if (invalid) {
      m.invalid = true;
      m.value = { ...value, invalid: true };
    }
    out.push(m);
    if (!value.unresolved && !value.open && !(value.yearImplicit && fallbackYear === 0)) {
      anchor = value;
      anchorTok = a.e - 1;
    }
  }
  return out;
}

/**
 * False for dates no news text can mean: more than 5 years after the dateline, or, without
 * one, more than 50 years after the current year. Unresolved and year-implicit values pass.
 */
export function isPlausibleDate(v: DateValue, dateline?: DateValue): boolean {
  if (!v || v.kind !== 'date' || v.unresolved || v.yearImplicit) return true;
  const y = Math.max(yearOf(v.from), yearOf(v.to));
  if (!Number.isFinite(y)) return false;
  const dlYear = dateline && !dateline.unresolved ? yearOf(dateline.to) : NaN;
  if (Number.isFinite(dlYear)) return y <= dlYear + 5;
  return y <= currentYear() + 50;
}
