// Where the language server spends its time: indexes a corpus (warm from a cache made first, or cold),
// runs the latency measures against it with the server under --cpu-prof, and summarises that
// profile. A diagnostic tool beside the benchmark, not part of it.
//   node --import tsx bench/profile-server.ts [conll|mix-N|samples] [--edits 10] [--top 40] [--index-only] [--cold]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatSummary, summarise } from './cpu-profile';
import { indexFolder, measureLatencies } from './lsp-bench';
import { ROOT, conllCorpus, longCorpus, mixCorpus } from './make-corpora';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const name = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'mix-500';

(async () => {
  const folder = name === 'conll' ? conllCorpus() : name === 'samples' ? path.join(ROOT, 'samples') : mixCorpus(Number(name.replace(/^mix-/, '')));
  const articles = readdirSync(folder).filter((n) => n.endsWith('.txt')).length;
  const storage = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-profile-'));
  const profiles = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cpuprofile-'));
  try {
    if (!args.includes('--cold')) {
      const warmup = await indexFolder(folder, storage, articles);
      await warmup.server.stop();
    }
    // --cpu-prof is not allowed in NODE_OPTIONS: a preload profiles the server process instead.
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(__dirname, 'cpu-prof-preload.cjs')}`;
    process.env.CROSSCHECK_CPU_PROFILE_DIR = profiles;
    const { run, server } = await indexFolder(folder, storage, articles);
    delete process.env.NODE_OPTIONS;
    delete process.env.CROSSCHECK_CPU_PROFILE_DIR;
    console.log(`${args.includes('--cold') ? 'cold' : 'warm'} index of ${articles} articles: ${run.seconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(1)} s CPU`);
    if (!args.includes('--index-only')) {
      const latency = await measureLatencies(server, { edits: flag('edits', 10), requests: flag('requests', 30), longArticle: path.join(longCorpus(), 'long.txt') });
      console.log(JSON.stringify(latency, null, 1));
    }
    // The profile is written as the process exits: let it exit by itself (stop() kills it).
    const exited = new Promise((r) => server.child.once('exit', r));
    await server.conn.sendRequest('shutdown');
    await server.conn.sendNotification('exit');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    await server.stop();
    for (const f of readdirSync(profiles)) {
      console.log(`\n${f}`);
      console.log(formatSummary(summarise(JSON.parse(readFileSync(path.join(profiles, f), 'utf8'))), flag('top', 40)));
    }
  } finally {
    rmSync(storage, { recursive: true, force: true });
    rmSync(profiles, { recursive: true, force: true });
  }
})();
