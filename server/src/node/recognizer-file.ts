// Finding and loading the shipped entity model from disk, once per process.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadRecognizer } from '../core/ner/load';
import type { EntityRecognizer } from '../core/ner/recognizer';

let cached: EntityRecognizer | undefined;

/** Where models/ner.bin may be: beside the bundle (dist/ -> ../models) or in the source tree. */
export function modelCandidates(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return [
    process.env.CROSSCHECK_NER_MODEL ?? '',
    path.join(here, '..', 'models', 'ner.bin'), // dist/cli.js, dist/server.js
    path.join(here, '..', '..', '..', 'models', 'ner.bin'), // server/src/node/*.ts under tsx
    path.join(process.cwd(), 'models', 'ner.bin'),
  ].filter(Boolean);
}

/** The default recogniser; throws when no model file can be found or it is corrupt. */
export function loadDefaultRecognizer(): EntityRecognizer {
  if (cached) return cached;
  const file = modelCandidates().find((p) => existsSync(p));
  if (!file) throw new Error(`entity model not found; looked in: ${modelCandidates().join(', ')}`);
  cached = loadRecognizer(new Uint8Array(readFileSync(file)));
  return cached;
}
