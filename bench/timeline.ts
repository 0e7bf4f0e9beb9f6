// Where a server's indexing run spends its wall time: starts the real server on a corpus (cold,
// or warm from a cache made first) and prints a timeline of what it reports (progress, logs,
// status) with the CPU seconds each of its threads had used by then (/proc/<pid>/task).
// A diagnostic tool beside the benchmark, not part of it.
//   node --import tsx bench/timeline.ts [conll|mix-N|samples] [--cold] [--storage DIR]
// --storage keeps the cache and snapshot in DIR (made by the first warm run, reused after).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { indexFolder } from './lsp-bench';
import { ROOT, conllCorpus, mixCorpus } from './make-corpora';
import { startServer } from '../test/server/lsp-client';

const args = process.argv.slice(2);
const storageAt = args.indexOf('--storage');
const keep = storageAt >= 0 ? args[storageAt + 1] : undefined;
const name = args.find((a, i) => !a.startsWith('--') && (storageAt < 0 || i !== storageAt + 1)) ?? 'conll';
const TICKS = 100;

function threads(pid: number): { main: number; others: number; rssMB: number } {
  let main = 0;
  let others = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(f[11]) + Number(f[12])) / TICKS;
      if (Number(tid) === pid) main += cpu;
      else others += cpu;
    }
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { main, others, rssMB: rss ? Number(rss[1]) / 1024 : NaN };
  } catch {
    return { main: NaN, others: NaN, rssMB: NaN };
  }
}

(async () => {
  const folder = name === 'conll' ? conllCorpus() : name === 'samples' ? path.join(ROOT, 'samples') : mixCorpus(Number(name.replace(/^mix-/, '')));
  const articles = readdirSync(folder).filter((n) => n.endsWith('.txt')).length;
  const storage = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'crosscheck-timeline-'));
  try {
    if (!args.includes('--cold') && !(keep && existsSync(keep) && readdirSync(keep).length)) {
      const warmup = await indexFolder(folder, storage, articles);
      await warmup.server.stop();
    }
    const t0 = performance.now();
    const server = await startServer(folder, {}, { storagePath: storage });
    const pid = server.child.pid!;
    const line = (what: string) => {
      const t = threads(pid);
      console.log(`${((performance.now() - t0) / 1000).toFixed(2).padStart(7)} s  main ${t.main.toFixed(2).padStart(6)}  other threads ${t.others.toFixed(2).padStart(6)} CPU-s  rss ${t.rssMB.toFixed(0).padStart(5)} MB  ${what}`);
    };
    let seen = { progress: 0, logs: 0, statuses: 0 };
    let lastPercent = -10;
    const timer = setInterval(() => line('(tick)'), 1000);
    await server.waitFor('indexing done', () => {
      for (; seen.progress < server.progress.length; seen.progress++) {
        const p = server.progress[seen.progress];
        if (p.percentage === undefined || p.percentage >= lastPercent + 10 || p.kind !== 'report') {
          if (p.percentage !== undefined) lastPercent = p.percentage;
          line(`progress ${p.kind} ${p.message ?? ''}`);
        }
      }
      for (; seen.logs < server.logs.length; seen.logs++) line(`log ${server.logs[seen.logs]}`);
      for (; seen.statuses < server.statuses.length; seen.statuses++) line(`status ${JSON.stringify(server.statuses[seen.statuses])}`);
      return server.statuses.find((s) => !s.indexing && !s.restoring && s.articles === articles);
    }, 30 * 60_000);
    clearInterval(timer);
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(f[11]) + Number(f[12])) / TICKS;
      if (cpu > 0.05) console.log(`  thread ${tid} ${readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()}: ${cpu.toFixed(2)} CPU-s`);
    }
    line(`done; ${server.diagnostics.size} documents with diagnostics`);
    await server.stop();
  } finally {
    if (!keep) rmSync(storage, { recursive: true, force: true });
  }
})();
