import { test } from 'node:test';
import { checkFindings } from '../testing/fixture';

const rules = ['implausible-date'];

test('a year far in the future and a day that does not exist', () => {
  checkFindings({
    'a.txt': 'Harbour news\n11 May 6021\nThe ferry [[Aurora|misc]] sank near [[Dunmore|place]].',
    'b.txt': 'The contract was signed on 31 February 2024 in [[Dunmore|place]].',
  }, rules, ['implausible-date a.txt “11 May 6021”', 'implausible-date b.txt “31 February 2024”']);
});

test('ordinary past and near-future dates are fine', () => {
  checkFindings({
    'a.txt': 'Harbour news\n11 May 2025\nThe ferry [[Aurora|misc]] will be replaced in 2027.',
  }, rules, []);
});
