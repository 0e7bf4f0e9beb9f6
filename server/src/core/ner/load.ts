// Building the recogniser from model bytes. Pure: the caller reads the file (see
// server/src/node/recognizer-file.ts for Node) and hands the bytes in.
import { ArticleRecognizer } from './article';
import { FEATURES_VERSION } from './features';
import { decodeModel, storedChecksum } from './model-file';
import type { EntityRecognizer } from './recognizer';
import { Tagger } from './tagger';

/** Throws a clear Error only when the bytes are not a valid model file. */
export function loadRecognizer(bytes: Uint8Array): EntityRecognizer {
  const tagger = loadTagger(bytes); // validates the bytes first
  return new ArticleRecognizer(modelId(bytes), tagger);
}

export function loadTagger(bytes: Uint8Array): Tagger {
  const file = decodeModel(bytes);
  if (file.header.features !== FEATURES_VERSION) {
    throw new Error(`entity model was trained with feature set v${file.header.features}, this build extracts v${FEATURES_VERSION}: retrain (npm run train:ner)`);
  }
  return new Tagger(file.model, file.header.tags);
}

/** Name plus content hash: part of every analysis cache key. */
export function modelId(bytes: Uint8Array): string {
  return `ner-perceptron-${storedChecksum(bytes).toString(16).padStart(8, '0')}`;
}
