import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked, texts } from './fixture';
import { compareQuotes, findQuotes } from './quotes';

/** The marked spans are the quoted words (inner spans); the outer span adds the marks. */
function expectQuotes(fixture: string): void {
  const { text, spans, all } = marked(fixture);
  const found = findQuotes(text, all);
  assert.deepEqual(found.map((q) => q.text), texts(text, spans));
  assert.deepEqual(found.map((q) => q.inner), spans);
  for (const q of found) {
    assert.ok(q.start < q.inner.start && q.inner.end <= q.end, 'marks around the words');
    assert.equal(q.text, text.slice(q.inner.start, q.inner.end));
  }
}

test('curly, straight and low-nine quotes', () => {
  expectQuotes('He called it “[[a sound step]]” and left; she said "[[we will stay]]" and „[[nein]]“.');
});

test('single quotes quote only around words; apostrophes are not quotes', () => {
  expectQuotes('Officials called it ‘[[premature]]’ and \'[[unwise]]\'.');
  expectQuotes('The minister’s plan, they don’t agree, the ’80s, rock ’n’ roll, the ministers’ talks.');
});

test('nested quotes are both reported, outer first', () => {
  const t = '“They called him ‘a friend’ then,” she said.';
  const found = findQuotes(t, { start: 0, end: t.length });
  assert.deepEqual(found.map((q) => q.text), ['They called him ‘a friend’ then,', 'a friend']);
});

test('a double quote left open ends at the end of its line', () => {
  expectQuotes('“[[The first paragraph of a long quote]]\n“[[The second part,]]” he said.');
  expectQuotes('He said "[[this never ends]]  \nNext line.');
});

test('scare quotes of one word count', () => {
  expectQuotes('A "[[friend]]" of the town, a “[[partner]]”.');
});

test('only the given range is read', () => {
  const t = '“one” and “two”';
  const found = findQuotes(t, { start: 6, end: t.length });
  assert.deepEqual(found.map((q) => [q.text, q.start]), [['two', 10]]);
});

test('compareQuotes: same words up to case and punctuation are equal', () => {
  assert.deepEqual(compareQuotes('We will stay.', 'we will stay'), { similarity: 1, agreement: 'equal' });
});

test('compareQuotes: articles and plurals do not matter', () => {
  const r = compareQuotes('partners in the campaign against corruption', 'a partner in the campaign against corruption');
  assert.equal(r.agreement, 'compatible');
  assert.equal(r.similarity, 1);
});

test('compareQuotes: a partial quote is compatible with the full one', () => {
  assert.equal(compareQuotes('partner', 'a reliable partner in trade').agreement, 'compatible');
});

test('compareQuotes: different wording is a conflict with a low similarity', () => {
  const r = compareQuotes('a brave choice', 'a reckless choice');
  assert.equal(r.agreement, 'conflict');
  assert.equal(r.similarity, 0.5);
  assert.equal(compareQuotes('far-sighted', 'wise gamble').agreement, 'conflict');
  assert.equal(compareQuotes('', 'words').agreement, 'unknown');
});
