// Entry point of the language server (bundled to dist/server.js). The transport comes from the
// command line as vscode-languageserver reads it: `--stdio`, `--node-ipc` (what the VS Code
// client uses), `--socket=N` or `--pipe=NAME`.
import '../node/tiering'; // first: sets V8 flags before any analysis code runs
import './start-workers'; // second: the workers load while the rest of this bundle does
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { loadDefaultRecognizer } from '../node/recognizer-file';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// A bug must not take the editor's analysis down with it: log and keep serving.
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${String(e)}`));

startServer(connection, { loadRecognizer: loadDefaultRecognizer });
connection.listen();
