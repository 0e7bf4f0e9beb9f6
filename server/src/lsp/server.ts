// LSP wiring: capabilities, handlers and settings. Each handler is a few lines over the core
// (via Corpus) and to-proto.ts; every one is guarded so a failure logs and returns an empty
// result instead of taking the server down.
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments,
  TextDocumentSyncKind, WatchKind,
  type CancellationToken, type ClientCapabilities, type Connection, type Disposable, type InitializeParams,
  type InitializeResult, type SemanticTokens,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Location } from '../core/model';
import type { EntityRecognizer } from '../core/ner/recognizer';
import { openSnapshotStore, type SnapshotStore } from '../node/snapshot';
import { serverAnalyzer, type Analyzer } from '../node/workers';
import { AnnotationService } from './annotations';
import { Corpus, describe, type FileChange, type Logger } from './corpus';
import { renderHover, type HoverContext } from './hover-markdown';
import { LEGEND } from './legend';
import { REANALYZE_REQUEST, STATUS_NOTIFICATION } from './protocol';
import { parseSettings, type Settings } from './settings';
import {
  encodeSemanticTokens, locationLink, toDocumentSymbol, toLocation, toOffset, toRange, toSymbolInformation,
} from './to-proto';
import { canonicalUri, displayName, uriToPath } from './uri';

export interface ServerOptions {
  /** Loaded lazily so a broken model file is logged, not fatal. */
  loadRecognizer: () => EntityRecognizer;
  debounceMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const log: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  let caps: ClientCapabilities = {};
  let initSettings: unknown;
  let watcherRegistration: Disposable | undefined;
  let initFolders: string[] = [];
  const recognizer = loadRecognizer(options, log);
  /** Worker threads and the analysis cache, set up once the storage folder is known. */
  let analyzer: Analyzer | undefined;
  let storagePath: unknown;
  /** The diagnostics snapshot beside the cache (null: not opened yet). */
  let snapshots: SnapshotStore | undefined | null = null;

  const theAnalyzer = (): Analyzer =>
    (analyzer ??= serverAnalyzer(recognizer, storagePath, initFolders.map(uriToPath).filter((p): p is string => !!p), (m) => log.warn(m)));

  const corpus = new Corpus({
    recognizer,
    log,
    analyze: (input, token) => theAnalyzer().analyze(input, token),
    indexing: () => analyzer?.holdWrites(),
    indexed: () => analyzer?.release(),
    settled: () => analyzer?.writeHeld(),
    snapshots: () => {
      if (snapshots === null) snapshots = openSnapshotStore(storagePath, initFolders.map(uriToPath).filter((p): p is string => !!p), (m) => log.warn(m));
      return snapshots;
    },
    debounceMs: options.debounceMs ?? 150,
    sendDiagnostics: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined),
    sendStatus: (status) => connection.sendNotification(STATUS_NOTIFICATION, status).catch(() => undefined),
    refreshTokens: () => {
      if (caps.workspace?.semanticTokens?.refreshSupport) {
        connection.languages.semanticTokens.refresh().catch(() => undefined);
      }
    },
    extraFindings: (ws): Finding[] => annotations.orphanHints(ws),
    startProgress: async (title) => {
      const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
      reporter?.begin(title, 0, undefined, false);
      return {
        report: (percentage, message) => reporter?.report(percentage, message),
        done: () => reporter?.done(),
      };
    },
  });

  const annotations: AnnotationService = new AnnotationService({ corpus, connection, log });
  annotations.listen();

  /**
   * Wraps a request handler: waits for the index (while a start shows saved diagnostics),
   * applies queued edits first, honours cancellation, never throws.
   */
  function guard<P, R>(name: string, empty: R, fn: (params: P) => R) {
    return async (params: P, token?: CancellationToken): Promise<R> => {
      await corpus.whenReady();
      if (token?.isCancellationRequested) return empty;
      try {
        return fn(params);
      } catch (e) {
        log.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return empty;
      }
    };
  }

  /** Runs a notification handler; a failure is logged and forgotten. */
  function safely<P>(name: string, fn: (params: P) => void | Promise<void>) {
    return (params: P): void => {
      try {
        const r = fn(params);
        if (r) r.catch((e) => log.error(`${name} failed: ${describe(e)}`));
      } catch (e) {
        log.error(`${name} failed: ${describe(e)}`);
      }
    };
  }

  async function readSettings(): Promise<Settings> {
    if (caps.workspace?.configuration) {
      try {
        return parseSettings(await connection.workspace.getConfiguration({ section: 'crosscheck' }));
      } catch (e) {
        log.warn(`Could not read settings: ${describe(e)}`);
      }
    }
    return parseSettings(initSettings);
  }

  async function watchArticles(settings: Settings): Promise<void> {
    if (!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    watcherRegistration?.dispose();
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        ...settings.include.map((globPattern) => ({ globPattern })),
        // Deleting a folder reports only the folder: watch deletions of everything.
        { globPattern: '**/*', kind: WatchKind.Delete },
      ],
    });
  }

  async function applySettings(next: Settings): Promise<void> {
    if (corpus.applySettings(next)) {
      await watchArticles(next);
      await corpus.reindex(false);
    } else {
      corpus.schedulePublish();
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    initSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    // The editor's storage folder for this workspace (the client sends context.storageUri).
    storagePath = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    corpus.setFolders(folders);
    initFolders = folders;
    // Indexing follows once the client has answered a few requests: the workers start meanwhile.
    if (folders.length) theAnalyzer().warmUp();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        ...AnnotationService.capabilities,
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'crosscheck' },
    };
  });

  connection.onInitialized(safely('initialized', async () => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(safely('workspace folders', async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        corpus.setFolders(folders.map((f) => f.uri));
        await annotations.setFolders(folders.map((f) => f.uri));
        await corpus.reindex(false);
      }));
    }
    const settings = await readSettings();
    corpus.applySettings(settings);
    await watchArticles(settings);
    await annotations.setFolders(initFolders); // reviews made before a reload apply from the start
    await corpus.reindex(false);
  }));

  connection.onDidChangeConfiguration(safely('configuration', async (params: { settings?: unknown }) => {
    if (!caps.workspace?.configuration) {
      initSettings = (params.settings as { crosscheck?: unknown } | undefined)?.crosscheck;
    }
    await applySettings(await readSettings());
  }));

  connection.onDidChangeWatchedFiles(safely('watched files', (params) => {
    const kinds: Record<number, FileChange['kind']> = {
      [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted',
    };
    corpus.didChangeFiles(params.changes.map((c) => ({ uri: c.uri, kind: kinds[c.type] ?? 'changed' })));
  }));

  connection.onRequest(REANALYZE_REQUEST, async () => {
    try {
      const settings = await readSettings();
      if (corpus.applySettings(settings)) await watchArticles(settings);
      return await corpus.reindex(true);
    } catch (e) {
      log.error(`Re-analysis failed: ${describe(e)}`);
      throw e;
    }
  });

  // --- documents -------------------------------------------------------------------------------

  const documents = new TextDocuments(TextDocument);
  documents.onDidOpen(safely('open', (e) => corpus.didOpen(e.document)));
  documents.onDidChangeContent(safely('change', (e) => corpus.didChangeContent(e.document)));
  documents.onDidClose(safely('close', (e) => corpus.didClose(e.document)));
  documents.listen(connection);

  // --- requests --------------------------------------------------------------------------------

  /** The workspace, the document's canonical URI and its line index, when it is an article. */
  function article(textDocumentUri: string) {
    const ws = corpus.current();
    const uri = canonicalUri(textDocumentUri);
    const lines = corpus.linesOf(uri);
    return lines ? { ws, uri, lines } : undefined;
  }

  connection.onHover(guard('hover', null, (p) => {
    const a = article(p.textDocument.uri);
    if (!a) return null;
    const offset = toOffset(a.lines, p.position);
    const info = a.ws.hover(a.uri, offset);
    const notes = annotations.hoverMarkdown(a.ws, a.uri, offset, info);
    if (!info) return notes ? { contents: { kind: 'markdown', value: notes } } : null;
    const disputed = disputedLocations(a.ws.findings());
    const ctx: HoverContext = {
      link: (loc) => locationLink(corpus.linesOf, loc),
      label: displayName,
      title: (uri) => a.ws.analysis(uri)?.meta.title?.text,
      disputed,
      claimText: (uri, id) => a.ws.analysis(uri)?.claims.find((c) => c.id === id)?.text,
    };
    return {
      contents: { kind: 'markdown', value: renderHover(info, a.uri, ctx) + (notes ? `\n\n---\n\n${notes}` : '') },
      range: toRange(a.lines, info.span),
    };
  }));

  connection.onReferences(guard('references', [], (p) => {
    const a = article(p.textDocument.uri);
    if (!a) return [];
    return a.ws.references(a.uri, toOffset(a.lines, p.position)).map((l) => toLocation(corpus.linesOf, l));
  }));

  connection.onDefinition(guard('definition', null, (p) => {
    const a = article(p.textDocument.uri);
    if (!a) return null;
    const loc = a.ws.definition(a.uri, toOffset(a.lines, p.position));
    return loc ? toLocation(corpus.linesOf, loc) : null;
  }));

  connection.onDocumentSymbol(guard('document symbols', [], (p) => {
    const a = article(p.textDocument.uri);
    if (!a) return [];
    return a.ws.documentSymbols(a.uri).map((s) => toDocumentSymbol(a.lines, s));
  }));

  connection.onWorkspaceSymbol(guard('workspace symbols', [], (p) => {
    const ws = corpus.current();
    return ws.workspaceSymbols(p.query).map((s) => toSymbolInformation(corpus.linesOf, s));
  }));

  const noTokens: SemanticTokens = { data: [] };
  connection.languages.semanticTokens.on(guard('semantic tokens', noTokens, (p) => {
    const a = article(p.textDocument.uri);
    if (!a) return noTokens;
    const length = a.ws.analysis(a.uri)?.text.length ?? 0;
    return { data: encodeSemanticTokens(a.lines, length, a.ws.highlights(a.uri)) };
  }));

  connection.languages.semanticTokens.onRange(guard('semantic tokens (range)', noTokens, (p) => {
    const a = article(p.textDocument.uri);
    if (!a) return noTokens;
    const length = a.ws.analysis(a.uri)?.text.length ?? 0;
    const range = { start: toOffset(a.lines, p.range.start), end: toOffset(a.lines, p.range.end) };
    return { data: encodeSemanticTokens(a.lines, length, a.ws.highlights(a.uri, range)) };
  }));

  connection.onShutdown(async () => {
    corpus.saveSnapshot(); // what the editor shows now, for the next start
    annotations.dispose();
    corpus.dispose();
    await analyzer?.dispose();
  });
}

function loadRecognizer(options: ServerOptions, log: Logger): EntityRecognizer {
  try {
    return options.loadRecognizer();
  } catch (e) {
    // Dates, figures and quotes come from rules and still work; names need the model.
    log.error(`Could not load the entity model, names will not be recognised: ${describe(e)}`);
    return { id: 'unavailable', recognize: () => [] };
  }
}

/** True for locations that a finding points at (its own span or a related one). */
function disputedLocations(findings: readonly Finding[]) {
  const byUri = new Map<string, Location[]>();
  const add = (l: Location) => {
    const list = byUri.get(l.uri);
    if (list) list.push(l);
    else byUri.set(l.uri, [l]);
  };
  for (const f of findings) {
    add(f);
    f.related.forEach(add);
  }
  return (loc: Location): boolean =>
    (byUri.get(loc.uri) ?? []).some((l) => (l.start < loc.end && loc.start < l.end) || l.text === loc.text);
}
