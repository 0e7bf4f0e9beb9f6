// The extension seen through the VS Code API, inside an Extension Development Host whose
// workspace is a copy of samples/: diagnostics for files never opened, the cross-source
// hover, semantic tokens, the review quick fix, and findings following an edit.
import assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXPECTED_MESSAGE, locate, readGold, type GoldConflict, type GoldRef, type Place } from '../../e2e/lib/samples';

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

/** The crosscheck diagnostic about a planted conflict on this side: same line, saying what it says. */
function crosscheckDiagnosticAt(place: Place, patterns: RegExp[] = []): vscode.Diagnostic | undefined {
  return vscode.languages
    .getDiagnostics(uriOf(place.doc))
    .find((d) => d.source === 'crosscheck' && d.range.start.line === place.line - 1 && d.range.start.character <= place.endColumn - 1 && patterns.every((re) => re.test(d.message)));
}

/** The odd source out gets the diagnostic; the sources it disagrees with are its related information. */
function reported(c: GoldConflict, side: Place, a: Place): boolean {
  const patterns = EXPECTED_MESSAGE[c.id] ?? [/^$/];
  if (crosscheckDiagnosticAt(side, patterns)) return true;
  return !!crosscheckDiagnosticAt(a, patterns)?.relatedInformation?.some(
    (r) => r.location.uri.fsPath === uriOf(side.doc).fsPath && r.location.range.start.line === side.line - 1,
  );
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

  test('every planted conflict is a diagnostic on its odd source out, linked to the others, in files never opened', async () => {
    const opened = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').map((d) => d.uri.fsPath);
    for (const c of gold().conflicts) {
      assert.ok(EXPECTED_MESSAGE[c.id], `no expected message for planted conflict "${c.id}"`);
      const a = at(c.a);
      for (const side of [c.a, ...c.b].map(at)) {
        assert.ok(!opened.includes(uriOf(side.doc).fsPath), `${side.doc} was opened before this test`);
        await until(`${c.id} reported at ${side.doc}:${side.line}:${side.column} ("${side.text}")`, () => reported(c, side, a));
      }
    }
  });

  test('the hover on a name lists the variant another source uses, with a link to it', async () => {
    const captain = gold().variants.find((v) => v.id === 'captain-spelling')!;
    const here = at(captain.b[0]);
    const there = at(captain.a);
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
    const toll = gold().conflicts.find((c) => c.id === 'death-toll')!;
    const place = at(toll.a);
    const diagnostic = await until('the death-toll diagnostic', () => crosscheckDiagnosticAt(place, EXPECTED_MESSAGE[toll.id]));
    await vscode.window.showTextDocument(uriOf(place.doc));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uriOf(place.doc), diagnostic.range);
    const review = actions.find((a) => /reviewed$/i.test(a.title));
    assert.ok(review?.command, `no review quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(review.command.command, ...(review.command.arguments ?? []));
    await until('the reviewed diagnostic to go', () => !vscode.languages.getDiagnostics(uriOf(place.doc)).some((d) => d.message === diagnostic.message && d.range.isEqual(diagnostic.range)));
  });

  test('typing a conflicting figure raises a diagnostic in another article', async () => {
    // Two sources agree on the fund ("€2.5 million", "2.5 million euros"); make one say €4 million.
    const fund = gold().compatible.find((c) => c.id === 'fund-amount')!;
    const body = at({ doc: fund.a.doc, text: `pay ${fund.a.text}` });
    const other = at(fund.b[0]);
    const figure = /\d+(\.\d+)?/.exec(fund.a.text)!;
    const start = positionOf(body, 'pay '.length + figure.index);
    const editor = await vscode.window.showTextDocument(uriOf(body.doc));
    await editor.edit((e) => e.replace(new vscode.Range(start, start.translate(0, figure[0].length)), '4'));
    await until('a diagnostic about €4 million in the other article', () =>
      vscode.languages.getDiagnostics(uriOf(other.doc)).some((d) => d.source === 'crosscheck' && /\b4 million|€4\b/.test(d.message)), 10_000);
  });
});
