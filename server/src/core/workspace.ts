// The core's one entry point. Callers hand it documents (uri + text + version) and ask it
// questions; it keeps one analysis per document version and rebuilds the cross-source index
// lazily, only when something changed since the last question.
import type {
  Cancellation, CoreConfig, CoreReport, HighlightToken, HoverInfo, SymbolInfo, WorkStats,
} from './api';
import { NEVER_CANCELLED } from './api';
import type { DocumentAnalysis, DocumentInput, Entity, Finding, Location } from './model';
import type { EntityRecognizer } from './ner/recognizer';
import { analyzeDocument } from './pipeline';
import { CrossIndex, buildIndex } from './index/cross-index';
import * as q from './queries';

export interface WorkspaceOptions {
  recognizer: EntityRecognizer;
  config?: Partial<CoreConfig>;
}

export class Workspace {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private index: CrossIndex | undefined;
  private config: CoreConfig;
  readonly stats: WorkStats = { documentAnalyses: 0, indexBuilds: 0 };

  constructor(private readonly options: WorkspaceOptions) {
    this.config = { severities: {}, ...options.config };
  }

  /** Adds or replaces a document. Re-analyses it only if its version or text changed. */
  setDocument(input: DocumentInput, token: Cancellation = NEVER_CANCELLED): DocumentAnalysis | undefined {
    const old = this.docs.get(input.uri);
    if (old && old.version === input.version && old.text === input.text) return old;
    if (old && old.text === input.text) {
      // Same text, new version number (e.g. a save): keep the analysis, bump the version.
      const bumped = { ...old, version: input.version };
      this.docs.set(input.uri, bumped);
      return bumped;
    }
    const analysis = analyzeDocument(input, this.options.recognizer, token);
    if (!analysis) return undefined; // cancelled: keep the old result
    this.stats.documentAnalyses++;
    this.docs.set(input.uri, analysis);
    this.index = undefined;
    return analysis;
  }

  removeDocument(uri: string): boolean {
    const had = this.docs.delete(uri);
    if (had) this.index = undefined;
    return had;
  }

  configure(config: Partial<CoreConfig>): void {
    this.config = { ...this.config, ...config };
    this.index = undefined;
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

  /** The cross-source index, rebuilt if any document changed since it was last built. */
  private crossIndex(): CrossIndex {
    if (!this.index) {
      this.index = buildIndex([...this.docs.values()], this.config);
      this.stats.indexBuilds++;
    }
    return this.index;
  }

  entities(): Entity[] {
    return this.crossIndex().entities;
  }

  /** Findings located in `uri`, or all findings when no uri is given. */
  findings(uri?: string): Finding[] {
    const all = this.crossIndex().findings;
    return uri === undefined ? all : all.filter((f) => f.uri === uri);
  }

  hover(uri: string, offset: number): HoverInfo | undefined {
    return q.hover(this.crossIndex(), this.docs, uri, offset);
  }

  references(uri: string, offset: number): Location[] {
    return q.references(this.crossIndex(), this.docs, uri, offset);
  }

  definition(uri: string, offset: number): Location | undefined {
    return q.definition(this.crossIndex(), this.docs, uri, offset);
  }

  highlights(uri: string, range?: { start: number; end: number }): HighlightToken[] {
    return q.highlights(this.crossIndex(), this.docs, uri, range);
  }

  documentSymbols(uri: string): SymbolInfo[] {
    return q.documentSymbols(this.crossIndex(), this.docs, uri);
  }

  workspaceSymbols(query: string, limit = 200): SymbolInfo[] {
    return q.workspaceSymbols(this.crossIndex(), this.docs, query, limit);
  }

  report(): CoreReport {
    return q.report(this.crossIndex(), this.docs);
  }
}
