import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UpdateQueue, type Update } from './update-queue';

function queue() {
  const batches: Update[][] = [];
  // A delay far longer than the test: only flush() runs batches here.
  const q = new UpdateQueue(60_000, (b) => batches.push(b));
  return { q, batches };
}
const set = (uri: string, version: number, text = `v${version}`): Update => ({ kind: 'set', input: { uri, text, version } });

describe('update queue', () => {
  it('keeps only the newest queued version of each document', () => {
    const { q, batches } = queue();
    q.push(set('a', 1));
    q.push(set('a', 2));
    q.push(set('b', 7));
    q.push(set('a', 3));
    assert.equal(q.flush(), true);
    assert.deepEqual(batches, [[set('a', 3), set('b', 7)]]);
    q.dispose();
  });

  it('never lets an older version replace a newer one', () => {
    const { q, batches } = queue();
    q.push(set('a', 5));
    q.push(set('a', 4));
    q.flush();
    assert.deepEqual(batches, [[set('a', 5)]]);
    q.dispose();
  });

  it('drops a cancelled document and does nothing on an empty flush', () => {
    const { q, batches } = queue();
    q.push(set('a', 1));
    q.push({ kind: 'remove', uri: 'b' });
    q.cancel('a');
    q.flush();
    assert.equal(q.flush(), false);
    assert.deepEqual(batches, [[{ kind: 'remove', uri: 'b' }]]);
    q.dispose();
  });

  it('runs the first change after a pause at once, and holds the ones that follow until typing pauses', async () => {
    const batches: Update[][] = [];
    let ran!: () => void;
    const first = new Promise<void>((resolve) => (ran = resolve));
    const q = new UpdateQueue(60_000, (b) => {
      batches.push(b);
      ran();
    });
    q.push(set('a', 1));
    await first; // long before the 60 s delay
    q.push(set('a', 2));
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(batches, [[set('a', 1)]], 'the next keystroke waits');
    q.flush();
    assert.deepEqual(batches, [[set('a', 1)], [set('a', 2)]]);
    q.dispose();
  });

  it('runs the batch by itself after the delay', async () => {
    const done = new Promise<Update[]>((resolve) => {
      const q = new UpdateQueue(1, resolve);
      q.push(set('a', 1));
    });
    assert.deepEqual(await done, [set('a', 1)]);
  });
});
