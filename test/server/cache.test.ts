// The server's analysis cache: kept in the storage folder the client names (never among the
// articles), used on the next start, and giving the same diagnostics as a fresh analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EAST_BULLETIN, NORTH_POST, VALLEY_HERALD, tempWorkspace } from './fixtures';
import { startServer, type TestServer } from './lsp-client';
import { CACHE_FORMAT } from '../../server/src/node/cache';
import { PackStore } from '../../server/src/node/pack-store';

const FILES = { 'north-post.txt': NORTH_POST, 'valley-herald.txt': VALLEY_HERALD, 'east-bulletin.txt': EAST_BULLETIN };
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
/** The cache's pack files in a storage folder, and the entries they hold. */
function stored(storage: string): { packs: string[]; entries: number } {
  const formatDir = join(storage, 'analyses', `v${CACHE_FORMAT}`);
  const versions = readdirSync(formatDir).map((v) => join(formatDir, v));
  return {
    packs: files(storage).filter((f) => f.endsWith('.pack')),
    entries: versions.reduce((n, dir) => n + new PackStore(dir).size, 0),
  };
}

async function diagnosticsAfterIndexing(s: TestServer): Promise<string> {
  await s.waitFor('indexing done', () => s.statuses.find((x) => !x.indexing && x.articles === 3));
  await s.waitFor('diagnostics', () => s.diagnostics.size > 0);
  return JSON.stringify([...s.diagnostics].sort());
}

test('the analysis cache lives in the storage folder and a restart gives the same diagnostics', async () => {
  const ws = tempWorkspace(FILES);
  const storage = mkdtempSync(join(tmpdir(), 'crosscheck-storage-'));
  const before = files(ws.dir);
  let s: TestServer | undefined;
  try {
    s = await startServer(ws.dir, {}, { storagePath: storage });
    const first = await diagnosticsAfterIndexing(s);
    await s.stop(); // shutdown waits for the cache writes
    const entries = stored(storage);
    assert.equal(entries.entries, 3, files(storage).join('\n'));
    assert.deepEqual(files(ws.dir), before, 'nothing written among the articles');
    s = await startServer(ws.dir, {}, { storagePath: storage });
    assert.equal(await diagnosticsAfterIndexing(s), first);
    await s.stop();
    assert.deepEqual(stored(storage), entries, 'the second start only read the cache');
  } finally {
    await s?.stop();
    ws.remove();
    rmSync(storage, { recursive: true, force: true });
  }
});

test('a storage folder inside the workspace is not used', async () => {
  const ws = tempWorkspace(FILES);
  let s: TestServer | undefined;
  try {
    s = await startServer(ws.dir, {}, { storagePath: join(ws.dir, '.storage') });
    await diagnosticsAfterIndexing(s);
    assert.ok(s.logs.some((l) => /cache off/.test(l)), s.logs.join('\n'));
    await s.stop();
    assert.deepEqual(files(ws.dir), Object.keys(FILES).sort());
  } finally {
    await s?.stop();
    ws.remove();
  }
});
