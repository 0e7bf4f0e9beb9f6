// Where the per-document analysis spends its time: analyzeDocument over the first articles of
// (b), as `analysisTokensPerSecond` measures it, timed in CPU and wall time (median of rounds)
// and profiled; the tagger alone beside it.
//   node --import tsx bench/profile-analysis.ts [--articles 400] [--rounds 5] [--top 40] [--no-profile]
import { NEVER_CANCELLED } from '../server/src/core/api';
import { analyzeDocument } from '../server/src/core/pipeline';
import { splitSentences } from '../server/src/core/text/sentences';
import { tokenize } from '../server/src/core/text/tokenize';
import { loadDefaultRecognizer } from '../server/src/node/recognizer-file';
import { formatSummary, profile } from './cpu-profile';
import { conllCorpus, readCorpus } from './make-corpora';
import { timed } from './throughput';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const articles = flag('articles', 400);
const rounds = flag('rounds', 5);
const top = flag('top', 40);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

(async () => {
  const recognizer = loadDefaultRecognizer();
  const texts = readCorpus(conllCorpus()).map((f) => f.text).slice(0, articles);
  const prepared = texts.map((text) => {
    const tokens = tokenize(text);
    return { text, tokens, sentences: splitSentences(text, tokens) };
  });
  const tokens = prepared.reduce((n, p) => n + p.tokens.length, 0);
  const analyseAll = () => {
    for (const [i, text] of texts.entries()) analyzeDocument({ uri: `file:///bench/${i}.txt`, text, version: 1 }, recognizer, NEVER_CANCELLED);
  };
  const tagAll = () => {
    for (const p of prepared) recognizer.recognize(p.text, p.tokens, p.sentences);
  };
  const runs = { analysis: [] as Array<{ wall: number; cpu: number }>, tagger: [] as Array<{ wall: number; cpu: number }> };
  for (let r = -1; r < rounds; r++) {
    const a = timed(analyseAll);
    const t = timed(tagAll);
    if (r < 0) continue;
    runs.analysis.push(a);
    runs.tagger.push(t);
  }
  const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toLocaleString('en');
  console.log(`${texts.length} articles, ${tokens} tokens, ${rounds} rounds`);
  for (const [name, list] of Object.entries(runs)) {
    console.log(`${name.padEnd(9)} ${rate(median(list.map((x) => x.cpu)))} tokens/CPU-s  ${rate(median(list.map((x) => x.wall)))} tokens/s wall  (CPU ms: ${list.map((x) => x.cpu.toFixed(0)).join(', ')})`);
  }
  if (args.includes('--no-profile')) return;
  const summary = await profile(() => {
    for (let r = 0; r < 3; r++) analyseAll();
  });
  console.log(formatSummary(summary, top));
  console.log('by self time');
  const pct = (t: number) => `${((100 * t) / summary.totalMs).toFixed(1).padStart(5)}%`;
  for (const [l, self] of [...summary.functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(self)}  ${l}`);
})();
