import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateValue, QuantityValue } from '../model';
import { compareDates, compareQuantities, type Agreement } from './compare';
import { findDates } from './dates';
import { dayValue } from './calendar';
import { findQuantities } from './quantities';

// Values come from the extractors, so these read as the sentences two sources would write.
const DATELINE = dayValue(2023, 11, 22);

function date(phrase: string, dateline?: DateValue): DateValue {
  const found = findDates(phrase, { start: 0, end: phrase.length }, dateline ? { dateline } : {});
  assert.equal(found.length, 1, `one date in “${phrase}”`);
  return found[0].value;
}

function figure(phrase: string): QuantityValue {
  const found = findQuantities(phrase, { start: 0, end: phrase.length });
  assert.equal(found.length, 1, `one figure in “${phrase}”`);
  return found[0].value;
}

function dates(a: string, b: string, dateline?: DateValue): Agreement {
  const r = compareDates(date(a, dateline), date(b, dateline));
  assert.equal(compareDates(date(b, dateline), date(a, dateline)), r, 'symmetric');
  return r;
}

function figures(a: string, b: string): Agreement {
  const r = compareQuantities(figure(a), figure(b));
  assert.equal(compareQuantities(figure(b), figure(a)), r, 'symmetric');
  return r;
}

test('dates: the same day written two ways is equal; different days conflict', () => {
  assert.equal(dates('on May 9, 2026', 'on 9 May 2026'), 'equal');
  assert.equal(dates('on May 9, 2026', 'on May 10, 2026'), 'conflict');
});

test('dates: different precision that nests is compatible, disjoint is a conflict', () => {
  assert.equal(dates('in June 2022', 'in 2022'), 'compatible');
  assert.equal(dates('in October 2017', 'in 2017'), 'compatible');
  assert.equal(dates('on 5 October 2017', 'in October 2017'), 'compatible');
  assert.equal(dates('in the 1960s', 'in 1965'), 'compatible');
  assert.equal(dates('in the 1960s', 'in 1959'), 'conflict');
  assert.equal(dates('in June 2022', 'in 2023'), 'conflict');
  assert.equal(dates('in mid-2023', 'in March 2023'), 'compatible');
});

test('dates: ranges disagree when their ends differ at the same precision', () => {
  assert.equal(dates('ruled 1958–1967', 'ruled from 1958 to 1966'), 'conflict');
  assert.equal(dates('ruled 1958–1967', 'in 1962'), 'compatible');
  assert.equal(dates('ruled 1958–1967', 'ruled from 1958 to 1967'), 'equal');
});

test('dates: open ranges', () => {
  assert.equal(dates('since 2008', 'pre-2016'), 'compatible');
  assert.equal(dates('since 2008', 'since 2010'), 'conflict');
  assert.equal(dates('since 2008', 'since March 2008'), 'compatible');
  assert.equal(dates('since 2008', 'in 2012'), 'compatible');
  assert.equal(dates('since 2008', 'in 1999'), 'conflict');
  assert.equal(dates('before 2001', 'after 2005'), 'conflict');
});

test('dates: a guessed year compares by month and day only', () => {
  assert.equal(dates('on May 9', 'on May 9, 2019'), 'compatible');
  assert.equal(dates('on May 9', 'on May 10, 2019'), 'conflict');
  assert.equal(dates('in April', 'on 9 April 2019'), 'compatible');
  assert.equal(dates('on May 9', 'in 2019'), 'compatible');
  assert.equal(dates('on May 9', 'on May 9'), 'equal');
  assert.equal(dates('on February 29', 'in February'), 'compatible');
});

test('dates: relative days resolved against the dateline compare; unresolved ones do not', () => {
  assert.equal(dates('announced Tuesday', 'on 21 November 2023', DATELINE), 'equal');
  assert.equal(dates('announced Tuesday', 'on 20 November 2023', DATELINE), 'conflict');
  assert.equal(dates('announced Tuesday', 'on 20 November 2023'), 'unknown');
});

test('dates: malformed or invalid values are unknown, never a conflict', () => {
  const bad = { kind: 'date', from: 'x', to: 'y', precision: 'day' } as DateValue;
  assert.equal(compareDates(bad, dayValue(2020, 1, 1)), 'unknown');
  assert.equal(dates('on 31 February 2023', 'on 2 March 2023'), 'unknown');
});

test('durations: overlapping ranges are compatible; a century is not ninety years', () => {
  assert.equal(figures('nearly six years', 'six years'), 'compatible');
  assert.equal(figures('a century-long feud', 'a ninety-year feud'), 'conflict');
  assert.equal(figures('a century-long feud', 'a 100-year feud'), 'compatible');
  assert.equal(figures('nearly a century', 'a ninety-year feud'), 'compatible');
  assert.equal(figures('six years', 'six years'), 'equal');
  assert.equal(figures('18 months', 'a 2-year stint'), 'conflict');
  assert.equal(figures('24 months', 'a 2-year stint'), 'compatible');
  assert.equal(figures('three years', 'five years'), 'conflict');
});

test('counts: qualifiers and rounding', () => {
  assert.equal(figures('over 18,000 soldiers', '18,000 soldiers'), 'compatible');
  assert.equal(figures('over 18,000 soldiers', '14,000 soldiers'), 'conflict');
  assert.equal(figures('241 votes', '241 votes'), 'equal');
  assert.equal(figures('241 votes', '242 votes'), 'conflict');
  assert.equal(figures('about 200 cars', '190 cars'), 'compatible');
  assert.equal(figures('at least 12', '14'), 'compatible');
  assert.equal(figures('12 soldiers', '12'), 'compatible');
});

test('different unit families are unknown', () => {
  assert.equal(figures('six years', '6 soldiers'), 'unknown');
  assert.equal(figures('$5 billion', '€5 billion'), 'unknown');
  assert.equal(figures('52%', '52 seats'), 'unknown');
  assert.equal(figures('12 soldiers', '12 tanks'), 'unknown');
  assert.equal(figures('$5 billion', '5 billion dollars'), 'equal');
  // A bare figure is never implicitly a distance or a weight.
  assert.equal(figures('40 km', '40'), 'unknown');
  assert.equal(figures('40 kg', '40 kilograms'), 'equal');
});
