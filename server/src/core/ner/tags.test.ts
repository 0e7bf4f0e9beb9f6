import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iob2, spansFromTags, tagSet, tagsFromSpans, transitionMasks } from './tags';

const spans = (tags: string) => spansFromTags(tags.split(' ')).map((s) => `${s.type}:${s.start}-${s.end}`);

test('reads IOB1 as CoNLL-2003 writes it: I- starts an entity, B- only splits two of one type', () => {
  assert.deepEqual(spans('I-ORG O I-MISC O I-PER I-PER B-PER O'), ['ORG:0-1', 'MISC:2-3', 'PER:4-6', 'PER:6-7']);
  assert.deepEqual(spans('I-LOC I-ORG'), ['LOC:0-1', 'ORG:1-2']);
});

test('reads IOB2 and BILOU the same way', () => {
  assert.deepEqual(spans('B-PER I-PER O B-LOC'), ['PER:0-2', 'LOC:3-4']);
  assert.deepEqual(spans('B-PER L-PER U-PER U-LOC'), ['PER:0-2', 'PER:2-3', 'LOC:3-4']);
});

test('writes spans back in either scheme', () => {
  const s = [{ start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'PER' }];
  assert.deepEqual(iob2(s, 4), ['B-PER', 'I-PER', 'B-PER', 'O']);
  assert.deepEqual(tagsFromSpans(s, 4, 'BILOU'), ['B-PER', 'L-PER', 'U-PER', 'O']);
});

test('transition masks forbid an I- that does not continue its own type', () => {
  for (const scheme of ['BIO', 'BILOU'] as const) {
    const tags = tagSet(scheme);
    const { start, trans } = transitionMasks(tags);
    const T = tags.length;
    const ok = (a: string, b: string) => trans[tags.indexOf(a) * T + tags.indexOf(b)] === 1;
    assert.equal(start[tags.indexOf('I-PER')], 0);
    assert.equal(ok('B-PER', 'I-PER'), true);
    assert.equal(ok('B-PER', 'I-ORG'), false);
    assert.equal(ok('O', 'I-PER'), false);
  }
  const tags = tagSet('BILOU');
  const { trans, end } = transitionMasks(tags);
  const ok = (a: string, b: string) => trans[tags.indexOf(a) * tags.length + tags.indexOf(b)] === 1;
  assert.equal(ok('B-LOC', 'O'), false, 'BILOU: an open entity must be closed by L-');
  assert.equal(ok('L-LOC', 'U-PER'), true);
  assert.equal(end[tags.indexOf('B-LOC')], 0);
});
