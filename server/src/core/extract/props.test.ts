// Property tests: no extractor or comparison throws on any input, and every span it returns
// lies inside the requested range and indexes the text it reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../model';
import { acronymOf, findAcronymPairs } from './acronyms';
import { dayValue } from './calendar';
import { compareDates, compareQuantities } from './compare';
import { findDates } from './dates';
import { findQuantities } from './quantities';
import { compareQuotes, findQuotes } from './quotes';
import { guardOptions } from './scan';
import { compareTitles, findTitleFor, leadingTitleLength } from './titles';

// Exceptions the extractors would swallow must fail these tests.
guardOptions.rethrow = true;

// Pieces of news text that reach the extractors' branches, joined at random.
const VOCAB = [
  'July', 'May', 'March', '3', '31', '2026', '6021', '1960s', '’90s', 'mid', '-', '–', '—', 'since', 'pre', 'before',
  'between', 'and', 'from', 'to', 'Tuesday', 'last', 'next', 'days', 'later', 'ago', 'two', 'twenty', 'hundred',
  'million', '$', '€', '5bn', '18,000', '1.2', '%', 'percent', 'over', 'nearly', 'about', 'year', 'decade', 'long',
  'people', 'votes', 'the', 'of', '(', ')', 'SRFC', 'Southern', 'Rail', 'Corridor', '“', '”', '"', '‘', '’', "'", ',',
  '.', '\n', 'Deputy', 'Trade', 'Minister', 'Acting', 'Ana', 'Ruiz', 'Norway’s', 'ambassador', 'U', 'S', 'Sen',
  '09/08/2026', '08.09.2026', '2026-09-08', '19th', 'century', 'a', 'dozen', 'constructor', 'toString', '__proto__',
  '😀', '\ud800', '\u0301', 'Ö', 'ﬁ', '\u00a0', '\u2028',
];
const newsy = fc.array(fc.constantFrom(...VOCAB), { maxLength: 60 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', ' ', '\n', '  '), { minLength: words.length, maxLength: words.length })
    .map((gaps) => words.map((w, i) => w + gaps[i]).join('')));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  newsy,
);
const anyRange = (len: number) => fc.oneof(
  fc.constant({ start: 0, end: len }),
  fc.record({ start: fc.integer({ min: -5, max: len + 5 }), end: fc.integer({ min: -5, max: len + 5 }) }),
  fc.constant({ start: NaN, end: Infinity }),
);

function inside(spans: readonly Span[], range: Span, len: number): void {
  const s = Math.max(0, Number.isFinite(range.start) ? range.start : 0);
  const e = Math.min(len, Number.isFinite(range.end) ? range.end : len);
  for (const x of spans) {
    assert.ok(x.start >= s && x.end <= e && x.start <= x.end, `span ${x.start}-${x.end} outside ${s}-${e}`);
  }
}

test('extractors never throw and keep spans in range', () => {
  fc.assert(fc.property(anyText.chain((text) => fc.tuple(fc.constant(text), anyRange(text.length))), ([text, range]) => {
    const dateline = dayValue(2024, 3, 15);
    for (const ctx of [{}, { dateline }, { defaultYear: 1999 }]) {
      const dates = findDates(text, range, ctx);
      inside(dates, range, text.length);
      for (const d of dates) assert.equal(d.text, text.slice(d.start, d.end));
      for (let i = 0; i + 1 < dates.length; i++) compareDates(dates[i].value, dates[i + 1].value);
    }
    const figures = findQuantities(text, range);
    inside(figures, range, text.length);
    for (const f of figures) {
      assert.equal(f.text, text.slice(f.start, f.end));
      assert.ok(f.value.low <= f.value.high, 'low <= high');
    }
    for (let i = 0; i + 1 < figures.length; i++) compareQuantities(figures[i].value, figures[i + 1].value);
    const quotes = findQuotes(text, range);
    inside(quotes, range, text.length);
    for (const q of quotes) assert.equal(q.text, text.slice(q.inner.start, q.inner.end));
    if (quotes.length >= 2) compareQuotes(quotes[0].text, quotes[1].text);
    const pairs = findAcronymPairs(text, range);
    inside(pairs.flatMap((p) => [p.long, p.short]), range, text.length);
    const title = findTitleFor(text, range);
    if (title) {
      assert.equal(title.text, text.slice(title.start, title.end));
      compareTitles(title.role, title.role);
    }
    const lead = leadingTitleLength(text, range);
    assert.ok(lead >= 0 && lead <= text.length);
    acronymOf(text);
  }), { numRuns: 400, seed: 7 });
});

test('empty, odd and very long inputs', () => {
  const inputs = [
    '', ' ', '\n\n', '(', ')', '“', '’', '-', '$', '%',
    '9'.repeat(50_000), 'a'.repeat(50_000), '“'.repeat(50_000), '('.repeat(50_000), '‘x '.repeat(20_000),
    'May '.repeat(12_500), '1,'.repeat(25_000), '12 '.repeat(20_000), 'Deputy '.repeat(8_000) + 'Ana Ruiz',
    'A'.repeat(50_000) + ' (' + 'B'.repeat(10) + ')', '\ud800'.repeat(50_000), 'two hundred and '.repeat(5_000),
  ];
  for (const text of inputs) {
    const all = { start: 0, end: text.length };
    findDates(text, all, { dateline: dayValue(2024, 3, 15) });
    findQuantities(text, all);
    findQuotes(text, all);
    findAcronymPairs(text, all);
    findTitleFor(text, { start: Math.max(0, text.length - 8), end: text.length });
    leadingTitleLength(text, all);
    acronymOf(text);
    compareQuotes(text, text.slice(0, 1000));
  }
});

test('garbage values compare as unknown instead of throwing', () => {
  const junk = [undefined, null, {}, { kind: 'date' }, { kind: 'quantity', value: NaN }, 5, 'x'] as never[];
  for (const a of junk) {
    for (const b of junk) {
      assert.equal(compareDates(a, b), 'unknown');
      assert.equal(compareQuantities(a, b), 'unknown');
      assert.equal(compareTitles(a, b), 'unknown');
    }
    if (typeof a !== 'string') assert.equal(compareQuotes(a, a).agreement, 'unknown');
  }
});
