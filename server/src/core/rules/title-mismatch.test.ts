import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFindings } from '../testing/fixture';

const rules = ['title-mismatch'];

test('an acting minister and a minister differ, at information level', () => {
  const findings = checkFindings({
    'a.txt': 'Acting Finance Minister [[Jon Hale|person]] announced the budget.',
    'b.txt': 'Finance Minister [[Jon Hale|person]] announced the budget on Tuesday.',
  }, rules, [
    'title-mismatch a.txt “Acting Finance Minister” ~ b.txt “Finance Minister”',
    'title-mismatch b.txt “Finance Minister” ~ a.txt “Acting Finance Minister”',
  ]);
  assert.ok(findings.every((f) => f.severity === 'information'));
});

test('the same post described with more or less detail agrees', () => {
  checkFindings({
    'a.txt': '“We are ready,” said [[Norway|place]]’s ambassador to [[Rome|place]], [[Per Lund|person]].',
    'b.txt': 'Norwegian Ambassador [[Per Lund|person]] opened the trade fair.',
  }, rules, []);
});
