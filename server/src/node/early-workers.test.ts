import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEVER_CANCELLED } from '../core/api';
import type { DocumentInput } from '../core/model';
import { analyzeDocument } from '../core/pipeline';
import { MarkedRecognizer } from '../core/testing/fixture';
import { earlyWorkersWaiting, startEarlyWorkers } from './early-workers';
import { loadDefaultRecognizer } from './recognizer-file';
import { Analyzer } from './workers';
import { sourceWorkerScript } from './workers-source';

const inputs: DocumentInput[] = [
  'The ferry sank on 3 March, killing 27 people, the Lake Rescue Service said.',
  'Divers searched for 11 missing people on Monday, Mayor Ana Ruiz said in Vessick.',
].map((text, i) => ({ uri: `file:///story/${i}.txt`, text, version: 1 }));
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Polls until `probe` holds (never a fixed sleep). */
async function until(what: string, probe: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('a pool takes the worker started early, with what it said before, and gives the same analyses', async () => {
  const recognizer = loadDefaultRecognizer();
  startEarlyWorkers(sourceWorkerScript(), 1);
  // It has loaded and said so before any pool exists: that answer must reach the pool.
  await until('the early worker to be ready', () => earlyWorkersWaiting()[0]?.answers === 1);
  const analyzer = new Analyzer({ recognizer, threads: 1, script: sourceWorkerScript() });
  try {
    const got = await Promise.all(inputs.map((input) => analyzer.analyze(input)));
    assert.deepEqual(earlyWorkersWaiting(), [], 'taken, not left waiting');
    assert.equal(analyzer.threadsRunning, 1, 'and no second worker started');
    assert.deepEqual(got, plain(inputs.map((input) => analyzeDocument(input, recognizer, NEVER_CANCELLED))));
    assert.deepEqual(analyzer.stats, { cached: 0, inWorkers: 2, inMainThread: 0, cancelled: 0 });
  } finally {
    await analyzer.dispose();
  }
});

test('an early worker that failed before it was taken: the pool says why and the main thread analyses', async () => {
  const recognizer = new MarkedRecognizer();
  const broken = { file: 'throw new Error("no worker here")', eval: true };
  startEarlyWorkers(broken, 1);
  await until('the early worker to end', () => earlyWorkersWaiting()[0]?.ended === true);
  const logs: string[] = [];
  const analyzer = new Analyzer({ recognizer, threads: 1, script: broken, log: (m) => logs.push(m) });
  try {
    assert.deepEqual(await analyzer.analyze(inputs[0]), analyzeDocument(inputs[0], recognizer, NEVER_CANCELLED));
    assert.equal(analyzer.stats.inMainThread, 1);
    assert.ok(logs.some((l) => l.includes('no worker here')), logs.join('\n'));
    assert.deepEqual(earlyWorkersWaiting(), []);
  } finally {
    await analyzer.dispose();
  }
});

test('early workers no pool takes stop after the wait', async () => {
  startEarlyWorkers(sourceWorkerScript(), 1, 50);
  assert.equal(earlyWorkersWaiting().length, 1);
  await until('the untaken worker to stop', () => earlyWorkersWaiting().length === 0);
});
