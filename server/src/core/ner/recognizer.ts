// The seam between the core and whatever finds names in text. The trained tagger
// (server/src/core/ner/perceptron) implements it; tests may pass a small fake.
import type { EntityType, Sentence, Span, Token } from '../model';

export type NameType = Extract<EntityType, 'person' | 'organization' | 'place' | 'misc' | 'event'>;

export interface NameSpan extends Span {
  type: NameType;
  text: string;
  /** 0..1 where the recogniser can tell; 1 otherwise. */
  confidence: number;
}

export interface EntityRecognizer {
  /** Identifies the model (name + content hash): part of every cache key. */
  readonly id: string;
  /**
   * Names in the text. `tokens`/`sentences` come from server/src/core/text; spans must be
   * snapped to the name itself (no leading title, no trailing punctuation or possessive).
   * Must never throw.
   */
  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameSpan[];
}
