// A worker thread of the analysis pool (bundled to dist/workers.js): loads the entity model once,
// then analyses the documents it is sent and answers with the analysis as a cache entry string
// (server/src/node/cache.ts), which the main thread decodes and may store as it is.
import { parentPort } from 'node:worker_threads';
import { NEVER_CANCELLED } from '../core/api';
import { analyzeDocument } from '../core/pipeline';
import type { EntityRecognizer } from '../core/ner/recognizer';
import { encodeAnalysis } from './cache';
import { loadDefaultRecognizer } from './recognizer-file';
import type { WorkerAnswer, WorkerJob } from './workers';

const port = parentPort;
if (port) {
  let recognizer: EntityRecognizer | undefined;
  try {
    recognizer = loadDefaultRecognizer();
    port.postMessage({ kind: 'ready', modelId: recognizer.id } satisfies WorkerAnswer);
  } catch (e) {
    port.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) } satisfies WorkerAnswer);
  }
  port.on('message', (job: WorkerJob) => {
    if (!recognizer) return;
    let answer: WorkerAnswer;
    try {
      const analysis = analyzeDocument({ uri: job.uri, text: job.text, version: job.version }, recognizer, NEVER_CANCELLED)!;
      answer = { kind: 'done', id: job.id, entry: encodeAnalysis(analysis, job.key) };
    } catch (e) {
      answer = { kind: 'error', id: job.id, message: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(answer);
  });
}
