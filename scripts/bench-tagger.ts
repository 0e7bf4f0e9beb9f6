// Speed, load time and memory of the entity recogniser, and its speed ratio to `compromise`
// on the same text in the same run. A benchmark, not a test: figures depend on the machine.
//   node --expose-gc --import tsx scripts/bench-tagger.ts [--model models/ner.bin] [--rounds 5]
// Text: the CoNLL-2003 development set rebuilt as plain articles (one sentence per line).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConll } from '../server/src/core/ner/conll';
import { loadRecognizer } from '../server/src/core/ner/load';
import { tokenize } from '../server/src/core/text/tokenize';
import { splitSentences } from '../server/src/core/text/sentences';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const modelPath = flag('model', path.join(root, 'models', 'ner.bin'));
const rounds = Number(flag('rounds', '5'));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

const docs = parseConll(readFileSync(path.join(root, '..', 'shared', 'data', 'conll2003', 'dev.txt'), 'utf8'));
const articles = docs.map((d) => d.sentences.map((s) => s.words.join(' ')).join('\n'));

// Load time and memory.
const bytes = new Uint8Array(readFileSync(modelPath));
let t = performance.now();
const recognizer = loadRecognizer(bytes);
const firstLoad = performance.now() - t;
recognizer.recognize('Warm up the gazetteers.', tokenize('Warm up the gazetteers.'), splitSentences('Warm up the gazetteers.', tokenize('Warm up the gazetteers.')));
// Memory per loaded model: hold several copies and divide, so collector noise averages out.
gc();
const before = process.memoryUsage();
const held = Array.from({ length: 8 }, () => loadRecognizer(bytes));
gc();
const after = process.memoryUsage();
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  loadRecognizer(bytes);
  loads.push(performance.now() - t);
}
const modelMemory = (after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers)) / held.length;

// Prepare tokens once so the tagger is timed alone; the full path is timed separately.
const prepared = articles.map((text) => {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens) };
});
const tokenCount = prepared.reduce((n, p) => n + p.tokens.length, 0);

// Best of several rounds, in wall-clock and in this process's CPU time: on a shared machine
// the CPU time is the fairer "one core" figure (the wall clock includes waiting for a core).
function best(fn: () => void): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}
const tag = best(() => {
  for (const p of prepared) recognizer.recognize(p.text, p.tokens, p.sentences);
});
const full = best(() => {
  for (const text of articles) {
    const tokens = tokenize(text);
    recognizer.recognize(text, tokens, splitSentences(text, tokens));
  }
});
const rate = (ms: number): string => (tokenCount / (ms / 1000)).toFixed(0);

// compromise on a slice of the same text (it is slow), scaled per token.
let compromiseLine = 'compromise: not installed';
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
  const slice = articles.slice(0, 40);
  const sliceTokens = slice.reduce((n, a) => n + tokenize(a).length, 0);
  const c0 = process.cpuUsage();
  for (const a of slice) {
    const doc = nlp(a);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const c = process.cpuUsage(c0);
  const cps = sliceTokens / ((c.user + c.system) / 1e6);
  const ours = tokenCount / (full.cpu / 1000);
  compromiseLine = `compromise: ${cps.toFixed(0)} tokens per CPU-second on ${sliceTokens} tokens; ours (tokenize+split+recognize) is ${(ours / cps).toFixed(1)}x faster`;
} catch (e) {
  compromiseLine = `compromise: failed (${(e as Error).message})`;
}

console.log(`model ${path.relative(root, modelPath)}: ${mb(bytes.length)} on disk; in memory about ${mb(modelMemory)}`);
console.log(`load: first ${firstLoad.toFixed(0)} ms, then median ${loads.sort((a, b) => a - b)[2].toFixed(0)} ms`);
console.log(`text: ${articles.length} articles, ${tokenCount} tokens (CoNLL-2003 dev rebuilt as plain text)`);
console.log(`recognize (pre-tokenised): ${rate(tag.cpu)} tokens per CPU-second, ${rate(tag.wall)} tokens/s wall (best of ${rounds})`);
console.log(`tokenize + split + recognize: ${rate(full.cpu)} tokens per CPU-second, ${rate(full.wall)} tokens/s wall (best of ${rounds})`);
console.log(compromiseLine);
