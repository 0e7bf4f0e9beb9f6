import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStore, serializeStore } from './jsonl';
import { actionOf, createAnnotation, reviewAnnotationId, type Action } from './model';
import { fromCodePoints, positionSelector, resourceFor, toCodePoints } from './selectors';

const TEXT = 'Officials in Dunmore said 12 people were hurt. The Red Cross sent a team.';
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const target = (words: string) => resourceFor('news/a.txt', TEXT, span(words));
const stamp = (id: string) => ({ id, now: '2025-03-01T10:00:00.000Z', creator: { type: 'Person', name: 'Reviewer' } });

const ACTIONS: Array<[string, Action, string]> = [
  ['entity', { kind: 'entity', type: 'place' }, 'Dunmore'],
  ['not-entity', { kind: 'not-entity' }, 'Officials'],
  ['merge', { kind: 'merge', other: resourceFor('news/b.txt', 'See the Red Cross.', { start: 8, end: 17 }) }, 'Red Cross'],
  ['split', { kind: 'split', from: target('Dunmore') }, 'Red Cross'],
  ['verdict', { kind: 'verdict', verdict: 'disputed', note: 'Hospital says 9' }, '12 people were hurt'],
  ['review', { kind: 'review', findingId: 'quantity-mismatch:0123abcd', note: 'checked with the desk' }, '12'],
  ['note', { kind: 'note', text: 'Ask the council for minutes' }, 'The Red Cross sent a team.'],
];

test('every action survives the store round trip, one sorted line per annotation', () => {
  const list = ACTIONS.map(([id, action, words]) => createAnnotation(action, target(words), stamp(`urn:uuid:${id}`)));
  const text = serializeStore(list);
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, ACTIONS.length);
  assert.deepEqual(lines.map((l) => JSON.parse(l).id), [...list.map((a) => a.id)].sort());
  const back = parseStore(text);
  assert.deepEqual(back.errors, []);
  for (const [id, action] of ACTIONS) {
    const a = back.annotations.find((x) => x.id === `urn:uuid:${id}`)!;
    assert.deepEqual(actionOf(a), action, id);
    assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(a.creator?.name, 'Reviewer');
  }
  assert.equal(serializeStore(back.annotations), text, 'parse then serialise changes nothing');
});

test('each line is W3C JSON-LD with a quote and a position selector', () => {
  const a = createAnnotation({ kind: 'note', text: 'x' }, target('12 people'), stamp('urn:uuid:1'));
  const json = JSON.parse(serializeStore([a]));
  assert.deepEqual(Object.keys(json), ['@context', 'id', 'type', 'motivation', 'body', 'target', 'creator', 'created', 'modified']);
  assert.deepEqual(json.target.selector[0], { type: 'TextQuoteSelector', exact: '12 people', prefix: 'Officials in Dunmore said ', suffix: ' were hurt. The Red Cross sent a' });
  assert.deepEqual(json.target.selector[1], { type: 'TextPositionSelector', start: 26, end: 35 });
});

test('malformed lines are reported with their number and kept verbatim; the rest load', () => {
  const good = serializeStore([createAnnotation({ kind: 'note', text: 'fine' }, target('Dunmore'), stamp('urn:uuid:ok'))]).trimEnd();
  const text = [good, '{"id": "x", "motivation": "commenting"', '', '[1,2]', '{"id":"y","motivation":"commenting","target":{"source":"a.txt","selector":[]}}'].join('\n');
  const { annotations, errors } = parseStore(text);
  assert.deepEqual(annotations.map((a) => a.id), ['urn:uuid:ok']);
  assert.deepEqual(errors.map((e) => e.line), [2, 4, 5]);
  assert.equal(errors[0].raw, '{"id": "x", "motivation": "commenting"');
  assert.match(errors[0].message, /not JSON/);
  assert.match(errors[2].message, /TextQuoteSelector/);
});

test('hand-written shorthand (single body, single selector, no type) is accepted', () => {
  const line = JSON.stringify({
    id: 'urn:x:1', motivation: 'commenting', body: { type: 'TextualBody', value: 'hi' },
    target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'Dunmore' } }, modified: '2025-01-01',
  });
  const { annotations, errors } = parseStore(line);
  assert.deepEqual(errors, []);
  assert.deepEqual(actionOf(annotations[0]), { kind: 'note', text: 'hi' });
  assert.equal(annotations[0].created, '2025-01-01');
});

test('two lines with one id (a git merge kept both): the later modified wins', () => {
  const older = createAnnotation({ kind: 'note', text: 'old' }, target('Dunmore'), { id: 'urn:uuid:n', now: '2025-01-01T00:00:00Z' });
  const later = { ...older, body: [{ type: 'TextualBody' as const, value: 'new', purpose: 'commenting' }], modified: '2025-02-01T00:00:00Z' };
  const text = serializeStore([later]) + serializeStore([older]);
  assert.deepEqual(actionOf(parseStore(text).annotations[0]), { kind: 'note', text: 'new' });
});

test('reviews of one finding share an id; other tools’ annotations read as no action', () => {
  assert.equal(reviewAnnotationId('date-mismatch:ab12'), 'urn:crosscheck:review:date-mismatch:ab12');
  const foreign = createAnnotation({ kind: 'note', text: 'x' }, target('Dunmore'), stamp('urn:1'));
  assert.equal(actionOf({ ...foreign, motivation: 'bookmarking' }), undefined);
});

test('positions count code points, as the W3C model does', () => {
  const text = 'A 😀 face and Dunmore';
  const at = text.indexOf('Dunmore');
  const p = positionSelector(text, { start: at, end: at + 7 });
  assert.deepEqual([p.start, p.end], [at - 1, at + 6]);
  assert.equal(fromCodePoints(text, p.start), at);
  assert.equal(toCodePoints(text, text.length), [...text].length);
});
