import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURES_VERSION } from './features';
import { gazetteerFingerprint } from './gazetteers';
import { loadRecognizer } from './load';
import { decodeModel } from './model-file';
import { shippedModelBytes } from '../testing/test-model';

test('the shipped model matches this build: same feature set, same gazetteers', () => {
  const { header } = decodeModel(shippedModelBytes());
  assert.equal(header.features, FEATURES_VERSION);
  assert.equal(header.gazetteers, gazetteerFingerprint(), 'gazetteers changed since the model was trained: npm run train:ner');
  assert.deepEqual(header.tags.slice(0, 3), ['O', 'B-PER', 'I-PER']);
});

test('a damaged or foreign file is refused with a clear error', () => {
  const good = shippedModelBytes();
  assert.throws(() => loadRecognizer(good.subarray(0, good.length - 100)), /corrupt entity model file: checksum/);
  const flipped = good.slice();
  flipped[good.length >> 1] ^= 0xff;
  assert.throws(() => loadRecognizer(flipped), /corrupt entity model file/);
  assert.throws(() => loadRecognizer(new TextEncoder().encode('{"not":"a model"} padding padding')), /bad magic/);
  assert.throws(() => loadRecognizer(new Uint8Array(0)), /too short/);
});

test('loads from a view at any byte offset', () => {
  const good = shippedModelBytes();
  const shifted = new Uint8Array(good.length + 3);
  shifted.set(good, 3);
  assert.equal(loadRecognizer(shifted.subarray(3)).id, loadRecognizer(good).id);
});
