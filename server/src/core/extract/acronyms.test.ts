import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymOf, findAcronymPairs } from './acronyms';
import { marked, texts } from './fixture';

/** Fixtures mark the long form then the short form of each pair, in text order of the pair. */
function expectPairs(fixture: string, longFirst = true): void {
  const { text, spans, all } = marked(fixture);
  const found = findAcronymPairs(text, all);
  const got = found.flatMap((p) => (longFirst ? [p.long, p.short] : [p.short, p.long]));
  assert.deepEqual(texts(text, got), texts(text, spans));
}

test('long form, then the acronym in parentheses', () => {
  expectPairs('Work on the [[Southern Rail Freight Corridor]] ([[SRFC]]) began.');
  expectPairs('a deal with the [[Organization of Petroleum Exporters]] ([[OPE]]) and');
  expectPairs('The [[East-West Power Link]] ([[EWPL]]) runs north.');
  expectPairs('aid from [[Médecins Sans Frontières]] ([[MSF]]).');
  expectPairs('Officials of the [[United Nations]] ([[U.N.]]) said.');
  expectPairs('the [[Belgium-Netherlands-Luxembourg]] ([[BENELUX]]) union');
});

test('acronym first, long form in parentheses', () => {
  expectPairs('[[EWPL]] ([[East-West Power Link]]) runs north.', false);
  expectPairs('Fighters of [[ZELF-W]] ([[Zeta Liberation Front West Province]]) attacked.', false);
});

test('letters may be borrowed loosely, but not invented', () => {
  expectPairs('Fighters of the [[Zeta Liberation Front West Province]] ([[ZELF-W]]) attacked.');
  expectPairs('They met on Monday (GMT) in Paris (France) and (see below) at the Blue River Dam (XQZ).');
});

test('only the range is read', () => {
  const text = 'The Alpha Beta Group (ABG) met. The Gamma Delta Union (GDU) met.';
  const start = text.indexOf('The Gamma');
  const found = findAcronymPairs(text, { start, end: text.length });
  assert.deepEqual(found.map((p) => text.slice(p.short.start, p.short.end)), ['GDU']);
});

test('acronymOf builds the acronym of a name', () => {
  assert.equal(acronymOf('Union of Northern Coastal Republics'), 'UNCR');
  assert.equal(acronymOf('East-West Power Link'), 'EWPL');
  assert.equal(acronymOf('the Organization of Petroleum Exporters'), 'OPE');
  assert.equal(acronymOf('BBC World Service'), 'BBCWS');
  assert.equal(acronymOf(''), '');
});
