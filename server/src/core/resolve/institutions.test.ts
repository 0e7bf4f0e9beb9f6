import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findInstitutions, institutionKey, leadingPortfolioLength } from './institutions';

test('ministry variants share one key', () => {
  const want = { jurisdiction: 'france', body: 'foreign ministry' };
  for (const s of ['French Foreign Ministry', 'France’s foreign ministry', 'the French Ministry of Foreign Affairs',
    'French Ministry of Foreign Affairs', "France's Foreign Affairs Ministry"]) {
    assert.deepEqual(institutionKey(s), want, s);
  }
  assert.deepEqual(institutionKey('Ministry of Defense'), { jurisdiction: undefined, body: 'defence ministry' });
  assert.notDeepEqual(institutionKey('Brazilian Foreign Ministry'), want);
  assert.equal(institutionKey('Acme Holdings'), undefined);
});

test('lower-case institution names after a country are found', () => {
  const text = 'Officials said Kenya’s health ministry would respond, and the city council agreed.';
  const found = findInstitutions(text, { start: 0, end: text.length }).map((m) => m.text);
  assert.deepEqual(found, ['Kenya’s health ministry']);
});

test('a name before the country is not swallowed', () => {
  const text = 'On Monday Chile’s foreign ministry said so.';
  assert.deepEqual(findInstitutions(text, { start: 0, end: text.length }).map((m) => m.text), ['Chile’s foreign ministry']);
});

test('capitalised "Ministry of …" forms are found with their jurisdiction', () => {
  const text = 'The Kenyan Ministry of Health said so; Acme Ministry of Silly Walks did not, nor did the Ministry of Defence.';
  assert.deepEqual(findInstitutions(text, { start: 0, end: text.length }).map((m) => m.text),
    ['Kenyan Ministry of Health', 'Ministry of Silly Walks', 'Ministry of Defence']);
});

test('the portfolio in front of a name after "Minister of" is measured', () => {
  assert.equal(leadingPortfolioLength('Transport Ana Ruiz'), 'Transport '.length);
  assert.equal(leadingPortfolioLength('Foreign Affairs Ana Ruiz'), 'Foreign Affairs '.length);
  assert.equal(leadingPortfolioLength('Ana Ruiz'), 0);
});
