import { test } from 'node:test';
import { checkFindings } from '../testing/fixture';

const rules = ['quote-mismatch'];

test('the same speaker characterising the same move in other words', () => {
  checkFindings({
    'a.txt': 'Mayor [[Mara Quist|person]] called the council’s plan a “wise gamble.”',
    'b.txt': 'The plan, which Mayor [[Mara Quist|person]] called “far-sighted,” was approved.',
  }, rules, [
    'quote-mismatch a.txt ““wise gamble.”” ~ b.txt ““far-sighted,””',
    'quote-mismatch b.txt ““far-sighted,”” ~ a.txt ““wise gamble.””',
  ]);
});

test('the same words quoted at different lengths agree', () => {
  checkFindings({
    'a.txt': 'In 2022 [[Mara Quist|person]] called the rangers “partners in the campaign against poaching.”',
    'b.txt': 'Two years ago [[Mara Quist|person]] said the rangers were a “partner” in the campaign against poaching.',
  }, rules, []);
});

test('different statements by one speaker are not compared', () => {
  checkFindings({
    'a.txt': '[[Mara Quist|person]] stressed the need for a “balanced budget” this year.',
    'b.txt': '“The harbour will reopen in spring and the ferries will run again,” said [[Mara Quist|person]].',
  }, rules, []);
});
