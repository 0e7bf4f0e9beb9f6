import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remembered } from './memo';

test('remembers answers, undefined ones too, and forgets all once full', () => {
  const calls: string[] = [];
  const upper = remembered((s: string) => {
    calls.push(s);
    return s.startsWith('x') ? undefined : s.toUpperCase();
  }, 3);
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(upper('x'), undefined);
  assert.equal(upper('x'), undefined);
  assert.deepEqual(calls, ['a', 'x'], 'each key computed once');
  upper('b');
  upper('c'); // full at 3: forgets a, x and b, then keeps c
  upper('a');
  assert.deepEqual(calls, ['a', 'x', 'b', 'c', 'a']);
});
