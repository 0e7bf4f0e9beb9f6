// The VS Code side: starts the language server (dist/server.js over IPC), hands it article and
// plain-text files, shows "N articles · M conflicts" in the status bar and offers the
// re-analyse command. All analysis happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAnnotationCommands } from './annotations';
import { REANALYZE_REQUEST, STATUS_NOTIFICATION, type ReanalyzeResult, type StatusParams } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const status = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Crosscheck';
  status.text = '$(book) Crosscheck';
  status.tooltip = 'Crosscheck: starting…';
  status.command = 'workbench.actions.view.problems';
  status.show();
  context.subscriptions.push(output, status);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'article' },
      { scheme: 'file', language: 'plaintext' },
    ],
    outputChannel: output,
    // Where the server keeps its analysis cache: this workspace's storage, never the articles' folder.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
  };
  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);

  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => showStatus(status, s)),
    vscode.commands.registerCommand('crosscheck.reanalyze', async () => {
      if (!client) return;
      try {
        const r = await client.sendRequest<ReanalyzeResult>(REANALYZE_REQUEST);
        const skipped = r.skipped ? ` (${r.skipped} skipped, see the Crosscheck output)` : '';
        vscode.window.setStatusBarMessage(`Crosscheck: re-analysed ${r.articles} articles${skipped}`, 5000);
      } catch (e) {
        output.error(`Re-analysis failed: ${e instanceof Error ? e.message : String(e)}`);
        void vscode.window.showErrorMessage('Crosscheck: re-analysis failed; see the Crosscheck output.');
      }
    }),
  );

  registerAnnotationCommands(context, () => client, output);

  await client.start();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function showStatus(item: vscode.StatusBarItem, s: StatusParams): void {
  const spin = s.indexing || s.restoring ? '$(sync~spin) ' : '';
  item.text = `${spin}$(book) ${plural(s.articles, 'article')} · ${plural(s.conflicts, 'conflict')}`;
  const lines = [
    `Crosscheck: ${plural(s.articles, 'article')} analysed${s.indexing ? ' (indexing…)' : s.restoring ? ' (as at the end of the last session, nothing has changed; loading the index…)' : ''}`,
    `${plural(s.conflicts, 'conflict')} between sources (${plural(s.findings, 'finding')} with hints)`,
  ];
  if (s.skipped) lines.push(`${plural(s.skipped, 'file')} skipped: see the Crosscheck output`);
  lines.push('Click to open the Problems panel');
  item.tooltip = lines.join('\n');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
