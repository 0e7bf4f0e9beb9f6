// The per-document analyses of a generated corpus, made once (worker threads) and kept in an
// analysis cache under bench/corpora/.cache, so index benchmarks and profiles start at once.
import path from 'node:path';
import type { DocumentAnalysis } from '../server/src/core/model';
import { AnalysisCache, analysisCodeId } from '../server/src/node/cache';
import { loadDefaultRecognizer } from '../server/src/node/recognizer-file';
import { Analyzer, mapInOrder } from '../server/src/node/workers';
import { sourceWorkerScript } from '../server/src/node/workers-source';
import { CORPORA, readCorpus } from './make-corpora';

export async function analysesOf(dir: string, threads?: number): Promise<DocumentAnalysis[]> {
  const recognizer = loadDefaultRecognizer();
  const cache = new AnalysisCache({ dir: path.join(CORPORA, '.cache'), modelId: recognizer.id, codeId: analysisCodeId()! });
  const analyzer = new Analyzer({ recognizer, threads, script: sourceWorkerScript(), cache });
  const files = readCorpus(dir);
  const out: DocumentAnalysis[] = [];
  try {
    await mapInOrder(files, 64, (f) => analyzer.analyze({ uri: `file://${path.join(dir, f.name)}`, text: f.text, version: 1 }), (a) => out.push(a!));
  } finally {
    await analyzer.dispose();
  }
  return out;
}
