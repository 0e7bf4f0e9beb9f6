// `crosscheck check`: reads every article, analyses them together in one Workspace and
// prints the cross-source findings as text, the JSON report, or SARIF.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { version as toolVersion } from '../../../package.json';
import type { RuleSeverity } from '../core/api';
import type { EntityRecognizer } from '../core/ner/recognizer';
import { RULES } from '../core/rules/registry';
import { Workspace } from '../core/workspace';
import { AnalysisCache, analysisCodeId, isInside } from '../node/cache';
import { fileUri, readArticle, relativePath } from '../node/host';
import { Analyzer, mapInOrder, threadsFor } from '../node/workers';
import { type CliCommand, parsedRun } from './command';
import type { CliIO } from './io';
import { EXIT_FINDINGS, EXIT_OK, FatalError, UsageError } from './io';
import { LocationMapper } from './locations';
import { parseArticleSelection, parseChoice } from './options';
import { parseArgsOrUsage } from './parse';
import { defaultRecognizerOrFail } from './recognizer';
import { ProgressBar } from './progress';
import { collectInputs } from './inputs';
import { buildJsonReport, sortedFindings } from './report-json';
import { buildSarif } from './report-sarif';
import { formatTextFindings, summaryLine } from './report-text';
import { applyStore, openStore } from './store';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** The option table. */
export const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  cache: { type: 'string' },
  threads: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  rule: { type: 'string', multiple: true },
  'show-reviewed': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CheckOptions {
  paths: string[];
  format: Format;
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severities: Record<string, RuleSeverity>;
  /** Keep findings a reviewer dismissed (in .crosscheck/annotations.jsonl), flagged as reviewed. */
  showReviewed: boolean;
  /** Folder of the analysis cache (--cache); none by default. */
  cache?: string;
  /** Analysis worker threads (--threads); default: one per core but one, and the main thread, for more than a few articles. */
  threads?: number;
}

export function parseCheckArgs(args: string[]): CheckOptions | 'help' {
  const { values, positionals } = parseArgsOrUsage(() =>
    parseArgs({ args, options: CHECK_OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) return 'help';
  return {
    paths: positionals,
    format: parseChoice(values.format, FORMATS, '--format', 'text'),
    ...parseArticleSelection(values),
    showReviewed: values['show-reviewed'] ?? false,
    ...(values.cache !== undefined ? { cache: values.cache } : {}),
    ...(values.threads !== undefined ? { threads: parseThreads(values.threads) } : {}),
  };
}

function parseThreads(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--threads expects a number of threads (0 or more), got '${value}'`);
  return Number(value);
}

/** Where a report path is shown to a person: relative to the current folder when inside it. */
function displayPathFn(root: string, cwd: string): (path: string) => string {
  return (path) => {
    const abs = resolve(root, path);
    const rel = relative(cwd, abs);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return abs;
    return sep === '/' ? rel : rel.split(sep).join('/');
  };
}

/** What runCheck gets from outside; tests replace these to make races happen on cue. */
export interface CheckDeps {
  read: typeof readArticle;
  recognizer: () => EntityRecognizer;
  /** ISO date: the core never reads a clock, and far-future dates are implausible. */
  today: () => string;
}

const DEFAULT_DEPS: CheckDeps = {
  read: readArticle,
  recognizer: defaultRecognizerOrFail,
  today: () => new Date().toISOString().slice(0, 10),
};

/** The articles read into one Workspace with the annotation store applied (check, review, export share it). */
export interface LoadedArticles {
  workspace: Workspace;
  map: LocationMapper;
  /** Folder report paths are relative to. */
  root: string;
  store: Awaited<ReturnType<typeof openStore>>;
  read: number;
  skipped: number;
  display: (path: string) => string;
  /** Still showing 'comparing sources…': the caller ends it before printing. */
  progress: ProgressBar;
}

export type LoadOptions = Pick<CheckOptions, 'paths' | 'include' | 'exclude' | 'maxFileSize' | 'severities' | 'cache' | 'threads'>;

export async function loadArticles(opts: LoadOptions, io: CliIO, deps: CheckDeps = DEFAULT_DEPS): Promise<LoadedArticles> {
  const inputs = await collectInputs(opts.paths, io.cwd, opts);
  const display = displayPathFn(inputs.root, io.cwd);
  const shown = (abs: string) => display(relativePath(inputs.root, abs));
  const progress = new ProgressBar(io.stderr);
  const warn = (line: string) => {
    progress.done();
    io.stderr.write(`crosscheck: ${line}\n`);
  };
  let skipped = inputs.skipped.length;
  for (const s of inputs.skipped) warn(`skipped ${shown(s.path)}: ${s.reason}`);
  if (!inputs.files.length) {
    const where = opts.paths.length ? opts.paths.join(', ') : io.cwd;
    throw new FatalError(`no article files found in ${where} (include: ${opts.include.join(', ')})`);
  }

  const config = { severities: opts.severities, today: deps.today() };
  const recognizer = deps.recognizer();
  const workspace = new Workspace({ recognizer, config });
  const map = new LocationMapper();
  let read = 0;
  // Files are read and analysed in parallel (worker threads, the cache), and taken into the
  // workspace in listing order, so the report does not depend on which finished first.
  const analyzer = new Analyzer({
    recognizer,
    ...threadsFor(inputs.files.length, opts.threads),
    cache: openCache(opts.cache, inputs.root, recognizer.id, warn),
    log: warn,
  });
  try {
    await mapInOrder(inputs.files, 64, async (file) => {
      const result = await deps.read(file.path, opts.maxFileSize);
      const uri = fileUri(file.path);
      const analysis = result.ok ? await analyzer.analyze({ uri, text: result.text, version: 1 }) : undefined;
      return { file, result, uri, analysis };
    }, ({ file, result, uri, analysis }, i) => {
      const rel = relativePath(inputs.root, file.path);
      progress.update(i, inputs.files.length, rel);
      if (!result.ok) {
        skipped++;
        warn(`skipped ${shown(file.path)}: ${result.reason}`);
        return;
      }
      for (const note of result.notes) warn(`${shown(file.path)}: ${note}`);
      workspace.setAnalysis(analysis!);
      map.add(uri, rel, result.text);
      read++;
    });
  } finally {
    await analyzer.dispose();
  }
  if (!read) throw new FatalError(`nothing could be read (${skipped} file${skipped === 1 ? '' : 's'} skipped)`);
  // The reviewer's corrections, merges and reviews, as the editor applies them.
  const store = await openStore(inputs.root, io.cwd, warn);
  applyStore(workspace, store, warn);
  progress.update(inputs.files.length, inputs.files.length, 'comparing sources…');
  return { workspace, map, root: inputs.root, store, read, skipped, display, progress };
}

/** The --cache folder, refused inside the articles' folder (the cache never writes among them). */
function openCache(dir: string | undefined, root: string, modelId: string, warn: (line: string) => void): AnalysisCache | undefined {
  if (dir === undefined) return undefined;
  if (isInside(dir, root)) throw new UsageError(`--cache ${dir} is inside the articles' folder ${root}: choose a folder outside it`);
  const codeId = analysisCodeId();
  if (!codeId) {
    warn('analysis cache off: cannot tell the version of the analysis code');
    return undefined;
  }
  return new AnalysisCache({ dir, modelId, codeId, onWriteError: warn });
}

export async function runCheck(opts: CheckOptions, io: CliIO, deps: CheckDeps = DEFAULT_DEPS): Promise<number> {
  const { workspace, map, root, read, skipped, display, progress } = await loadArticles(opts, io, deps);
  const report = workspace.report({ includeReviewed: opts.showReviewed });
  progress.done();
  const findings = sortedFindings(report.findings, map);

  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify(buildJsonReport(report, root, map), null, 2) + '\n');
  } else if (opts.format === 'sarif') {
    const rules = RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity }));
    const sarif = buildSarif({ rootUri: fileUri(root), toolVersion, rules, findings });
    io.stdout.write(JSON.stringify(sarif, null, 2) + '\n');
  } else {
    io.stdout.write(formatTextFindings(findings, display));
  }
  io.stderr.write(`crosscheck: ${summaryLine(read, findings, skipped)}\n`);
  return findings.some((f) => !f.reviewed && (f.severity === 'error' || f.severity === 'warning')) ? EXIT_FINDINGS : EXIT_OK;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check a folder of articles for facts that disagree between sources',
  help: `Usage: crosscheck check [DIR|FILE...] [options]

Reads every article (default: **/*.txt, without node_modules and hidden folders) in the
given folders and files (default: the current folder), compares them across sources and
prints the findings.

Options:
  -f, --format text|json|sarif  output format (default: text)
                                text: path:line:column: severity rule: message
                                json: the report (schema: shared/gold/README.md)
                                sarif: SARIF 2.1.0
  --include GLOB                files that count as articles, relative to each folder
                                (repeatable; default: **/*.txt)
  --exclude GLOB                files or folders to leave out (repeatable; added to
                                node_modules and hidden folders)
  --max-file-size BYTES         skip files larger than this (default: 5MB; accepts k, MB)
  --rule ID=SEVERITY            set a rule's severity: error|warning|information|hint|off
                                (repeatable)
  --show-reviewed               also show findings marked reviewed (flagged; they do
                                not count for the exit status)
  --cache DIR                   keep each article's analysis in DIR (outside the
                                articles' folder): unchanged articles are not
                                analysed again on the next run
  --threads N                   analysis worker threads (default: one per core but one
                                when there are more than a few articles, the main one
                                analysing too; 0: none besides the main one)
  -h, --help                    show this help

Annotations made in the editor or with 'crosscheck review' apply: corrections and merges
change the analysis, reviewed findings are left out. They are read from
.crosscheck/annotations.jsonl in the nearest folder (from the articles' folder up) that has
one.

Lines and columns are 1-based and count UTF-16 code units, as editors and SARIF do.
Files that cannot be read (binary, too large, unreadable, vanished) are reported on
stderr and skipped.

Exit status: 0 no warnings or errors, 1 warnings or errors found,
2 usage error or nothing could be read.
`,
  run: parsedRun(() => checkCommand.help, parseCheckArgs, (opts, io) => runCheck(opts, io)),
};
