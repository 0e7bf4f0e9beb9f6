import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../model';
import { applyConstraints, type ConstrainedNode, type NodeGroup } from './constraints';

const node = (key: string): ConstrainedNode => {
  const [uri, id] = key.split('#');
  return { uri, mention: { id, start: 0, end: 1, type: 'person', text: id, source: 'model' } as Mention };
};
const groups = (...gs: string[][]): Array<NodeGroup<string>> => gs.map((keys) => ({ nodes: keys.map(node), reasons: new Set(['auto']) }));
const shape = (out: Array<NodeGroup<string>>) =>
  out.map((g) => g.nodes.map((n) => `${n.uri}#${n.mention.id}`).sort().join(' ')).sort();

test('a must-link joins two entities and records the user as the reason', () => {
  const out = applyConstraints(groups(['a#m1', 'a#m2'], ['b#m1']), { mustLink: [['a#m1', 'b#m1']], cannotLink: [] }, 'user');
  assert.deepEqual(shape(out), ['a#m1 a#m2 b#m1']);
  assert.ok(out[0].reasons?.has('user'));
});

test('a cannot-link takes the mention out of the shared entity, and only that mention', () => {
  const out = applyConstraints(groups(['a#m1', 'a#m2', 'b#m1']), { mustLink: [], cannotLink: [['a#m2', 'b#m1']] }, 'user');
  assert.deepEqual(shape(out), ['a#m1 b#m1', 'a#m2']);
});

test('a must-link that would undo a split is ignored; unknown keys are ignored', () => {
  const out = applyConstraints(groups(['a#m1', 'b#m1'], ['c#m1']), {
    mustLink: [['a#m1', 'c#m1'], ['x#m9', 'a#m1']],
    cannotLink: [['c#m1', 'b#m1']],
  }, 'user');
  assert.deepEqual(shape(out), ['a#m1 b#m1', 'c#m1']);
});

test('a split mention can be merged with another entity', () => {
  const out = applyConstraints(groups(['a#m1', 'a#m2', 'b#m1'], ['c#m1']), {
    mustLink: [['a#m2', 'c#m1']],
    cannotLink: [['a#m2', 'b#m1']],
  }, 'user');
  assert.deepEqual(shape(out), ['a#m1 b#m1', 'a#m2 c#m1']);
});
