// Bad input must never take the server down: binary, empty, invalid UTF-8, BOM + mixed line
// ends, a 50,000-character line, a file over the size limit, a file that vanishes before it is
// read, malformed requests. Skipped files are named in the log with a reason.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { NORTH_POST, VALLEY_HERALD, tempWorkspace } from './fixtures';
import { startServer, type TestServer } from './lsp-client';

const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256);
const invalidUtf8 = Uint8Array.from([...Buffer.from('Caf'), 0xc3, 0x28, ...Buffer.from(' owner Ilse Marrow said '), 0xff, 0xfe, ...Buffer.from(' 12 miners.\n')]);
const longLine = 'Kestrel Mining Group said 14 miners were hurt. '.repeat(1100).slice(0, 50_000);
const bomCrlf = '\uFEFFBrenholt mine reopens\r\nBy Sara Lindgren\r\nThe mine reopened on Monday.\rWorkers returned.\n';
const LIMIT = 100_000;

describe('language server on bad input', () => {
  const ws = tempWorkspace({
    'good.txt': NORTH_POST,
    'other.txt': VALLEY_HERALD,
    'binary.txt': binary,
    'empty.txt': '',
    'invalid-utf8.txt': invalidUtf8,
    'long-line.txt': longLine,
    'bom-crlf.txt': bomCrlf,
    'too-big.txt': 'x '.repeat(LIMIT),
  });
  mkdirSync(join(ws.dir, 'node_modules'));
  writeFileSync(join(ws.dir, 'node_modules', 'dep.txt'), 'not an article');
  let s: TestServer;
  const alive = async () => {
    const r = await s.conn.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.ok(Array.isArray(r));
    assert.equal(s.child.exitCode, null);
  };

  before(async () => {
    s = await startServer(ws.dir, { maxFileSize: LIMIT });
  });
  after(async () => {
    await s?.stop();
    ws.remove();
  });

  it('indexes what it can and logs every skipped file with a reason', async () => {
    const st = await s.waitFor('indexing done', () => s.statuses.find((x) => !x.indexing && x.articles > 0));
    assert.ok(st.articles >= 4, JSON.stringify(st));
    assert.ok(st.skipped >= 2, JSON.stringify(st));
    assert.ok(s.logs.some((l) => l.includes(ws.path('binary.txt')) && /Skipped/.test(l)), s.logs.join('\n'));
    assert.ok(s.logs.some((l) => l.includes(ws.path('too-big.txt')) && /too large/.test(l)), s.logs.join('\n'));
    assert.ok(!s.logs.some((l) => l.includes('dep.txt')), 'node_modules is excluded, not skipped');
    await alive();
  });

  it('serves a 50,000-character line, an empty document and garbage text', async () => {
    const docs: Record<string, string> = {
      [ws.uri('long-line.txt')]: longLine,
      [ws.uri('empty.txt')]: '',
      [ws.uri('garbage.txt')]: '\u0000\uD800 “ unclosed ‘ \u202E 31/02/99999 $$$ 10^400 ' + '🙂'.repeat(500),
    };
    for (const [uri, text] of Object.entries(docs)) {
      await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const tokens = await s.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.ok(Array.isArray(tokens.data));
      await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 49_999 } });
    }
    await alive();
  });

  it('survives nonsense positions, unknown documents and malformed requests', async () => {
    const good = ws.uri('good.txt');
    await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: good }, position: { line: 9999, character: -5 } });
    await s.conn.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri: good }, range: { start: { line: 5, character: 0 }, end: { line: 2, character: 0 } } });
    assert.equal(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///no/such/file.md' }, position: { line: 0, character: 0 } }), null);
    await s.conn.sendRequest('textDocument/hover', {}).catch(() => undefined);
    await s.conn.sendRequest('textDocument/references', { textDocument: { uri: 'not a uri' } }).catch(() => undefined);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    await alive();
  });

  it('drops an article that turns binary and logs a file that vanished before it was read', async () => {
    const before = s.statuses.at(-1)!.articles;
    writeFileSync(ws.path('other.txt'), binary);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: ws.uri('other.txt'), type: 2 }, { uri: ws.uri('vanished.txt'), type: 1 }],
    });
    await s.waitFor('binary change logged', () => s.logs.some((l) => l.includes(ws.path('other.txt')) && /Skipped/.test(l)));
    await s.waitFor('vanished file logged', () => s.logs.some((l) => l.includes(ws.path('vanished.txt')) && /Skipped/.test(l)));
    await s.waitFor('the binary article dropped', () => s.statuses.at(-1)?.articles === before - 1);
    await alive();
  });
});
