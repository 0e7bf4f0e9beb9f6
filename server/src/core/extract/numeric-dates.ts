// All-digit dates: "09/08/2026", "08.09.2026", "2026/09/08", "9/8/26".
//
// Month/day order policy, per separator ('/' or '.'):
//  1. a part greater than 12 decides it ("25/09/2026" is day/month);
//  2. otherwise the order an unambiguous all-digit date with the same separator used elsewhere
//     in the same text, else one with the other separator (one author, one convention);
//  3. otherwise US month/day for slashes and day.month for dots.
// Two-digit years pivot at (this year + 10): "25" is 2025, "98" is 1998.
import { currentYear } from './calendar';

export type DayOrder = 'md' | 'dm';

export interface NumericDate {
  y: number;
  m: number;
  d: number;
}

const NUMERIC = /(?<![\d.,/])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g;

let cachedText: string | undefined;
let cachedOrders: Partial<Record<'/' | '.', DayOrder>> = {};

/** The day order each separator shows unambiguously somewhere in the text (first one wins). */
export function textDayOrders(text: string): Partial<Record<'/' | '.', DayOrder>> {
  if (text === cachedText) return cachedOrders;
  const found: Partial<Record<'/' | '.', DayOrder>> = {};
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep = m[2] as '/' | '.';
    if (found[sep]) continue;
    if (a > 12 && b >= 1 && b <= 12) found[sep] = 'dm';
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) found[sep] = 'md';
    if (found['/'] && found['.']) break;
  }
  cachedText = text;
  cachedOrders = found;
  return found;
}

export function expandTwoDigitYear(yy: number): number {
  const pivot = (currentYear() + 10) % 100;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/**
 * Read one all-digit token as a date. `text` is the whole document (for the order policy).
 * Returns undefined when the token is not date-shaped or a part is out of range; a day past
 * the month's end ("31/02/2025") is returned as is, for the caller to mark invalid.
 */
export function readNumericDate(token: string, text: string): NumericDate | undefined {
  let m = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/.exec(token);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y, m: mo, d } : undefined;
  }
  m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(token);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const sep = m[2] as '/' | '.';
  const y = m[4].length === 2 ? expandTwoDigitYear(Number(m[4])) : Number(m[4]);
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return undefined;
  let order: DayOrder;
  if (a > 12) order = 'dm';
  else if (b > 12) order = 'md';
  else {
    const seen = textDayOrders(text);
    order = seen[sep] ?? seen[sep === '/' ? '.' : '/'] ?? (sep === '/' ? 'md' : 'dm');
  }
  return order === 'md' ? { y, m: a, d: b } : { y, m: b, d: a };
}
