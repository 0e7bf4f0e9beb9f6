import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileSnapshotStore, textHash, type Snapshot } from './snapshot';

const SNAPSHOT: Snapshot = { context: '{"rules":{}}', texts: { 'file:///a.txt': textHash('A') }, skipped: 0, conflicts: 1, findings: 2 };
const DIAGNOSTICS = new Map([['file:///a.txt', JSON.stringify([{ message: 'one' }])]]);

function withDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-snapshot-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('diagnostics snapshot store', () => {
  it('reads back what it saved', () => withDir((dir) => {
    new FileSnapshotStore(dir, 'code').save(SNAPSHOT, DIAGNOSTICS);
    const loaded = new FileSnapshotStore(dir, 'code').load();
    assert.ok(loaded);
    assert.deepEqual({ ...loaded, diagnostics: undefined }, { ...SNAPSHOT, diagnostics: undefined });
    assert.deepEqual(loaded.diagnostics(), { 'file:///a.txt': [{ message: 'one' }] });
  }));

  it('ignores a snapshot of other code, or one that does not parse', () => withDir((dir) => {
    const store = new FileSnapshotStore(dir, 'code');
    store.save(SNAPSHOT, DIAGNOSTICS);
    assert.equal(new FileSnapshotStore(dir, 'other code').load(), undefined);
    writeFileSync(store.file, readFileSync(store.file, 'utf8').slice(0, 20));
    assert.equal(store.load(), undefined);
  }));

  it('gives no diagnostics when they are not the ones saved with the snapshot (a save cut short)', () => withDir((dir) => {
    const store = new FileSnapshotStore(dir, 'code');
    store.save(SNAPSHOT, DIAGNOSTICS);
    const older = path.join(dir, 'older.json');
    copyFileSync(store.diagnosticsFile, older);
    store.save(SNAPSHOT, new Map());
    copyFileSync(older, store.diagnosticsFile); // the header of the second save, the diagnostics of the first
    assert.equal(store.load()?.diagnostics(), undefined);
  }));
});
