// Single-core throughput on the same text, measured in the same run so the ratios hold on a
// noisy machine: the whole per-document analysis, the entity tagger alone, `compromise` (the
// peer) and a bare regular-expression word split (the floor). The peer does what our analysis
// does: names (people, places, organisations), figures, quotations and dates (compromise-dates,
// its date plugin, which extends compromise for the whole process). Every rate counts our tokenizer's
// tokens of the text it ran over, so the four are comparable. Rounds interleave the four
// measures (load that comes and goes hits them alike); each figure is the median over rounds,
// in wall-clock time and, beside it, in the CPU time this thread got. Our code is measured as it
// ships: bundled by esbuild (shippedCore), not as tsx runs the sources.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { CORPORA, ROOT } from './make-corpora';

type Core = typeof import('./shipped-core');

/** bench/shipped-core.ts bundled as scripts/build.mjs bundles the server (no source map, which only the debugger reads). */
export function shippedCore(): Core {
  const outfile = path.join(CORPORA, '.bundle', 'core.cjs');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'bench', 'shipped-core.ts')], outfile,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
    supported: { 'regexp-unicode-property-escapes': true },
  });
  delete require.cache[outfile];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Core;
}

export interface Rate {
  /** Tokens per wall-clock second (median over rounds). */
  tokensPerSecond: number;
  /** Tokens per second of CPU time this process used (median over rounds). */
  tokensPerCpuSecond: number;
}

export interface Throughput {
  articles: number;
  tokens: number;
  /** Articles and tokens given to compromise (it is slow: a slice of the same text). */
  compromiseArticles: number;
  compromiseTokens: number;
  rounds: number;
  analysis: Rate;
  tagger: Rate;
  /** compromise extracting what our analysis extracts: names, figures, quotations, dates. */
  compromise: Rate;
  plainTokenizer: Rate;
}

interface View { out(f: string): unknown }
interface NlpDoc { people(): View; places(): View; organizations(): View; numbers(): View; quotations(): View; dates(): View }
interface Nlp { (text: string): NlpDoc; extend(plugin: unknown): Nlp }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall and CPU milliseconds of one run of `fn`. */
export function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** The floor: words and punctuation marks by one regular expression, nothing else. */
export function plainSplit(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) n++;
  return n;
}

/** `model`: the tagger's weights (models/ner.bin), loaded by the bundled code. */
export function measureThroughput(texts: readonly string[], model: Uint8Array, opts: { rounds: number; compromiseArticles: number }): Throughput {
  const { NEVER_CANCELLED, analyzeDocument, loadRecognizer, splitSentences, tokenize } = shippedCore();
  const recognizer = loadRecognizer(model);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = (require('compromise') as Nlp).extend(require('compromise-dates'));
  const prepared = texts.map((text) => {
    const tokens = tokenize(text);
    return { text, tokens, sentences: splitSentences(text, tokens) };
  });
  const tokens = prepared.reduce((n, p) => n + p.tokens.length, 0);
  const slice = prepared.slice(0, opts.compromiseArticles);
  const sliceTokens = slice.reduce((n, p) => n + p.tokens.length, 0);

  type Run = { wall: number; cpu: number };
  const runs = { analysis: [] as Run[], tagger: [] as Run[], compromise: [] as Run[], plain: [] as Run[] };
  const analyseAll = () => {
    for (const [i, p] of prepared.entries()) analyzeDocument({ uri: `file:///bench/${i}.txt`, text: p.text, version: 1 }, recognizer, NEVER_CANCELLED);
  };
  const tagAll = () => {
    for (const p of prepared) recognizer.recognize(p.text, p.tokens, p.sentences);
  };
  const compromiseSlice = () => {
    for (const p of slice) {
      const doc = nlp(p.text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.numbers().out('array');
      doc.quotations().out('array');
      doc.dates().out('array');
    }
  };
  let sink = 0;
  const splitAll = () => {
    for (const p of prepared) sink += plainSplit(p.text);
  };
  // One warm-up round (compilation), then the measured rounds.
  for (let r = -1; r < opts.rounds; r++) {
    const a = timed(analyseAll);
    const t = timed(tagAll);
    const c = timed(compromiseSlice);
    const s = timed(splitAll);
    if (r < 0) continue;
    runs.analysis.push(a);
    runs.tagger.push(t);
    runs.compromise.push(c);
    runs.plain.push(s);
  }
  if (sink < 0) throw new Error('unreachable');
  const rate = (list: Array<{ wall: number; cpu: number }>, n: number): Rate => ({
    tokensPerSecond: Math.round(n / (median(list.map((x) => x.wall)) / 1000)),
    tokensPerCpuSecond: Math.round(n / (median(list.map((x) => Math.max(x.cpu, 1e-3))) / 1000)),
  });
  return {
    articles: texts.length, tokens, compromiseArticles: slice.length, compromiseTokens: sliceTokens, rounds: opts.rounds,
    analysis: rate(runs.analysis, tokens),
    tagger: rate(runs.tagger, tokens),
    compromise: rate(runs.compromise, sliceTokens),
    plainTokenizer: rate(runs.plain, tokens),
  };
}
