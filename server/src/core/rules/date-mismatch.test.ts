import { test } from 'node:test';
import { checkFindings } from '../testing/fixture';

const rules = ['date-mismatch'];

test('two days for one collapse are flagged on both sides', () => {
  checkFindings({
    'a.txt': 'The [[Harlow Bridge|place]] collapsed on 4 March 2025, according to [[Kent Council|organization]].',
    'b.txt': 'The [[Harlow Bridge|place]] collapsed on 6 March 2025, officials in [[Kent|place]] said.',
  }, rules, [
    'date-mismatch a.txt “4 March 2025” ~ b.txt “6 March 2025”',
    'date-mismatch b.txt “6 March 2025” ~ a.txt “4 March 2025”',
  ]);
});

test('values at different precision agree', () => {
  checkFindings({
    'a.txt': 'The [[Harlow Bridge|place]] collapsed on 4 March 2025.',
    'b.txt': 'The [[Harlow Bridge|place]] collapsed in March 2025.',
    'c.txt': 'The [[Harlow Bridge|place]] collapsed in 2025 after years of neglect.',
  }, rules, []);
});

test('different events of one entity are not compared', () => {
  checkFindings({
    'a.txt': 'The [[Harlow Bridge|place]] opened in 1990.',
    'b.txt': 'The [[Harlow Bridge|place]] collapsed in 2025.',
  }, rules, []);
});
