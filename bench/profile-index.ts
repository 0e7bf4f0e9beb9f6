// Where the cross-source index rebuild spends its time: buildIndex over a corpus's analyses,
// timed (median of runs) and profiled.
//   node --import tsx bench/profile-index.ts [conll|mix-N ...] [--runs 3] [--top 30]
import { buildIndex } from '../server/src/core/index/cross-index';
import { analysesOf } from './analyses';
import { formatSummary, profile } from './cpu-profile';
import { conllCorpus, mixCorpus } from './make-corpora';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const corpora = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const runs = flag('runs', 3);
const top = flag('top', 30);

(async () => {
  for (const name of corpora.length ? corpora : ['conll']) {
    const dir = name === 'conll' ? conllCorpus() : mixCorpus(Number(name.replace(/^mix-/, '')));
    const docs = await analysesOf(dir);
    const config = { severities: {}, today: '2026-01-01' };
    const times: number[] = [];
    let index = buildIndex(docs, config);
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      index = buildIndex(docs, config);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`\n== ${name}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.mentions.length, 0)} mentions`);
    console.log(`buildIndex median ${times[times.length >> 1].toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`entities ${index.entities.length}, facts ${index.facts.length}, fact pairs ${index.factPairs.length}, findings ${index.findings.length}`);
    console.log(formatSummary(await profile(() => void buildIndex(docs, config)), top));
  }
})();
