import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates, compareNames, compareWords, initialsOf, looksLikeAcronym, normalizeName, translitKey } from './names';

test('normalisation drops possessives, diacritics, a leading "the" and punctuation', () => {
  assert.equal(normalizeName('The Bundestag’s'), 'bundestag');
  assert.equal(normalizeName('Gündoğdu'), 'gundogdu');
  assert.equal(normalizeName('  São   Paulo '), 'sao paulo');
});

test('romanisation alternations are transliterations', () => {
  for (const [a, b] of [
    ['Matvey', 'Matvei'], ['Alexey', 'Alexei'], ['Gennady', 'Gennadi'], ['Mikhail', 'Mihail'],
    ['Romanoff', 'Romanov'], ['Yevgeny', 'Yevgeniy'], ['Ghani', 'Gani'], ['Youssef', 'Yussef'],
  ]) assert.equal(compareWords(a, b), 'transliteration', `${a} / ${b}`);
});

test('different names and similar places stay different', () => {
  for (const [a, b] of [
    ['Mauritania', 'Mauritius'], ['Khorystan', 'Kiristan'], ['Austria', 'Australia'],
    ['Ivan', 'Iván Petrov'], ['Hal', 'Ghalib'], ['Slovenia', 'Slovakia'], ['Niger', 'Nigeria'],
  ]) assert.equal(compareNames(a, b), 'different', `${a} / ${b}`);
  assert.notEqual(translitKey('Iran'), translitKey('Iraq'));
});

test('whole names compare token by token', () => {
  assert.equal(compareNames('Matvey Petrov', 'Matvei Petrov'), 'transliteration');
  assert.equal(compareNames('Anna Petrova', 'anna petrova'), 'identical');
  assert.equal(compareNames('Anna Petrova', 'Maria Petrova'), 'different');
});

test('segment abbreviations and initials', () => {
  assert.ok(abbreviates('ABC-K', 'ABC-Kestrel'));
  assert.ok(abbreviates('J. Smith', 'John Smith'));
  assert.ok(!abbreviates('ABC-K', 'ABC-Lima'));
  assert.ok(!abbreviates('John Smith', 'John Smith'));
  assert.equal(initialsOf('East-West Power Link'), 'ewpl');
  assert.equal(initialsOf('Organisation for Economic Co-operation and Development'), 'oecd');
});

test('an acronym has two to eight Latin letters, all capitals but at most one', () => {
  const yes = ['NATO', 'U.S.', 'UNESCOs', 'EU', 'ABCDEFGH', 'F.B.I.'];
  const no = ['Nato', 'A', 'ABCDEFGHI', 'GmbH', 'McDonald', 'ÉÉ', '12', ''];
  assert.deepEqual(yes.filter((t) => !looksLikeAcronym(t)), []);
  assert.deepEqual(no.filter(looksLikeAcronym), []);
});
