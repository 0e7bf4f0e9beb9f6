// `crosscheck export --format w3c|brat|csv`: the analysis and the reviewer's annotations in
// open formats. w3c prints one AnnotationCollection (or writes it to --out FILE); brat writes
// an .ann beside each article (or under --out DIR, mirroring the folders) and an
// annotation.conf; csv writes entities.csv and findings.csv into --out DIR (default: here).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version as toolVersion } from '../../../package.json';
import type { RuleSeverity } from '../core/api';
import { sourceOf } from '../node/annotation-store';
import { uriToPath } from '../node/host';
import { loadArticles, type CheckDeps } from './check';
import { type CliCommand, parsedRun } from './command';
import { BRAT_CONF, entitiesCsv, exportBrat, exportW3c, findingsCsv, type ExportContext } from './export-formats';
import type { CliIO } from './io';
import { EXIT_OK, UsageError } from './io';
import { parseArticleSelection, parseChoice } from './options';
import { parseArgsOrUsage } from './parse';

export const EXPORT_FORMATS = ['w3c', 'brat', 'csv'] as const;

export interface ExportOptions {
  format: (typeof EXPORT_FORMATS)[number];
  out?: string;
  paths: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severities: Record<string, RuleSeverity>;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  rule: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseExportArgs(args: string[]): ExportOptions | 'help' {
  const { values, positionals } = parseArgsOrUsage(() => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) return 'help';
  if (values.format === undefined) throw new UsageError(`--format is required: ${EXPORT_FORMATS.join(', ')}`);
  return {
    format: parseChoice(values.format, EXPORT_FORMATS, '--format', 'w3c'),
    out: values.out,
    paths: positionals,
    ...parseArticleSelection(values),
  };
}

export async function runExport(opts: ExportOptions, io: CliIO, deps?: CheckDeps): Promise<number> {
  const loaded = await loadArticles(opts, io, deps);
  const { workspace, store, map, display } = loaded;
  const ctx: ExportContext = {
    workspace,
    source: (uri) => sourceOf(store.root, uri),
    path: (uri) => map.path(uri),
    line: (uri, span) => map.range(uri, span).line,
    now: new Date().toISOString(),
    tool: `crosscheck ${toolVersion}`,
  };
  const written: string[] = [];
  const write = async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
    written.push(path);
  };
  if (opts.format === 'w3c') {
    const json = JSON.stringify(exportW3c(ctx), null, 2) + '\n';
    loaded.progress.done();
    if (opts.out) await write(resolve(io.cwd, opts.out), json);
    else io.stdout.write(json);
  } else if (opts.format === 'brat') {
    const outDir = opts.out ? resolve(io.cwd, opts.out) : loaded.root;
    for (const uri of workspace.uris()) {
      const path = join(outDir, map.path(uri)).replace(/\.[^./\\]*$/, '') + '.ann';
      if (path === uriToPath(uri)) continue; // never over an article
      await write(path, exportBrat(ctx, uri));
    }
    await write(join(outDir, 'annotation.conf'), BRAT_CONF);
  } else {
    const outDir = resolve(io.cwd, opts.out ?? '.');
    await write(join(outDir, 'entities.csv'), entitiesCsv(ctx));
    await write(join(outDir, 'findings.csv'), findingsCsv(ctx));
  }
  loaded.progress.done();
  if (written.length) io.stderr.write(`crosscheck: wrote ${written.length} file${written.length === 1 ? '' : 's'}: ${written.slice(0, 3).map(display).join(', ')}${written.length > 3 ? ', …' : ''}\n`);
  return EXIT_OK;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export entities, findings and annotations as W3C annotations, brat or CSV',
  help: `Usage: crosscheck export --format w3c|brat|csv [DIR|FILE...] [options]

Exports the analysis with the reviewer's annotations applied (the store is found as
'crosscheck check' finds it).

Formats:
  w3c    one W3C Web Annotation collection (JSON-LD): the reviewer's annotations at their
         current places, then every entity mention and every finding; printed, or written
         to --out FILE
  brat   brat standoff: an .ann beside each article (or under --out DIR, mirroring the
         folders) with entities, same-entity links (Equiv), findings and notes, and an
         annotation.conf; offsets count code points, as brat does
  csv    entities.csv (one row per entity) and findings.csv (one row per finding, reviewed
         ones flagged) in --out DIR (default: the current folder)

Options:
  -f, --format FORMAT           w3c, brat or csv (required)
  -o, --out PATH                where to write (see above)
  --include GLOB, --exclude GLOB, --max-file-size BYTES, --rule ID=SEVERITY
                                as for 'crosscheck check'
  -h, --help                    show this help
`,
  run: parsedRun(() => exportCommand.help, parseExportArgs, (opts, io) => runExport(opts, io)),
};
