// The diagnostics snapshot: a start where nothing changed shows the diagnostics saved at the
// end of the last session (status.restoring) and they are what a cold start gives; any change
// (an article edited on disk while the server was down, the settings, the annotations) takes
// the normal path, so a stale snapshot is never shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { EAST_BULLETIN, NORTH_POST, VALLEY_HERALD, tempWorkspace } from './fixtures';
import { startServer, type TestServer } from './lsp-client';

const FILES = { 'north-post.txt': NORTH_POST, 'valley-herald.txt': VALLEY_HERALD, 'east-bulletin.txt': EAST_BULLETIN };
const shown = (s: TestServer) => JSON.stringify([...s.diagnostics].filter(([, d]) => d.length).sort());
const restored = (s: TestServer) => s.statuses.some((x) => x.restoring);

/** Diagnostics once the index is ready, and those shown when the first status said indexing was over. */
async function start(dir: string, storagePath: string, settings: Record<string, unknown> = {}) {
  const s = await startServer(dir, settings, { storagePath });
  let first = '';
  await s.waitFor('diagnostics out', () => {
    if (!s.statuses.some((x) => !x.indexing && x.articles === 3)) return undefined;
    first ||= shown(s);
    return true;
  });
  await s.waitFor('index ready', () => s.statuses.find((x) => !x.indexing && !x.restoring && x.articles === 3));
  return { s, first, ready: shown(s) };
}

async function withFolder(run: (ws: ReturnType<typeof tempWorkspace>, storage: string) => Promise<void>) {
  const ws = tempWorkspace(FILES);
  const storage = mkdtempSync(join(tmpdir(), 'crosscheck-storage-'));
  try {
    await run(ws, storage);
  } finally {
    ws.remove();
    rmSync(storage, { recursive: true, force: true });
  }
}

/** What a cold start (no cache, no snapshot) shows for the folder as it is now. */
async function coldDiagnostics(dir: string): Promise<string> {
  const storage = mkdtempSync(join(tmpdir(), 'crosscheck-storage-'));
  const { s, ready } = await start(dir, storage);
  await s.stop();
  rmSync(storage, { recursive: true, force: true });
  return ready;
}

test('an unchanged folder shows the saved diagnostics at once, the same as a cold start, and requests wait for the index', async () => {
  await withFolder(async (ws, storage) => {
    const cold = await start(ws.dir, storage);
    assert.ok(!restored(cold.s));
    assert.notEqual(cold.ready, '[]', 'the fixtures have findings');
    await cold.s.stop();

    const s = await startServer(ws.dir, {}, { storagePath: storage });
    try {
      const atRestore = await s.waitFor('snapshot shown', () => (s.statuses.some((x) => x.restoring && !x.indexing && x.articles === 3) ? shown(s) : undefined));
      assert.equal(atRestore, cold.ready);
      // Asked while the index may still be loading: answered from the full index.
      const north = ws.uri('north-post.txt');
      const d = s.diagnostics.get(north)!.find((x) => x.code === 'quantity-mismatch')!;
      const hover = await s.conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: north }, position: d.range.start });
      assert.ok(hover?.contents.value, 'hover answered');
      // The status that ends the restore goes out before any waiting answer.
      assert.ok(s.statuses.some((x) => !x.restoring && !x.indexing && x.articles === 3), 'answered only once the index was ready');
      await s.waitFor('index ready', () => s.statuses.find((x) => !x.restoring && !x.indexing && x.articles === 3));
      assert.equal(shown(s), cold.ready, 'the index confirms the snapshot');
      assert.ok(s.logs.some((l) => /Showing the diagnostics saved/.test(l)), s.logs.join('\n'));
    } finally {
      await s.stop();
    }
  });
});

test('an article edited on disk while the server was down: no snapshot, the diagnostics of the new text', async () => {
  await withFolder(async (ws, storage) => {
    const first = await start(ws.dir, storage);
    await first.s.stop();
    // The Valley Herald now agrees with the North Post: its conflict must not be shown.
    writeFileSync(ws.path('valley-herald.txt'), VALLEY_HERALD.replace('killed 19 miners', 'killed 14 miners'));
    const again = await start(ws.dir, storage);
    await again.s.stop();
    assert.ok(!restored(again.s), 'the snapshot was not shown');
    assert.notEqual(again.ready, first.ready);
    assert.equal(again.first, again.ready, 'nothing shown before the index was ready');
    assert.equal(again.ready, await coldDiagnostics(ws.dir));
  });
});

test('settings changed while the server was down: the normal path', async () => {
  await withFolder(async (ws, storage) => {
    const first = await start(ws.dir, storage);
    await first.s.stop();
    const again = await start(ws.dir, storage, { rules: { 'quantity-mismatch': 'off' } });
    await again.s.stop();
    assert.ok(!restored(again.s));
    assert.ok(!again.ready.includes('quantity-mismatch'), again.ready);
    assert.notEqual(again.ready, first.ready);
  });
});

test('annotations changed while the server was down: the normal path', async () => {
  await withFolder(async (ws, storage) => {
    const first = await start(ws.dir, storage);
    const s = first.s;
    const north = ws.uri('north-post.txt');
    const d = s.diagnostics.get(north)!.find((x) => x.code === 'quantity-mismatch')!;
    const actions = await s.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: north }, range: d.range, context: { diagnostics: [d], triggerKind: 2 },
    });
    const fix = actions.find((a) => a.title === 'Crosscheck: Mark finding as reviewed')!;
    await s.conn.sendRequest('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments });
    await s.waitFor('reviewed finding gone', () => !s.diagnostics.get(north)?.some((x: Diagnostic) => x.code === 'quantity-mismatch'));
    await s.stop(); // the snapshot now holds the diagnostics without the reviewed finding

    unlinkSync(join(ws.dir, '.crosscheck', 'annotations.jsonl')); // the review is gone
    const again = await start(ws.dir, storage);
    await again.s.stop();
    assert.ok(!restored(again.s));
    assert.ok(again.first.includes('quantity-mismatch'), 'the finding is back, never hidden by the snapshot');
    assert.equal(again.ready, first.ready);
  });
});
