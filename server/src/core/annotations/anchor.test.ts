import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorQuote } from './anchor';
import { approximateMatches, editDistance } from './fuzzy';
import { quoteSelector } from './selectors';

/** `«…»` marks the span in a fixture; returns the text without the marks and the span. */
function marked(source: string): { text: string; start: number; end: number } {
  const start = source.indexOf('«');
  const end = source.indexOf('»') - 1;
  return { text: source.replace('«', '').replace('»', ''), start, end };
}

const ORIGINAL =
  'The council met on Monday. The mayor said «the bridge will reopen in spring» after repairs. ' +
  'Residents were not convinced and asked for a written plan.';

/** Annotates the marked span of ORIGINAL, then anchors it in the edited text; returns what it covers there. */
function reanchor(edited: string): { covered?: string; method?: string; expected?: string } {
  const o = marked(ORIGINAL);
  const quote = quoteSelector(o.text, o);
  const e = marked(edited);
  const found = anchorQuote(e.text, quote, o.start);
  return {
    covered: found ? e.text.slice(found.start, found.end) : undefined,
    method: found?.method,
    expected: e.start >= 0 ? e.text.slice(e.start, e.end) : undefined,
  };
}

test('unchanged text: the quote is where it was', () => {
  const r = reanchor(ORIGINAL);
  assert.equal(r.covered, r.expected);
  assert.equal(r.method, 'exact');
});

test('a paragraph inserted before the quote moves it', () => {
  const r = reanchor('A new first paragraph about the weather.\n\n' + ORIGINAL);
  assert.equal(r.covered, 'the bridge will reopen in spring');
  assert.equal(r.method, 'exact');
});

test('text inserted right after the quote keeps it (the prefix still fits)', () => {
  const r = reanchor(ORIGINAL.replace('spring» after', 'spring», he insisted, after'));
  assert.equal(r.covered, r.expected);
  assert.equal(r.method, 'exact');
});

test('a word inserted inside the quote: fuzzy match between the unchanged context', () => {
  const r = reanchor(
    'The council met on Monday. The mayor said «the old bridge will reopen in spring» after repairs. Residents were not convinced and asked for a written plan.',
  );
  assert.equal(r.covered, r.expected);
  assert.equal(r.method, 'fuzzy');
});

test('a typo fixed inside the quote and its context rewritten: fuzzy match anywhere', () => {
  const o = marked('Officials confirmed «the bridge will reopen in sprnig next year» on Monday.');
  const quote = quoteSelector(o.text, o);
  const edited = marked('Completely new wording here: «the bridge will reopen in spring next year», they said.');
  const found = anchorQuote(edited.text, quote, o.start)!;
  assert.equal(edited.text.slice(found.start, found.end), 'the bridge will reopen in spring next year');
  assert.equal(found.method, 'fuzzy');
});

test('a repeated quote: the copy in the old context wins over the one nearer the old position', () => {
  const o = marked('Rescuers said «12 people» were missing. The mayor later spoke.');
  const quote = quoteSelector(o.text, o);
  const edited = marked('Early reports said 12 people were injured. Rescuers said «12 people» were missing. The mayor later spoke.');
  const found = anchorQuote(edited.text, quote, o.start)!;
  assert.deepEqual([found.start, found.end], [edited.start, edited.end]);
});

test('repeats in identical context: the one nearest the old position', () => {
  const para = 'Water levels rose. ';
  const o = marked(`${para}${para}«${para.trim()}» ${para}`);
  const quote = quoteSelector(o.text, o);
  const found = anchorQuote(o.text, quote, o.start)!;
  assert.equal(found.start, o.start);
});

test('the quote deleted: orphaned', () => {
  const r = reanchor('The council met on Monday. The mayor said nothing after repairs. Residents were not convinced and asked for a written plan.');
  assert.equal(r.covered, undefined);
});

test('a short quote changed is not matched elsewhere out of context', () => {
  const o = marked('The storm killed «14» people in the north.');
  const quote = quoteSelector(o.text, o);
  const found = anchorQuote('Completely different: 15 boats and 41 cars.', quote, o.start);
  assert.equal(found, undefined);
});

test('a long quote (head and tail) survives an edit in its middle', () => {
  const sentence = Array.from({ length: 80 }, (_, i) => `clause ${i}`).join(', ');
  const o = marked(`Intro. «${sentence}» Outro.`);
  const quote = quoteSelector(o.text, o);
  const changed = sentence.replace('clause 40', 'clause forty');
  const text = `A rewritten intro that is longer. ${changed} And a different ending.`;
  const found = anchorQuote(text, quote, o.start)!;
  assert.equal(text.slice(found.start, found.end), changed);
});

test('approximate matching reports the span and its edit count', () => {
  const text = 'alpha bravo charlie delta';
  assert.deepEqual(approximateMatches(text, 'charly', 2), [{ start: 12, end: 18, errors: 1 }]);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('kitten', 'sitting', 1), 2, 'gives up past the limit');
});
