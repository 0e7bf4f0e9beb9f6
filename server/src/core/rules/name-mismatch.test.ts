import { test } from 'node:test';
import { checkFindings } from '../testing/fixture';

const rules = ['name-mismatch'];

test('one official in one role with two given names: the odd source is flagged', () => {
  checkFindings({
    'a.txt': 'Finance Minister [[Tomas Brandt|person]] signed the loan agreement in [[Oslo|place]] on Monday.',
    'b.txt': 'Finance Minister [[Lukas Brandt|person]] signed the loan agreement with the bank.',
    'c.txt': 'The loan agreement was signed by Finance Minister [[Lukas Brandt|person]] after talks.',
  }, rules, ['name-mismatch a.txt “Tomas Brandt” ~ b.txt “Lukas Brandt”, c.txt “Lukas Brandt”']);
});

test('one against one: both sides are flagged', () => {
  checkFindings({
    'a.txt': 'Finance Minister [[Tomas Brandt|person]] signed the loan agreement on Monday.',
    'b.txt': 'Finance Minister [[Lukas Brandt|person]] signed the loan agreement with the bank.',
  }, rules, [
    'name-mismatch a.txt “Tomas Brandt” ~ b.txt “Lukas Brandt”',
    'name-mismatch b.txt “Lukas Brandt” ~ a.txt “Tomas Brandt”',
  ]);
});

test('same surname, different roles and events: two people, no finding', () => {
  checkFindings({
    'a.txt': 'Finance Minister [[Tomas Brandt|person]] signed the loan agreement on Monday.',
    'b.txt': 'Striker [[Lukas Brandt|person]] scored twice in the cup final.',
  }, rules, []);
});

test('transliterations, longer forms and shared given names are not conflicts', () => {
  checkFindings({
    'a.txt': 'Deputy Minister [[Matvey Volkonov|person]] met [[Gennady Orlov|person]] to sign the treaty.',
    'b.txt': 'Deputy Minister [[Matvei Volkonov|person]] signed the treaty.',
    'c.txt': 'The treaty was signed by [[Gennady Semyonov|person]] and Deputy Minister [[Matvey Pavel Volkonov|person]].',
  }, rules, []);
});
