import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProgressBar, renderBar } from './progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 60, write: (s: string) => (writes.push(s), true) } };
}

test('nothing before the delay, then a bar; erased at the end', () => {
  let now = 1000;
  const { writes, stream } = fakeStream(true);
  const bar = new ProgressBar(stream, 300, () => now);
  bar.update(1, 10, 'a.txt');
  now += 299;
  bar.update(2, 10, 'b.txt');
  assert.deepEqual(writes, []);
  now += 1;
  bar.update(3, 10, 'c.txt');
  assert.equal(writes.length, 1);
  assert.match(writes[0], /^\r\[#+-+\] 3\/10 c\.txt\x1b\[K$/);
  now += 10;
  bar.update(4, 10, 'd.txt'); // throttled
  assert.equal(writes.length, 1);
  bar.done();
  assert.equal(writes.at(-1), '\r\x1b[K');
});

test('never drawn when the stream is not a terminal', () => {
  let now = 0;
  const { writes, stream } = fakeStream(false);
  const bar = new ProgressBar(stream, 300, () => now);
  now = 10_000;
  bar.update(5, 10, 'x');
  bar.done();
  assert.deepEqual(writes, []);
});

test('the bar fits the terminal width, long labels keep their end', () => {
  const line = renderBar(5, 10, 'a/very/long/path/to/an/article/about/the/ferry.txt', 50);
  assert.ok(line.length <= 50, line);
  assert.match(line, /^\[#{5,}-{5,}\] 5\/10 …/);
  assert.ok(line.endsWith('ferry.txt'));
});
