import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DecodeBuffers, scoreSentence, type LinearModel } from './decode';
import { MAX_WORD_FEATURES, prepareDocument, TagHistory, wordFeatures, type PreparedDocument } from './features';
import { mix } from './hash';
import { HashIndex } from './hash-index';
import { SparseWeights } from './sparse-weights';
import type { Transitions } from './viterbi';

const T = 5;
const docs = [
  [['Maria', 'Lopez', 'met', 'the', 'Acme', 'board', '.'], ['Lopez', 'said', 'Acme', 'would', 'grow', '.'], ['Yes', '.']],
  [['Acme', 'shares', 'rose', '3', '%', 'on', 'Monday', '.'], ['The', 'board', 'met', 'Maria', '.']],
];

/** Every feature of the documents (and a few the model lacks) with made-up int16 weights, some zero. */
function models(prepared: PreparedDocument[]): { dense: LinearModel; packed: LinearModel } {
  const set = new Set<number>();
  const words = new Uint32Array(MAX_WORD_FEATURES);
  for (const d of prepared) {
    for (const f of [...d.feats, ...d.typeFeats]) set.add(f);
    for (let ty = 0; ty < d.nTypes; ty++) for (const f of words.subarray(0, wordFeatures(d.wordTypes, ty, words, 0))) set.add(f);
  }
  const keys = Uint32Array.from([...set].filter((k) => k % 7 !== 0));
  const weights = new Int16Array(keys.length * T);
  for (let i = 0; i < weights.length; i++) weights[i] = i % 4 === 0 ? 0 : (mix(i, 99) % 2001) - 1000;
  const transitions = {} as Transitions;
  const dense: LinearModel = { T, index: HashIndex.fromKeys(keys), weights, transitions, labelOfTag: new Int32Array(T) };
  return { dense, packed: { ...dense, sparse: SparseWeights.build(keys, weights, T) } };
}

test('the packed table with remembered word and neighbour scores scores as the plain lookups do', () => {
  const prepared = docs.map((d) => prepareDocument(d, false));
  const { dense, packed } = models(prepared);
  const denseBuf = new DecodeBuffers();
  const packedBuf = new DecodeBuffers();
  // Twice over: the second pass takes every word's scores from what the first remembered.
  for (const pass of [1, 2]) {
    for (const doc of prepared) {
      const h1 = new TagHistory();
      const h2 = new TagHistory();
      for (let s = 0; s + 1 < doc.sentStarts.length; s++) {
        const n = scoreSentence(dense, doc, s, h1, denseBuf);
        const expected = [...denseBuf.emit.subarray(0, n * T)];
        assert.equal(scoreSentence(packed, doc, s, h2, packedBuf), n);
        assert.deepEqual([...packedBuf.emit.subarray(0, n * T)], expected, `pass ${pass}, sentence ${s}`);
        assert.ok(expected.some((x) => x !== 0));
        // Some history, so the dynamic features take part in the next sentences.
        const labels = Int32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
        h1.record(doc, s, labels);
        h2.record(doc, s, labels);
      }
    }
  }
});

test('training (types inline) and tagging prepare the same features, the word\'s own by wordFeatures', () => {
  const words = new Uint32Array(MAX_WORD_FEATURES);
  for (const d of docs) {
    const inline = prepareDocument(d, true);
    const tagging = prepareDocument(d, false);
    assert.equal(inline.nTypes, tagging.nTypes);
    for (let ty = 0; ty < inline.nTypes; ty++) {
      const own = [...words.subarray(0, wordFeatures(tagging.wordTypes, ty, words, 0))];
      const docPart = [...tagging.typeFeats.subarray(tagging.typeOffsets[ty], tagging.typeOffsets[ty + 1])];
      assert.equal(tagging.typeDocStarts[ty], tagging.typeOffsets[ty]);
      assert.deepEqual([...inline.typeFeats.subarray(inline.typeOffsets[ty], inline.typeOffsets[ty + 1])], [...own, ...docPart]);
      assert.equal(inline.typeDocStarts[ty] - inline.typeOffsets[ty], own.length);
    }
    for (let t = 0; t < inline.n; t++) {
      const ty = inline.typeOf[t];
      const context = [...tagging.feats.subarray(tagging.offsets[t], tagging.offsets[t + 1])];
      const own = [...inline.typeFeats.subarray(inline.typeOffsets[ty], inline.typeOffsets[ty + 1])];
      assert.deepEqual([...inline.feats.subarray(inline.offsets[t], inline.offsets[t + 1])], [...context, ...own]);
    }
  }
});
