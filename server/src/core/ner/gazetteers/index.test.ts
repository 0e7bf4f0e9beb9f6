import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../features';
import { firstWordHash, GAZETTEERS, matchGazetteers } from './index';

/** "word:list/POS" for every gazetteer hit in the words. */
function hits(sentence: string): string[] {
  const words = sentence.split(' ');
  const codes = matchGazetteers(words.map((w) => w.toLowerCase()));
  return words.flatMap((w, i) => codes[i].map((c) => `${w}:${GAZETTEERS[c >> 2][0]}/${'BILU'[c & 3]}`));
}

test('multi-word entries are marked Begin/Inside/Last, single words Unit', () => {
  assert.deepEqual(hits('talks in Bosnia and Herzegovina'), ['Bosnia:country/B', 'and:country/I', 'Herzegovina:country/L']);
  assert.deepEqual(hits('the International Monetary Fund met'), [
    'International:org/B', 'International:orgsuffix/U', 'Monetary:org/I', 'Fund:org/L', 'Fund:orgsuffix/U',
  ]);
});

test('matching ignores case, so headlines in capitals still hit', () => {
  assert.deepEqual(hits('GERMANY BEATS FRANCE'), ['GERMANY:country/U', 'FRANCE:country/U']);
  assert.deepEqual(hits(''), []);
});

test('the tagger\'s lower-form hash is firstWordHash, so its filter of first words drops no match', () => {
  const words = ['Bosnia', 'and', 'Herzegovina', 'G7', '1996-08-22', 'Zürich', 'NEW', 'York', 'qzxv'];
  const doc = prepareDocument([words], false, false);
  const types = doc.wordTypes;
  for (let ty = 0; ty < doc.nTypes; ty++) assert.equal(types.hL[ty], firstWordHash(types.lowerCase[ty]));
  const keys = Array.from(doc.typeOf, (ty) => types.lowerCase[ty]);
  assert.deepEqual(matchGazetteers(keys, doc.typeOf, doc.nTypes, types.hL), matchGazetteers(keys));
});
