import { test } from 'node:test';
import { checkFindings } from '../testing/fixture';

const rules = ['quote-mismatch'];

test('the same speaker characterising the same move in other words', () => {
  checkFindings({
    'a.txt': 'Mayor [[Mara Quist|person]] called the council’s move a “bold decision.”',
    'b.txt': 'The move, described by Mayor [[Mara Quist|person]] as “courageous,” was approved.',
  }, rules, [
    'quote-mismatch a.txt ““bold decision.”” ~ b.txt ““courageous,””',
    'quote-mismatch b.txt ““courageous,”” ~ a.txt ““bold decision.””',
  ]);
});

test('the same words quoted at different lengths agree', () => {
  checkFindings({
    'a.txt': 'In 2024 [[Mara Quist|person]] described the rangers as “allies in the fight against poaching.”',
    'b.txt': 'Last year [[Mara Quist|person]] referred to the rangers as an “ally” in the fight against poaching.',
  }, rules, []);
});

test('different statements by one speaker are not compared', () => {
  checkFindings({
    'a.txt': '[[Mara Quist|person]] stressed the need for a “pragmatic budget” this year.',
    'b.txt': '“The harbour will reopen in spring and the ferries will run again,” said [[Mara Quist|person]].',
  }, rules, []);
});
