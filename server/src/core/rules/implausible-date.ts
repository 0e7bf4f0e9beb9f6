// implausible-date: a date that cannot be right: a year far in the future (a dateline in 6021),
// or a day that does not exist (31 February). Usually a typo or a broken template, and it
// silently breaks every date comparison built on it, so it is a warning.
import type { DateValue, DocumentAnalysis, Mention } from '../model';
import type { Draft, DocumentRule } from './rule';

/** Years beyond this many years after today are implausible in news. */
const FUTURE_SLACK = 10;

export const implausibleDate: DocumentRule = {
  id: 'implausible-date',
  defaultSeverity: 'warning',
  description: 'A date that cannot be right: far in the future, or a day that does not exist.',
  unit: 'document',
  check(ctx, doc) {
    // Today's year from the host, else the latest year the corpus's plausible dates reach.
    const limit = (ctx.today ? Number(ctx.today.slice(0, 4)) : ctx.corpusYear()) + FUTURE_SLACK;
    const drafts: Draft[] = [];
    const seen = new Set<number>();
    const check = (span: { start: number; end: number }, text: string, value: DateValue) => {
      if (seen.has(span.start)) return;
      const year = Number(value.from.slice(0, value.from.indexOf('-', 1)));
      let why: string | undefined;
      if (value.invalid) why = 'that day does not exist';
      else if (!value.unresolved && year > limit) why = `the year ${year} is more than ${FUTURE_SLACK} years after ${limit - FUTURE_SLACK}`;
      if (!why) return;
      seen.add(span.start);
      drafts.push({
        uri: doc.uri, start: span.start, end: span.end, text,
        message: `Implausible date “${text}”: ${why}.`,
        related: [], confidence: 0.95, words: [text],
      });
    };
    const pub = doc.meta.published;
    if (pub) check(pub.span, pub.text, pub.value);
    for (const m of doc.mentions as Mention[]) {
      if (m.type === 'date' && m.value?.kind === 'date' && !m.boilerplate) check(m, m.text, m.value);
    }
    return drafts;
  },
};

/**
 * The reference year when the host gives no date: the median year of the corpus's resolved
 * dates (the median is robust to the very outliers this rule looks for).
 */
export function corpusYear(docs: Iterable<DocumentAnalysis>): number {
  const years: number[] = [];
  for (const doc of docs) for (const m of doc.mentions) {
    if (m.value?.kind === 'date' && !m.value.unresolved) years.push(Number(m.value.from.slice(0, 4)));
  }
  years.sort((a, b) => a - b);
  return years.length ? years[Math.floor(years.length / 2)] : 2000;
}
