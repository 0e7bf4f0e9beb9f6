// The article's own date near its top: a line that is a date and little else ("9 August
// 2026", "Published: 09/08/2026 10:30 GMT", "9 August 2026 6 minutes", "09/08/2026 / By X").
// Dates themselves come from the shared date finder; this file only judges whether the rest
// of the line is dateline residue (labels, times, zones, reading time, a byline, an outlet or
// place name) rather than a sentence that happens to contain a date.
import type { DateValue, Span } from '../model';

export type FoundDate = Span & { text: string; value: DateValue; invalid?: boolean };
/** The signature of `findDates` in ../extract/dates. */
export type DateFinder = (text: string, range: Span, ctx: { dateline?: DateValue; defaultYear?: number }) => FoundDate[];

export interface DatelineMatch {
  date: FoundDate;
}

const RESIDUE_WORDS = new Set([
  'published', 'publish', 'updated', 'update', 'posted', 'last', 'first', 'modified', 'on', 'at', 'date', 'dated',
  'time', 'created', 'edited', 'issued', 'released', 'uploaded', 'written', 'filed', 'and', 'since', 'as', 'of',
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'hrs', 'hr', 'h', 'hours', 'hour', 'ago', 'local', 'today',
  'gmt', 'utc', 'bst', 'est', 'edt', 'et', 'pt', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'cet', 'cest', 'eet',
  'eest', 'wet', 'west', 'ist', 'msk', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt', 'awst', 'nzst', 'nzdt', 'pkt',
  'wat', 'cat', 'eat', 'sast', 'wib', 'ict', 'trt', 'gst',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'min', 'mins', 'minute', 'minutes', 'read', 'reading', 'listen', 'sec', 'secs', 'seconds',
]);

/** Outlet or place names allowed beside a date ("LONDON", "Reuters"): a few capitalised words. */
const MAX_NAME_WORDS = 3;

/**
 * Whether the line [line.start, line.end) of `text` is a dateline, given the dates the finder
 * found on it and the byline span (absolute) if the line also carries one.
 */
// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;
const UPPER_FIRST = /^\p{Lu}/u;

export function datelineOf(text: string, line: Span, dates: readonly FoundDate[], byline?: Span): DatelineMatch | undefined {
  const usable = dates.filter((d) => !d.invalid && d.value && !d.value.unresolved && d.start >= line.start && d.end <= line.end && d.end > d.start);
  if (usable.length === 0) return undefined;
  // Blank out the dates and the byline, then see what is left.
  const parts: string[] = [];
  let at = line.start;
  const cuts = [...usable.map((d) => ({ start: d.start, end: d.end })), ...(byline ? [byline] : [])].sort((a, b) => a.start - b.start);
  for (const c of cuts) {
    if (c.start > at) parts.push(text.slice(at, c.start));
    at = Math.max(at, c.end);
  }
  if (line.end > at) parts.push(text.slice(at, line.end));
  const rest = parts.join(' ');
  if (!isResidue(rest)) return undefined;
  return { date: usable[0] };
}

function isResidue(rest: string): boolean {
  if (rest.length > 160) return false;
  let names = 0;
  // ISO and clock times ("T10:00Z", "10:30:05+02:00") go first: the split below would cut them up.
  const cleaned = rest.replace(/\bT?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, ' ');
  for (const raw of cleaned.split(/[\s|/·•,;()[\]\-–—:]+/u)) {
    const w = raw.replace(EDGE_MARKS, '');
    if (w === '') continue;
    const low = w.toLowerCase();
    if (RESIDUE_WORDS.has(low) || RESIDUE_WORDS.has(low.replace(/\.$/, ''))) continue;
    if (low === 'by' || low === 'written' || low === 'story') continue;
    // Times and bare figures (reading time "5", "10:30", "10.30am").
    if (/^\d{1,2}(?:[:.]\d{2}){0,2}(?:[ap]\.?m\.?)?$/u.test(low) || /^\d{1,3}$/.test(low)) continue;
    if (UPPER_FIRST.test(w) && ++names <= MAX_NAME_WORDS) continue;
    return false;
  }
  return true;
}
