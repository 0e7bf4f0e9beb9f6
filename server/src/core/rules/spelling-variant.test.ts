import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFindings } from '../testing/fixture';

test('a transliteration variant is a hint, never more', () => {
  const findings = checkFindings({
    'a.txt': 'Deputy Minister [[Matvey Volkonov|person]] signed the treaty.',
    'b.txt': 'Deputy Minister [[Matvey Volkonov|person]] arrived in [[Vienna|place]].',
    'c.txt': 'Deputy Minister [[Matvei Volkonov|person]] signed the treaty.',
  }, ['spelling-variant', 'name-mismatch'], ['spelling-variant c.txt “Matvei Volkonov” ~ a.txt “Matvey Volkonov”, b.txt “Matvey Volkonov”']);
  assert.equal(findings[0].severity, 'hint');
});

test('different names are not variants', () => {
  checkFindings({
    'a.txt': '[[Slovenia|place]] and [[Mongolia|place]] signed the treaty.',
    'b.txt': '[[Slovakia|place]] and [[Mongolia|place]] signed the treaty.',
  }, ['spelling-variant'], []);
});
