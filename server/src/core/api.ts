// The questions the core answers, as plain data. The LSP layer (server/src/lsp) and the CLI
// (server/src/cli) render these; nothing here knows about either.
import type { DateValue, Entity, EntityType, Finding, Location, MentionValue, QuantityValue, Severity, Span } from './model';

/** Cooperative cancellation: long work polls this and stops early with partial results. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}
export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false };

export type RuleSeverity = Severity | 'off';

export interface CoreConfig {
  /** Per rule id; rules not named keep their default severity. */
  severities: Record<string, RuleSeverity>;
  /** Today's date (ISO), supplied by the host so the core never reads a clock: dates far past it are implausible. */
  today?: string;
}

export type TokenKind = EntityType | 'quote' | 'claim';
export type TokenModifier = 'conflicted' | 'corroborated' | 'unique';

export interface HighlightToken extends Span {
  kind: TokenKind;
  modifiers: TokenModifier[];
}

/** How one source writes and reports one entity. */
export interface SourceView {
  uri: string;
  /** Distinct surface forms this source uses, with the first location of each. */
  forms: Array<{ text: string; location: Location; count: number }>;
  /** Titles/roles this source gives the entity ("Deputy Trade Minister"). */
  titles: Array<{ text: string; location: Location }>;
  /** Dates and figures this source asserts in claims about the entity. */
  facts: Array<{ text: string; value?: MentionValue; claim: string; location: Location }>;
}

export interface HoverInfo {
  /** The hovered range. */
  span: Span;
  entity: Entity;
  /** The hovered mention's own text and normalised value. */
  text: string;
  value?: DateValue | QuantityValue;
  /** One entry per source that mentions the entity, the hovered source first. */
  sources: SourceView[];
  /** Findings that touch the hovered mention. */
  findings: Finding[];
  /** Reviewers' free notes on the hovered words. */
  notes?: AnnotationNote[];
  /** Reviewers' verdicts on claims the hovered words are part of. */
  verdicts?: ClaimVerdict[];
}

/** A reviewer's note, from the annotation store. */
export interface AnnotationNote {
  /** Annotation id. */
  id: string;
  text: string;
  span: Span;
  creator?: string;
  modified: string;
}

export interface ClaimVerdict {
  /** Annotation id. */
  id: string;
  verdict: 'verified' | 'disputed' | 'unverified';
  note?: string;
  span: Span;
  creator?: string;
  modified: string;
}

export interface SymbolInfo extends Span {
  uri: string;
  name: string;
  kind: EntityType | 'claim';
  /** Entity id for entities, claim id for claims. */
  id: string;
  /** Short context, e.g. the entity type or the claim's predicate. */
  detail?: string;
}

export interface ReportDocument {
  uri: string;
  title?: string;
  /** ISO date when the article states one. */
  published?: string;
}

export interface ReportClaim extends Location {
  id: string;
  entities: string[];
  /** How many sources make a matching claim (1 = only this one). */
  sources: number;
}

/** The whole-workspace result, the shape `crosscheck check --format json` serialises. */
export interface CoreReport {
  documents: ReportDocument[];
  entities: Array<Entity & { mentionLocations: Location[] }>;
  claims: ReportClaim[];
  findings: Finding[];
}

/** Counters that tests read to prove an edit does not redo everything. */
export interface WorkStats {
  /** Per-document analyses run (tokenise, tag, extract). */
  documentAnalyses: number;
  /** Cross-source index updates (resolution + facts + rules), from scratch or incremental. */
  indexBuilds: number;
  /** Document groups of names (profiles) put through resolution. */
  resolvedProfiles: number;
  /** Documents whose facts were collected. */
  collectedDocuments: number;
  /** Rule checks of one unit (an entity, a fact, a document). */
  checkedUnits: number;
}
