import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uriOf, workspaceOf } from '../testing/fixture';

/** Speaker name of each quote in the one document `a.txt`. */
function speakers(source: string): string[] {
  const ws = workspaceOf({ 'a.txt': source });
  const doc = ws.analysis(uriOf('a.txt'))!;
  const byId = new Map(doc.mentions.map((m) => [m.id, m.text]));
  return doc.claims.flatMap((c) => c.quotes.map((q) => (q.speaker ? byId.get(q.speaker)! : '?')));
}

test('the speaker is found on either side of the speech verb', () => {
  assert.deepEqual(speakers('“We will rebuild,” said Governor [[Ana Ruiz|person]].'), ['Ana Ruiz']);
  assert.deepEqual(speakers('“We will rebuild,” [[Ana Ruiz|person]] said.'), ['Ana Ruiz']);
  assert.deepEqual(speakers('[[Ana Ruiz|person]] told reporters: “We will rebuild.”'), ['Ana Ruiz']);
});

test('the subject of "said", not the person named after it', () => {
  assert.deepEqual(
    speakers('Judge [[Ana Ruiz|person]], reading the verdict, said [[Piet Laar|person]] had treated the fund “as his own pocket.”'),
    ['Ana Ruiz'],
  );
  assert.deepEqual(speakers('[[Ana Ruiz|person]] called on [[Piet Laar|person]] to accept the result “for the sake of the country.”'), ['Ana Ruiz']);
});

test('a participle takes the sentence subject', () => {
  assert.deepEqual(
    speakers('[[Ana Ruiz|person]] posted a photo with [[Piet Laar|person]], calling the deal a “fair bargain.”'),
    ['Ana Ruiz'],
  );
});

test('"he said" refers to the last person named', () => {
  assert.deepEqual(
    speakers('Governor [[Ana Ruiz|person]] visited the valley.\n“No village will be left behind,” she said.'),
    ['Ana Ruiz'],
  );
});
