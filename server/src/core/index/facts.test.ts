import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uriOf, workspaceOf } from '../testing/fixture';
import { claimMayGiveFacts, collectFacts } from './facts';
import { mentionsById } from './mention-lookup';

/** The one document of a fixture, its claims' texts with whether each may give facts, and its facts' values. */
function read(source: string) {
  const doc = workspaceOf({ 'a.txt': source }).analysis(uriOf('a.txt'))!;
  const byId = mentionsById(doc);
  const facts = collectFacts(doc, (_, m) => m.text);
  return {
    claims: doc.claims.map((c) => [c.text, claimMayGiveFacts(c, byId)]),
    facts: facts.map((f) => [f.event, f.mention.text]),
  };
}

test('a claim gives facts only through its dates and figures', () => {
  const { claims, facts } = read('[[Mirela Stan|person]] resigned as mayor of [[Orvane|place]] after the vote. The flood killed 23 people in [[Orvane|place]] on 4 May 2024.');
  assert.deepEqual(claims, [
    ['Mirela Stan resigned as mayor of Orvane after the vote.', false],
    ['The flood killed 23 people in Orvane on 4 May 2024.', true],
  ]);
  assert.deepEqual(facts, [['kill', '23'], ['kill', '4 May 2024']]);
});

test('a date with no year to resolve it by gives no fact', () => {
  const { claims, facts } = read('The talks in [[Orvane|place]] ended on Monday, [[Anna Doru|person]] said.');
  assert.deepEqual(claims.map(([, may]) => may), [false]);
  assert.deepEqual(facts, []);
});

test('only the names of claims that give facts are keyed for them, besides the story', () => {
  const doc = workspaceOf({ 'a.txt': '[[Mirela Stan|person]] said on 2 May 2024 that talks would resume. The flood killed 23 people in [[Orvane|place]] on 4 May 2024, [[Anna Doru|person]] said.' }).analysis(uriOf('a.txt'))!;
  const asked: string[] = [];
  const facts = collectFacts(doc, (_, m) => (asked.push(m.text), m.text));
  // Every name once for the story; then the value claim's subjects and participants, not the
  // first sentence's: its date dates a statement, so it gives no fact and its names' keys
  // change none.
  assert.deepEqual(asked.filter((t) => t === 'Mirela Stan'), ['Mirela Stan']);
  assert.ok(facts.length > 0 && facts.every((f) => !f.entities.has('Mirela Stan')));
  // Made once per analysis: a second collection reads the same seeds.
  assert.deepEqual(collectFacts(doc, (_, m) => m.text).map((f) => [f.event, f.mention.text]), facts.map((f) => [f.event, f.mention.text]));
});
