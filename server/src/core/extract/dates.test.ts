import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateValue } from '../model';
import { dayValue, monthValue } from './calendar';
import { findDates, isPlausibleDate, type DateContext, type DateMention } from './dates';
import { marked, texts } from './fixture';

/** One line per value: "from..to precision [flags]", so expectations read like the dates. */
function show(m: DateMention): string {
  const v = m.value;
  const flags = [v.yearImplicit && 'implicit', v.relative && 'relative', v.unresolved && 'unresolved',
    v.open && `open-${v.open}`, m.invalid && 'invalid'].filter(Boolean).join(' ');
  const span = v.from === v.to ? v.from : `${v.from}..${v.to}`;
  return `${span} ${v.precision}${flags ? ' ' + flags : ''}`;
}

/** Finds exactly the marked spans, with the given values in order. */
function expectDates(fixture: string, values: string[], ctx: DateContext = {}): DateMention[] {
  const { text, spans, all } = marked(fixture);
  const found = findDates(text, all, ctx);
  assert.deepEqual(texts(text, found), texts(text, spans), 'spans');
  for (const f of found) assert.equal(f.text, text.slice(f.start, f.end));
  if (values.length) assert.deepEqual(found.map(show), values, 'values');
  return found;
}

const FRIDAY: DateValue = dayValue(2024, 11, 15); // Friday 15 November 2024
const dl = { dateline: FRIDAY };

test('absolute dates in both orders, with ordinals and a far-future year kept as written', () => {
  expectDates('On [[May 9, 2026]] the board met, and again on [[9 May 2026]] and the [[10th of May 2026]].', [
    '2026-05-09 day', '2026-05-09 day', '2026-05-10 day',
  ]);
  expectDates('The stamp read [[9 October 6120]], a misprint.', ['6120-10-09 day']);
  expectDates('It closed on [[Sept. 30, 2019]] and reopened [[Jan 2, 2020]].', ['2019-09-30 day', '2020-01-02 day']);
});

test('months and years at their own precision', () => {
  expectDates('Talks stalled in [[October 2017]] and resumed in [[2022]].', ['2017-10-01..2017-10-31 month', '2022-01-01..2022-12-31 year']);
  expectDates('Its [[2019]] election and the [[2024]] vote.', ['2019-01-01..2019-12-31 year', '2024-01-01..2024-12-31 year']);
});

test('figures that are counts, prices or identifiers are not years', () => {
  expectDates('Some 2,021 people signed; the fee was $2021 and nearly 2000 troops left under Resolution 1973.', []);
  expectDates('About 1500 families fled.', []);
  expectDates('In [[2021]] people fled the city.', ['2021-01-01..2021-12-31 year']);
});

test('decades, centuries and parts of a year', () => {
  expectDates('Built in the [[19th century]].', ['1800-01-01..1900-12-31 century']);
  expectDates('popular in the [[1960s]] and the [[’70s]], a [[twentieth-century]] idea, [[since the 1800s]]', [
    '1960-01-01..1969-12-31 decade', '1970-01-01..1979-12-31 decade', '1900-01-01..2000-12-31 century',
    '1800-01-01..1899-12-31 century open-after',
  ]);
  expectDates('Prices rose in [[mid-2023]] and fell by [[late 2024]]; [[early July]] was calm.', [
    '2023-01-01..2023-12-31 year', '2024-01-01..2024-12-31 year', '0000-07-01..0000-07-31 month implicit',
  ]);
});

test('numeric dates follow the documented month/day policy', () => {
  // Slashes default to US month/day, dots to day.month.
  expectDates('Posted [[09/08/2026]] and [[09.08.2026]].', ['2026-09-08 day', '2026-08-09 day']);
  // A part above 12 decides, and that order carries to the ambiguous date in the same text.
  expectDates('Filed [[25/03/2024]], amended [[04/05/2024]].', ['2024-03-25 day', '2024-05-04 day']);
  expectDates('ISO [[2026-09-08]], and [[2026/09/10]].', ['2026-09-08 day', '2026-09-10 day']);
  expectDates('Scores 3/4 and 2.5 and version 1.2.3 are not dates.', []);
});

test('implicit years take the dateline, then the default year, then year 0', () => {
  expectDates('On [[May 9]] and in [[April]] …', ['2024-05-09 day implicit', '2024-04-01..2024-04-30 month implicit'], dl);
  expectDates('On [[May 9]] …', ['2019-05-09 day implicit'], { defaultYear: 2019 });
  expectDates('On [[May 9]] …', ['0000-05-09 day implicit']);
});

test('the verbs "may" and "march", and names, are not months', () => {
  expectDates('Protesters may march. May said little. They march on. April Ryan spoke.', []);
  expectDates('It may end in [[May]].', ['0000-05-01..0000-05-31 month implicit']);
});

test('weekdays resolve to the latest such day on or before the dateline', () => {
  // Dateline Friday 15 November 2024.
  expectDates('The deal, announced [[Wednesday]], was signed on [[Friday]]; talks began [[last Friday]].', [
    '2024-11-13 day relative', '2024-11-15 day relative', '2024-11-08 day relative',
  ], dl);
  expectDates('They will meet on [[Monday]]; it ended [[yesterday]]; [[next Tuesday]] too.', [
    '2024-11-18 day relative', '2024-11-14 day relative', '2024-11-19 day relative',
  ], dl);
  expectDates('Announced [[Wednesday]].', ['0000-01-01..0000-12-31 day relative unresolved']);
  expectDates('Shoppers crowd stores on Black Friday.', [], dl);
  expectDates('Today, the approach differs; today’s leaders agree. They met [[today]].', ['2024-11-15 day relative'], dl);
});

test('a weekday before a full date is part of it', () => {
  expectDates('Published [[Tuesday, May 7, 2024]].', ['2024-05-07 day']);
});

test('"later" offsets resolve against the previous date in the same paragraph only', () => {
  expectDates('The vote came on [[May 2, 2023]]. [[Three days later]] the result was out, and [[the next day]] a recount.', [
    '2023-05-02 day', '2023-05-05 day relative', '2023-05-06 day relative',
  ]);
  expectDates('The vote came on [[May 2, 2023]].\n[[Three days later]] the result was out.', [
    '2023-05-02 day', '0000-01-01..0000-12-31 day relative unresolved',
  ]);
  expectDates('Polls closed two days before the count, [[the day before]] the vote.', ['0000-01-01..0000-12-31 day relative unresolved']);
  expectDates('It happened [[three years ago]] and [[last month]].', ['2021-01-01..2021-12-31 year relative', '2024-10-01..2024-10-31 month relative'], dl);
  // Weeks are approximate: three days either way.
  expectDates('Signed [[two weeks ago]].', ['2024-10-29..2024-11-04 day relative'], dl);
  expectDates('Signed on [[May 2, 2023]]; [[a week later]] it began.', ['2023-05-02 day', '2023-05-06..2023-05-12 day relative']);
});

test('open ranges keep their anchor', () => {
  expectDates('In power [[since 2008]], banned [[pre-2016]], and rebuilt [[before 2010]] or [[after March 2011]].', [
    '2008-01-01..2008-12-31 year open-after', '2016-01-01..2016-12-31 year open-before',
    '2010-01-01..2010-12-31 year open-before', '2011-03-01..2011-03-31 month open-after',
  ]);
});

test('ranges of years, months and days', () => {
  expectDates('He ruled [[1958–1967]], served [[from 1990 to 1994]] and [[2001-05]].', [
    '1958-01-01..1967-12-31 year', '1990-01-01..1994-12-31 year', '2001-01-01..2005-12-31 year',
  ]);
  expectDates('Held [[between May and June 2024]] and [[3–5 May 2024]] and [[May 7-9, 2024]].', [
    '2024-05-01..2024-06-30 month', '2024-05-03..2024-05-05 day', '2024-05-07..2024-05-09 day',
  ]);
  expectDates('Winter [[from December to February 2024]].', ['2023-12-01..2024-02-29 month']);
});

test('durations are not dates', () => {
  expectDates('After six years and a seven-year conflict, a century-long feud ended.', []);
});

test('a day past the end of its month is flagged invalid, valued as the month', () => {
  const [m] = expectDates('Signed on [[31 February 2024]].', ['2024-02-01..2024-02-29 month invalid']);
  assert.equal(m.invalid, true);
  expectDates('Born [[29 February 2024]], not [[29 February 2023]].', ['2024-02-29 day', '2023-02-01..2023-02-28 month invalid']);
});

test('isPlausibleDate: a few years past the dateline, or decades past today', () => {
  assert.equal(isPlausibleDate(dayValue(2029, 1, 1), FRIDAY), true);
  assert.equal(isPlausibleDate(dayValue(2030, 1, 1), FRIDAY), false);
  assert.equal(isPlausibleDate(dayValue(6021, 8, 12)), false);
  assert.equal(isPlausibleDate(monthValue(1850, 7)), true);
  assert.equal(isPlausibleDate({ ...dayValue(0, 5, 9), yearImplicit: true }), true);
});

test('only the given range is read, offsets stay in the whole text', () => {
  const text = 'In 2001 it began. In 2002 it ended.';
  const start = text.indexOf('In 2002');
  const found = findDates(text, { start, end: text.length }, {});
  assert.deepEqual(found.map((f) => f.text), ['2002']);
  assert.equal(found[0].start, text.indexOf('2002'));
});

test('common news forms', () => {
  expectDates('Met [[Tuesday, March 4]] and on [[Sept. 11]], [[July 4th]], in [[2019]] and [[2020]].', [
    '0000-03-04 day implicit', '0000-09-11 day implicit', '0000-07-04 day implicit',
    '2019-01-01..2019-12-31 year', '2020-01-01..2020-12-31 year',
  ]);
  expectDates('The [[2010s]], a [[21st-century]] idea, the [[1990-91]] season, fiscal [[2024]].', [
    '2010-01-01..2019-12-31 decade', '2000-01-01..2100-12-31 century', '1990-01-01..1991-12-31 year',
    '2024-01-01..2024-12-31 year',
  ]);
  expectDates('Seen [[this year]] and [[last year]], not 9/11 or 24/7.', [
    '2024-01-01..2024-12-31 year relative', '2023-01-01..2023-12-31 year relative',
  ], dl);
});
