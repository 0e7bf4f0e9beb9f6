import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked, texts } from './fixture';
import { findQuantities, type QuantityMention } from './quantities';

/** "value unit qualifier low..high [duration]" per figure, so expectations read like the text. */
function show(m: QuantityMention): string {
  const v = m.value;
  const range = v.low === v.high ? '' : ` ${v.low}..${v.high}`;
  return `${v.value}${v.unit ? ' ' + v.unit : ''}${v.qualifier === 'exact' ? '' : ' ' + v.qualifier}${range}${v.duration ? ' duration' : ''}`;
}

function expectFigures(fixture: string, values: string[]): QuantityMention[] {
  const { text, spans, all } = marked(fixture);
  const found = findQuantities(text, all);
  assert.deepEqual(texts(text, found), texts(text, spans), 'spans');
  assert.deepEqual(found.map(show), values, 'values');
  return found;
}

test('counts carry their noun as a lemma', () => {
  expectFigures('[[241]] votes for, [[12]] casualties, [[3]] people and [[2]] persons; [[400]] staff.', [
    '241 vote', '12 casualty', '3 person', '2 person', '400 staff 380..420',
  ]);
  // The counted noun, after modifiers too, sets the unit but stays out of the span.
  expectFigures('It sent [[2,300]] armed volunteers and [[40]] French engineers.', ['2300 volunteer 2250..2350', '40 engineer']);
});

test('numbers in words, with scales and dozens', () => {
  expectFigures('[[nine]] ministers, [[twenty-five]] ships, [[three hundred and ten]] homes, [[two dozen]] towns, [[a dozen]] cars.', [
    '9 minister', '25 ship', '310 home', '24 town', '12 car',
  ]);
  expectFigures('A budget of [[1.2 million]] and [[fifteen thousand]] seats.', ['1200000 1150000..1250000', '15000 seat 14500..15500']);
});

test('money in symbols, codes and words', () => {
  expectFigures('[[$5 billion]], [[€3m]], [[£40]], [[US$2.5bn]], [[5 million dollars]], [[Rs 200 crore]] and [[USD 7]].', [
    '5000000000 USD 4750000000..5250000000', '3000000 EUR 2850000..3150000', '40 GBP', '2500000000 USD 2450000000..2550000000',
    '5000000 USD 4750000..5250000', '2000000000 INR 1900000000..2100000000', '7 USD',
  ]);
});

test('percentages', () => {
  expectFigures('Turnout was [[52%]], up [[3 percent]], or [[2.5 per cent]], a [[4 percentage points]] gain.', [
    '52 percent', '3 percent', '2.5 percent 2.45..2.55', '4 percentage point',
  ]);
});

test('durations: hyphenated, spelled out, decades', () => {
  expectFigures('A [[seven-year]] war, a [[century-long]] feud, [[six years]] of talks, a [[25-year]] lease, [[two decades]] on.', [
    '7 year duration', '100 year 95..110 duration', '6 year duration', '25 year duration', '20 year 19..22 duration',
  ]);
  expectFigures('It lasted [[more than a decade]] and [[nearly six years]], not [[18 months]].', [
    '10 year over 10..15 duration', '6 year nearly 5.1..6 duration', '18 month duration',
  ]);
  expectFigures('A [[45-year-old]] teacher and a [[decade-old]] bridge.', ['45 age', '10 year 9.5..11 duration']);
});

test('qualifiers set the range the words allow', () => {
  expectFigures('[[over 18,000]] fans, [[about 200]] cars, [[at least 12]] dead, [[up to 30]] boats, [[fewer than 40]] seats.', [
    '18000 fan over 18000..27000', '200 car about 180..220', '12 at-least 12..18', '30 boat up-to 0..30', '40 seat under 20..40',
  ]);
});

test('ranges of figures', () => {
  expectFigures('[[Between 10 and 15]] boats sank.', ['12.5 boat about 10..15']);
  expectFigures('[[20-30]] trucks and [[2 to 3 million]] visitors.', ['25 truck about 20..30', '2500000 visitor about 2000000..3000000']);
});

test('ordinals, dates, times, codes and pronoun "one" are not figures', () => {
  expectFigures('The first town, the 21st summit, on 9 May 2026 at 10:30 and 9 a.m., an F-16, No. 5, Resolution 1973, one of them, in 2019.', []);
  expectFigures('Three days later [[one]] person spoke.', ['1 person']);
});

test('vague plurals of ten, hundred, thousand', () => {
  expectFigures('[[Dozens]] of people and [[thousands]] of refugees; [[tens of thousands]] of homes.', [
    '24 person about 12..120', '2000 refugee about 1000..10000', '20000 home about 10000..100000',
  ]);
});

test('only the range is read and offsets index the whole text', () => {
  const text = '5 cats. 7 dogs.';
  const found = findQuantities(text, { start: 8, end: text.length });
  assert.deepEqual(found.map((f) => [f.text, f.start, f.value.unit]), [['7', 8, 'dog']]);
});
