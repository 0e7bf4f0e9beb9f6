import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SparseWeights } from './sparse-weights';

// Three features over T = 3 tags; the middle one has no non-zero weight and is left out.
const keys = Uint32Array.from([0xdeadbeef, 7, 0x80000000]);
const weights = Int16Array.from([5, 0, -3, 0, 0, 0, 0, 32767, -32768]);

test('adds exactly the non-zero weights of a known feature, nothing for others', () => {
  const table = SparseWeights.build(keys, weights, 3);
  const emit = new Float64Array(6);
  table.add(0xdeadbeef, emit, 0);
  table.add(0x80000000, emit, 3);
  table.add(7, emit, 0);
  table.add(12345, emit, 0);
  assert.deepEqual([...emit], [5, 0, -3, 0, 32767, -32768]);
  assert.equal(table.entries.length, 4);
});

test('stored arrays are checked before use', () => {
  const table = SparseWeights.build(keys, weights, 3);
  assert.ok(SparseWeights.fromArrays(table.slots, table.entries));
  assert.equal(SparseWeights.fromArrays(table.slots, table.entries.subarray(0, 2)), undefined, 'a slot points past the entries');
  assert.equal(SparseWeights.fromArrays(new Int32Array(6).fill(-1), table.entries), undefined, 'not a power of two');
  assert.equal(SparseWeights.fromArrays(new Int32Array([1, 1, 2, 1]), table.entries), undefined, 'no empty slot: lookups would not end');
});
