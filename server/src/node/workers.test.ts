import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEVER_CANCELLED } from '../core/api';
import type { DocumentInput } from '../core/model';
import { analyzeDocument } from '../core/pipeline';
import { MarkedRecognizer } from '../core/testing/fixture';
import { AnalysisCache } from './cache';
import { loadDefaultRecognizer } from './recognizer-file';
import { Analyzer, mapInOrder } from './workers';
import { sourceWorkerScript } from './workers-source';

const TEXTS = [
  'Ferry sinks off Kallin\nThe ferry sank on 3 March, killing 27 people, the Lake Rescue Service said.',
  'Divers searched for 11 missing people on Monday, Mayor Ana Ruiz said in Vessick.',
  '“We will not stop,” said Ines Marwick. About 112 passengers were on board.',
];
/** As data: a property set to undefined and a missing one are the same analysis. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const inputs: DocumentInput[] = TEXTS.map((text, i) => ({ uri: `file:///story/${i}.txt`, text, version: 1 }));

test('worker threads give exactly the analyses the main thread gives', async () => {
  const recognizer = loadDefaultRecognizer();
  const analyzer = new Analyzer({ recognizer, threads: 1, script: sourceWorkerScript() });
  try {
    const got = await Promise.all(inputs.map((input) => analyzer.analyze(input)));
    assert.deepEqual(got, plain(inputs.map((input) => analyzeDocument(input, recognizer, NEVER_CANCELLED))));
    assert.deepEqual(analyzer.stats, { cached: 0, inWorkers: 3, inMainThread: 0, cancelled: 0 });
  } finally {
    await analyzer.dispose();
  }
});

test('a helping main thread takes short queued articles itself, with the same analyses; long ones go to the workers', async () => {
  const recognizer = loadDefaultRecognizer();
  const analyzer = new Analyzer({ recognizer, threads: 1, mainThreadHelps: true, script: sourceWorkerScript() });
  const long: DocumentInput = { uri: 'file:///story/long.txt', text: `${TEXTS.join('\n\n')}\n\n`.repeat(60), version: 1 };
  const many = [...inputs, long, ...inputs.map((input) => ({ ...input, uri: input.uri.replace('.txt', '-again.txt') }))];
  try {
    // The worker is still loading when the main thread's first turn comes: it takes the first job.
    const got = await Promise.all(many.map((input) => analyzer.analyze(input)));
    assert.deepEqual(plain(got), plain(many.map((input) => analyzeDocument(input, recognizer, NEVER_CANCELLED))));
    assert.equal(analyzer.stats.inWorkers + analyzer.stats.inMainThread, many.length);
    assert.ok(analyzer.stats.inMainThread >= 1, JSON.stringify(analyzer.stats));
    assert.ok(analyzer.stats.inWorkers >= 1, 'the long article is left to the worker');
  } finally {
    await analyzer.dispose();
  }
  // Cancelled while queued, before the main thread's turn (the worker is still loading).
  const fresh = new Analyzer({ recognizer, threads: 1, mainThreadHelps: true, script: sourceWorkerScript() });
  try {
    let cancelled = false;
    const pending = fresh.analyze(inputs[0], { get isCancellationRequested() { return cancelled; } });
    cancelled = true;
    assert.equal(await pending, undefined, 'a job cancelled while queued is not analysed');
    assert.deepEqual(fresh.stats, { cached: 0, inWorkers: 0, inMainThread: 0, cancelled: 1 });
  } finally {
    await fresh.dispose();
  }
});

test('idle workers stop, and start again when work comes', async () => {
  const recognizer = loadDefaultRecognizer();
  const analyzer = new Analyzer({ recognizer, threads: 1, script: sourceWorkerScript(), idleMs: 10 });
  try {
    await analyzer.analyze(inputs[0]);
    assert.equal(analyzer.threadsRunning, 1);
    while (analyzer.threadsRunning > 0) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(await analyzer.analyze(inputs[1]), plain(analyzeDocument(inputs[1], recognizer, NEVER_CANCELLED)));
    assert.deepEqual(analyzer.stats, { cached: 0, inWorkers: 2, inMainThread: 0, cancelled: 0 });
  } finally {
    await analyzer.dispose();
  }
});

test('warmed-up workers are running before work comes, take it when it does, and stop when none does', async () => {
  const recognizer = loadDefaultRecognizer();
  const analyzer = new Analyzer({ recognizer, threads: 2, script: sourceWorkerScript(), idleMs: 50 });
  try {
    analyzer.warmUp();
    assert.equal(analyzer.threadsRunning, 2);
    assert.deepEqual(await analyzer.analyze(inputs[0]), plain(analyzeDocument(inputs[0], recognizer, NEVER_CANCELLED)));
    assert.deepEqual(analyzer.stats, { cached: 0, inWorkers: 1, inMainThread: 0, cancelled: 0 });
    assert.equal(analyzer.threadsRunning, 2, 'no more workers than the pool holds');
    while (analyzer.threadsRunning > 0) await new Promise((r) => setTimeout(r, 10));
    analyzer.warmUp();
    assert.equal(analyzer.threadsRunning, 2);
    while (analyzer.threadsRunning > 0) await new Promise((r) => setTimeout(r, 10)); // unused: they stop
  } finally {
    await analyzer.dispose();
  }
});

test('released workers stop at once, not after the idle wait, and start again when work comes', async () => {
  const recognizer = loadDefaultRecognizer();
  const analyzer = new Analyzer({ recognizer, threads: 1, script: sourceWorkerScript(), idleMs: 60_000 });
  try {
    await analyzer.analyze(inputs[0]);
    assert.equal(analyzer.threadsRunning, 1);
    analyzer.release();
    assert.equal(analyzer.threadsRunning, 0);
    assert.deepEqual(await analyzer.analyze(inputs[1]), plain(analyzeDocument(inputs[1], recognizer, NEVER_CANCELLED)));
    assert.deepEqual(analyzer.stats, { cached: 0, inWorkers: 2, inMainThread: 0, cancelled: 0 });
  } finally {
    await analyzer.dispose();
  }
});

test('workers with another model than the main thread are not used: the main thread analyses', async () => {
  const recognizer = new MarkedRecognizer(); // the workers load the shipped model instead
  const logs: string[] = [];
  const analyzer = new Analyzer({ recognizer, threads: 1, script: sourceWorkerScript(), log: (m) => logs.push(m) });
  try {
    const got = await Promise.all(inputs.map((input) => analyzer.analyze(input)));
    assert.deepEqual(got, inputs.map((input) => analyzeDocument(input, recognizer, NEVER_CANCELLED)));
    assert.deepEqual(analyzer.stats, { cached: 0, inWorkers: 0, inMainThread: 3, cancelled: 0 });
    assert.ok(logs.some((l) => /model/.test(l)), logs.join('\n'));
  } finally {
    await analyzer.dispose();
  }
});

test('a worker script that cannot start falls back to the main thread', async () => {
  const recognizer = new MarkedRecognizer();
  const logs: string[] = [];
  const analyzer = new Analyzer({ recognizer, threads: 1, script: { file: 'throw new Error("no worker here")', eval: true }, log: (m) => logs.push(m) });
  try {
    const got = await analyzer.analyze(inputs[0]);
    assert.deepEqual(got, analyzeDocument(inputs[0], recognizer, NEVER_CANCELLED));
    assert.equal(analyzer.stats.inMainThread, 1);
    assert.ok(logs.length > 0);
  } finally {
    await analyzer.dispose();
  }
});

test('the cache answers a second run; cancelled work is not done', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-workers-'));
  const recognizer = new MarkedRecognizer();
  const cache = () => new AnalysisCache({ dir, modelId: recognizer.id, codeId: 'test' });
  try {
    const first = new Analyzer({ recognizer, threads: 0, cache: cache() });
    const analysed = await Promise.all(inputs.map((input) => first.analyze(input)));
    await first.dispose();
    const second = new Analyzer({ recognizer, threads: 0, cache: cache() });
    assert.deepEqual(await Promise.all(inputs.map((input) => second.analyze(input))), plain(analysed));
    assert.deepEqual(second.stats, { cached: 3, inWorkers: 0, inMainThread: 0, cancelled: 0 });
    const edited = { ...inputs[0], text: inputs[0].text.replace('27', '23') };
    assert.equal(await second.analyze(edited, { isCancellationRequested: true }), undefined);
    assert.equal(second.stats.cancelled, 1);
    assert.equal((await second.analyze(edited))?.text, edited.text, 'an edited text is analysed, not taken from the cache');
    assert.equal(second.stats.inMainThread, 1);
    await second.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('held cache writes wait for writeHeld, then give the same analyses back, and make no tokens again', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-workers-'));
  const recognizer = loadDefaultRecognizer();
  const cache = () => new AnalysisCache({ dir, modelId: recognizer.id, codeId: 'test' });
  try {
    const written = cache();
    const first = new Analyzer({ recognizer, threads: 1, mainThreadHelps: true, script: sourceWorkerScript(), cache: written });
    first.holdWrites();
    const got = await Promise.all(inputs.map((input) => first.analyze(input)));
    assert.equal(written.stats.writes, 0, 'nothing is written while held');
    first.writeHeld();
    assert.equal(written.stats.writes, 3);
    // Their tokens are the text's tokenization: encoding them did not make them again.
    for (const a of got) assert.ok(Object.getOwnPropertyDescriptor(a, 'tokens')?.get, `${a!.uri}: tokens still lazy`);
    await first.dispose();
    const second = new Analyzer({ recognizer, threads: 0, cache: cache() });
    assert.deepEqual(plain(await Promise.all(inputs.map((input) => second.analyze(input)))), plain(got));
    assert.deepEqual(second.stats, { cached: 3, inWorkers: 0, inMainThread: 0, cancelled: 0 });
    await second.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('held cache writes past the limit are written as they come; dispose writes what is held', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-workers-'));
  const recognizer = new MarkedRecognizer();
  const cache = () => new AnalysisCache({ dir, modelId: recognizer.id, codeId: 'test' });
  try {
    const small = cache();
    const limited = new Analyzer({ recognizer, threads: 0, cache: small, heldCharsMax: 1 });
    limited.holdWrites();
    for (const input of inputs) await limited.analyze(input);
    assert.equal(small.stats.writes, 3, 'each write went past the limit');
    await limited.dispose();
    rmSync(dir, { recursive: true, force: true });
    const held = cache();
    const disposed = new Analyzer({ recognizer, threads: 0, cache: held });
    disposed.holdWrites();
    for (const input of inputs) await disposed.analyze(input);
    assert.equal(held.stats.writes, 0);
    await disposed.dispose();
    assert.equal(held.stats.writes, 3, 'dispose wrote them');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mapInOrder applies results in the items’ order whatever order they finish in', async () => {
  const gates = [0, 1, 2, 3].map(() => {
    let open!: () => void;
    const promise = new Promise<void>((r) => (open = r));
    return { promise, open };
  });
  const applied: number[] = [];
  const run = mapInOrder([0, 1, 2, 3], 4, async (i) => {
    await gates[i].promise;
    return i * 10;
  }, (r) => applied.push(r));
  for (const i of [3, 1, 2]) gates[i].open();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(applied, [], 'nothing before the first is done');
  gates[0].open();
  await run;
  assert.deepEqual(applied, [0, 10, 20, 30]);
});
