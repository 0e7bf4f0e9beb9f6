import { test } from 'node:test';
import assert from 'node:assert/strict';
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
    'a.txt': 'A magnitude 5.9 earthquake struck [[Valdor Province|place]] near [[Kessel|place]] at dawn.',
    'b.txt': '[[Irma Solte|person]] of the institute said the quake near [[Kessel|place]], at magnitude 6.4, hit [[Valdor Province|place]] hardest in years.',
    'c.txt': 'The observatory in [[Kessel|place]] measured the [[Valdor Province|place]] quake at magnitude 6.4.',
  }, rules, ['quantity-mismatch a.txt “5.9” ~ b.txt “6.4”, c.txt “6.4”']);
});

test('a figure that names nothing compares only within its story (articles that share names)', () => {
  checkFindings({
    'a.txt': 'Rescue boats left [[Kallin Island|place]] for the [[Maren Star|misc]] wreck.\n\nThe sinking killed 27 people.',
    'b.txt': 'Divers from [[Kallin Island|place]] reached the [[Maren Star|misc]] on Monday.\n\nThe sinking killed 31 people.',
    'c.txt': 'Crews in [[Port Ilsk|place]] raised the [[Odra Queen|misc]] barge.\n\nThe sinking killed 22 people.',
  }, rules, [
    'quantity-mismatch a.txt “27” ~ b.txt “31”',
    'quantity-mismatch b.txt “31” ~ a.txt “27”',
  ]);
});

test('the message gives each other value once, with its sources, the most common first', () => {
  const says = (n: string, when: string) => `The fire in [[Dunmore|place]] killed ${n} people ${when}.`;
  const [finding] = checkFindings({
    'a.txt': says('12', 'on Sunday'), 'b.txt': says('15', 'late on Sunday'), 'c.txt': says('12', 'in the night'),
    'd.txt': says('twelve', 'before dawn'), 'e.txt': says('12', 'last week'), 'f.txt': says('12', 'at the market'),
    'g.txt': says('12', 'near the port'),
  }, rules, ['quantity-mismatch b.txt “15” ~ a.txt “12”, c.txt “12”, d.txt “twelve”, e.txt “12”, f.txt “12”, g.txt “12”']);
  assert.equal(finding.message, 'Figure for the deaths: “15” here; “12” in a.txt, c.txt, e.txt and 2 more sources; “twelve” in d.txt (about Dunmore).');
});
