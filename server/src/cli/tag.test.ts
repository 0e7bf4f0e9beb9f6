import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagConll } from './tag';
import { loadTagger } from '../core/ner/load';
import { shippedModelBytes } from '../core/testing/test-model';
import type { EntityRecognizer } from '../core/ner/recognizer';

const input = ['-DOCSTART- -X- O O', '', 'Angela NNP I-NP I-PER', 'Merkel NNP I-NP I-PER', 'visited VBD I-VP O', 'France NNP I-NP I-LOC', '. . O O', ''].join('\n');

test('appends one IOB2 tag per token line and keeps blank and -DOCSTART- lines as they are', () => {
  const out = tagConll(input, loadTagger(shippedModelBytes())).split('\n');
  assert.deepEqual(out, ['-DOCSTART- -X- O O', '', 'Angela NNP I-NP I-PER B-PER', 'Merkel NNP I-NP I-PER I-PER', 'visited VBD I-VP O O', 'France NNP I-NP I-LOC B-LOC', '. . O O O', '']);
});

test('any EntityRecognizer works: its character spans are mapped back to tokens', () => {
  const fake: EntityRecognizer = {
    id: 'fake',
    recognize: (text) => {
      const start = text.indexOf('Merkel');
      return start < 0 ? [] : [{ start, end: start + 6, type: 'person', text: 'Merkel', confidence: 1 }];
    },
  };
  const out = tagConll(input, fake).split('\n');
  assert.deepEqual(out.slice(2, 5), ['Angela NNP I-NP I-PER O', 'Merkel NNP I-NP I-PER B-PER', 'visited VBD I-VP O O']);
});
