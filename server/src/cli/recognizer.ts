// The default entity model, or a clear exit-2 message when it is missing or corrupt.
import type { EntityRecognizer } from '../core/ner/recognizer';
import { loadDefaultRecognizer } from '../node/recognizer-file';
import { FatalError } from './io';

export function defaultRecognizerOrFail(): EntityRecognizer {
  try {
    return loadDefaultRecognizer();
  } catch (err) {
    throw new FatalError(`cannot load the entity model: ${err instanceof Error ? err.message : String(err)} (run 'npm run build')`);
  }
}
