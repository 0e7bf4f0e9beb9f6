// `crosscheck review FINDING_ID`: records in the annotation store that a reviewer has looked at
// a finding (the editor's "Mark finding as reviewed"), or takes that back with --undo. The id
// is the finding's `id` in `crosscheck check --format json`; it is derived from the rule and
// the words involved, so the review holds until the conflict itself changes.
import { parseArgs } from 'node:util';
import type { RuleSeverity } from '../core/api';
import { createAnnotation, reviewAnnotationId } from '../core/annotations/model';
import { resourceFor } from '../core/annotations/selectors';
import { StoreError, newStamp, sourceOf } from '../node/annotation-store';
import { loadArticles, type CheckDeps } from './check';
import { type CliCommand, parsedRun } from './command';
import type { CliIO } from './io';
import { EXIT_OK, FatalError, UsageError } from './io';
import { parseArticleSelection } from './options';
import { parseArgsOrUsage } from './parse';

export const REVIEW_OPTIONS = {
  note: { type: 'string' },
  undo: { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  rule: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ReviewOptions {
  findingId: string;
  note?: string;
  undo: boolean;
  paths: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severities: Record<string, RuleSeverity>;
}

export function parseReviewArgs(args: string[]): ReviewOptions | 'help' {
  const { values, positionals } = parseArgsOrUsage(() =>
    parseArgs({ args, options: REVIEW_OPTIONS, allowPositionals: true, strict: true }));
  if (values.help) return 'help';
  const [findingId, ...paths] = positionals;
  if (!findingId) throw new UsageError('missing FINDING_ID (the "id" of a finding in crosscheck check --format json)');
  if (values.undo && values.note !== undefined) throw new UsageError('--note and --undo do not go together');
  return {
    findingId,
    note: values.note,
    undo: values.undo ?? false,
    paths,
    ...parseArticleSelection(values),
  };
}

export async function runReview(opts: ReviewOptions, io: CliIO, deps?: CheckDeps): Promise<number> {
  const loaded = await loadArticles(opts, io, deps);
  const { workspace, store, map, display } = loaded;
  const finding = workspace.findingsWithReviewed().find((f) => f.id === opts.findingId);
  loaded.progress.done();
  const id = reviewAnnotationId(opts.findingId);
  const existing = store.annotations().find((a) => a.id === id);
  const where = finding ? `${display(map.path(finding.uri))}:${map.range(finding.uri, finding).line}: “${finding.text}”` : '';
  try {
    if (opts.undo) {
      if (!existing) throw new FatalError(`${opts.findingId} is not marked reviewed`);
      await store.remove([{ id, seen: existing.modified }]);
      io.stderr.write(`crosscheck: ${opts.findingId} is no longer marked reviewed${where ? ` (${where})` : ''}\n`);
      return EXIT_OK;
    }
    if (!finding) {
      throw new FatalError(`no finding with id ${opts.findingId} in these articles (ids are in 'crosscheck check --format json')`);
    }
    const text = workspace.analysis(finding.uri)?.text ?? '';
    const target = resourceFor(sourceOf(store.root, finding.uri), text, finding);
    const stamp = newStamp(id);
    const annotation = createAnnotation({ kind: 'review', findingId: finding.id, note: opts.note }, target, stamp);
    // Reviewing again (a new note) keeps when it was first reviewed.
    if (existing) annotation.created = existing.created;
    await store.upsert([annotation]);
  } catch (e) {
    if (e instanceof StoreError) throw new FatalError(e.message);
    throw e;
  }
  io.stderr.write(`crosscheck: marked ${opts.findingId} reviewed (${where}) in ${display(store.path)}\n`);
  return EXIT_OK;
}

export const reviewCommand: CliCommand = {
  name: 'review',
  summary: 'mark a finding reviewed (check leaves it out), or --undo that',
  help: `Usage: crosscheck review FINDING_ID [DIR|FILE...] [options]

Marks a finding reviewed in the annotation store (.crosscheck/annotations.jsonl, the same
store the editor uses), so 'crosscheck check' and the editor leave it out. FINDING_ID is
the finding's "id" in 'crosscheck check --format json'. It depends on the rule and the words
involved, not on positions: the review holds while the text around the conflict changes,
and lapses when the conflicting words themselves change.

The articles are read as 'crosscheck check' reads them (same folders, same options), to
find the finding and record where it is.

Options:
  --note TEXT                   a note kept with the review
  --undo                        remove the review: the finding is reported again
  --include GLOB, --exclude GLOB, --max-file-size BYTES, --rule ID=SEVERITY
                                as for 'crosscheck check'
  -h, --help                    show this help

Exit status: 0 recorded, 2 usage error, unknown finding, or the store cannot be written
(for instance while it has unreadable lines).
`,
  run: parsedRun(() => reviewCommand.help, parseReviewArgs, (opts, io) => runReview(opts, io)),
};
