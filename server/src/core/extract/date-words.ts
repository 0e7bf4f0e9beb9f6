// The words English news uses around dates: month and weekday names, ordinal words, and the
// prepositions that make an ambiguous capitalised "May" or a bare "2021" read as a date.
import { dict, isCap, type Tok } from './scan';

const MONTH_NAMES = dict<number>({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
});
// "Mar" and "May" are left out: as abbreviations they are too often other words.
const MONTH_ABBREVIATIONS = dict<number>({
  jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

export const WEEKDAYS = dict<number>({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

export const ORDINAL_WORDS = dict<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
});

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Words before a lone month name that make it a date: "in May", "since April", "early June". */
export const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'early', 'mid', 'late', 'during', 'from', 'before', 'after',
  'through', 'throughout', 'between', 'of', 'last', 'next', 'this', 'each', 'every',
]);

/** Words before a four-digit figure that make it a year even without a month: "in 2021". */
export const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'of', 'before', 'after',
  'early', 'late', 'mid', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'between', 'and', 'circa',
  'pre', 'post', 'summer', 'winter', 'spring', 'autumn', 'fall', 'fiscal', 'year', 'as', 'or', 'for',
  'election', 'when', 'spanning',
]);

/** Strong year prepositions: "in 2021 people fled" still reads as a year. */
export const STRONG_YEAR_CONTEXT = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'before', 'after', 'from', 'through', 'circa']);

/** Words before a figure that make it a count or an identifier rather than a year. */
export const NOT_YEAR_BEFORE = new Set([
  'no', 'number', 'nos', 'page', 'pages', 'room', 'flight', 'route', 'highway', 'resolution', 'article',
  'section', 'model', 'code', 'channel', 'platform', 'gate', 'bus', 'line', 'unit', 'block', 'lot',
  'nearly', 'almost', 'over', 'some', 'roughly', 'approximately', 'only', 'just', 'least', 'fewer', 'more',
  'less', 'exactly', 'total', 'additional', 'another',
]);

/** Words that can start a date expression: anything else is skipped at once. */
export const DATE_TRIGGERS = new Set<string>([
  ...MONTH_NAMES.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS.keys(), ...ORDINAL_WORDS.keys(),
  'yesterday', 'today', 'tomorrow', 'last', 'next', 'this', 'past', 'early', 'mid', 'late', 'pre', 'post', 'the',
  'twenty', 'a', 'an',
]);

export interface MonthRead {
  m: number;
  next: number;
  abbreviated: boolean;
}

/** A capitalised month name at toks[i] ("July", "JULY", "Sept."). */
export function monthAt(toks: readonly Tok[], i: number): MonthRead | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'w' || !isCap(t)) return undefined;
  const full = MONTH_NAMES.get(t.low);
  if (full) return { m: full, next: i + 1, abbreviated: false };
  const ab = MONTH_ABBREVIATIONS.get(t.low);
  if (ab) {
    const dot = toks[i + 1];
    return { m: ab, next: dot && dot.tight && dot.text === '.' ? i + 2 : i + 1, abbreviated: true };
  }
  return undefined;
}

/** A day of the month at toks[i]: "3", "03", "3rd"; the value is 1–31. */
export function dayAt(toks: readonly Tok[], i: number): { d: number; next: number } | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'n' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const d = Number(t.text);
  if (d < 1 || d > 31) return undefined;
  const n = toks[i + 1];
  if (n && n.tight && n.kind === 'w') {
    if (ORDINAL_SUFFIXES.has(n.low)) return { d, next: i + 2 };
    return undefined; // "3D", "5km"
  }
  if (n && n.tight && (n.text === '%' || n.text === '.' && toks[i + 2]?.tight && toks[i + 2].kind === 'n')) return undefined;
  return { d, next: i + 1 };
}

/** A year written with four digits at toks[i] (any value 1000–9999; plausibility is judged later). */
export function fourDigitYearAt(toks: readonly Tok[], i: number): number | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'n' || !/^\d{4}$/.test(t.text)) return undefined;
  const n = toks[i + 1];
  if (n && n.tight && (n.kind === 'w' || n.text === '%')) return undefined;
  const y = Number(t.text);
  return y >= 1000 ? y : undefined;
}
