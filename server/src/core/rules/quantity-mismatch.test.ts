import { test } from 'node:test';
import { checkFindings } from '../testing/fixture';

const rules = ['quantity-mismatch'];

test('one source against two on a death toll: only the odd one is flagged', () => {
  checkFindings({
    'a.txt': 'The fire in [[Dunmore|place]] killed 12 people, the [[Red Cross|organization]] said.',
    'b.txt': 'The fire in [[Dunmore|place]] killed 15 people on Sunday.',
    'c.txt': 'Officials said the [[Dunmore|place]] fire killed 12 people.',
  }, rules, ['quantity-mismatch b.txt “15” ~ a.txt “12”, c.txt “12”']);
});

test('durations of one war compare in years', () => {
  checkFindings({
    'a.txt': 'The [[Valdorian|misc]] invasion of [[Estmark|place]] led to a nine-year war.',
    'b.txt': 'After a decade-long war in [[Estmark|place]], the [[Valdorian|misc]] troops left.',
  }, rules, [
    'quantity-mismatch a.txt “nine-year” ~ b.txt “decade-long”',
    'quantity-mismatch b.txt “decade-long” ~ a.txt “nine-year”',
  ]);
});

test('qualified figures that overlap agree', () => {
  checkFindings({
    'a.txt': 'Nearly four years after the war in [[Estmark|place]] ended, trade resumed.',
    'b.txt': 'For the first time in four years since the war in [[Estmark|place]], trade resumed.',
  }, rules, []);
});
