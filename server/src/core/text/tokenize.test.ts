import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isTokenizationOf, tokenize } from './tokenize';

/** Token texts, after checking every token's offsets slice the text to exactly that token. */
function words(text: string, from?: number, to?: number): string[] {
  const tokens = tokenize(text, from, to);
  let last = from ?? 0;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text, `offsets of ${JSON.stringify(t.text)}`);
    assert.ok(t.start >= last && t.end > t.start, 'tokens are in order and non-empty');
    last = t.end;
  }
  return tokens.map((t) => t.text);
}

test('curly and straight quotes are tokens of their own; the possessive ’s is one token', () => {
  assert.deepEqual(words('“We will,” the minister’s aide said.'), ['“', 'We', 'will', ',', '”', 'the', 'minister', '’s', 'aide', 'said', '.']);
  assert.deepEqual(words(`"Yes," said the group's chief.`), ['"', 'Yes', ',', '"', 'said', 'the', 'group', "'s", 'chief', '.']);
  assert.deepEqual(words('the Jones’ house'), ['the', 'Jones', '’', 'house']);
  assert.deepEqual(words("‘Quoted’s"), ['‘', 'Quoted', '’s']);
});

test('clitics split as in news treebanks, names with an apostrophe stay whole', () => {
  assert.deepEqual(words("They don't know O'Brien and they’re sure"), ['They', 'do', "n't", 'know', "O'Brien", 'and', 'they', '’re', 'sure']);
  assert.deepEqual(words('the Qur’an'), ['the', 'Qur’an']);
});

test('hyphenated names and compounds are kept whole; dashes are separate', () => {
  assert.deepEqual(words('Zeta-K and the East-West corridor'), ['Zeta-K', 'and', 'the', 'East-West', 'corridor']);
  assert.deepEqual(words('a seven-year war — then peace–talks'), ['a', 'seven-year', 'war', '—', 'then', 'peace', '–', 'talks']);
  assert.deepEqual(words('U.N.-led forces'), ['U.N.-led', 'forces']);
  assert.deepEqual(words('well -- maybe - not'), ['well', '--', 'maybe', '-', 'not']);
});

test('initials and known abbreviations keep their period', () => {
  assert.deepEqual(words('Dr. Smith met Prof. Jones in the U.S. on Jan. 5'), ['Dr.', 'Smith', 'met', 'Prof.', 'Jones', 'in', 'the', 'U.S.', 'on', 'Jan.', '5']);
  assert.deepEqual(words('John F. Kennedy at 10 a.m. today.'), ['John', 'F.', 'Kennedy', 'at', '10', 'a.m.', 'today', '.']);
  assert.deepEqual(words('Acme Inc. and the end.'), ['Acme', 'Inc.', 'and', 'the', 'end', '.']);
});

test('numbers with separators, currency and percent stay one token', () => {
  assert.deepEqual(words('12,500 people, 2.75 tonnes, $1.25 each, 35% more, on 03/04/2019 at 10:30, in 2008.'), [
    '12,500', 'people', ',', '2.75', 'tonnes', ',', '$1.25', 'each', ',', '35%', 'more', ',', 'on', '03/04/2019', 'at', '10:30', ',', 'in', '2008', '.',
  ]);
  assert.deepEqual(words('the 1960s and €5bn, 1996-08-22'), ['the', '1960s', 'and', '€5bn', ',', '1996-08-22']);
});

test('URLs and emails are whole, without the sentence punctuation after them', () => {
  assert.deepEqual(words('See https://example.org/a?b=1. Or www.example.com, or write to jane.doe@example.co.uk.'), [
    'See', 'https://example.org/a?b=1', '.', 'Or', 'www.example.com', ',', 'or', 'write', 'to', 'jane.doe@example.co.uk', '.',
  ]);
  assert.deepEqual(words('(see http://x.org/wiki/A_(b))'), ['(', 'see', 'http://x.org/wiki/A_(b)', ')']);
});

test('non-Latin letters, combining marks and astral characters keep exact UTF-16 offsets', () => {
  assert.deepEqual(words('Zürich, Петров and 😀 Cafe\u0301 東京'), ['Zürich', ',', 'Петров', 'and', '😀', 'Cafe\u0301', '東京']);
  assert.deepEqual(words('\u00a0non\u00a0breaking\u200bspace'), ['non', 'breaking', 'space']);
});

test('a range tokenizes only that slice, with offsets into the whole text', () => {
  const text = 'skip this. Take these words';
  assert.deepEqual(words(text, text.indexOf('Take'), text.indexOf(' words')), ['Take', 'these']);
  assert.deepEqual(words(''), []);
  assert.deepEqual(words('abc', 5, 2), []);
});

test('never throws and always slices the text exactly, on any string', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'aZ.-’\'"@/:,$%1 \n—') })), (s) => {
      words(s);
    }),
    { numRuns: 300 },
  );
});

test('very long tokens and lines are handled in linear time', () => {
  assert.equal(words('a'.repeat(200_000)).length, 1);
  assert.equal(words('a-'.repeat(100_000)).length, 2);
  assert.equal(words('1,'.repeat(100_000)).length, 2);
  assert.equal(words('U.'.repeat(100_000)).length, 1);
  assert.equal(words('x@'.repeat(50_000)).length > 0, true);
  assert.equal(words('’s '.repeat(50_000)).length, 100_000);
});

test('a token list is known as the tokenization of the whole text it was made of, and of nothing else', () => {
  const text = 'The ferry left Dunmore at 6 a.m.';
  const whole = tokenize(text);
  assert.ok(isTokenizationOf(whole, text));
  assert.ok(!isTokenizationOf([...whole], text), 'a copy may be changed: not vouched for');
  assert.ok(!isTokenizationOf(whole, `${text} `));
  assert.ok(!isTokenizationOf(tokenize(text, 4), text), 'a part of the text');
});
