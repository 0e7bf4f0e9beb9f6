// The editor side of annotations: one store per workspace folder (.crosscheck/annotations.jsonl),
// read at start and again whenever it changes on disk; code actions on findings, mentions,
// claims and selections; the server commands that write the store. After every write or
// reload all annotations go to the Corpus, which re-publishes diagnostics, so a reviewed
// finding leaves the Problems panel at once and a merge shows in every open article.
import {
  CodeActionKind, CodeActionTriggerKind, ResponseError, ErrorCodes,
  type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type ExecuteCommandParams,
} from 'vscode-languageserver';
import type { HoverInfo } from '../core/api';
import type { AnchoredAnnotation } from '../core/annotations/layer';
import {
  ENTITY_CHOICES, VERDICTS, createAnnotation, isEntityChoice, quoteOf, reviewAnnotationId,
  type Action, type Annotation, type Body, type SpecificResource,
} from '../core/annotations/model';
import { mentionFor } from '../core/annotations/apply';
import { resourceFor } from '../core/annotations/selectors';
import type { DocumentAnalysis, Finding, Mention, Span } from '../core/model';
import { mentionAt } from '../core/queries';
import type { Workspace } from '../core/workspace';
import { AnnotationStore, StoreError, describeErrors, newStamp, sourceOf, uriOfSource } from '../node/annotation-store';
import {
  CLIENT_COMMANDS, SERVER_COMMANDS,
  type AnnotateArgs, type AnnotateResult, type AnnotationItem, type EntityItem, type ReviewArgs, type ReviewedItem, type TextSpot,
} from './annotation-protocol';
import type { Corpus, Logger } from './corpus';
import { escapeMarkdown } from './hover-markdown';
import { toOffset, toRange, type DiagnosticData } from './to-proto';
import { canonicalUri, displayName, uriToPath } from './uri';
import * as path from 'node:path';

export const REVIEW_TITLE = 'Crosscheck: Mark finding as reviewed';
export const ORPHAN_RULE = 'orphaned-annotation';
const KIND = `${CodeActionKind.Refactor}.crosscheck`;

const TYPE_LABEL: Record<string, string> = { person: 'Person', organization: 'Organisation', place: 'Place', event: 'Event', misc: 'Other name' };

export interface AnnotationHost {
  corpus: Corpus;
  connection: Connection;
  log: Logger;
}

export class AnnotationService {
  /** Store per workspace folder path (deepest folder wins for a file). */
  private readonly stores = new Map<string, { store: AnnotationStore; stop: () => void }>();
  private lastProblems = '';

  constructor(private readonly host: AnnotationHost) {}

  static readonly capabilities = {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, KIND] },
    executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
  };

  listen(): void {
    const { connection } = this.host;
    // Both need the index: they wait for it while a start shows saved diagnostics.
    connection.onCodeAction(async (params) => {
      await this.host.corpus.whenReady();
      try {
        return this.codeActions(params);
      } catch (e) {
        this.host.log.error(`code actions failed: ${describe(e)}`);
        return [];
      }
    });
    connection.onExecuteCommand(async (params) => {
      await this.host.corpus.whenReady();
      try {
        return await this.execute(params);
      } catch (e) {
        const message = describe(e);
        this.host.log.error(`${params.command} failed: ${message}`);
        void connection.window.showErrorMessage(`Crosscheck: ${message}`);
        return new ResponseError(ErrorCodes.InternalError, message);
      }
    });
  }

  // --- stores ------------------------------------------------------------------------------

  /** Opens the stores of these folders (reading them) and closes those of folders gone. */
  async setFolders(folderUris: string[]): Promise<void> {
    const roots = folderUris.map((u) => uriToPath(u)).filter((p): p is string => !!p);
    for (const [root, s] of this.stores) {
      if (!roots.includes(root)) {
        s.stop();
        this.stores.delete(root);
      }
    }
    for (const root of roots) {
      if (this.stores.has(root)) continue;
      const store = new AnnotationStore(root);
      const stop = store.onDidChange(() => {
        this.host.log.info(`${store.path} changed on disk: annotations reloaded`);
        this.apply();
      });
      this.stores.set(root, { store, stop });
      try {
        await store.load();
      } catch (e) {
        this.host.log.error(`Could not read ${store.path}: ${describe(e)}`);
      }
    }
    this.apply();
  }

  dispose(): void {
    for (const s of this.stores.values()) s.stop();
    this.stores.clear();
  }

  /** The store an article's annotations go to: its workspace folder's (a loose file: its own folder's). */
  private storeFor(uri: string): AnnotationStore {
    const p = uriToPath(uri) ?? '';
    let best: AnnotationStore | undefined;
    for (const [root, s] of this.stores) {
      const rel = path.relative(root, p);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || root.length > best.root.length)) best = s.store;
    }
    if (best) return best;
    const root = path.dirname(p);
    const store = new AnnotationStore(root);
    const stop = store.onDidChange(() => this.apply());
    this.stores.set(root, { store, stop });
    return store;
  }

  /** Hands every store's annotations (sources made uris) to the corpus; reports unreadable lines once. */
  private apply(): void {
    const all: Annotation[] = [];
    const problems: string[] = [];
    for (const { store } of this.stores.values()) {
      for (const a of store.annotations()) all.push(withUris(a, store.root));
      if (store.errors().length) problems.push(describeErrors(store.path, store.errors()));
    }
    this.host.corpus.setAnnotations(all);
    const key = problems.join('\n');
    if (key !== this.lastProblems) {
      this.lastProblems = key;
      for (const p of problems) {
        this.host.log.warn(p);
        void this.host.connection.window.showWarningMessage(`Crosscheck: ${p}`);
      }
    }
  }

  private async write(uri: string, annotations: Annotation[]): Promise<void> {
    const store = this.storeFor(uri);
    try {
      await store.upsert(annotations);
    } catch (e) {
      throw e instanceof StoreError ? new Error(e.message) : e;
    }
    this.apply();
  }

  // --- code actions -------------------------------------------------------------------------

  codeActions(params: CodeActionParams): CodeAction[] {
    const only = params.context.only;
    const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const out: CodeAction[] = [];
    const uri = params.textDocument.uri;
    for (const d of params.context.diagnostics) {
      const data = d.data as Partial<DiagnosticData> | undefined;
      if (d.source !== 'crosscheck' || !data?.findingId || data.rule === ORPHAN_RULE) continue;
      if (!wanted(CodeActionKind.QuickFix)) continue;
      const args: ReviewArgs = { findingId: data.findingId };
      out.push({
        title: REVIEW_TITLE, kind: CodeActionKind.QuickFix, diagnostics: [d],
        command: { title: REVIEW_TITLE, command: SERVER_COMMANDS.markReviewed, arguments: [args] },
      });
      out.push({
        title: 'Crosscheck: Mark finding as reviewed with a note…', kind: CodeActionKind.QuickFix, diagnostics: [d],
        command: { title: 'Mark finding as reviewed with a note', command: CLIENT_COMMANDS.markReviewed, arguments: [args] },
      });
    }
    if (params.context.diagnostics.some((d: Diagnostic) => (d.data as Partial<DiagnosticData> | undefined)?.rule === ORPHAN_RULE) && wanted(CodeActionKind.QuickFix)) {
      out.push({ title: 'Crosscheck: List orphaned annotations', kind: CodeActionKind.QuickFix, command: { title: 'List orphaned annotations', command: CLIENT_COMMANDS.listOrphanedAnnotations } });
    }
    // Annotating actions only when asked for (Ctrl+. or the lightbulb), not on every cursor move.
    if (params.context.triggerKind === CodeActionTriggerKind.Automatic || !wanted(KIND)) return out;
    const a = this.article(uri);
    if (!a) return out;
    const span = { start: toOffset(a.lines, params.range.start), end: toOffset(a.lines, params.range.end) };
    const spot: TextSpot = { uri, range: params.range };
    const action = (title: string, command: string, args: unknown[]): CodeAction => ({ title, kind: KIND, command: { title, command, arguments: args } });
    const mention = span.end > span.start ? a.doc.mentions.find((m) => m.start === span.start && m.end === span.end) : mentionAt(a.doc, span.start);
    if (mention && isEntityChoice(mention.type)) {
      const at = this.spotOf(a.uri, spot.uri, mention);
      for (const t of ENTITY_CHOICES) {
        if (t !== mention.type) out.push(action(`Crosscheck: “${clip(mention.text)}” is a ${TYPE_LABEL[t].toLowerCase()}`, SERVER_COMMANDS.annotate, [{ kind: 'entity', type: t, at }]));
      }
      out.push(action(`Crosscheck: “${clip(mention.text)}” is not an entity`, SERVER_COMMANDS.annotate, [{ kind: 'not-entity', at }]));
      out.push(action(`Crosscheck: Merge “${clip(mention.text)}” with another entity…`, CLIENT_COMMANDS.mergeEntity, [at]));
      if (this.splitSource(a.ws, a.uri, mention)) {
        out.push(action(`Crosscheck: This “${clip(mention.text)}” is someone else (split it off)`, SERVER_COMMANDS.annotate, [{ kind: 'split', at }]));
      }
    } else if (span.end > span.start) {
      for (const t of ENTITY_CHOICES) {
        out.push(action(`Crosscheck: Mark “${clip(a.doc.text.slice(span.start, span.end))}” as ${TYPE_LABEL[t].toLowerCase()}`, SERVER_COMMANDS.annotate, [{ kind: 'entity', type: t, at: spot }]));
      }
    } else if (mention) {
      out.push(action(`Crosscheck: “${clip(mention.text)}” is not an entity`, SERVER_COMMANDS.annotate, [{ kind: 'not-entity', at: this.spotOf(a.uri, spot.uri, mention) }]));
    }
    const claim = a.doc.claims.find((c) => c.start <= span.start && span.start <= c.end);
    if (claim) {
      const at = this.spotOf(a.uri, spot.uri, claim);
      for (const v of VERDICTS) out.push(action(`Crosscheck: Mark claim ${v}`, SERVER_COMMANDS.annotate, [{ kind: 'verdict', verdict: v, at }]));
      out.push(action('Crosscheck: Mark claim… with a note', CLIENT_COMMANDS.setClaimVerdict, [at]));
    }
    out.push(action('Crosscheck: Add a note…', CLIENT_COMMANDS.addNote, [spot]));
    return out;
  }

  // --- commands -----------------------------------------------------------------------------

  async execute(params: ExecuteCommandParams): Promise<unknown> {
    const arg = (params.arguments ?? [])[0] as never;
    switch (params.command) {
      case SERVER_COMMANDS.markReviewed: return this.markReviewed(arg);
      case SERVER_COMMANDS.undoReview: return this.undoReview(arg);
      case SERVER_COMMANDS.annotate: return this.annotate(arg);
      case SERVER_COMMANDS.listEntities: return this.listEntities(arg);
      case SERVER_COMMANDS.listAnnotations: return this.listAnnotations(arg ?? {});
      case SERVER_COMMANDS.listReviewed: return this.listReviewed();
      case SERVER_COMMANDS.deleteAnnotation: return this.deleteAnnotation(arg);
    }
    throw new Error(`unknown command ${params.command}`);
  }

  async markReviewed(args: ReviewArgs): Promise<AnnotateResult> {
    if (!args?.findingId) throw new Error('no finding given');
    const ws = this.host.corpus.current();
    const finding = ws.findingsWithReviewed().find((f) => f.id === args.findingId);
    if (!finding) throw new Error(`the finding ${args.findingId} is no longer reported`);
    const store = this.storeFor(finding.uri);
    const text = ws.analysis(finding.uri)?.text ?? '';
    const id = reviewAnnotationId(finding.id);
    const annotation = createAnnotation({ kind: 'review', findingId: finding.id, note: args.note }, resourceFor(sourceOf(store.root, finding.uri), text, finding), newStamp(id));
    const existing = store.annotations().find((x) => x.id === id);
    if (existing) annotation.created = existing.created;
    await this.write(finding.uri, [annotation]);
    return { message: `Marked reviewed: ${finding.message}` };
  }

  async undoReview(args: ReviewArgs): Promise<AnnotateResult> {
    const id = reviewAnnotationId(args?.findingId ?? '');
    for (const { store } of this.stores.values()) {
      const existing = store.annotations().find((a) => a.id === id);
      if (!existing) continue;
      await store.remove([{ id, seen: existing.modified }]);
      this.apply();
      return { message: 'The finding is reported again' };
    }
    throw new Error(`${args?.findingId} is not marked reviewed`);
  }

  async annotate(args: AnnotateArgs): Promise<AnnotateResult> {
    const a = this.article(args?.at?.uri ?? '');
    if (!a) throw new Error('not an article Crosscheck analyses');
    const store = this.storeFor(a.uri);
    const span = { start: toOffset(a.lines, args.at.range.start), end: toOffset(a.lines, args.at.range.end) };
    const target = (uri: string, s: Span) => resourceFor(sourceOf(store.root, uri), a.ws.analysis(uri)?.text ?? '', s);
    let action: Action;
    let where: Span;
    switch (args.kind) {
      case 'entity': {
        if (!isEntityChoice(args.type)) throw new Error(`unknown entity type ${args.type}`);
        where = this.wordsAt(a.doc, span);
        action = { kind: 'entity', type: args.type };
        break;
      }
      case 'not-entity':
        where = this.wordsAt(a.doc, span);
        action = { kind: 'not-entity' };
        break;
      case 'merge': {
        where = this.mentionOrFail(a.doc, span);
        const o = this.article(args.other?.uri ?? '');
        if (!o) throw new Error('the other entity is not in an article');
        const other = this.mentionOrFail(o.doc, { start: toOffset(o.lines, args.other.range.start), end: toOffset(o.lines, args.other.range.end) });
        action = { kind: 'merge', other: target(o.uri, other) };
        break;
      }
      case 'split': {
        const m = this.mentionOrFail(a.doc, span);
        const from = this.splitSource(a.ws, a.uri, m);
        if (!from) throw new Error(`“${m.text}” is the only mention of its entity`);
        where = m;
        action = { kind: 'split', from: target(from.uri, from.mention) };
        break;
      }
      case 'verdict': {
        if (!(VERDICTS as readonly string[]).includes(args.verdict)) throw new Error(`unknown verdict ${args.verdict}`);
        const claim = a.doc.claims.find((c) => c.start <= span.start && span.end <= c.end);
        where = claim ?? this.wordsAt(a.doc, span);
        action = { kind: 'verdict', verdict: args.verdict as (typeof VERDICTS)[number], note: args.note };
        break;
      }
      case 'note':
        if (!args.text?.trim()) throw new Error('the note is empty');
        where = this.wordsAt(a.doc, span);
        action = { kind: 'note', text: args.text.trim() };
        break;
      default:
        throw new Error('unknown annotation');
    }
    await this.write(a.uri, [createAnnotation(action, target(a.uri, where), newStamp())]);
    return { message: `Annotated “${clip(a.doc.text.slice(where.start, where.end))}” (${action.kind})` };
  }

  listEntities(at: TextSpot): EntityItem[] {
    const ws = this.host.corpus.current();
    const a = at && this.article(at.uri);
    const self = a ? mentionFor(a.doc, { start: toOffset(a.lines, at.range.start), end: Math.max(toOffset(a.lines, at.range.end), toOffset(a.lines, at.range.start) + 1) }) : undefined;
    const selfEntity = self && ws.hover(a!.uri, self.start)?.entity.id;
    const out: EntityItem[] = [];
    for (const e of ws.entities()) {
      if (e.id === selfEntity || !isEntityChoice(e.type)) continue;
      const first = e.mentions[0];
      const m = ws.analysis(first.uri)?.mentions.find((x) => x.id === first.mentionId);
      if (!m) continue;
      out.push({ id: e.id, name: e.name, type: e.type, sources: new Set(e.mentions.map((r) => r.uri)).size, at: this.spotOf(first.uri, first.uri, m) });
    }
    return out.sort((x, y) => y.sources - x.sources || (x.name < y.name ? -1 : 1));
  }

  listAnnotations(args: { orphanedOnly?: boolean }): AnnotationItem[] {
    const ws = this.host.corpus.current();
    return ws.annotations().filter((x) => !args.orphanedOnly || x.orphaned).map((x) => this.item(x));
  }

  listReviewed(): ReviewedItem[] {
    const ws = this.host.corpus.current();
    const findings = new Map(ws.findingsWithReviewed().map((f) => [f.id, f]));
    return ws.annotations().flatMap((x) => {
      if (x.action?.kind !== 'review') return [];
      const f = findings.get(x.action.findingId);
      const label = f ? f.message : `${x.action.findingId} (no longer reported): “${quoteOf(x.annotation.target)?.exact ?? ''}”`;
      return [{ findingId: x.action.findingId, label, note: x.action.note, at: f ? this.spotOf(f.uri, f.uri, f) : undefined }];
    });
  }

  async deleteAnnotation(args: { id: string }): Promise<AnnotateResult> {
    for (const { store } of this.stores.values()) {
      const existing = store.annotations().find((a) => a.id === args?.id);
      if (!existing) continue;
      await store.remove([{ id: existing.id, seen: existing.modified }]);
      this.apply();
      return { message: 'Annotation deleted' };
    }
    throw new Error(`no annotation ${args?.id}`);
  }

  // --- hover and hints ----------------------------------------------------------------------

  /** Markdown for reviewers' notes and verdicts at the hovered place ('' when there are none). */
  hoverMarkdown(ws: Workspace, uri: string, offset: number, info: HoverInfo | undefined): string {
    const span = info?.span ?? { start: offset, end: offset + 1 };
    let notes = info?.notes ?? [];
    let verdicts = info?.verdicts ?? [];
    if (!info) {
      const here = ws.annotationsAt(uri, span);
      notes = here.flatMap((x) => (x.action?.kind === 'note' ? [{ id: x.annotation.id, text: x.action.text, span: x.span!, creator: x.annotation.creator?.name, modified: x.annotation.modified }] : []));
      verdicts = here.flatMap((x) => (x.action?.kind === 'verdict' ? [{ id: x.annotation.id, verdict: x.action.verdict, note: x.action.note, span: x.span!, creator: x.annotation.creator?.name, modified: x.annotation.modified }] : []));
    }
    const by = (creator: string | undefined, modified: string) => ` — *${escapeMarkdown([creator, modified.slice(0, 10)].filter(Boolean).join(', '))}*`;
    const lines: string[] = [];
    const ICON: Record<string, string> = { verified: '✅', disputed: '❌', unverified: '❔' };
    for (const v of verdicts) lines.push(`${ICON[v.verdict] ?? ''} Claim **${v.verdict}**${v.note ? `: ${escapeMarkdown(v.note)}` : ''}${by(v.creator, v.modified)}`);
    for (const n of notes) lines.push(`📝 ${escapeMarkdown(n.text)}${by(n.creator, n.modified)}`);
    return lines.length ? `**Reviewer annotations**\n\n${lines.map((l) => `- ${l}`).join('\n')}` : '';
  }

  /** One hint per article whose annotations no longer fit its text, at its first line. */
  orphanHints(ws: Workspace): Finding[] {
    const out: Finding[] = [];
    const byUri = new Map<string, AnchoredAnnotation[]>();
    for (const x of ws.annotations()) if (x.orphaned && ws.has(x.uri)) byUri.set(x.uri, [...(byUri.get(x.uri) ?? []), x]);
    for (const [uri, list] of byUri) {
      const text = ws.analysis(uri)?.text ?? '';
      const end = Math.max(0, text.search(/\r?\n|$/));
      const quotes = list.slice(0, 3).map((x) => `“${clip(quoteOf(x.annotation.target)?.exact ?? '', 40)}”`).join(', ');
      out.push({
        id: `${ORPHAN_RULE}:${uri}`, rule: ORPHAN_RULE, severity: 'hint', uri, start: 0, end, text: text.slice(0, end), confidence: 1, related: [],
        message: `${list.length} annotation${list.length === 1 ? '' : 's'} no longer fit this article (${quotes}${list.length > 3 ? ', …' : ''}); they are kept: run “Crosscheck: List Orphaned Annotations”.`,
      });
    }
    return out;
  }

  // --- helpers --------------------------------------------------------------------------------

  private article(textDocumentUri: string) {
    const ws = this.host.corpus.current();
    const uri = canonicalUri(textDocumentUri);
    const doc = ws.analysis(uri);
    const lines = this.host.corpus.linesOf(uri);
    return doc && lines ? { ws, uri, doc, lines } : undefined;
  }

  private spotOf(uri: string, editorUri: string, span: Span): TextSpot {
    const lines = this.host.corpus.linesOf(uri);
    const range = lines ? toRange(lines, span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: uri === canonicalUri(editorUri) ? editorUri : uri, range };
  }

  /** The selection, else the mention or the word at the cursor. */
  private wordsAt(doc: DocumentAnalysis, span: Span): Span {
    if (span.end > span.start) return span;
    const m = mentionAt(doc, span.start);
    if (m) return m;
    const token = doc.tokens.find((t) => t.start <= span.start && span.start <= t.end);
    if (token && token.end > token.start) return token;
    throw new Error('select the words to annotate first');
  }

  private mentionOrFail(doc: DocumentAnalysis, span: Span): Mention {
    const m = span.end > span.start ? mentionFor(doc, span) : mentionAt(doc, span.start);
    if (!m || !isEntityChoice(m.type)) throw new Error('put the cursor on a name first');
    return m;
  }

  /** Another mention of the entity `m` belongs to (another article's first), to split `m` from. */
  private splitSource(ws: Workspace, uri: string, m: Mention): { uri: string; mention: Mention } | undefined {
    const entity = ws.hover(uri, m.start)?.entity;
    if (!entity) return undefined;
    const others = entity.mentions.filter((r) => !(r.uri === uri && r.mentionId === m.id));
    const ref = others.find((r) => r.uri !== uri) ?? others[0];
    const mention = ref && ws.analysis(ref.uri)?.mentions.find((x) => x.id === ref.mentionId);
    return mention ? { uri: ref.uri, mention } : undefined;
  }

  private item(x: AnchoredAnnotation): AnnotationItem {
    const quote = quoteOf(x.annotation.target)?.exact ?? '';
    const a = x.action;
    const label =
      !a ? `${x.annotation.motivation}` :
      a.kind === 'entity' ? `marked ${TYPE_LABEL[a.type]?.toLowerCase() ?? a.type}` :
      a.kind === 'not-entity' ? 'not an entity' :
      a.kind === 'merge' ? `same entity as “${quoteOf(a.other)?.exact ?? ''}” (${displayName(a.other.source)})` :
      a.kind === 'split' ? `not the same as “${quoteOf(a.from)?.exact ?? ''}” (${displayName(a.from.source)})` :
      a.kind === 'verdict' ? `claim ${a.verdict}${a.note ? `: ${a.note}` : ''}` :
      a.kind === 'review' ? `finding reviewed${a.note ? `: ${a.note}` : ''}` :
      `note: ${a.text}`;
    return {
      id: x.annotation.id, kind: a?.kind ?? x.annotation.motivation, label, quote,
      source: displayName(x.uri), orphaned: x.orphaned,
      ...(x.span ? { at: this.spotOf(x.uri, x.uri, x.span) } : {}),
    };
  }
}

/** The annotation with its target and body sources turned into canonical document uris. */
function withUris(a: Annotation, root: string): Annotation {
  const fix = (r: SpecificResource): SpecificResource => ({ ...r, source: canonicalUri(uriOfSource(root, r.source)) });
  const body = a.body.map((b: Body) => (b.type === 'TextualBody' ? b : fix(b as SpecificResource)));
  return { ...a, target: fix(a.target), body };
}

function clip(text: string, max = 30): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
