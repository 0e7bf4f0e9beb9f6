// The extension seen through the VS Code API, inside an Extension Development Host whose
// workspace is a copy of samples/: diagnostics for files never opened, the cross-source
// hover, semantic tokens, the review quick fix, and findings following an edit.
import assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXPECTED_MESSAGE, locate, readGold, type GoldRef, type Place } from '../../e2e/lib/samples';

const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const uriOf = (doc: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, doc);
const positionOf = (p: Place, offset = 0) => new vscode.Position(p.line - 1, p.column - 1 + offset);

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function crosscheckDiagnosticAt(place: Place): vscode.Diagnostic | undefined {
  const at = positionOf(place);
  const end = positionOf(place, place.endColumn - place.column);
  return vscode.languages
    .getDiagnostics(uriOf(place.doc))
    .find((d) => d.source === 'crosscheck' && d.range.start.line === at.line && d.range.start.isAfterOrEqual(at) && d.range.start.isBefore(end));
}

suite('Crosscheck in the Extension Development Host', () => {
  const gold = () => readGold(root());
  const at = (ref: GoldRef) => locate(root(), ref);

  suiteSetup(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'crosscheck' && e.packageJSON.publisher === 'crosscheck');
    assert.ok(ext, 'the crosscheck extension is not loaded');
    // Activation must come from the workspace (activationEvents), not from this suite.
    await until('the extension to activate', () => ext.isActive);
  });

  test('every planted conflict has a diagnostic on each side, for files never opened', async () => {
    const opened = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').map((d) => d.uri.fsPath);
    for (const c of gold().conflicts) {
      for (const side of [c.a, ...c.b].map(at)) {
        assert.ok(!opened.includes(uriOf(side.doc).fsPath), `${side.doc} was opened before this test`);
        const d = await until(`a diagnostic for ${c.id} at ${side.doc}:${side.line}:${side.column}`, () => crosscheckDiagnosticAt(side));
        for (const re of EXPECTED_MESSAGE[c.id] ?? [/^$/]) assert.match(d.message, re, `${c.id} at ${side.doc}`);
      }
    }
  });

  test('the hover on a name lists the variant another source uses, with a link to it', async () => {
    const minister = gold().conflicts.find((c) => c.id === 'minister-name')!;
    const here = at(minister.b[0]);
    const there = at(minister.a);
    await vscode.window.showTextDocument(uriOf(here.doc));
    const text = await until('a hover with the other source', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uriOf(here.doc), positionOf(here, 1));
      const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return md.includes(there.doc) && md.includes(there.text) ? md : undefined;
    });
    assert.match(text, new RegExp(`${there.doc.replace('.', '\\.')}#L${there.line}\\b`), 'no link to the line of the other variant');
  });

  test('names carry person and place semantic tokens', async () => {
    const uri = uriOf('harbour-gazette.txt');
    await vscode.workspace.openTextDocument(uri);
    const legend = await until('the semantic token legend', () =>
      Promise.resolve(vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri)));
    const tokens = await until('semantic tokens', () =>
      Promise.resolve(vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri)));
    const decoded: { line: number; start: number; length: number; type: string }[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      start = tokens.data[i] === 0 ? start + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push({ line, start, length: tokens.data[i + 2], type: legend.tokenTypes[tokens.data[i + 3]] });
    }
    for (const [type, text] of [['person', 'Ines Marwick'], ['place', 'Vessick']] as const) {
      const p = at({ doc: 'harbour-gazette.txt', text });
      const token = decoded.find((t) => t.line === p.line - 1 && t.start <= p.column - 1 && p.column - 1 < t.start + t.length);
      assert.equal(token?.type, type, `"${text}" at ${p.line}:${p.column}`);
    }
  });

  test('the review quick fix removes the finding', async () => {
    const toll = at(gold().conflicts.find((c) => c.id === 'death-toll')!.a);
    const diagnostic = await until('the death-toll diagnostic', () => crosscheckDiagnosticAt(toll));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uriOf(toll.doc), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const review = actions.find((a) => /review/i.test(a.title));
    assert.ok(review, `no review quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    if (review.edit) await vscode.workspace.applyEdit(review.edit);
    if (review.command) await vscode.commands.executeCommand(review.command.command, ...(review.command.arguments ?? []));
    await until('the reviewed diagnostic to go', () => !vscode.languages.getDiagnostics(uriOf(toll.doc)).some((d) => d.message === diagnostic.message && d.range.isEqual(diagnostic.range)));
  });

  test('typing a conflicting figure raises a diagnostic in another article', async () => {
    const count = at({ doc: 'daily-ledger.txt', text: '112 passengers' });
    const editor = await vscode.window.showTextDocument(uriOf(count.doc));
    await editor.edit((e) => e.replace(new vscode.Range(positionOf(count), positionOf(count, 3)), '95'));
    await until('a diagnostic about 95 passengers in another article', () =>
      vscode.languages.getDiagnostics().some(([uri, ds]) => !uri.fsPath.endsWith(count.doc) && ds.some((d) => d.source === 'crosscheck' && /\b95\b/.test(d.message))), 10_000);
  });
});
