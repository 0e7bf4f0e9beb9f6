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
    'a.txt': 'The [[Valdorian|misc]] occupation of [[Estmark|place]] led to a seven-year war.',
    'b.txt': 'After a twelve-year war in [[Estmark|place]], the [[Valdorian|misc]] troops left.',
  }, rules, [
    'quantity-mismatch a.txt “seven-year” ~ b.txt “twelve-year”',
    'quantity-mismatch b.txt “twelve-year” ~ a.txt “seven-year”',
  ]);
});

test('qualified figures that overlap agree', () => {
  checkFindings({
    'a.txt': 'Almost six years after the war in [[Estmark|place]] ended, trade resumed.',
    'b.txt': 'Six years on from the war in [[Estmark|place]], trade resumed.',
  }, rules, []);
});

test('readings of the event on a scale compare whoever reports them', () => {
  checkFindings({
    'a.txt': 'A magnitude 5.9 earthquake struck [[Valdor Province|place]] at dawn.',
    'b.txt': '[[Irma Solte|person]] of the institute said the quake, at magnitude 6.4, was the strongest in years.',
    'c.txt': 'The observatory in [[Kessel|place]] measured the quake at magnitude 6.4.',
  }, rules, ['quantity-mismatch a.txt “5.9” ~ b.txt “6.4”, c.txt “6.4”']);
});
