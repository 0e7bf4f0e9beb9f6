// What one edit costs the cross-source index: build it over a corpus, then change a figure in
// one article again and again (as the edit-to-diagnostics benchmark does) and time each update,
// with the work counters (profiles re-resolved, documents whose facts were made again, rule units).
//   node --import tsx bench/profile-edit.ts [conll|mix-N] [--edits 20] [--doc NAME] [--profile] [--verify N]
// --verify N: N more edits of random articles, each compared with an index built from scratch.
import { NEVER_CANCELLED } from '../server/src/core/api';
import { LiveIndex } from '../server/src/core/index/live-index';
import { analyzeDocument } from '../server/src/core/pipeline';
import { loadDefaultRecognizer } from '../server/src/node/recognizer-file';
import { analysesOf } from './analyses';
import { formatSummary, profile } from './cpu-profile';
import { conllCorpus, mixCorpus } from './make-corpora';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'conll';
const edits = Number(flag('edits') ?? 20);

(async () => {
  const dir = corpus === 'conll' ? conllCorpus() : mixCorpus(Number(corpus.replace(/^mix-/, '')));
  const list = await analysesOf(dir);
  const docs = new Map(list.map((d) => [d.uri, d]));
  const recognizer = loadDefaultRecognizer();
  const live = new LiveIndex({ severities: {}, today: '2026-01-01' });
  let t = performance.now();
  const first = live.update(docs, []);
  console.log(`${corpus}: ${docs.size} documents; first build ${(performance.now() - t).toFixed(0)} ms, ${first.findings.length} findings`);
  // The article with the most figure findings, unless one is named.
  const counts = new Map<string, number>();
  for (const f of first.findings) if (f.rule === 'quantity-mismatch') counts.set(f.uri, (counts.get(f.uri) ?? 0) + 1);
  const wanted = flag('doc');
  const named = wanted ? [...docs.keys()].find((u) => u.endsWith(`/${wanted}`) || u.endsWith(`/${wanted}.txt`)) : undefined;
  if (wanted && !named) throw new Error(`--doc ${wanted}: no such article in ${corpus}`);
  const target = named ?? [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const finding = first.findings.find((f) => f.uri === target && f.rule === 'quantity-mismatch');
  const original = docs.get(target)!.text;
  const at = finding ? finding.start + (/\d/.exec(finding.text)?.index ?? 0) : original.search(/\d/);
  const digits = /^\d+/.exec(original.slice(at))?.[0] ?? '1';
  const times: number[] = [];
  const analysisTimes: number[] = [];
  const step = (i: number) => {
    const value = i % 2 === 0 ? String(Number(digits) * 3 + 7) : digits;
    const text = original.slice(0, at) + value + original.slice(at + digits.length);
    let t0 = performance.now();
    const a = analyzeDocument({ uri: target, text, version: i + 2 }, recognizer, NEVER_CANCELLED)!;
    analysisTimes.push(performance.now() - t0);
    docs.set(target, a);
    t0 = performance.now();
    live.update(docs, [target]);
    times.push(performance.now() - t0);
  };
  const before = { ...live.stats };
  for (let i = 0; i < edits; i++) step(i);
  const per = (k: keyof typeof before) => ((live.stats[k] - before[k]) / edits).toFixed(0);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const q = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1);
  console.log(`edited ${target.slice(target.lastIndexOf('/') + 1)} ("${digits}" ⇄ "${Number(digits) * 3 + 7}") ${edits} times`);
  console.log(`index update: median ${q(times, 0.5)} ms, p95 ${q(times, 0.95)} ms; re-analysis median ${q(analysisTimes, 0.5)} ms`);
  console.log(`per edit: ${per('resolvedProfiles')} profiles re-resolved, ${per('collectedDocuments')} documents' facts made, ${per('checkedUnits')} rule units checked`);
  if (args.includes('--profile')) console.log(formatSummary(await profile(() => { for (let i = 0; i < 10; i++) step(i); }), 30));
  const checks = Number(flag('verify') ?? 0);
  const uris = [...docs.keys()];
  const summary = (ix: ReturnType<LiveIndex['update']>) => JSON.stringify([
    ix.entities.map((e) => [e.id, e.type, e.name, e.aliases, e.mentions]), ix.factPairs.map((p) => [p.a.uri, p.a.seq, p.b.uri, p.b.seq, p.score]), ix.findings,
  ]);
  for (let i = 0; i < checks; i++) {
    const uri = uris[(i * 7919 + 13) % uris.length];
    const text = docs.get(uri)!.text;
    const paras = text.split('\n');
    const edited = i % 2 ? paras.filter((_, k) => k !== 1 + (i % Math.max(1, paras.length - 1))).join('\n') : text.replace(/\d+/, (d) => String(Number(d) + 1 + i));
    docs.set(uri, analyzeDocument({ uri, text: edited, version: 100 + i }, recognizer, NEVER_CANCELLED)!);
    const a = summary(live.update(docs, [uri]));
    const b = summary(new LiveIndex({ severities: {}, today: '2026-01-01' }).update(docs, []));
    console.log(`verify ${i + 1}/${checks} ${uri.slice(uri.lastIndexOf('/') + 1)}: ${a === b ? 'same as from scratch' : 'DIFFERENT'}`);
    if (a !== b) process.exitCode = 1;
  }
})();
