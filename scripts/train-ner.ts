// Trains the entity tagger on CoNLL-2003 train.txt, reports development-set scores and
// writes the model file. Deterministic: the same data, flags and seed give the same bytes.
//   npm run train:ner                      -> models/ner.bin (the shipped model)
//   npm run train:ner -- --limit-sentences 500 --epochs 1 --mix 1 --out /tmp/x.bin   (CI smoke run)
// Never reads test.txt.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseConll, type ConllDocument } from '../server/src/core/ner/conll';
import { FEATURES_VERSION, normalizeToken } from '../server/src/core/ner/features';
import { gazetteerFingerprint } from '../server/src/core/ner/gazetteers';
import { encodeModel } from '../server/src/core/ner/model-file';
import { loadTagger } from '../server/src/core/ner/load';
import { spansFromTags, type Scheme } from '../server/src/core/ner/tags';
import { mixModels, train, type TrainingDocument } from '../server/src/core/ner/train';
import { Tagger } from '../server/src/core/ner/tagger';
import { formatScores, scoreSpans, f1 } from '../server/src/core/ner/evaluate';
import { tagSet } from '../server/src/core/ner/tags';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const has = (name: string): boolean => args.includes(`--${name}`);

const dataDir = flag('data', path.join(root, '..', 'shared', 'data', 'conll2003'));
const epochs = Number(flag('epochs', '10'));
const limit = Number(flag('limit-sentences', '0'));
const scheme = flag('scheme', 'BILOU') as Scheme;
const seed = Number(flag('seed', '1'));
const minCount = Number(flag('min-count', '1'));
const mix = Number(flag('mix', '3'));
const out = flag('out', path.join(root, 'models', 'ner.bin'));
const evalEvery = has('eval-every');

function toTraining(docs: ConllDocument[]): TrainingDocument[] {
  return docs.map((d) => ({
    sentences: d.sentences.map((s) => s.words.map(normalizeToken)),
    spans: d.sentences.map((s) => spansFromTags(s.tags)),
  }));
}

function limitSentences(docs: ConllDocument[], max: number): ConllDocument[] {
  if (!max) return docs;
  const outDocs: ConllDocument[] = [];
  let left = max;
  for (const d of docs) {
    if (left <= 0) break;
    const sentences = d.sentences.slice(0, left);
    left -= sentences.length;
    outDocs.push({ sentences });
  }
  return outDocs;
}

const t0 = Date.now();
const trainDocs = limitSentences(parseConll(readFileSync(path.join(dataDir, 'train.txt'), 'utf8')), limit);
const devDocs = parseConll(readFileSync(path.join(dataDir, 'dev.txt'), 'utf8'));
const devGold = devDocs.flatMap((d) => d.sentences.map((s) => spansFromTags(s.tags)));
const tags = tagSet(scheme);

const evaluateDev = (tagger: Tagger): ReturnType<typeof scoreSpans> => {
  const pred = devDocs.flatMap((d) => tagger.tagDocument(d.sentences.map((s) => s.words)));
  return scoreSpans(devGold, pred);
};

// Parameter mixing: `mix` models on differently shuffled data (seeds seed, seed+1, …), averaged.
const training = toTraining(trainDocs);
const models = Array.from({ length: mix }, (_, k) =>
  train(training, {
    epochs,
    scheme,
    seed: seed + k,
    minCount,
    log: (m) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] model ${k + 1}/${mix}: ${m}`),
    onEpoch: evalEvery
      ? (epoch, averaged) => console.error(`  dev F1 after epoch ${epoch}: ${f1(evaluateDev(new Tagger(averaged(), tags)).overall).f.toFixed(2)}`)
      : undefined,
  }),
);
const model = mixModels(models);
const bytes = encodeModel({
  model,
  header: {
    tags,
    scale: 1,
    gazetteers: gazetteerFingerprint(),
    features: FEATURES_VERSION,
    trainedWith: { data: 'conll2003/train.txt', sentences: trainDocs.reduce((n, d) => n + d.sentences.length, 0), epochs, scheme, seed, minCount, mix },
  },
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, bytes);
// Score what was written (quantised), not the in-memory weights.
console.log(formatScores(evaluateDev(loadTagger(bytes))).replace(/^/gm, 'dev '));
console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB)`);
