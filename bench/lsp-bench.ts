// The latency figures, from the real server (`node dist/server.js --stdio`) driven over LSP as
// an editor drives it (the test harness in test/server/lsp-client.ts): indexing a folder cold
// and warm (with the analysis cache in a storage folder, as the VS Code client passes it), an
// edit until every affected article's diagnostics are out, hover, semantic tokens, references
// and workspace symbols.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Position, SemanticTokens } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../test/server/lsp-client';
import { LineIndex } from '../server/src/core/text/line-index';

const LONG_WAIT_MS = 30 * 60_000;
/** Pause before each measured edit: longer than the server's typing debounce (150 ms). */
const EDIT_PAUSE_MS = 400;

export interface IndexRun {
  articles: number;
  /**
   * From starting the server process to the status that says indexing is done and every
   * article's diagnostics are out: on a warm start where nothing changed, those saved at the end
   * of the last session for exactly these texts, settings and code (status.restoring).
   */
  seconds: number;
  /** From starting the server process until the index is ready too (hover, references answer): the same as `seconds` unless a snapshot was shown first. */
  readySeconds: number;
  /** CPU time the server process used until the index was ready (all its threads). */
  readyCpuSeconds: number;
  /** CPU time the server process used meanwhile (all its threads). */
  cpuSeconds: number;
  /** Peak resident memory of the server process (VmHWM). */
  peakRssMB: number;
  /**
   * CPU time the hypervisor gave other machines meanwhile, over all cores (/proc/stat "steal"):
   * what this virtual machine wanted to run but could not. Explains slow runs; NaN off Linux.
   */
  stealSeconds: number;
}

/** Seconds of CPU time stolen by the hypervisor so far, all cores (/proc/stat), or NaN. */
export function stolenSeconds(): number {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    return cpu[0] === 'cpu' && cpu.length > 8 ? Number(cpu[8]) / TICKS : NaN;
  } catch {
    return NaN;
  }
}

/** clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

function procStats(pid: number): { cpuSeconds: number; peakRssMB: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuSeconds, peakRssMB: hwm ? Number(hwm[1]) / 1024 : NaN };
  } catch {
    return { cpuSeconds: NaN, peakRssMB: NaN };
  }
}

/** Starts a server on `folder` and waits until it has indexed `articles` articles. */
export async function indexFolder(folder: string, storagePath: string, articles: number): Promise<{ run: IndexRun; server: TestServer }> {
  const t0 = performance.now();
  const steal0 = stolenSeconds();
  const server = await startServer(folder, {}, { storagePath });
  await server.waitFor('indexing done', () => server.statuses.find((s) => !s.indexing && s.articles === articles), LONG_WAIT_MS);
  const seconds = (performance.now() - t0) / 1000;
  const shown = procStats(server.child.pid!);
  const stealSeconds = +(stolenSeconds() - steal0).toFixed(2);
  await server.waitFor('index ready', () => server.statuses.find((s) => !s.indexing && !s.restoring && s.articles === articles), LONG_WAIT_MS);
  const readySeconds = (performance.now() - t0) / 1000;
  const ready = procStats(server.child.pid!);
  return { run: { articles, seconds, readySeconds, readyCpuSeconds: ready.cpuSeconds, ...shown, peakRssMB: ready.peakRssMB, stealSeconds }, server };
}

export function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}

async function timeRequest<T>(server: TestServer, method: string, params: unknown): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await server.conn.sendRequest<T>(method, params);
  return { ms: performance.now() - t0, result };
}

/** Positions and words of the highlighted spans (names, dates, figures) the server reports. */
function decodeTokens(data: readonly number[], text: string, lines: LineIndex): Array<{ position: Position; text: string }> {
  const out: Array<{ position: Position; text: string }> = [];
  let line = 0;
  let ch = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
    const start = lines.offset({ line, character: ch });
    out.push({ position: { line, character: ch + Math.floor(data[i + 2] / 2) }, text: text.slice(start, start + data[i + 2]) });
  }
  return out;
}

export interface Latencies {
  editToDiagnosticsP95ms: number;
  editToDiagnosticsMedianMs: number;
  /** Every edit's time, in order (the first ones run code the indexing did not). */
  editTimesMs: number[];
  /** Medians of the requests below (the p95 catches the occasional garbage collection). */
  medians: { hover: number; references: number; workspaceSymbol: number; semanticTokens: number; semanticTokensRange: number };
  /** Edits whose findings visibly changed somewhere (the edit did touch a finding). */
  editsChangingFindings: number;
  edits: number;
  editedArticle: string;
  hoverP95ms: number;
  referencesP95ms: number;
  workspaceSymbolP95ms: number;
  semanticTokensP95ms: number;
  semanticTokensRangeP95ms: number;
  longArticleWords: number;
  requests: number;
}

/**
 * On an indexed server: edits a figure that a finding points at (in one article, alternating
 * between two values) and times each until the status that follows the diagnostics of every
 * article whose findings changed; then hovers, references and symbols on that article, and
 * semantic tokens of a long article opened beside the corpus.
 */
export async function measureLatencies(server: TestServer, opts: { edits: number; requests: number; longArticle: string }): Promise<Latencies> {
  const pick = pickEditTarget(server);
  const uri = pick.uri;
  const text = readFileSync(new URL(uri), 'utf8');
  const lines = new LineIndex(text);
  const statusCount = () => server.statuses.length;
  const afterStatus = (n: number) => server.waitFor('status after publishing', () => statusCount() > n || undefined, LONG_WAIT_MS);

  let n = statusCount();
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await afterStatus(n);

  // Edits: the figure under the finding, and back, each a new version.
  const start = lines.offset(pick.range.start);
  const original = text.slice(start, lines.offset(pick.range.end));
  const figure = /\d+/.exec(original);
  const editStart = start + (figure?.index ?? 0);
  const editEnd = editStart + (figure ? figure[0].length : original.length);
  const values = [figure ? String(Number(figure[0]) * 3 + 7) : `${original}x`, figure ? figure[0] : original];
  const editTimes: number[] = [];
  let changed = 0;
  let current = text.slice(editStart, editEnd);
  let version = 1;
  for (let i = 0; i < opts.edits; i++) {
    // One edit after a pause (a corrected figure), not a burst of typing: the server holds a
    // burst back until the typing pauses (its debounce), which is not what is measured here.
    await new Promise((r) => setTimeout(r, EDIT_PAUSE_MS));
    const next = values[i % 2];
    const snapshot = JSON.stringify([...server.diagnostics]);
    n = statusCount();
    const t0 = performance.now();
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: lines.position(editStart), end: lines.position(editStart + current.length) }, text: next }],
    });
    await afterStatus(n);
    editTimes.push(performance.now() - t0);
    if (JSON.stringify([...server.diagnostics]) !== snapshot) changed++;
    current = next;
  }
  // Back to the text on disk, so the questions below see the indexed corpus.
  if (current !== text.slice(editStart, editEnd)) {
    n = statusCount();
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: lines.position(editStart), end: lines.position(editStart + current.length) }, text: text.slice(editStart, editEnd) }],
    });
    await afterStatus(n);
  }

  // Questions about the names, dates and figures of the edited article.
  const tokens = await server.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const spans = decodeTokens(tokens.data, text, lines);
  const at = (i: number) => spans[(i * 7919) % spans.length];
  const hover: number[] = [];
  const refs: number[] = [];
  const symbols: number[] = [];
  for (let i = 0; i < opts.requests && spans.length; i++) {
    const s = at(i);
    hover.push((await timeRequest(server, 'textDocument/hover', { textDocument: { uri }, position: s.position })).ms);
    refs.push((await timeRequest(server, 'textDocument/references', { textDocument: { uri }, position: s.position, context: { includeDeclaration: true } })).ms);
    const query = s.text.replace(/[^\p{L}]/gu, '').slice(0, 3 + (i % 3)) || 'a';
    symbols.push((await timeRequest(server, 'workspace/symbol', { query })).ms);
  }

  // Semantic tokens of a 10,000-word article, open in the editor beside the corpus.
  const longText = readFileSync(opts.longArticle, 'utf8');
  const longUri = pathToFileURL(opts.longArticle).href;
  const longLines = new LineIndex(longText);
  n = statusCount();
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'article', version: 1, text: longText } });
  await afterStatus(n);
  const full: number[] = [];
  const range: number[] = [];
  for (let i = 0; i < opts.requests; i++) {
    full.push((await timeRequest(server, 'textDocument/semanticTokens/full', { textDocument: { uri: longUri } })).ms);
    const first = (i * 37) % Math.max(1, longLines.lineCount - 60);
    range.push((await timeRequest(server, 'textDocument/semanticTokens/range', {
      textDocument: { uri: longUri }, range: { start: { line: first, character: 0 }, end: { line: first + 60, character: 0 } },
    })).ms);
  }
  await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri: longUri } });
  await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return {
    editToDiagnosticsP95ms: p95(editTimes), editToDiagnosticsMedianMs: median(editTimes), editTimesMs: editTimes.map((t) => Math.round(t * 10) / 10), editsChangingFindings: changed, edits: opts.edits,
    medians: { hover: median(hover), references: median(refs), workspaceSymbol: median(symbols), semanticTokens: median(full), semanticTokensRange: median(range) },
    editedArticle: path.basename(new URL(uri).pathname),
    hoverP95ms: p95(hover), referencesP95ms: p95(refs), workspaceSymbolP95ms: p95(symbols),
    semanticTokensP95ms: p95(full), semanticTokensRangeP95ms: p95(range),
    longArticleWords: longText.split(/\s+/).filter(Boolean).length, requests: opts.requests,
  };
}

/** A figure or date that a finding points at (so editing it changes findings in other articles). */
function pickEditTarget(server: TestServer): { uri: string; range: Diagnostic['range'] } {
  const candidates: Array<{ uri: string; d: Diagnostic }> = [];
  for (const [uri, list] of server.diagnostics) {
    for (const d of list) if ((d.code === 'quantity-mismatch' || d.code === 'date-mismatch') && d.relatedInformation?.length) candidates.push({ uri, d });
  }
  candidates.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.d.range.start.line - b.d.range.start.line));
  const withDigits = candidates.find((c) => /\d/.test(typeof c.d.message === 'string' ? c.d.message : c.d.message.value)) ?? candidates[0];
  if (!withDigits) {
    const [uri] = [...server.diagnostics.keys()].sort();
    if (!uri) throw new Error('no diagnostics to edit against');
    return { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  }
  return { uri: withDigits.uri, range: withDigits.d.range };
}
