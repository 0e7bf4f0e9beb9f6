import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../text/tokenize';
import { splitSentences } from '../text/sentences';
import { loadRecognizer } from './load';
import { caseForTagging, makeConsistent, mergeNationalBodies, snap } from './article';
import { shippedModelBytes } from '../testing/test-model';

const recognizer = loadRecognizer(shippedModelBytes());

/** "[person Ann Lee] met …" -> the plain text and the expected "type:text@offset" list. */
function fixture(marked: string): { text: string; expected: string[] } {
  let text = '';
  const expected: string[] = [];
  const re = /\[(\w+) ([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    expected.push(`${m[1]}:${m[2]}@${text.length}`);
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), expected };
}

function names(text: string): string[] {
  const tokens = tokenize(text);
  return recognizer.recognize(text, tokens, splitSentences(text, tokens)).map((n) => {
    assert.equal(text.slice(n.start, n.end), n.text);
    return `${n.type}:${n.text}@${n.start}`;
  });
}

function check(marked: string): void {
  const { text, expected } = fixture(marked);
  assert.deepEqual(names(text), expected);
}

test('finds and types names in plain article sentences', () => {
  check('[person Angela Merkel] met [organization NATO] officials in [place Brussels] on Tuesday.');
  check('The [organization European Commission] said [misc German] exports to [place China] rose.');
});

test('spans exclude titles, possessives, quotes and trailing punctuation', () => {
  check('Foreign Minister [person Maria Lopez] said [place Spain]’s position had not changed.');
  check('“We will not wait,” President [person Jacques Chirac] told [organization Reuters].');
});

test('the recogniser id names the model and its content', () => {
  assert.match(recognizer.id, /^ner-perceptron-[0-9a-f]{8}$/);
});

test('snap trims a person title and a possessive, and drops a span with no word', () => {
  const tokens = tokenize('said Minister Ann Lee’s " .');
  const span = (start: number, end: number, type = 'PER') => snap(tokens, { start, end, type });
  assert.deepEqual(span(1, 5), { start: 2, end: 4, type: 'PER' });
  assert.deepEqual(span(1, 4, 'ORG'), { start: 1, end: 4, type: 'ORG' }, 'only people lose a leading title');
  assert.equal(span(5, 7), undefined);
});

test('consistency gives a form one type and adds occurrences the tagger missed', () => {
  const tokens = tokenize('Acme rose . Acme fell . Acme Bank sold . Acme gained');
  const spans = [
    { start: 0, end: 1, type: 'ORG' },
    { start: 3, end: 4, type: 'ORG' },
    { start: 10, end: 11, type: 'LOC' },
  ];
  const out = makeConsistent(tokens, spans).map((s) => `${s.type}:${s.start}`);
  // All three tagged "Acme" become ORG (2 of 3 votes); "Acme Bank" is a different name and stays untagged.
  assert.deepEqual(out, ['ORG:0', 'ORG:3', 'ORG:10']);
  const missed = makeConsistent(tokenize('Acme rose . then Acme fell'), [{ start: 0, end: 1, type: 'ORG' }]);
  assert.deepEqual(missed.map((s) => `${s.type}:${s.start}`), ['ORG:0', 'ORG:4']);
});

test('never throws: random Unicode, empty text, very long tokens and lines, inconsistent inputs', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('A', 'b', ' ', '.', '\n', '’s', 'Mr', '-', 'É') })), (s) => {
      names(s);
    }),
    { numRuns: 100 },
  );
  assert.deepEqual(names(''), []);
  names('X'.repeat(50_000));
  names('Name '.repeat(5_000));
  assert.deepEqual(recognizer.recognize('abc', [{ text: 'abc', start: 0, end: 3 }], [{ start: 0, end: 3, tokenStart: 0, tokenEnd: 9 }]).length >= 0, true);
  assert.deepEqual(recognizer.recognize('', [], [{ start: 0, end: 0, tokenStart: 5, tokenEnd: 2 }]), []);
});

test('in a Title Case headline only words the article capitalises mid-sentence keep their capital', () => {
  const text = 'Lender Raises Rates Again In Northvale\nThe lender said rates in Northvale rose again.\nEditor Ann Example Jones';
  const tokens = tokenize(text);
  const words = caseForTagging(tokens, splitSentences(text, tokens).map((s) => [s.tokenStart, s.tokenEnd] as const));
  assert.deepEqual(words.slice(0, 6), ['lender', 'raises', 'rates', 'again', 'in', 'Northvale']);
  assert.deepEqual(words.slice(6), tokens.slice(6).map((t) => t.text), 'ordinary sentences and lines of names are left alone');
});

test('a nationality right before an organisation becomes part of its name', () => {
  const tokens = tokenize('the Italian Foreign Ministry and the Italian team');
  const merged = mergeNationalBodies(tokens, [
    { start: 1, end: 2, type: 'MISC' },
    { start: 2, end: 4, type: 'ORG' },
    { start: 6, end: 7, type: 'MISC' },
  ]);
  assert.deepEqual(merged, [{ start: 1, end: 4, type: 'ORG' }, { start: 6, end: 7, type: 'MISC' }]);
});
