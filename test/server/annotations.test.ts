// Annotations through the real server over stdio: the "Mark finding as reviewed" quick fix
// writes the store and the diagnostic goes; a new server (a window reload) starts without it;
// a hand edit of the store brings it back; a corrupt store is reported and left alone;
// annotating actions on names, notes in the hover, and a hint for annotations that lost their
// place.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { EAST_BULLETIN, NORTH_POST, VALLEY_HERALD, positionOf, tempWorkspace } from './fixtures';
import { startServer, type TestServer } from './lsp-client';

const FILES = { 'north-post.txt': NORTH_POST, 'valley-herald.txt': VALLEY_HERALD, 'east-bulletin.txt': EAST_BULLETIN };
const REVIEW = 'Crosscheck: Mark finding as reviewed';
const findingId = (d: Diagnostic) => (d.data as { findingId?: string } | undefined)?.findingId;

describe('annotations in the language server', () => {
  const ws = tempWorkspace(FILES);
  const north = ws.uri('north-post.txt');
  const store = join(ws.dir, '.crosscheck', 'annotations.jsonl');
  let s: TestServer;
  let reviewed = '';

  before(async () => {
    s = await startServer(ws.dir);
  });
  after(async () => {
    await s?.stop();
    ws.remove();
  });

  const indexed = (server: TestServer) => server.waitFor('indexing done', () => server.statuses.find((x) => !x.indexing && x.articles === 3));
  const codeActions = (range: Diagnostic['range'], diagnostics: Diagnostic[], triggerKind: 1 | 2) =>
    s.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: north }, range, context: { diagnostics, triggerKind } });

  it('the quick fix on a finding marks it reviewed: the store is written and the diagnostic goes', async () => {
    const d = await s.waitFor('a conflict in north-post', () => s.diagnostics.get(north)?.find((x) => x.code === 'quantity-mismatch'));
    reviewed = findingId(d)!;
    const actions = await codeActions(d.range, [d], 2);
    const fix = actions.find((a) => a.title === REVIEW);
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.ok(!actions.some((a) => a.kind?.startsWith('refactor')), 'no annotating actions on a mere cursor move');
    await s.conn.sendRequest('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments });
    await s.waitFor('diagnostic gone', () => !s.diagnostics.get(north)?.some((x) => findingId(x) === reviewed));
    const lines = readFileSync(store, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]).motivation, 'moderating');
  });

  it('a new server (a window reload) reads the store at start: the finding stays gone', async () => {
    await s.stop();
    s = await startServer(ws.dir);
    await indexed(s);
    await s.waitFor('other findings published', () => s.diagnostics.size > 0);
    assert.ok(![...s.diagnostics.values()].flat().some((x) => findingId(x) === reviewed));
  });

  it('a hand edit of the store while the server runs is picked up', async () => {
    writeFileSync(store, '');
    await s.waitFor('diagnostic back', () => s.diagnostics.get(north)?.some((x) => findingId(x) === reviewed));
  });

  it('a corrupt store is reported with its line and never rewritten', async () => {
    const corrupt = '{"id": "urn:x", oops\n';
    writeFileSync(store, corrupt);
    await s.waitFor('warning logged', () => s.logs.some((l) => /annotations\.jsonl has 1 unreadable line \(line 1: not JSON/.test(l)));
    const d = s.diagnostics.get(north)!.find((x) => findingId(x) === reviewed)!;
    const fix = (await codeActions(d.range, [d], 2)).find((a) => a.title === REVIEW)!;
    await s.conn.sendRequest('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments }).catch(() => undefined);
    assert.equal(readFileSync(store, 'utf8'), corrupt);
    writeFileSync(store, '');
  });

  it('asked for actions on a name: retype, not an entity, merge, note; a note shows in the hover', async () => {
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: north, languageId: 'plaintext', version: 1, text: NORTH_POST } });
    const at = positionOf(NORTH_POST, 'Ilse Marrow', 2);
    const actions = await codeActions({ start: at, end: at }, [], 1);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Crosscheck: “Ilse Marrow” is not an entity'), titles.join('\n'));
    assert.ok(titles.includes('Crosscheck: “Ilse Marrow” is a place'));
    assert.ok(titles.includes('Crosscheck: Merge “Ilse Marrow” with another entity…'));
    assert.ok(titles.includes('Crosscheck: Add a note…'));
    await s.conn.sendRequest('workspace/executeCommand', {
      command: 'crosscheck.server.annotate',
      arguments: [{ kind: 'note', text: 'Confirm the first name with her office', at: { uri: north, range: { start: at, end: at } } }],
    });
    const md = await s.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: north }, position: at });
    assert.match((md!.contents as { value: string }).value, /Confirm the first name with her office/);
  });

  it('an annotation whose words are gone is kept and hinted at the top of its article', async () => {
    const text = readFileSync(store, 'utf8');
    assert.ok(existsSync(store) && text.includes('Confirm the first name'));
    const edited = NORTH_POST.replace('Ilse Marrow said rescuers', 'The governor said rescuers');
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: north, version: 2 }, contentChanges: [{ text: edited }] });
    const hint = await s.waitFor('orphan hint', () => s.diagnostics.get(north)?.find((x) => x.code === 'orphaned-annotation'));
    assert.match(String(hint.message), /1 annotation no longer fit/);
    assert.equal(readFileSync(store, 'utf8'), text, 'the store keeps it');
  });
});
