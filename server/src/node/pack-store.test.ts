import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PackStore } from './pack-store';

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-pack-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
const packs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pack'));

test('values come back in this and in a later store, a later record winning', () => {
  const { dir, remove } = tempDir();
  try {
    const first = new PackStore(dir);
    assert.equal(first.get('a'), undefined);
    assert.ok(first.put('a', 'one ✓\nwith a newline'));
    assert.ok(first.put('b', ''));
    assert.ok(first.put('a', 'two'));
    assert.equal(first.get('a'), 'two');
    first.close();
    const later = new PackStore(dir);
    assert.equal(later.get('a'), 'two');
    assert.equal(later.get('b'), '');
    assert.equal(later.get('c'), undefined);
    assert.equal(later.size, 2);
  } finally {
    remove();
  }
});

test('each store appends to a pack of its own, and reads every pack', () => {
  const { dir, remove } = tempDir();
  try {
    const x = new PackStore(dir);
    const y = new PackStore(dir);
    x.put('x', 'from x');
    y.put('y', 'from y');
    assert.equal(packs(dir).length, 2);
    const z = new PackStore(dir);
    assert.deepEqual([z.get('x'), z.get('y')], ['from x', 'from y']);
  } finally {
    remove();
  }
});

test('across packs, the record of the pack opened later wins', () => {
  const { dir, remove } = tempDir();
  try {
    // Stores opened one after the other by one process, often within one millisecond: each
    // new record must be the one read, whatever the random part of the pack names.
    const read: string[] = [];
    for (let i = 0; i < 100; i++) {
      new PackStore(dir).put('k', `value ${i}`);
      read.push(new PackStore(dir).get('k')!);
    }
    assert.deepEqual(read, Array.from({ length: 100 }, (_, i) => `value ${i}`));
  } finally {
    remove();
  }
});

test('a record cut short ends the scan of its pack; what came before stays readable', () => {
  const { dir, remove } = tempDir();
  try {
    const s = new PackStore(dir);
    s.put('kept', 'whole');
    s.put('cut', 'this record will lose its end');
    s.close();
    const file = path.join(dir, packs(dir)[0]);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 5));
    const later = new PackStore(dir);
    assert.equal(later.get('kept'), 'whole');
    assert.equal(later.get('cut'), undefined);
    appendFileSync(path.join(dir, 'junk.pack'), 'not a pack at all');
    assert.equal(new PackStore(dir).get('kept'), 'whole', 'a foreign file in the folder harms nothing');
  } finally {
    remove();
  }
});

test('a forgotten key reads as missing until it is stored again', () => {
  const { dir, remove } = tempDir();
  try {
    const s = new PackStore(dir);
    s.put('k', 'bad');
    s.forget('k');
    assert.equal(s.get('k'), undefined);
    s.put('k', 'good');
    assert.equal(s.get('k'), 'good');
    assert.equal(s.put('two words', 'v'), false, 'keys are single words (the header is space-separated)');
  } finally {
    remove();
  }
});

test('a folder that cannot be written is reported once; the store keeps answering', () => {
  const { dir, remove } = tempDir();
  try {
    const blocked = path.join(dir, 'file');
    writeFileSync(blocked, 'not a folder');
    const messages: string[] = [];
    const s = new PackStore(blocked, { onWriteError: (m) => messages.push(m) });
    assert.equal(s.put('a', '1'), false);
    assert.equal(s.put('b', '2'), false);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /not written/);
    assert.equal(s.get('a'), undefined);
  } finally {
    remove();
  }
});
