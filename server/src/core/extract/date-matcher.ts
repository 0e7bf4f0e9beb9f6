// The date matchers: at each token, the longest date expression starting there, as an Atom
// (calendar parts, a ready value, or a relative expression to resolve later). dates.ts merges
// atoms into ranges, marks open ones and builds the values.
import type { DateValue } from '../model';
import { yearsValue } from './calendar';
import {
  DATE_TRIGGERS, dayAt, fourDigitYearAt, monthAt, MONTH_CONTEXT, NOT_YEAR_BEFORE, ORDINAL_SUFFIXES, ORDINAL_WORDS,
  STRONG_YEAR_CONTEXT, WEEKDAYS, YEAR_CONTEXT,
} from './date-words';
import { isNumberWord, NUMBER_WORDS, readNumber } from './numbers';
import { readNumericDate } from './numeric-dates';
import type { Rel } from './relative-dates';
import { caseVariants, isCap, isHyphen, isRangeDash, isStop, mayBe, stem, type Tok } from './scan';

export interface Part {
  y?: number;
  m?: number;
  d?: number;
}

export type Atom = { s: number; e: number; open?: 'after' | 'before' } & (
  | { kind: 'cal'; a: Part; b?: Part }
  | { kind: 'val'; value: DateValue }
  | { kind: 'rel'; rel: Rel }
);

const NAMED_DAY_BEFORE = new Set(['black', 'good', 'super', 'cyber', 'bloody', 'ash', 'easter', 'palm', 'maundy', 'holy', 'giving', 'great']);
const NAMED_DAY_AFTER = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'night', 'mail', 'independent', 'tribune']);
/** Joiners that let a lone month follow another date: "May 3 and June", "2023 to March". */
const MONTH_LIST_JOINERS = new Set(['and', 'or', 'to', 'until', 'till', 'through']);

const TRIGGER_FORMS = caseVariants([...DATE_TRIGGERS, ...NUMBER_WORDS]);

export class Matcher {
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
    // "today’s leaders", "Today, the approach…": "nowadays", not the dateline's day.
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
    // ISO 2026-09-08
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

  /** "May 9, 2026", "May 9–11", "June 2022", "in June"; `s` may include a leading modifier. */
  private monthLed(i: number, s: number): Atom | undefined {
    const t = this.t;
    const mr = monthAt(t, i)!;
    let j = mr.next;
    const day = dayAt(t, j);
    if (day && !(t[day.next] && t[day.next].kind === 'w' && !t[day.next].tight && /^(million|billion|thousand|hundred|percent|per)$/.test(t[day.next].low))) {
      const range = dayRangeEnd(t, day, false);
      const year = yearAfter(t, range.next);
      const y = year.y;
      const a: Part = { y, m: mr.m, d: day.d };
      return { kind: 'cal', a, b: range.d2 ? { y, m: mr.m, d: range.d2 } : undefined, s, e: year.next };
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

  /** "9 May 2026", "9th of May", "3–5 May 2024". */
  private dayLed(i: number): Atom | undefined {
    const t = this.t;
    const day = dayAt(t, i);
    if (!day) return undefined;
    const range = dayRangeEnd(t, day, true);
    let j = range.next;
    if (t[j]?.low === 'of') j++;
    const mr = monthAt(t, j);
    if (!mr) return undefined;
    const { y, next } = yearAfter(t, mr.next);
    return { kind: 'cal', a: { y, m: mr.m, d: day.d }, b: range.d2 ? { y, m: mr.m, d: range.d2 } : undefined, s: i, e: next };
  }

  /** A weekday at i ("Thursday", "Thursday's"); absorbs a following full date ("Friday, May 15, 2026"). */
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

  /** "early 2023", "mid-2023", "late 1990s", "mid-June", "early June 2022". */
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

  /** "the 1960s", "the 19th century", "the next day", "the day before". */
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

  /** "1960s", "1960’s", "1800s" at i. */
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

  /** "three days later", "two years ago", "a week earlier", "2 days before the vote". */
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
    // "six years after the war": a length of time before or after an event, left to quantities.
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

  /** A year at i, or a year range "1958–1967", "1958-67", "2024-25". */
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

/** Does the expression end its clause at token j ("three days later." / "the day before,")? */
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

/** "3–5": the second day of a day range after `day`, if there is one (before a month, when asked). */
function dayRangeEnd(t: readonly Tok[], day: { d: number; next: number }, monthAfter: boolean): { d2?: number; next: number } {
  const j = day.next;
  if (isRangeDash(t[j]) && t[j].text !== '—') {
    const second = dayAt(t, j + 1);
    if (second && second.d > day.d && (!monthAfter || monthAt(t, second.next))) return { d2: second.d, next: second.next };
  }
  return { next: j };
}

/** An optional year after a day and month, itself optionally after a comma: "May 9, 2026". */
function yearAfter(t: readonly Tok[], j: number): { y?: number; next: number } {
  const k = t[j]?.text === ',' ? j + 1 : j;
  const y = fourDigitYearAt(t, k);
  return y === undefined ? { next: j } : { y, next: k + 1 };
}
