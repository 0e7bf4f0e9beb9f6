// Do two normalised values agree? Callers have already decided that both describe the same
// thing (same entity, same event); this only reads the values.
//
// Dates compare as intervals of days:
//  - 'equal': the same interval (and the same openness);
//  - 'compatible': one lies within the other at a different precision ("June 2022" in "2022"),
//    or they overlap where one is a single unit of its precision, or open ranges overlap
//    ("since 2008" and "pre-2016");
//  - 'conflict': disjoint intervals, or two differing multi-unit ranges at the same precision
//    ("1958–1967" vs "1958–1966"), or two open ranges of the same direction with different
//    anchors ("since 2008" vs "since 2010");
//  - 'unknown': either side unresolved or invalid ("31 February": another rule's business).
// A year-implicit side compares by month and day only: 'compatible' at best, since its year
// was a guess.
// Quantities compare their low..high ranges when the units are of one family: durations in
// years, money in the same currency, percentages, the same counted noun (a bare count matches
// any noun). Overlap is 'compatible', identity 'equal', disjoint ranges 'conflict'.
import type { DatePrecision, DateValue, MentionValue, QuantityValue } from '../model';
import { civil, daysInMonth, parseIso } from './calendar';
import { MEASURE_ABBREVIATIONS, YEARS_PER } from './units';

export type Agreement = 'equal' | 'compatible' | 'conflict' | 'unknown';

/**
 * compareDates or compareQuantities of two values of one kind ('unknown' across kinds),
 * remembered per pair of value classes: fact matching and the fact rules compare hundreds of
 * thousands of pairs, whose values repeat a few thousand classes (10k articles: ~1,600 classes
 * for 26,508 facts). Bounded: forgets all once full.
 */
export function compareValues(a: MentionValue, b: MentionValue): Agreement {
  // Forgetting happens here, before either class is numbered, so both ids are of one numbering.
  if (classIds.size >= CLASS_LIMIT - 2 || comparisons.size >= COMPARISON_LIMIT) {
    classOf = new WeakMap();
    classIds.clear();
    comparisons.clear();
  }
  const pair = classId(a) * CLASS_LIMIT + classId(b);
  let r = comparisons.get(pair);
  if (r === undefined) comparisons.set(pair, (r = compareOfKind(a, b)));
  return r;
}

function compareOfKind(a: MentionValue, b: MentionValue): Agreement {
  if (a.kind === 'date' && b.kind === 'date') return compareDates(a, b);
  if (a.kind === 'quantity' && b.kind === 'quantity') return compareQuantities(a, b);
  return 'unknown';
}

/**
 * A value's class: values with the same fields compare alike with anything (the comparisons
 * are functions of the fields). Made once per value, which lives as long as its analysis.
 */
const classKeys = new WeakMap<MentionValue, string>();
export function valueClassKey(v: MentionValue): string {
  let key = classKeys.get(v);
  if (key === undefined) classKeys.set(v, (key = JSON.stringify(v)));
  return key;
}

/** Classes are numbered below CLASS_LIMIT, so a pair of them is one small integer (a cheap map key). */
const CLASS_LIMIT = 1 << 15;
const COMPARISON_LIMIT = 1 << 22;
let classOf = new WeakMap<MentionValue, number>();
const classIds = new Map<string, number>();
const comparisons = new Map<number, Agreement>();

function classId(v: MentionValue): number {
  let id = classOf.get(v);
  if (id === undefined) {
    const key = valueClassKey(v);
    id = classIds.get(key);
    if (id === undefined) classIds.set(key, (id = classIds.size));
    classOf.set(v, id);
  }
  return id;
}

export function compareDates(a: DateValue, b: DateValue): Agreement {
  if (!isDate(a) || !isDate(b) || a.unresolved || b.unresolved || a.invalid || b.invalid) return 'unknown';
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return 'unknown';
  if (a.yearImplicit || b.yearImplicit) return compareMonthDay(a, b, ia, ib);
  if (a.open || b.open) return compareOpen(a, b, ia, ib);
  if (ia[0] === ib[0] && ia[1] === ib[1]) return 'equal';
  if (ia[1] < ib[0] || ib[1] < ia[0]) return 'conflict';
  // Overlapping: a real disagreement only when both are ranges spanning several units of the
  // same precision ("1958–1967" vs "1959–1967"); a single day, month, year, decade or century
  // that overlaps the other value is a difference of precision.
  if (a.precision === b.precision && !singleUnit(a, ia) && !singleUnit(b, ib)) return 'conflict';
  return 'compatible';
}

function isDate(v: DateValue | undefined): v is DateValue {
  return !!v && v.kind === 'date' && typeof v.from === 'string' && typeof v.to === 'string';
}

function interval(v: DateValue): [number, number] | undefined {
  const f = parseIso(v.from);
  const t = parseIso(v.to);
  return Number.isFinite(f) && Number.isFinite(t) && f <= t ? [f, t] : undefined;
}

const UNIT_DAYS: Record<DatePrecision, number> = { day: 1, month: 31, year: 366, decade: 3653, century: 36525 + 366 };

/** The value is one day, one month, one year… of its precision (not a range of several). */
function singleUnit(v: DateValue, [f, t]: [number, number]): boolean {
  if (v.precision === 'decade' || v.precision === 'century') return true;
  return t - f + 1 <= UNIT_DAYS[v.precision];
}

/** Open ranges: same direction compares the anchors; otherwise the half-lines must meet. */
function compareOpen(a: DateValue, b: DateValue, ia: [number, number], ib: [number, number]): Agreement {
  if (a.open && a.open === b.open) {
    const r = compareDates({ ...a, open: undefined }, { ...b, open: undefined });
    return r;
  }
  const ea = extend(a, ia);
  const eb = extend(b, ib);
  return ea[1] < eb[0] || eb[1] < ea[0] ? 'conflict' : 'compatible';
}

/** The anchor stretched to infinity on its open side (the anchor itself included: lenient). */
function extend(v: DateValue, [f, t]: [number, number]): [number, number] {
  if (v.open === 'after') return [f, Infinity];
  if (v.open === 'before') return [-Infinity, t];
  return [f, t];
}

/** Month-and-day comparison when a year is only a guess. */
function compareMonthDay(a: DateValue, b: DateValue, ia: [number, number], ib: [number, number]): Agreement {
  if (a.open || b.open) return 'unknown';
  const ma = monthDay(ia);
  const mb = monthDay(ib);
  if (!ma || !mb) return 'compatible'; // a side spans a whole year or more: any month fits
  if (ma[0] === mb[0] && ma[1] === mb[1]) return a.yearImplicit && b.yearImplicit && a.precision === b.precision ? 'equal' : 'compatible';
  if (ma[1] < mb[0] || mb[1] < ma[0]) return 'conflict';
  return 'compatible';
}

/** The interval as month*100+day keys within one year; undefined when it wraps or spans a year. */
function monthDay([f, t]: [number, number]): [number, number] | undefined {
  if (t - f >= 365) return undefined;
  const cf = civil(f);
  const ct = civil(t);
  const kf = cf.m * 100 + cf.d;
  const kt = ct.m * 100 + ct.d;
  if (cf.y !== ct.y || kt < kf) return undefined;
  // A whole month written with a guessed year: February's end depends on the year.
  if (cf.m === 2 && ct.m === 2 && cf.d === 1 && ct.d === daysInMonth(ct.y, 2)) return [kf, 229];
  return [kf, kt];
}

export function compareQuantities(a: QuantityValue, b: QuantityValue): Agreement {
  if (!isQuantity(a) || !isQuantity(b)) return 'unknown';
  const fa = inYears(a);
  const fb = inYears(b);
  let ra: [number, number];
  let rb: [number, number];
  if (fa !== undefined || fb !== undefined) {
    if (fa === undefined || fb === undefined) return 'unknown'; // a length of time against something else
    ra = [a.low * fa, a.high * fa];
    rb = [b.low * fb, b.high * fb];
  } else {
    if (!sameFamily(a, b)) return 'unknown';
    ra = [a.low, a.high];
    rb = [b.low, b.high];
  }
  if (a.value === b.value && a.low === b.low && a.high === b.high && a.unit === b.unit && a.qualifier === b.qualifier) return 'equal';
  const eps = 1e-9 * Math.max(1, Math.abs(ra[1]), Math.abs(rb[1]));
  return ra[1] + eps < rb[0] || rb[1] + eps < ra[0] ? 'conflict' : 'compatible';
}

function isQuantity(v: QuantityValue | undefined): v is QuantityValue {
  return !!v && v.kind === 'quantity' && [v.value, v.low, v.high].every((n) => typeof n === 'number' && !Number.isNaN(n));
}

/** Years per unit for a length of time; undefined for anything else. */
function inYears(v: QuantityValue): number | undefined {
  if (!v.duration && !(YEARS_PER.has(v.unit))) return undefined;
  return YEARS_PER.get(v.unit);
}

const SPECIAL_UNITS = /^([A-Z]{3}|percent|percentage point|age)$/;
/** Measures: a bare number is never implicitly a distance, weight or power. */
const MEASURES = new Set([...MEASURE_ABBREVIATIONS.values(), 'metre', 'mile', 'foot', 'yard', 'inch', 'acre', 'litre', 'gallon', 'barrel', 'degree']);

function sameFamily(a: QuantityValue, b: QuantityValue): boolean {
  if (a.unit === b.unit) return true;
  // Money, percentages and ages never match a different unit; a bare count matches a counted noun.
  if (SPECIAL_UNITS.test(a.unit) || SPECIAL_UNITS.test(b.unit)) return false;
  if (MEASURES.has(a.unit) || MEASURES.has(b.unit)) return false;
  return a.unit === '' || b.unit === '';
}
