// The analysis core's data model. Every offset is a UTF-16 code-unit offset into the
// document text (what JavaScript strings index by and what LSP and SARIF count);
// conversion to lines and columns happens only at the edges (server/src/lsp/to-proto.ts,
// server/src/cli/locations.ts).

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'misc' | 'date' | 'quantity';
export const NAME_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'misc'];

/** Half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What a caller hands the core: the text as the editor or the disk has it. */
export interface DocumentInput {
  uri: string;
  text: string;
  version: number;
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index of the first token of this sentence and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'century';

/** A date normalised to an inclusive interval of days, with the precision the text gave. */
export interface DateValue {
  kind: 'date';
  /** First day of the interval, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day of the interval (inclusive), ISO `YYYY-MM-DD`. */
  to: string;
  precision: DatePrecision;
  /** The text left the year implicit ("May 9", "in April"); the year was taken from context. */
  yearImplicit?: boolean;
  /** Resolved from a relative expression ("Tuesday", "three days later") against a dateline. */
  relative?: boolean;
  /** A relative expression with nothing to resolve it against: never compared. */
  unresolved?: boolean;
  /** Open-ended: "since 2008" (from..∞), "pre-2016" (∞..to). */
  open?: 'after' | 'before';
  /** The text names a day that does not exist ("31 February"). */
  invalid?: boolean;
}

export type Qualifier = 'exact' | 'about' | 'over' | 'under' | 'at-least' | 'at-most' | 'nearly' | 'up-to';

/** A figure with its unit and qualifier; `low`/`high` is the range the words allow. */
export interface QuantityValue {
  kind: 'quantity';
  value: number;
  low: number;
  high: number;
  /** Normalised unit: 'year', 'month', 'day', 'percent', 'USD', 'EUR', 'person', '' (bare count)… */
  unit: string;
  qualifier: Qualifier;
  /** "seven-year", "century-long", "for six years": a length of time. */
  duration?: boolean;
}

export type MentionValue = DateValue | QuantityValue;

/** A title read as a role: "Acting Interior Minister" -> office 'interior minister', modifiers ['acting']. */
export interface TitleRole {
  office: string;
  modifiers: string[];
  jurisdiction?: string;
  post?: string;
}

export type MentionSource = 'model' | 'rule' | 'user';

export interface Mention extends Span {
  /** Stable within one analysis of one document version: `m<N>`. */
  id: string;
  type: EntityType;
  text: string;
  value?: MentionValue;
  /** Role or title written next to a person ("Deputy Trade Minister"), verbatim. */
  title?: string;
  titleSpan?: Span;
  /** The title read as a role, for comparison across sources. */
  role?: TitleRole;
  source: MentionSource;
  /** 0..1 confidence of the recogniser or rule that produced it. */
  confidence?: number;
  /** Inside page furniture: shown, resolved, but never part of a claim or finding. */
  boilerplate?: boolean;
}

/** A quotation in the text and who it is attributed to, if anyone. */
export interface Quote extends Span {
  text: string;
  /** Mention id of the speaker, when attribution was found. */
  speaker?: string;
}

/** A sentence or clause that asserts something checkable. */
export interface Claim extends Span {
  id: string;
  text: string;
  /** The relation asserted: 'resigned', 'appointed', 'killed', 'said', … (lemma), if found. */
  predicate?: string;
  /** Mention ids of the names the claim is about. */
  subjects: string[];
  /** Mention ids of the dates, quantities and other mentions it carries. */
  mentions: string[];
  quotes: Quote[];
  /** 0..1: how much this sentence is worth checking. */
  checkworthiness: number;
}

export interface DocumentMeta {
  title?: { text: string; span: Span };
  byline?: { text: string; span: Span };
  /** Publication date when the article states one (its dateline). */
  published?: { value: DateValue; span: Span; text: string };
  /** Page furniture: copyright lines, "Subscribe", related-article lists, vote counts… */
  boilerplate: Span[];
}

/** Everything the core knows about one version of one document. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  text: string;
  meta: DocumentMeta;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
  /** Same-thing links inside this document (acronym and its expansion, a surname after the full name). */
  links: MentionLink[];
  /** Problems with the input itself (binary, truncated, …), for logs, not findings. */
  notes: string[];
}

export interface MentionLink {
  /** The later or shorter mention. */
  from: string;
  /** The mention it refers to. */
  to: string;
  kind: 'acronym' | 'partial' | 'pattern';
}

export interface MentionRef {
  uri: string;
  mentionId: string;
}

/** One real-world thing across all documents. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the most complete, most frequent form. */
  name: string;
  /** Every distinct surface form used, canonical first. */
  aliases: string[];
  mentions: MentionRef[];
}

export interface Location extends Span {
  uri: string;
  text: string;
}

export interface RelatedLocation extends Location {
  message: string;
}

export interface Finding extends Location {
  /** Stable across edits that do not touch the conflict: rule + the words involved. */
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  /** 0..1 */
  confidence: number;
  related: RelatedLocation[];
  /** A reviewer dismissed it (only set where reviewed findings are asked for). */
  reviewed?: boolean;
}
