import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll } from './conll';

test('groups sentences into documents at -DOCSTART- and keeps each token line number', () => {
  const text = ['-DOCSTART- -X- O O', '', 'Alpha NNP I-NP I-ORG', 'rose VBD I-VP O', '', '-DOCSTART- -X- O O', '', 'Beta NNP I-NP I-PER', ''].join('\n');
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences[0], { words: ['Alpha', 'rose'], tags: ['I-ORG', 'O'], lines: [2, 3] });
  assert.deepEqual(docs[1].sentences[0].words, ['Beta']);
});

test('text without -DOCSTART- is one document; CRLF and bare tokens are accepted', () => {
  const docs = parseConll('a O\r\nb\r\n\r\nc O\r\n');
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0].sentences.map((s) => s.words), [['a', 'b'], ['c']]);
  assert.deepEqual(docs[0].sentences[0].tags, ['O', 'O']);
  assert.deepEqual(parseConll(''), []);
});
