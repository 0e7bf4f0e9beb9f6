import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from './tokenize';
import { splitSentences } from './sentences';

/** The sentences of a text as strings, after checking they tile the token list. */
function sentences(text: string): string[] {
  const tokens = tokenize(text);
  const out = splitSentences(text, tokens);
  let next = 0;
  for (const s of out) {
    assert.equal(s.tokenStart, next, 'sentences cover the tokens in order');
    assert.ok(s.tokenEnd > s.tokenStart);
    assert.equal(s.start, tokens[s.tokenStart].start);
    assert.equal(s.end, tokens[s.tokenEnd - 1].end);
    next = s.tokenEnd;
  }
  assert.equal(next, tokens.length);
  return out.map((s) => text.slice(s.start, s.end));
}

test('full stops, question and exclamation marks end sentences', () => {
  assert.deepEqual(sentences('It rained. Did it stop? No! It went on…'), ['It rained.', 'Did it stop?', 'No!', 'It went on…']);
});

test('abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(sentences('Dr. Smith and Prof. Jones met Gen. John F. Kennedy on Jan. 5 in St. Louis. They talked.'), [
    'Dr. Smith and Prof. Jones met Gen. John F. Kennedy on Jan. 5 in St. Louis.',
    'They talked.',
  ]);
  assert.deepEqual(sentences('The U.S. Army left. Acme Inc. said so.'), ['The U.S. Army left.', 'Acme Inc. said so.']);
});

test('an abbreviation at the end of a sentence ends it when a sentence opener follows', () => {
  assert.deepEqual(sentences('Troops returned to the U.S. The war was over.'), ['Troops returned to the U.S.', 'The war was over.']);
});

test('closing quotes after the stop stay in the sentence', () => {
  assert.deepEqual(sentences('He said: “We will win.” Then he left. She wrote "It is done." and smiled.'), [
    'He said: “We will win.”',
    'Then he left.',
    'She wrote "It is done." and smiled.',
  ]);
  assert.deepEqual(sentences('“Why?” he asked. (It was late.) Fine.'), ['“Why?” he asked.', '(It was late.)', 'Fine.']);
});

test('a line break ends a sentence, so a heading line is its own sentence', () => {
  assert.deepEqual(sentences('Talks Resume In Capital\r\nBy A Reporter\n\nOfficials met on Monday. They agreed'), [
    'Talks Resume In Capital',
    'By A Reporter',
    'Officials met on Monday.',
    'They agreed',
  ]);
});

test('empty text and punctuation-only text', () => {
  assert.deepEqual(sentences(''), []);
  assert.deepEqual(sentences('...\n?!'), ['...', '?!']);
});

test('never throws on random text and always tiles the tokens', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'aZ. !?”"\n\r’U') })), (s) => {
      sentences(s);
    }),
    { numRuns: 200 },
  );
  assert.equal(sentences('word '.repeat(20_000)).length, 1);
  assert.equal(sentences('.'.repeat(100_000)).length, 1);
});
