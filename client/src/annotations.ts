// Palette commands for annotating: each asks what it needs (a type, a verdict, a note, the
// entity to merge with) and hands the work to a server command, which writes the store and
// updates every article. Code actions that need input call these with the place filled in.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  CLIENT_COMMANDS, SERVER_COMMANDS,
  type AnnotateArgs, type AnnotateResult, type AnnotationItem, type EntityItem, type ReviewArgs, type ReviewedItem, type TextSpot,
} from '../../server/src/lsp/annotation-protocol';

const TYPES: Array<{ label: string; type: string }> = [
  { label: 'Person', type: 'person' },
  { label: 'Organisation', type: 'organization' },
  { label: 'Place', type: 'place' },
  { label: 'Event', type: 'event' },
  { label: 'Other name', type: 'misc' },
];
const VERDICTS = ['verified', 'disputed', 'unverified'];

export function registerAnnotationCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, output: vscode.LogOutputChannel): void {
  async function server<T>(command: string, arg?: unknown): Promise<T | undefined> {
    const c = client();
    if (!c) return undefined;
    try {
      return (await c.sendRequest(ExecuteCommandRequest.type, { command, arguments: arg === undefined ? [] : [arg] })) as T;
    } catch (e) {
      // The server has already shown why; keep a trace in the output.
      output.error(`${command} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }
  async function annotate(args: AnnotateArgs): Promise<void> {
    const r = await server<AnnotateResult>(SERVER_COMMANDS.annotate, args);
    if (r?.message) vscode.window.setStatusBarMessage(`Crosscheck: ${r.message}`, 5000);
  }
  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register(CLIENT_COMMANDS.markEntity, async (spot?: TextSpot) => {
    const at = spot ?? editorSpot();
    if (!at) return;
    const pick = await vscode.window.showQuickPick(TYPES, { title: 'Crosscheck: what is it?', placeHolder: 'Entity type for the selection' });
    if (pick) await annotate({ kind: 'entity', type: pick.type, at });
  });
  register(CLIENT_COMMANDS.notEntity, async (spot?: TextSpot) => {
    const at = spot ?? editorSpot();
    if (at) await annotate({ kind: 'not-entity', at });
  });
  register(CLIENT_COMMANDS.mergeEntity, async (spot?: TextSpot) => {
    const at = spot ?? editorSpot();
    if (!at) return;
    const entities = (await server<EntityItem[]>(SERVER_COMMANDS.listEntities, at)) ?? [];
    const pick = await vscode.window.showQuickPick(
      entities.map((e) => ({ label: e.name, description: `${e.type} · ${e.sources} source${e.sources === 1 ? '' : 's'}`, entity: e })),
      { title: 'Crosscheck: the same entity as…', matchOnDescription: true },
    );
    if (pick) await annotate({ kind: 'merge', at, other: pick.entity.at });
  });
  register(CLIENT_COMMANDS.splitMention, async (spot?: TextSpot) => {
    const at = spot ?? editorSpot();
    if (at) await annotate({ kind: 'split', at });
  });
  register(CLIENT_COMMANDS.setClaimVerdict, async (spot?: TextSpot) => {
    const at = spot ?? editorSpot();
    if (!at) return;
    const verdict = await vscode.window.showQuickPick(VERDICTS, { title: 'Crosscheck: the claim is…' });
    if (!verdict) return;
    const note = await vscode.window.showInputBox({ title: `Crosscheck: claim ${verdict}`, prompt: 'A note (optional): source, reasoning' });
    if (note === undefined) return;
    await annotate({ kind: 'verdict', verdict, note: note || undefined, at });
  });
  register(CLIENT_COMMANDS.addNote, async (spot?: TextSpot) => {
    const at = spot ?? editorSpot();
    if (!at) return;
    const text = await vscode.window.showInputBox({ title: 'Crosscheck: note', prompt: 'A note on the selected words (kept in .crosscheck/annotations.jsonl)' });
    if (text?.trim()) await annotate({ kind: 'note', text, at });
  });
  register(CLIENT_COMMANDS.markReviewed, async (args?: ReviewArgs) => {
    const findingId = args?.findingId ?? (await pickFindingAtCursor());
    if (!findingId) return;
    const note = await vscode.window.showInputBox({ title: 'Crosscheck: mark finding as reviewed', prompt: 'A note (optional)' });
    if (note === undefined) return;
    const r = await server<AnnotateResult>(SERVER_COMMANDS.markReviewed, { findingId, note: note || undefined });
    if (r?.message) vscode.window.setStatusBarMessage(`Crosscheck: ${r.message}`, 5000);
  });
  register(CLIENT_COMMANDS.undoReview, async () => {
    const reviewed = (await server<ReviewedItem[]>(SERVER_COMMANDS.listReviewed)) ?? [];
    if (!reviewed.length) return void vscode.window.showInformationMessage('Crosscheck: no finding is marked reviewed.');
    const pick = await vscode.window.showQuickPick(
      reviewed.map((r) => ({ label: r.label, detail: r.note, description: r.at ? undefined : 'no longer reported', item: r })),
      { title: 'Crosscheck: report this finding again' },
    );
    if (!pick) return;
    const r = await server<AnnotateResult>(SERVER_COMMANDS.undoReview, { findingId: pick.item.findingId });
    if (r?.message) vscode.window.setStatusBarMessage(`Crosscheck: ${r.message}`, 5000);
  });
  const list = (orphanedOnly: boolean) => async () => {
    const items = (await server<AnnotationItem[]>(SERVER_COMMANDS.listAnnotations, { orphanedOnly })) ?? [];
    if (!items.length) {
      return void vscode.window.showInformationMessage(orphanedOnly ? 'Crosscheck: every annotation still fits its article.' : 'Crosscheck: no annotations yet.');
    }
    const pick = await vscode.window.showQuickPick(
      items.map((i) => ({ label: `${i.orphaned ? '$(warning) ' : ''}${i.label}`, description: i.source, detail: `“${i.quote}”${i.orphaned ? ' (no longer found in the article)' : ''}`, item: i })),
      { title: orphanedOnly ? 'Crosscheck: orphaned annotations (kept, not applied)' : 'Crosscheck: annotations', matchOnDetail: true },
    );
    if (!pick) return;
    if (pick.item.at) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(pick.item.at.uri));
      await vscode.window.showTextDocument(doc, { selection: toRange(pick.item.at) });
      return;
    }
    const choice = await vscode.window.showWarningMessage(`“${pick.item.quote}” is no longer in ${pick.item.source}.`, 'Delete annotation', 'Copy quote');
    if (choice === 'Copy quote') await vscode.env.clipboard.writeText(pick.item.quote);
    if (choice === 'Delete annotation') await server(SERVER_COMMANDS.deleteAnnotation, { id: pick.item.id });
  };
  register(CLIENT_COMMANDS.listAnnotations, list(false));
  register(CLIENT_COMMANDS.listOrphanedAnnotations, list(true));
}

function editorSpot(): TextSpot | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Crosscheck: open an article and select the words first.');
    return undefined;
  }
  const s = editor.selection;
  return {
    uri: editor.document.uri.toString(),
    range: { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } },
  };
}

function toRange(spot: TextSpot): vscode.Range {
  return new vscode.Range(spot.range.start.line, spot.range.start.character, spot.range.end.line, spot.range.end.character);
}

/** The Crosscheck finding under the cursor (a choice when several overlap it). */
async function pickFindingAtCursor(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const here = vscode.languages.getDiagnostics(editor.document.uri).filter((d) =>
    d.source === 'crosscheck' && d.range.intersection(editor.selection) !== undefined && findingIdOf(d));
  if (!here.length) {
    void vscode.window.showInformationMessage('Crosscheck: put the cursor on a finding first.');
    return undefined;
  }
  if (here.length === 1) return findingIdOf(here[0]);
  const pick = await vscode.window.showQuickPick(here.map((d) => ({ label: d.message, id: findingIdOf(d) })), { title: 'Crosscheck: which finding?' });
  return pick?.id;
}

/** Diagnostics keep the server's `data` on the client (vscode-languageclient attaches it). */
function findingIdOf(d: vscode.Diagnostic): string | undefined {
  const data = (d as vscode.Diagnostic & { data?: { findingId?: string } }).data;
  return data?.findingId;
}
