import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predicateOf, predicatesIn } from './predicates';

test('event words map to their class, whole words only', () => {
  assert.deepEqual(predicatesIn('The minister resigned after the ferry capsized, officials said.'), ['resign', 'collapse', 'say']);
  assert.deepEqual(predicatesIn('A warm warehouse; she warned nobody.'), ['say']);
  assert.equal(predicateOf('conflict'), 'war');
  assert.equal(predicateOf('war'), 'war');
  assert.equal(predicateOf('warm'), undefined);
});

test('multi-word phrases win over their first word', () => {
  assert.deepEqual(predicatesIn('The troops pulled out in May.'), ['withdraw']);
  assert.deepEqual(predicatesIn('He stepped down on Friday.'), ['resign']);
});
