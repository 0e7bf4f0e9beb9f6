import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from './line-index';

test('LF, CRLF and lone CR each end a line', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  for (const [word, line] of [['ab', 0], ['cd', 1], ['ef', 2], ['gh', 3]] as const) {
    const at = text.indexOf(word);
    assert.deepEqual(idx.position(at), { line, character: 0 });
    assert.equal(idx.offset({ line, character: 1 }), at + 1);
    assert.equal(idx.lineText(line), word);
  }
});

test('characters count UTF-16 code units, so an astral emoji counts two', () => {
  const text = 'x 😀 Name';
  const idx = new LineIndex(text);
  assert.deepEqual(idx.position(text.indexOf('Name')), { line: 0, character: 5 });
});

test('out-of-range positions clamp instead of throwing', () => {
  const idx = new LineIndex('one\ntwo');
  assert.deepEqual(idx.position(999), { line: 1, character: 3 });
  assert.equal(idx.offset({ line: 9, character: 0 }), 7);
  assert.equal(idx.offset({ line: 0, character: 99 }), 3);
  assert.equal(new LineIndex('').lineCount, 1);
});
