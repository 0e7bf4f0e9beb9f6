import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFindings } from '../testing/fixture';

test('a transliteration variant is a hint, never more', () => {
  const findings = checkFindings({
    'a.txt': 'Deputy Minister [[Andrey Volkonov|person]] signed the treaty.',
    'b.txt': 'Deputy Minister [[Andrey Volkonov|person]] arrived in [[Vienna|place]].',
    'c.txt': 'Deputy Minister [[Andrei Volkonov|person]] signed the treaty.',
  }, ['spelling-variant', 'name-mismatch'], ['spelling-variant c.txt “Andrei Volkonov” ~ a.txt “Andrey Volkonov”, b.txt “Andrey Volkonov”']);
  assert.equal(findings[0].severity, 'hint');
});

test('different names are not variants', () => {
  checkFindings({
    'a.txt': '[[Kazakhstan|place]] and [[Mongolia|place]] signed the treaty.',
    'b.txt': '[[Kyrgyzstan|place]] and [[Mongolia|place]] signed the treaty.',
  }, ['spelling-variant'], []);
});
