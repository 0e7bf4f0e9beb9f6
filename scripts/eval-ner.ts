// Scores the shipped entity model on CoNLL-2003 with the shared conlleval-style scorer.
//   npm run eval:ner               -> test.txt (the reported figure)
//   npm run eval:ner -- --dev      -> dev.txt
//   npm run eval:ner -- --model /tmp/x.bin --keep /tmp/pred.txt
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTagger } from '../server/src/core/ner/load';
import { tagConll } from '../server/src/cli/tag';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const shared = path.join(root, '..', 'shared');
const split = args.includes('--dev') ? 'dev' : 'test';
const modelPath = flag('model', path.join(root, 'models', 'ner.bin'));
const input = path.join(shared, 'data', 'conll2003', `${split}.txt`);

const t0 = performance.now();
const tagger = loadTagger(new Uint8Array(readFileSync(modelPath)));
const t1 = performance.now();
const predicted = tagConll(readFileSync(input, 'utf8'), tagger);
const t2 = performance.now();
const out = flag('keep', path.join(mkdtempSync(path.join(os.tmpdir(), 'ner-eval-')), `${split}.pred.txt`));
writeFileSync(out, predicted);
console.log(`${split}.txt tagged with ${path.relative(root, modelPath)} (load ${(t1 - t0).toFixed(0)} ms, tag ${(t2 - t1).toFixed(0)} ms)`);
process.stdout.write(execFileSync(process.execPath, [path.join(shared, 'tools', 'conll-score.mjs'), out], { encoding: 'utf8' }));
