// Relative date expressions and how they resolve. Against the dateline (the article's own
// publication day): weekdays, "yesterday", "last month", "two years ago". Against the previous
// date in the same paragraph: "three days later", "the next day". Anything without a sound
// anchor stays `unresolved` and is never compared.
//
// Weekday policy: a bare or "on"/"this" weekday is the most recent such day on or before the
// dateline (an article dated Friday saying "announced Wednesday" means two days before; the
// dateline's own weekday means that day), unless the words before it in the sentence speak of
// the future ("will", "is expected to"), then the next such day on or after the dateline.
// "last Thursday" is the same as "Thursday" except that the dateline's own weekday goes back
// a week; "next Monday" is the first Monday after the dateline.
import type { DatePrecision, DateValue } from '../model';
import { civil, daySpanValue, monthValue, parseIso, weekday, yearValue } from './calendar';

export type Rel =
  | { type: 'weekday'; wd: number; mode: 'bare' | 'last' | 'next' | 'future' }
  | { type: 'days'; n: number } // from the dateline: yesterday = -1
  | { type: 'weeks'; n: number }
  | { type: 'months'; n: number }
  | { type: 'years'; n: number }
  | { type: 'named-month'; m: number; mode: 'last' | 'this' | 'next' }
  | { type: 'week' } // "last week": no sound single interval
  /** `slack` widens a day offset both ways: "two weeks later" is roughly 14 days. */
  | { type: 'after-anchor'; unit: 'day' | 'month' | 'year'; n: number; slack?: number }
  | { type: 'event' }; // "two days before the vote": relative to an event, not a date

const UNRESOLVED_PRECISION: Record<Rel['type'], DatePrecision> = {
  weekday: 'day', days: 'day', weeks: 'day', months: 'month', years: 'year', 'named-month': 'month',
  week: 'day', 'after-anchor': 'day', event: 'day',
};

/** A relative value with nothing to resolve it against. */
export function unresolvedValue(rel: Rel): DateValue {
  const v = yearValue(0);
  return { ...v, precision: rel.type === 'after-anchor' ? anchorPrecision(rel.unit) : UNRESOLVED_PRECISION[rel.type], relative: true, unresolved: true };
}

function anchorPrecision(unit: 'day' | 'month' | 'year'): DatePrecision {
  return unit;
}

function relative(v: DateValue): DateValue {
  return { ...v, relative: true };
}

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1 };
}

/** Resolve against the dateline (a day-precision value); undefined when it cannot be. */
export function resolveAgainstDateline(rel: Rel, dateline: DateValue | undefined): DateValue | undefined {
  if (!dateline || dateline.unresolved || dateline.open) return undefined;
  const dayNum = parseIso(dateline.from);
  if (!Number.isFinite(dayNum)) return undefined;
  const { y, m } = civil(dayNum);
  const isDay = dateline.precision === 'day' && dateline.from === dateline.to;
  switch (rel.type) {
    case 'weekday': {
      if (!isDay) return undefined;
      const wd = weekday(dayNum);
      let delta: number;
      if (rel.mode === 'next') delta = (rel.wd - wd + 7) % 7 || 7;
      else if (rel.mode === 'future') delta = (rel.wd - wd + 7) % 7;
      else if (rel.mode === 'last') delta = -((wd - rel.wd + 7) % 7 || 7);
      else delta = -((wd - rel.wd + 7) % 7);
      return relative(daySpanValue(dayNum + delta, dayNum + delta));
    }
    case 'days':
      return isDay ? relative(daySpanValue(dayNum + rel.n, dayNum + rel.n)) : undefined;
    case 'weeks': // "two weeks ago" is roughly 14 days: allow three days either way
      return isDay ? relative(daySpanValue(dayNum + 7 * rel.n - 3, dayNum + 7 * rel.n + 3)) : undefined;
    case 'months': {
      if (dateline.precision !== 'day' && dateline.precision !== 'month') return undefined;
      const t = addMonths(y, m, rel.n);
      return relative(monthValue(t.y, t.m));
    }
    case 'years':
      return relative(yearValue(y + rel.n));
    case 'named-month': {
      if (dateline.precision !== 'day' && dateline.precision !== 'month') return undefined;
      let ty = y;
      if (rel.mode === 'last') ty = rel.m < m ? y : y - 1;
      else if (rel.mode === 'next') ty = rel.m > m ? y : y + 1;
      return relative(monthValue(ty, rel.m));
    }
    default:
      return undefined;
  }
}

/** Resolve "three days later" style offsets against an earlier date value of the text. */
export function resolveAgainstAnchor(rel: Rel, anchor: DateValue | undefined): DateValue | undefined {
  if (rel.type !== 'after-anchor' || !anchor || anchor.unresolved || anchor.open || anchor.yearImplicit && anchor.from.startsWith('0000')) return undefined;
  const from = parseIso(anchor.from);
  const to = parseIso(anchor.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  const { y, m } = civil(from);
  if (rel.unit === 'day') {
    if (anchor.precision !== 'day' || from !== to) return undefined;
    const slack = rel.slack ?? 0;
    return relative(daySpanValue(from + rel.n - slack, from + rel.n + slack));
  }
  if (rel.unit === 'month') {
    if (anchor.precision !== 'day' && anchor.precision !== 'month') return undefined;
    if (anchor.precision === 'month' && civil(to).m !== m) return undefined;
    // "three months later" from 5 May is some day in August: month precision.
    const t = addMonths(y, m, rel.n);
    return relative(monthValue(t.y, t.m));
  }
  if (anchor.precision === 'decade' || anchor.precision === 'century' || civil(to).y !== y) return undefined;
  return relative(yearValue(y + rel.n));
}
