import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from './io';
import { parseChoice, parseRuleSeverities, parseSize } from './options';

test('sizes in bytes or with a unit', () => {
  assert.equal(parseSize('5000000', '--max-file-size'), 5_000_000);
  assert.equal(parseSize('512k', '--max-file-size'), 512 * 1024);
  assert.equal(parseSize('5MB', '--max-file-size'), 5 * 1024 * 1024);
  assert.equal(parseSize('1.5m', '--max-file-size'), 1.5 * 1024 * 1024);
  for (const bad of ['', 'lots', '5 parsecs', '-1', '0']) {
    assert.throws(() => parseSize(bad, '--max-file-size'), UsageError, bad);
  }
});

test('rule severities, with the common short words', () => {
  assert.deepEqual(parseRuleSeverities(['date-conflict=off', 'name-mismatch=info', 'quantity-conflict:warn']), {
    'date-conflict': 'off', 'name-mismatch': 'information', 'quantity-conflict': 'warning',
  });
  assert.throws(() => parseRuleSeverities(['date-conflict']), /expects id=severity/);
  assert.throws(() => parseRuleSeverities(['date-conflict=loud']), /expects id=severity/);
  assert.throws(() => parseRuleSeverities(['nope=off'], ['date-conflict']), /unknown rule 'nope' \(rules: date-conflict\)/);
});

test('choices', () => {
  assert.equal(parseChoice(undefined, ['text', 'json'], '--format', 'text'), 'text');
  assert.equal(parseChoice('json', ['text', 'json'], '--format', 'text'), 'json');
  assert.throws(() => parseChoice('xml', ['text', 'json'], '--format', 'text'), /--format must be one of text, json, got 'xml'/);
});
