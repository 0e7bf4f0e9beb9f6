// Dates in English news text, normalised to DateValue intervals with the precision the text
// gave. One scan of the range into tokens, then one left-to-right pass of matchers.
//
// What is read: "July 3, 2025", "3 July 2025", "July 2024", "2021" (when it reads as a year),
// "the 1980s", "the 19th century", "mid-2023", all-digit dates (order policy in
// numeric-dates.ts), "July 3"/"in April" (yearImplicit), weekdays and other relative words
// (relative-dates.ts), "since 2003"/"pre-2021"/"before 2021" (open), and ranges
// ("1979–1989", "from 1979 to 1989", "between May and June 2024", "3–5 May").
//
// Conventions:
//  - A lone month name needs a capital and a context word ("in May"), so the verbs "may" and
//    "march" are never dates; a four-digit figure is a year unless the words around it make it
//    a count ("2,021 people", "$2021", "nearly 2000 troops", "Resolution 2231").
//  - Implicit years come from ctx.dateline, else ctx.defaultYear, else year 0 ("0000-…"), which
//    compareDates reads as "year unknown".
//  - Open ranges keep their anchor in from/to: "since 2003" is 2003-01-01..2003-12-31 with
//    open 'after', meaning the period runs from the anchor onwards; "pre-2021" is the 2021
//    interval with open 'before'.
//  - "early/mid/late 2023" is the whole year (precision year): the edges are fuzzy, and a
//    narrower interval would call "mid-2023" and "March 2023" a conflict.
//  - "the 1800s" is a century (1800–1899), "the 2000s" a decade: the usual readings.
//  - Centuries cover 1800-01-01..1900-12-31 for "19th": both the popular and the strict reading.
//  - A day past the month's end ("31 February") yields a mention with `invalid: true` whose
//    value is the month.
//  - Durations ("four years", "nine-year") are not dates: quantities.ts reads them.
import type { DatePrecision, DateValue, Span } from '../model';
import { currentYear, daysInMonth, dayValue, monthValue, yearOf, yearValue, yearsValue } from './calendar';
import {
  DATE_TRIGGERS, dayAt, fourDigitYearAt, monthAt, MONTH_CONTEXT, NOT_YEAR_BEFORE, ORDINAL_SUFFIXES, ORDINAL_WORDS,
  STRONG_YEAR_CONTEXT, WEEKDAYS, YEAR_CONTEXT,
} from './date-words';
import { isNumberWord, NUMBER_WORDS, readNumber } from './numbers';
import { readNumericDate } from './numeric-dates';
import { resolveAgainstAnchor, resolveAgainstDateline, unresolvedValue, type Rel } from './relative-dates';
import { caseVariants, clampRange, guard, isCap, isHyphen, isRangeDash, isStop, mayBe, scan, stem, type Tok } from './scan';

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

interface Part {
  y?: number;
  m?: number;
  d?: number;
}

type Atom = { s: number; e: number; open?: 'after' | 'before' } & (
  | { kind: 'cal'; a: Part; b?: Part }
  | { kind: 'val'; value: DateValue }
  | { kind: 'rel'; rel: Rel }
);

const NAMED_DAY_BEFORE = new Set(['black', 'good', 'super', 'cyber', 'bloody', 'ash', 'easter', 'palm', 'maundy', 'holy', 'giving', 'great']);
const NAMED_DAY_AFTER = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'night', 'mail', 'independent', 'tribune']);
/** Joiners that let a lone month follow another date: "May 3 and June", "2023 to March". */
const MONTH_LIST_JOINERS = new Set(['and', 'or', 'to', 'until', 'till', 'through']);

const TRIGGER_FORMS = caseVariants([...DATE_TRIGGERS, ...NUMBER_WORDS]);

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
  const toks = scan(text, range);
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
  const out = build(text, toks, atoms, ctx);
  spansText = text;
  spansRange = clampRange(text, range);
  lastSpans = out.map((d) => ({ start: d.start, end: d.end }));
  return out;
}

class Matcher {
  constructor(private readonly t: readonly Tok[], private readonly text: string) {}

  at(i: number): Atom | undefined {
    const t = this.t[i];
    if (t.kind === 'w') return this.word(i);
    if (t.kind === 'n') return this.number(i);
    // ’80s
    if ((t.text === '’' || t.text === "'") && this.t[i + 1]?.tight) return this.shortDecade(i + 1, i);
    return undefined;
  }

  private word(i: number): Atom | undefined {
    const t = this.t;
    const w = t[i];
    if (!mayBe(w, TRIGGER_FORMS)) return undefined;
    const low = stem(w);
    if (!DATE_TRIGGERS.has(low) && !isNumberWord(low)) return undefined;
    if (monthAt(t, i)) return this.monthLed(i, i);
    if (WEEKDAYS.has(low) && isCap(w)) return this.weekday(i, i, 'bare');
    if (low === 'yesterday') return rel(i, i + 1, { type: 'days', n: -1 });
    // "today’s Taliban", "Today, the approach…": "nowadays", not the dateline's day.
    if (low === 'today' && low === w.low && !(t[i + 1]?.text === ',' && (i === 0 || isStop(t[i - 1]) || w.nl))) {
      return rel(i, i + 1, { type: 'days', n: 0 });
    }
    if (low === 'tomorrow') return rel(i, i + 1, { type: 'days', n: 1 });
    if (low === 'last' || low === 'next' || low === 'this' || low === 'past') return this.deictic(i, low);
    if (low === 'early' || low === 'mid' || low === 'late') return this.part(i);
    if ((low === 'pre' || low === 'post') && isHyphen(t[i + 1]) && t[i + 1].tight && t[i + 2]?.tight) {
      const y = fourDigitYearAt(t, i + 2);
      if (y !== undefined) return { kind: 'cal', a: { y }, s: i, e: i + 3, open: low === 'pre' ? 'before' : 'after' };
      return undefined;
    }
    if (low === 'the') return this.theLed(i);
    if (ORDINAL_WORDS.has(low) || low === 'twenty') return this.ordinalCentury(i);
    return this.relativeN(i);
  }

  private number(i: number): Atom | undefined {
    const t = this.t;
    const n = t[i];
    if (/[/.]/.test(n.text)) {
      const d = readNumericDate(n.text, this.text);
      return d ? { kind: 'cal', a: d, s: i, e: i + 1 } : undefined;
    }
    // ISO 2025-07-11
    if (/^\d{4}$/.test(n.text) && isHyphen(t[i + 1]) && t[i + 1].tight && t[i + 2]?.tight && /^\d{1,2}$/.test(t[i + 2].text) &&
      isHyphen(t[i + 3]) && t[i + 3].tight && t[i + 4]?.tight && /^\d{1,2}$/.test(t[i + 4].text)) {
      const mo = Number(t[i + 2].text);
      const d = Number(t[i + 4].text);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return { kind: 'cal', a: { y: Number(n.text), m: mo, d }, s: i, e: i + 5 };
    }
    const dayLed = this.dayLed(i);
    if (dayLed) return dayLed;
    const century = this.digitCentury(i);
    if (century) return century;
    const decade = this.decade(i);
    if (decade) return decade;
    if (/^\d0$/.test(n.text) && t[i - 1]?.low === 'the' && t[i + 1]?.tight && t[i + 1].low === 's') return this.shortDecade(i, i);
    const relN = this.relativeN(i);
    if (relN) return relN;
    if (this.isYear(i)) return this.yearLed(i);
    return undefined;
  }

  /** "July 3, 2025", "July 3–5", "July 2024", "in July"; `s` may include a leading modifier. */
  private monthLed(i: number, s: number): Atom | undefined {
    const t = this.t;
    const mr = monthAt(t, i)!;
    let j = mr.next;
    const day = dayAt(t, j);
    if (day && !(t[day.next] && t[day.next].kind === 'w' && !t[day.next].tight && /^(million|billion|thousand|hundred|percent|per)$/.test(t[day.next].low))) {
      j = day.next;
      let d2: number | undefined;
      if (isRangeDash(t[j]) && t[j].text !== '—') {
        const second = dayAt(t, j + 1);
        if (second && second.d > day.d) {
          d2 = second.d;
          j = second.next;
        }
      }
      let y: number | undefined;
      const k = t[j]?.text === ',' ? j + 1 : j;
      const yr = fourDigitYearAt(t, k);
      if (yr !== undefined) {
        y = yr;
        j = k + 1;
      }
      const a: Part = { y, m: mr.m, d: day.d };
      return { kind: 'cal', a, b: d2 ? { y, m: mr.m, d: d2 } : undefined, s, e: j };
    }
    const yr = fourDigitYearAt(t, j);
    if (yr !== undefined) return { kind: 'cal', a: { y: yr, m: mr.m }, s, e: j + 1 };
    if (mr.abbreviated) return undefined;
    const prev = t[s - 1];
    const prevLow = prev ? stem(prev) : '';
    const listed = MONTH_LIST_JOINERS.has(prevLow) && !!t[s - 2] &&
      (monthAt(t, s - 2) !== undefined || (t[s - 2].kind === 'n' && /^\d{1,4}$/.test(t[s - 2].text) && monthAt(t, s - 3) !== undefined) ||
        fourDigitYearAt(t, s - 2) !== undefined);
    if (s < i || listed || (prev && prev.kind === 'w' && MONTH_CONTEXT.has(prevLow))) {
      if (s === i && (prevLow === 'last' || prevLow === 'next' || prevLow === 'this')) return undefined; // handled by deictic()
      return { kind: 'cal', a: { m: mr.m }, s, e: mr.next };
    }
    // "May, June and July": a month list after a month date.
    return undefined;
  }

  /** "3 July 2025", "3rd of July", "3–5 May 2024". */
  private dayLed(i: number): Atom | undefined {
    const t = this.t;
    const day = dayAt(t, i);
    if (!day) return undefined;
    let j = day.next;
    let d2: number | undefined;
    if (isRangeDash(t[j]) && t[j].text !== '—') {
      const second = dayAt(t, j + 1);
      if (second && second.d > day.d && monthAt(t, second.next)) {
        d2 = second.d;
        j = second.next;
      }
    }
    if (t[j]?.low === 'of') j++;
    const mr = monthAt(t, j);
    if (!mr) return undefined;
    j = mr.next;
    let y: number | undefined;
    const k = t[j]?.text === ',' ? j + 1 : j;
    const yr = fourDigitYearAt(t, k);
    if (yr !== undefined) {
      y = yr;
      j = k + 1;
    }
    return { kind: 'cal', a: { y, m: mr.m, d: day.d }, b: d2 ? { y, m: mr.m, d: d2 } : undefined, s: i, e: j };
  }

  /** A weekday at i ("Thursday", "Thursday's"); absorbs a following full date ("Friday, July 11, 2025"). */
  private weekday(i: number, s: number, mode: 'bare' | 'last' | 'next'): Atom | undefined {
    const t = this.t;
    const w = t[i];
    const prev = t[s - 1];
    // "Black Friday", "Super Tuesday", "the Sunday Times": names, not dates.
    if (s === i && prev && NAMED_DAY_BEFORE.has(prev.low) && isCap(prev)) return undefined;
    const after = t[i + 1];
    if (after && isCap(after) && NAMED_DAY_AFTER.has(after.low)) return undefined;
    let j = i + 1;
    if (stem(w) === w.low) {
      if (t[j]?.text === ',') j++;
      const full = monthAt(t, j) ? this.monthLed(j, j) : this.dayLed(j);
      if (full && full.kind === 'cal' && full.a.d !== undefined) return { ...full, s };
    }
    const wd = WEEKDAYS.get(stem(w)) ?? 0;
    let m: 'bare' | 'last' | 'next' | 'future' = mode;
    if (mode === 'bare' && this.futureCue(s)) m = 'future';
    return rel(s, i + 1, { type: 'weekday', wd, mode: m });
  }

  /** Words before position s in the same sentence that speak of the future. */
  private futureCue(s: number): boolean {
    const t = this.t;
    for (let k = s - 1; k >= 0 && k >= s - 8; k--) {
      if (isStop(t[k]) || t[k + 1].nl) return false;
      if (/^(will|shall|’ll|'ll|upcoming|scheduled|expected|due|planned|plans)$/.test(t[k].low)) return true;
    }
    return false;
  }

  /** "last Thursday", "next week", "this year", "last July", "the past year". */
  private deictic(i: number, low: string): Atom | undefined {
    const t = this.t;
    const n = t[i + 1];
    if (!n || n.kind !== 'w') return undefined;
    const nl = stem(n);
    if (low === 'past') return undefined;
    if (WEEKDAYS.has(nl) && isCap(n)) {
      return this.weekday(i + 1, i, low === 'next' ? 'next' : low === 'last' ? 'last' : 'bare');
    }
    const sign = low === 'last' ? -1 : low === 'next' ? 1 : 0;
    if (nl === 'year') return rel(i, i + 2, { type: 'years', n: sign });
    if (nl === 'month') return rel(i, i + 2, { type: 'months', n: sign });
    if (nl === 'week') return rel(i, i + 2, { type: 'week' });
    const mr = monthAt(t, i + 1);
    if (mr && !mr.abbreviated && !dayAt(t, mr.next) && fourDigitYearAt(t, mr.next) === undefined) {
      return rel(i, mr.next, { type: 'named-month', m: mr.m, mode: low as 'last' | 'this' | 'next' });
    }
    return undefined;
  }

  /** "early 2023", "mid-2023", "late 1990s", "mid-July", "early July 2024". */
  private part(i: number): Atom | undefined {
    const t = this.t;
    let j = i + 1;
    if (isHyphen(t[j]) && t[j].tight) j++;
    if (!t[j]) return undefined;
    if (monthAt(t, j)) {
      const a = this.monthLed(j, i);
      return a && a.kind === 'cal' && a.a.d === undefined ? a : undefined;
    }
    const dec = this.decade(j);
    if (dec) return { ...dec, s: i };
    const y = fourDigitYearAt(t, j);
    if (y !== undefined) return { kind: 'cal', a: { y }, s: i, e: j + 1 };
    return undefined;
  }

  /** "the 1980s", "the 19th century", "the next day", "the day before". */
  private theLed(i: number): Atom | undefined {
    const t = this.t;
    const a = t[i + 1];
    const b = t[i + 2];
    if (!a) return undefined;
    if ((a.low === 'next' || a.low === 'following') && b && /^(day|morning|evening|afternoon|night)$/.test(b.low)) {
      return rel(i, i + 3, { type: 'after-anchor', unit: 'day', n: 1 });
    }
    if ((a.low === 'previous' || a.low === 'preceding') && b && /^(day|morning|evening|afternoon|night)$/.test(b.low)) {
      return rel(i, i + 3, { type: 'after-anchor', unit: 'day', n: -1 });
    }
    if (a.low === 'day' && b && (b.low === 'before' || b.low === 'after')) {
      // "the day after the vote" is relative to an event: unresolved; "the day after," to the last date.
      const n = b.low === 'after' ? 1 : -1;
      return rel(i, i + 3, endsClause(t, i + 3) ? { type: 'after-anchor', unit: 'day', n } : { type: 'event' });
    }
    return undefined;
  }

  /** "nineteenth century", "twenty-first century", "19th century", "19th-century". */
  private ordinalCentury(i: number): Atom | undefined {
    const t = this.t;
    let n: number | undefined;
    let j = i + 1;
    if (t[i].low === 'twenty') {
      if (isHyphen(t[j]) && t[j].tight && t[j + 1]?.tight && ORDINAL_WORDS.has(t[j + 1].low) && ORDINAL_WORDS.get(t[j + 1].low)! < 10) {
        n = 20 + ORDINAL_WORDS.get(t[j + 1].low)!;
        j += 2;
      }
    } else n = ORDINAL_WORDS.get(t[i].low);
    if (n === undefined) return this.relativeN(i);
    return centuryAfter(t, i, j, n) ?? this.relativeN(i);
  }

  private digitCentury(i: number): Atom | undefined {
    const t = this.t;
    if (!/^\d{1,2}$/.test(t[i].text) || !t[i + 1]?.tight || !ORDINAL_SUFFIXES.has(t[i + 1].low)) return undefined;
    return centuryAfter(t, i, i + 2, Number(t[i].text));
  }

  /** "1980s", "1980’s", "1800s" at i. */
  private decade(i: number): Atom | undefined {
    const t = this.t;
    const n = t[i];
    if (!/^\d{3}0$/.test(n.text)) return undefined;
    let j = i + 1;
    if ((t[j]?.text === '’' || t[j]?.text === "'") && t[j].tight) j++;
    if (!(t[j]?.tight && t[j].low === 's')) return undefined;
    const y = Number(n.text);
    if (y < 1000) return undefined;
    if (y % 100 === 0 && y < 2000) return { kind: 'val', value: yearsValue(y, y + 99, 'century'), s: i, e: j + 1 };
    return { kind: 'val', value: yearsValue(y, y + 9, 'decade'), s: i, e: j + 1 };
  }

  /** "’80s", "the 80s": the twentieth century's decades only (’20s is ambiguous). */
  private shortDecade(numAt: number, s: number): Atom | undefined {
    const t = this.t;
    const n = t[numAt];
    if (!n || !/^[3-9]0$/.test(n.text) || !(t[numAt + 1]?.tight && t[numAt + 1].low === 's')) return undefined;
    const y = 1900 + Number(n.text);
    return { kind: 'val', value: yearsValue(y, y + 9, 'decade'), s, e: numAt + 2 };
  }

  /** "two days later", "three years ago", "a week earlier", "2 days before the vote". */
  private relativeN(i: number): Atom | undefined {
    const t = this.t;
    let n: number;
    let j: number;
    if (t[i].low === 'a' || t[i].low === 'an') {
      n = 1;
      j = i + 1;
    } else {
      const r = readNumber(t, i);
      if (!r || r.decimals > 0 || r.value > 10000 || r.value !== Math.floor(r.value)) return undefined;
      n = r.value;
      j = r.next;
    }
    const u = t[j];
    const dir = t[j + 1];
    if (!u || !dir || u.kind !== 'w' || dir.kind !== 'w') return undefined;
    const unit = /^(day|week|month|year)s?$/.exec(u.low)?.[1];
    if (!unit) return undefined;
    const d = dir.low;
    if (d !== 'ago' && d !== 'later' && d !== 'earlier' && d !== 'before' && d !== 'after') return undefined;
    const sign = d === 'later' || d === 'after' ? 1 : -1;
    if (d === 'ago') {
      const r: Rel = unit === 'day' ? { type: 'days', n: -n } : unit === 'week' ? { type: 'weeks', n: -n }
        : unit === 'month' ? { type: 'months', n: -n } : { type: 'years', n: -n };
      return rel(i, j + 2, r);
    }
    // "four years after the war": a length of time before or after an event, left to quantities.
    if ((d === 'before' || d === 'after') && !endsClause(t, j + 2)) return undefined;
    if (unit === 'week') return rel(i, j + 2, { type: 'after-anchor', unit: 'day', n: sign * n * 7, slack: 3 });
    return rel(i, j + 2, { type: 'after-anchor', unit: unit as 'day' | 'month' | 'year', n: sign * n });
  }

  /** Does the four-digit figure at i read as a year? */
  private isYear(i: number): boolean {
    const t = this.t;
    const y = fourDigitYearAt(t, i);
    if (y === undefined) return false;
    const prev = t[i - 1];
    const next = t[i + 1];
    if (prev && t[i].tight && prev.kind === 'p' && /^[$€£¥₹#№]$/.test(prev.text)) return false;
    if (next && next.tight && next.kind === 'p' && (next.text === '%' || next.text === '+')) return false;
    const prevLow = prev && !prev.nl ? stem(prev) : '';
    if (prev && prev.kind === 'w' && NOT_YEAR_BEFORE.has(prevLow)) return false;
    if (prevLow === 'than' || (prevLow === 'to' && t[i - 2]?.low === 'up')) return false;
    const pluralNext = next && next.kind === 'w' && !next.tight && /^[a-z]+s$/.test(next.text) && !/(ss|us|is)$/.test(next.text);
    if (pluralNext && !STRONG_YEAR_CONTEXT.has(prevLow) && !(prevLow === 'the' || prevLow === 'its' || prevLow === 'their')) return false;
    const strong = YEAR_CONTEXT.has(prevLow) || (prev?.kind === 'p' && (prev.text === '(' || isRangeDash(prev)));
    return strong ? y >= 1000 && y <= 2999 : y >= 1500 && y <= 2199;
  }

  /** A year at i, or a year range "1979–1989", "1979-89", "2024-25". */
  private yearLed(i: number): Atom {
    const t = this.t;
    const y = Number(t[i].text);
    const dash = t[i + 1];
    const second = t[i + 2];
    if (isRangeDash(dash) && dash.text !== '—' && second && second.kind === 'n' && (dash.tight === second.tight)) {
      let y2: number | undefined;
      if (/^\d{4}$/.test(second.text) && fourDigitYearAt(t, i + 2) !== undefined) y2 = Number(second.text);
      else if (/^\d{2}$/.test(second.text) && !(t[i + 3]?.tight && t[i + 3].kind === 'w')) {
        const c = Math.floor(y / 100) * 100 + Number(second.text);
        y2 = c > y ? c : undefined;
      }
      if (y2 !== undefined && y2 > y && y2 - y <= 200) return { kind: 'cal', a: { y }, b: { y: y2 }, s: i, e: i + 3 };
    }
    return { kind: 'cal', a: { y }, s: i, e: i + 1 };
  }
}

function rel(s: number, e: number, r: Rel): Atom {
  return { kind: 'rel', rel: r, s, e };
}

/** Does the expression end its clause at token j ("two days later." / "the day before,")? */
function endsClause(t: readonly Tok[], j: number): boolean {
  const n = t[j];
  return !n || n.nl || (n.kind === 'p' && /^[.,;:!?)”"’—–-]$/.test(n.text));
}

/** "<ordinal> century" / "<ordinal>-century" after the ordinal ending at j. */
function centuryAfter(t: readonly Tok[], s: number, j: number, n: number): Atom | undefined {
  if (n < 1 || n > 30) return undefined;
  let k = j;
  if (isHyphen(t[k]) && t[k].tight) k++;
  if (!t[k] || t[k].low !== 'century') return undefined;
  const first = (n - 1) * 100;
  return { kind: 'val', value: yearsValue(Math.max(first, 1), first + 100, 'century'), s, e: k + 1 };
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

/** "since 2003", "before 2021", "until July": the word before a date makes it open. */
function markOpen(t: readonly Tok[], atoms: Atom[]): void {
  for (const a of atoms) {
    if (a.open || (a.kind === 'cal' && a.b)) continue;
    // "since the 1980s": the article may sit between.
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
  let anchor: { value: DateValue; tok: number } | undefined;
  /** No line break (paragraph end) between the anchor and token k. */
  const sameParagraph = (from: number, k: number): boolean => {
    for (let q = from + 1; q <= k; q++) if (t[q].nl) return false;
    return true;
  };
  for (const a of atoms) {
    let value: DateValue;
    let invalid = false;
    if (a.kind === 'val') value = a.value;
    else if (a.kind === 'rel') {
      const anchorOk = anchor && a.rel.type === 'after-anchor' && sameParagraph(anchor.tok, a.s) ? anchor.value : undefined;
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
    if (!value.unresolved && !value.open && !(value.yearImplicit && fallbackYear === 0)) anchor = { value, tok: a.e - 1 };
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
