// runCheck in-process, with the file reader wrapped so a file vanishes after it was listed
// and before it is read: the race a folder being synced or edited produces.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MarkedRecognizer } from '../core/testing/fixture';
import { readArticle } from '../node/host';
import { parseCheckArgs, runCheck } from './check';
import type { CheckOptions } from './check';
import { FatalError } from './io';
import { capture } from './testing-io';

const deps = (vanish: Set<string>) => ({
  recognizer: () => new MarkedRecognizer(),
  today: () => '2026-06-01',
  read: async (path: string, max: number) => {
    if (vanish.has(path)) unlinkSync(path);
    return readArticle(path, max);
  },
});

test('a file deleted between listing and reading is reported and skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-race-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'First article.\n');
    writeFileSync(join(dir, 'b.txt'), 'Second article.\n');
    const opts = parseCheckArgs([dir, '--format', 'json']) as CheckOptions;
    const { out, io } = capture(dir);
    const code = await runCheck(opts, io, deps(new Set([join(dir, 'a.txt')])));
    assert.equal(code, 0);
    assert.match(out.stderr, /^crosscheck: skipped a\.txt: no longer exists \(deleted or renamed while indexing\?\)$/m);
    assert.match(out.stderr, /crosscheck: 1 article: no findings; skipped 1 file/);
    assert.deepEqual(JSON.parse(out.stdout).documents.map((d: { path: string }) => d.path), ['b.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when every listed file vanishes, nothing could be read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-race-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'Only article.\n');
    const opts = parseCheckArgs([dir]) as CheckOptions;
    const { out, io } = capture(dir);
    await assert.rejects(runCheck(opts, io, deps(new Set([join(dir, 'a.txt')]))), (err: unknown) =>
      err instanceof FatalError && /nothing could be read \(1 file skipped\)/.test(err.message));
    assert.equal(out.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
