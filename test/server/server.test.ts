// The real server over stdio, on a temporary folder of three made-up articles: indexing with
// progress, diagnostics for files never opened, hover, semantic tokens, references,
// definition, symbols, edits that change findings in another file, file watching, settings.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import type { Diagnostic, DocumentSymbol, Hover, Location, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { EAST_BULLETIN, NORTH_POST, VALLEY_HERALD, positionOf, tempWorkspace, textAt } from './fixtures';
import { startServer, type TestServer } from './lsp-client';

const FILES = { 'north-post.txt': NORTH_POST, 'valley-herald.txt': VALLEY_HERALD, 'east-bulletin.txt': EAST_BULLETIN };
const tokenConflict = (d: Diagnostic) => d.code === 'quantity-mismatch';

describe('language server over stdio', () => {
  const ws = tempWorkspace(FILES);
  const north = ws.uri('north-post.txt');
  const valley = ws.uri('valley-herald.txt');
  let s: TestServer;

  before(async () => {
    s = await startServer(ws.dir);
  });
  after(async () => {
    await s?.stop();
    ws.remove();
  });

  it('indexes every article with progress and reports the count', async () => {
    const done = await s.waitFor('status after indexing', () => s.statuses.find((x) => !x.indexing && x.articles === 3));
    assert.equal(done.skipped, 0);
    assert.ok(s.progress.some((p) => p.kind === 'begin'));
    assert.ok(s.progress.some((p) => p.kind === 'report' && /^Indexing articles \d+\/3$/.test(p.message ?? '')), JSON.stringify(s.progress));
    assert.ok(s.progress.some((p) => p.kind === 'end'));
    assert.ok(s.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'file watcher registered');
  });

  it('publishes diagnostics for articles that were never opened, linked to the other source', async () => {
    const diags = await s.waitFor('quantity conflict in north-post', () => s.diagnostics.get(north)?.filter(tokenConflict)[0]);
    assert.match(textAt(NORTH_POST, diags.range), /^14\b/);
    assert.equal(diags.source, 'crosscheck');
    assert.equal(diags.severity, 2);
    assert.ok(diags.relatedInformation?.some((r) => r.location.uri === valley && textAt(VALLEY_HERALD, r.location.range).startsWith('19')));
    assert.equal(typeof (diags.data as { findingId: string }).findingId, 'string');
    assert.match(String(diags.message), /19/);
  });

  it('updates another article’s diagnostics when one is edited (incrementally)', async () => {
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: valley, languageId: 'plaintext', version: 1, text: VALLEY_HERALD } });
    const at = positionOf(VALLEY_HERALD, '19 miners');
    const change = (version: number, from: string, to: string) => s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: valley, version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + from.length } }, text: to }],
    });
    await change(2, '19', '14');
    await s.waitFor('conflict gone from north-post', () => s.diagnostics.get(north)?.every((d) => !tokenConflict(d)));
    await change(3, '14', '1');
    await change(4, '1', '31'); // superseded versions queue up; the last one wins
    // The first keystroke after a pause is analysed at once, so "1" may be published on the way.
    const d = await s.waitFor('new conflict in north-post', () => s.diagnostics.get(north)?.find((x) => tokenConflict(x) && /“31”/.test(String(x.message))));
    assert.match(String(d.message), /31/);
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: valley } });
    // Closing drops the unsaved edit: the file on disk says 19 again.
    await s.waitFor('disk text back after close', () => s.diagnostics.get(north)?.find((x) => tokenConflict(x) && /19/.test(String(x.message))));
  });

  it('answers a hover on a name with every source and links to them', async () => {
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: north, languageId: 'plaintext', version: 1, text: NORTH_POST } });
    const hover = await s.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: north }, position: positionOf(NORTH_POST, 'Marrow', 2) });
    assert.ok(hover, 'a hover');
    const md = (hover.contents as { kind: string; value: string });
    assert.equal(md.kind, 'markdown');
    assert.match(md.value, /Ilse Marrow/);
    assert.match(md.value, /north-post\.txt\*\* \(this article\)/);
    assert.match(md.value, /valley-herald\.txt/);
    assert.match(md.value, /east-bulletin\.txt/);
    assert.ok(md.value.includes(`${valley}#L`), 'links to the other article');
    assert.equal(textAt(NORTH_POST, hover.range!), 'Ilse Marrow');
  });

  it('returns semantic tokens (full and range) with names and quotes typed', async () => {
    const legend = s.capabilities.semanticTokensProvider!.legend;
    const decode = (data: number[]) => {
      const out: Array<{ type: string; text: string; mods: string[] }> = [];
      const lines = NORTH_POST.split('\n');
      let line = 0;
      let ch = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
        out.push({
          type: legend.tokenTypes[data[i + 3]],
          text: lines[line].slice(ch, ch + data[i + 2]),
          mods: legend.tokenModifiers.filter((_, k) => data[i + 4] & (1 << k)),
        });
      }
      return out;
    };
    const full = await s.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: north } });
    const tokens = decode(full.data);
    const marrow = tokens.find((t) => t.type === 'person' && t.text.includes('Marrow'));
    assert.ok(marrow, JSON.stringify(tokens));
    assert.ok(marrow.mods.includes('corroborated'), 'named by other sources too');
    assert.ok(tokens.some((t) => t.type === 'quote' && t.text.includes('We will not stop')), 'the quote');
    assert.ok(tokens.some((t) => t.type === 'quantity' && t.text.startsWith('14') && t.mods.includes('conflicted')));
    const quoteLine = positionOf(NORTH_POST, '“We').line;
    const range = await s.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: north }, range: { start: { line: quoteLine, character: 0 }, end: { line: quoteLine + 1, character: 0 } },
    });
    assert.ok(range.data.length > 0 && range.data.length < full.data.length);
  });

  it('finds references across articles and the first mention as definition', async () => {
    const pos = positionOf(NORTH_POST, 'Marrow said.', 1);
    const refs = await s.conn.sendRequest<Location[]>('textDocument/references', { textDocument: { uri: north }, position: pos, context: { includeDeclaration: true } });
    const uris = new Set(refs.map((r) => r.uri));
    assert.ok(uris.has(north) && uris.has(valley) && uris.has(ws.uri('east-bulletin.txt')), JSON.stringify(refs));
    const def = await s.conn.sendRequest<Location | null>('textDocument/definition', { textDocument: { uri: north }, position: pos });
    assert.equal(def?.uri, north);
    assert.deepEqual(def?.range.start, positionOf(NORTH_POST, 'Ilse Marrow'));
  });

  it('lists document symbols (entities and claims) and finds workspace symbols', async () => {
    const symbols = await s.conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: north } });
    assert.ok(symbols.some((x) => x.name === 'Ilse Marrow'), JSON.stringify(symbols.map((x) => x.name)));
    assert.ok(symbols.some((x) => /killed 14 miners/.test(x.name)), 'a claim');
    const found = await s.conn.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Kestrel' });
    assert.ok(found.some((x) => x.name.includes('Kestrel')), JSON.stringify(found));
  });

  it('follows files created and deleted outside the editor', async () => {
    const text = 'Brenholt mine history\nBy Lena Fisk\n11 October 2025\nThe Brenholt coal mine opened on 31 February 1961, the company said.\n';
    writeFileSync(ws.path('south-daily.txt'), text);
    const south = ws.uri('south-daily.txt');
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: south, type: 1 }] });
    await s.waitFor('new article indexed', () => s.statuses.at(-1)?.articles === 4);
    const d = await s.waitFor('its diagnostics', () => s.diagnostics.get(south)?.find((x) => x.code === 'implausible-date'));
    assert.equal(textAt(text, d.range), '31 February 1961');
    unlinkSync(ws.path('south-daily.txt'));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: south, type: 3 }] });
    await s.waitFor('article dropped', () => s.statuses.at(-1)?.articles === 3);
    await s.waitFor('its diagnostics cleared', () => s.diagnostics.get(south)?.length === 0);
  });

  it('applies per-rule severities from the settings, including off', async () => {
    s.settings.rules = { 'quantity-mismatch': 'off' };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitFor('rule turned off', () => s.diagnostics.get(ws.uri('valley-herald.txt'))?.every((d) => !tokenConflict(d)));
    s.settings.rules = { 'quantity-mismatch': 'error' };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitFor('rule as error', () => s.diagnostics.get(valley)?.some((d) => tokenConflict(d) && d.severity === 1));
  });

  it('re-analyses the whole workspace on request', async () => {
    const r = await s.conn.sendRequest<{ articles: number; skipped: number }>('crosscheck/reanalyze');
    assert.deepEqual(r, { articles: 3, skipped: 0 });
  });
});
