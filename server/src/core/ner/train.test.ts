import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mixModels, train, type TrainingDocument } from './train';
import { encodeModel } from './model-file';
import { loadTagger } from './load';
import { FEATURES_VERSION } from './features';
import { gazetteerFingerprint } from './gazetteers';
import { spansFromTags, tagSet } from './tags';

// A toy corpus: invented names in a few sentence patterns, written "word/TAG" (IOB1, as CoNLL).
const people = ['Orla/I-PER Penhale/I-PER', 'Tavi/I-PER Brendt/I-PER', 'Ines/I-PER Quarrow/I-PER', 'Milo/I-PER Farrant/I-PER'];
const firms = ['Velcor/I-ORG', 'Quindle/I-ORG', 'Arbuton/I-ORG', 'Stellic/I-ORG'];
function corpus(): TrainingDocument[] {
  return people.map((p, i) => {
    const f = firms[i];
    const lines = [`${p} joined/O ${f} in/O Lisbon/I-LOC ./O`, `${f} shares/O rose/O ,/O ${p} said/O ./O`, `The/O ${f} board/O met/O on/O Monday/O ./O`];
    const pairs = lines.map((l) => l.split(' ').map((wt) => wt.split('/')));
    return { sentences: pairs.map((s) => s.map(([w]) => w)), spans: pairs.map((s) => spansFromTags(s.map(([, t]) => t))) };
  });
}

function trainBytes(): Uint8Array {
  const model = train(corpus(), { epochs: 3, scheme: 'BILOU', seed: 7, minCount: 1 });
  return encodeModel({
    model,
    header: { tags: tagSet('BILOU'), scale: 1, gazetteers: gazetteerFingerprint(), features: FEATURES_VERSION, trainedWith: {} },
  });
}

test('training is deterministic: the same data and seed give the same bytes', () => {
  assert.deepEqual(trainBytes(), trainBytes());
});

test('a trained model tags its own training patterns back', () => {
  const tagger = loadTagger(trainBytes());
  const [spans] = tagger.tagDocument([['Orla', 'Penhale', 'joined', 'Velcor', 'in', 'Lisbon', '.']]);
  assert.deepEqual(spans.map((s) => `${s.type}:${s.start}-${s.end}`), ['PER:0-2', 'ORG:3-4', 'LOC:5-6']);
});

test('mixing models averages their weights feature by feature', () => {
  const a = train(corpus(), { epochs: 2, scheme: 'BIO', seed: 1, minCount: 1 });
  const b = train(corpus(), { epochs: 2, scheme: 'BIO', seed: 2, minCount: 1 });
  const mixed = mixModels([a, b]);
  const keys = a.index.keysByRow();
  for (const r of [0, 5, keys.length - 1]) {
    const rm = mixed.index.get(keys[r]);
    const rb = b.index.get(keys[r]);
    for (let j = 0; j < a.T; j++) {
      const expected = (a.weights[r * a.T + j] + (rb >= 0 ? b.weights[rb * a.T + j] : 0)) / 2;
      assert.ok(Math.abs(mixed.weights[rm * a.T + j] - expected) < 1e-9);
    }
  }
  assert.equal(mixModels([a]), a);
});
