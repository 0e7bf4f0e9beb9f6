// Proleptic Gregorian calendar arithmetic on plain integers (no Date object: it shifts with
// time zones and cannot hold year 6021 cleanly), and the DateValue builders every extractor
// and comparison uses. Day numbers count days since 1970-01-01.
import type { DatePrecision, DateValue } from '../model';

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Days since 1970-01-01 of y-m-d (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civil(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7;
}

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');

export function iso(y: number, m: number, d: number): string {
  return `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isoOfDay(dayNum: number): string {
  const { y, m, d } = civil(dayNum);
  return iso(y, m, d);
}

/** Day number of an ISO `YYYY-MM-DD` string; NaN when malformed. */
export function parseIso(s: string): number {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return NaN;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function yearOf(s: string): number {
  const m = /^(-?\d{4,})-/.exec(s);
  return m ? Number(m[1]) : NaN;
}

function value(from: string, to: string, precision: DatePrecision): DateValue {
  return { kind: 'date', from, to, precision };
}

export function dayValue(y: number, m: number, d: number): DateValue {
  const s = iso(y, m, d);
  return value(s, s, 'day');
}

export function daySpanValue(fromDay: number, toDay: number): DateValue {
  return value(isoOfDay(fromDay), isoOfDay(toDay), 'day');
}

export function monthValue(y: number, m: number): DateValue {
  return value(iso(y, m, 1), iso(y, m, daysInMonth(y, m)), 'month');
}

export function yearValue(y: number): DateValue {
  return value(iso(y, 1, 1), iso(y, 12, 31), 'year');
}

export function yearsValue(y1: number, y2: number, precision: DatePrecision = 'year'): DateValue {
  return value(iso(y1, 1, 1), iso(y2, 12, 31), precision);
}

/** Today's year, for plausibility checks only (never for resolving what a text says). */
export function currentYear(): number {
  try {
    return new Date().getUTCFullYear();
  } catch {
    return 2025;
  }
}
