// The core's one entry point. Callers hand it documents (uri + text + version) and ask it
// questions; it keeps one analysis per document version and rebuilds the cross-source index
// lazily, only when something changed since the last question. A reviewer's annotations
// (setAnnotations) apply on top: corrections to each analysis, merges and splits to
// resolution, reviews to the findings shown.
import type {
  AnnotationNote, Cancellation, ClaimVerdict, CoreConfig, CoreReport, HighlightToken, HoverInfo, SymbolInfo, WorkStats,
} from './api';
import { applyCorrections } from './annotations/apply';
import { AnnotationLayer, type AnchoredAnnotation, type SourceResolver } from './annotations/layer';
import type { Annotation } from './annotations/model';
import { NEVER_CANCELLED } from './api';
import type { DocumentAnalysis, DocumentInput, Entity, Finding, Location } from './model';
import type { EntityRecognizer } from './ner/recognizer';
import { analyzeDocument } from './pipeline';
import type { CrossIndex } from './index/cross-index';
import { LiveIndex } from './index/live-index';
import { prepareForIndex } from './index/prepare';
import * as q from './queries';

export interface WorkspaceOptions {
  recognizer: EntityRecognizer;
  config?: Partial<CoreConfig>;
}

/** The longest text prepareForEdits analyses to run the analysis code once (a long article). */
const REHEARSAL_MAX_CHARS = 10_000;

export class Workspace {
  /** What the questions see: each analysis with the reviewer's corrections applied. */
  private readonly docs = new Map<string, DocumentAnalysis>();
  /** The analyses as the pipeline made them, and the corrections applied to each (as a key). */
  private readonly raw = new Map<string, { analysis: DocumentAnalysis; corrections: string }>();
  private readonly layer = new AnnotationLayer();
  private index: CrossIndex | undefined;
  /** Kept up to date document by document; dropped (built afresh) when settings or merges change. */
  private live: LiveIndex | undefined;
  /** Documents added, replaced or removed since the index was last updated. */
  private readonly changed = new Set<string>();
  private indexResolutionKey = '';
  private visible: { index: CrossIndex; reviewKey: string; view: CrossIndex } | undefined;
  private config: CoreConfig;
  /** prepareForEdits ran the analysis code once in this thread (see there). */
  private rehearsed = false;
  readonly stats: WorkStats = { documentAnalyses: 0, indexBuilds: 0, resolvedProfiles: 0, collectedDocuments: 0, checkedUnits: 0 };

  constructor(private readonly options: WorkspaceOptions) {
    this.config = { severities: {}, ...options.config };
  }

  /** Adds or replaces a document. Re-analyses it only if its version or text changed. */
  setDocument(input: DocumentInput, token: Cancellation = NEVER_CANCELLED): DocumentAnalysis | undefined {
    const old = this.raw.get(input.uri)?.analysis;
    if (old && old.version === input.version && old.text === input.text) return this.docs.get(input.uri);
    if (old && old.text === input.text) {
      // Same text, new version number (e.g. a save): keep the analysis, bump the version.
      this.raw.set(input.uri, { ...this.raw.get(input.uri)!, analysis: withVersion(old, input.version) });
      const bumped = withVersion(this.docs.get(input.uri)!, input.version);
      this.docs.set(input.uri, bumped);
      return bumped;
    }
    const analysis = analyzeDocument(input, this.options.recognizer, token);
    if (!analysis) return undefined; // cancelled: keep the old result
    this.stats.documentAnalyses++;
    return this.store(analysis);
  }

  /**
   * Adds or replaces a document with an analysis made elsewhere: in a worker thread or read
   * back from a cache, by `analyzeDocument` with the same recogniser (the caller's promise: the
   * core cannot check it). Stores exactly what setDocument would have; a document that already
   * holds this text only takes the new version number.
   */
  setAnalysis(analysis: DocumentAnalysis): DocumentAnalysis {
    const old = this.raw.get(analysis.uri)?.analysis;
    if (old && old.text === analysis.text) return this.setDocument(analysis)!;
    return this.store(analysis);
  }

  private store(analysis: DocumentAnalysis): DocumentAnalysis {
    this.raw.set(analysis.uri, { analysis, corrections: '' });
    this.docs.set(analysis.uri, analysis);
    this.correct(analysis.uri, true);
    this.touch(analysis.uri);
    const view = this.docs.get(analysis.uri)!;
    prepareForIndex(view); // now, while other documents may still be analysed elsewhere
    return view;
  }

  removeDocument(uri: string): boolean {
    const had = this.docs.delete(uri);
    this.raw.delete(uri);
    this.layer.forget(uri);
    if (had) this.touch(uri);
    return had;
  }

  /**
   * The reviewer's annotations (W3C, from the store). `resolveSource` maps a target's `source`
   * (a path relative to the store) to a document uri. Re-applies corrections only to documents
   * whose corrections changed, and rebuilds the index only when corrections, merges or splits did.
   */
  setAnnotations(list: readonly Annotation[], resolveSource: SourceResolver = (s) => s): void {
    this.layer.set(list, resolveSource);
    for (const uri of this.raw.keys()) if (this.correct(uri, false)) this.touch(uri);
    if (this.layer.resolutionKey !== this.indexResolutionKey) this.reset();
  }

  /** A document's view changed: the index updates it at the next question. */
  private touch(uri: string): void {
    this.changed.add(uri);
    this.index = undefined;
  }

  /** Settings or the reviewer's merges and splits changed: the next question builds afresh. */
  private reset(): void {
    this.live = undefined;
    this.index = undefined;
  }

  /** Applies the layer's corrections to one document; true when its view changed. */
  private correct(uri: string, fresh: boolean): boolean {
    const entry = this.raw.get(uri);
    if (!entry) return false;
    const corrections = this.layer.size ? this.layer.corrections(entry.analysis) : [];
    const key = JSON.stringify(corrections);
    if (!fresh && key === entry.corrections) return false;
    entry.corrections = key;
    this.docs.set(uri, applyCorrections(entry.analysis, corrections));
    return true;
  }

  /** Every annotation with its current place (or orphaned), optionally of one document only. */
  annotations(uri?: string): AnchoredAnnotation[] {
    return this.layer.anchored(this.docs, uri);
  }

  /** Annotations whose words overlap `span` of `uri`. */
  annotationsAt(uri: string, span: { start: number; end: number }): AnchoredAnnotation[] {
    return this.layer.overlapping(this.docs, uri, span);
  }

  configure(config: Partial<CoreConfig>): void {
    this.config = { ...this.config, ...config };
    this.reset();
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  analysis(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri);
  }

  /** The cross-source index, updated for the documents that changed since it was last asked for. */
  private crossIndex(): CrossIndex {
    if (!this.index) {
      // A reviewer's merges and splits anchor on the documents' text: made again with them.
      if (!this.live || this.layer.resolutionKey) {
        this.indexResolutionKey = this.layer.resolutionKey;
        const constraints = this.layer.resolutionKey ? this.layer.constraints(this.docs) : undefined;
        this.live = new LiveIndex(this.config, constraints, this.stats);
      }
      this.index = this.live.update(this.docs, this.changed);
      this.changed.clear();
      this.stats.indexBuilds++;
    }
    return this.index;
  }

  /**
   * Makes now what the first incremental update would otherwise make (a build from scratch
   * leaves it out, so its results come sooner). For a host with a moment to spare after
   * publishing a build's results; changes nothing that any answer depends on.
   */
  prepareForEdits(): void {
    this.live?.prepareForEdits();
    // When every analysis so far was made elsewhere (worker threads, a cache), the first edit
    // would also pay for this thread's first run of the analysis code (~80 ms of compiling and
    // first use for one article). One analysis of a stored text of article size, thrown away,
    // pays it now.
    if (this.stats.documentAnalyses === 0 && !this.rehearsed) {
      for (const { analysis } of this.raw.values()) {
        if (analysis.text.length > REHEARSAL_MAX_CHARS) continue;
        this.rehearsed = true;
        analyzeDocument({ uri: analysis.uri, text: analysis.text, version: analysis.version }, this.options.recognizer, NEVER_CANCELLED);
        break;
      }
    }
  }

  /** The index as the editor shows it: reviewed findings left out. */
  private visibleIndex(): CrossIndex {
    const index = this.crossIndex();
    const reviewKey = this.layer.reviewKey;
    if (this.visible?.index !== index || this.visible.reviewKey !== reviewKey) {
      const reviewed = this.layer.reviewedFindings();
      const view = reviewed.size ? index.withFindings(index.findings.filter((f) => !reviewed.has(f.id))) : index;
      this.visible = { index, reviewKey, view };
    }
    return this.visible.view;
  }

  entities(): Entity[] {
    return this.crossIndex().entities;
  }

  /** Findings located in `uri`, or all findings when no uri is given; reviewed ones left out. */
  findings(uri?: string): Finding[] {
    const all = this.visibleIndex().findings;
    return uri === undefined ? all : all.filter((f) => f.uri === uri);
  }

  /** Every finding, the reviewed ones flagged `reviewed: true` (for `check --show-reviewed`). */
  findingsWithReviewed(uri?: string): Finding[] {
    const reviewed = this.layer.reviewedFindings();
    const all = this.crossIndex().findings.map((f) => (reviewed.has(f.id) ? { ...f, reviewed: true } : f));
    return uri === undefined ? all : all.filter((f) => f.uri === uri);
  }

  hover(uri: string, offset: number): HoverInfo | undefined {
    const info = q.hover(this.visibleIndex(), this.docs, uri, offset);
    if (!info || !this.layer.size) return info;
    const notes: AnnotationNote[] = [];
    const verdicts: ClaimVerdict[] = [];
    for (const a of this.annotationsAt(uri, info.span)) {
      const base = { id: a.annotation.id, span: a.span!, modified: a.annotation.modified, ...(a.annotation.creator?.name ? { creator: a.annotation.creator.name } : {}) };
      if (a.action?.kind === 'note') notes.push({ ...base, text: a.action.text });
      if (a.action?.kind === 'verdict') verdicts.push({ ...base, verdict: a.action.verdict, ...(a.action.note ? { note: a.action.note } : {}) });
    }
    if (notes.length) info.notes = notes;
    if (verdicts.length) info.verdicts = verdicts;
    return info;
  }

  references(uri: string, offset: number): Location[] {
    return q.references(this.visibleIndex(), this.docs, uri, offset);
  }

  definition(uri: string, offset: number): Location | undefined {
    return q.definition(this.visibleIndex(), this.docs, uri, offset);
  }

  highlights(uri: string, range?: { start: number; end: number }): HighlightToken[] {
    return q.highlights(this.visibleIndex(), this.docs, uri, range);
  }

  documentSymbols(uri: string): SymbolInfo[] {
    return q.documentSymbols(this.visibleIndex(), this.docs, uri);
  }

  workspaceSymbols(query: string, limit = 200): SymbolInfo[] {
    return q.workspaceSymbols(this.visibleIndex(), this.docs, query, limit);
  }

  /** The whole-workspace report; reviewed findings only with `includeReviewed` (flagged). */
  report(options: { includeReviewed?: boolean } = {}): CoreReport {
    if (!options.includeReviewed) return q.report(this.visibleIndex(), this.docs);
    return q.report(this.crossIndex().withFindings(this.findingsWithReviewed()), this.docs);
  }
}

/** A copy with another version number; parts a host made lazy (tokens read back from a cache) stay lazy. */
function withVersion(analysis: DocumentAnalysis, version: number): DocumentAnalysis {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(analysis)) as DocumentAnalysis;
  copy.version = version;
  return copy;
}
