// The per-document analyses of a generated corpus, made once (worker threads) and kept in an
// analysis cache under bench/corpora/.cache, so index benchmarks and profiles start at once.
// Only the current code's entries are kept: every change to the analysis code makes a new
// cache, and the old ones (hundreds of thousands of files after a day of work) slowed every
// tool that walks the tree, `vsce package` among them.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis } from '../server/src/core/model';
import { AnalysisCache, analysisCodeId } from '../server/src/node/cache';
import { loadDefaultRecognizer } from '../server/src/node/recognizer-file';
import { Analyzer, mapInOrder } from '../server/src/node/workers';
import { sourceWorkerScript } from '../server/src/node/workers-source';
import { CORPORA, readCorpus } from './make-corpora';

export async function analysesOf(dir: string, threads?: number): Promise<DocumentAnalysis[]> {
  const recognizer = loadDefaultRecognizer();
  const codeId = analysisCodeId()!;
  const cache = new AnalysisCache({ dir: currentCacheDir(`${codeId.slice(0, 16)}-${recognizer.id.slice(0, 16)}`), modelId: recognizer.id, codeId });
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

/** bench/corpora/.cache/<version>, with the folders of every other version removed. */
function currentCacheDir(version: string): string {
  const root = path.join(CORPORA, '.cache');
  let entries: string[] = [];
  try {
    entries = readdirSync(root);
  } catch {
    // no cache yet
  }
  for (const name of entries) if (name !== version) rmSync(path.join(root, name), { recursive: true, force: true });
  return path.join(root, version);
}
