// The cross-source index: entities resolved across all documents, facts matched across sources,
// and the findings the rules draw from them. LiveIndex (live-index.ts) builds it and keeps it up
// to date as documents change; this is what the queries read.
import type { CoreConfig } from '../api';
import type { DocumentAnalysis, Entity, Finding } from '../model';
import type { ResolutionConstraints } from '../resolve/constraints';
import type { Fact, FactPair } from './facts';
import { LiveIndex } from './live-index';
import type { ReadonlyMentionMap } from './mention-map';

export interface CrossIndex {
  docs: ReadonlyMap<string, DocumentAnalysis>;
  /** Named entities by type and name, then dates and figures. */
  readonly entities: Entity[];
  entityById: { get(id: string): Entity | undefined };
  /** (uri, mention id) -> entity id */
  entityOf: ReadonlyMentionMap<string>;
  /** Every fact, in corpus order. */
  readonly facts: Fact[];
  /** Every pair of facts that speak of one thing, in corpus order. */
  readonly factPairs: FactPair[];
  /** The pairs a fact is in, its peers in corpus order. */
  pairsOf(fact: Fact): FactPair[];
  /** The facts a mention's value gives. */
  factsAt(uri: string, mentionId: string): readonly Fact[];
  /** The facts naming an entity (or a country key), in corpus order. */
  factsNaming(key: string): Fact[];
  findings: Finding[];
  /** Entity id -> number of documents mentioning it. */
  docFrequency: ReadonlyMap<string, number>;
  /** The same index showing other findings (reviewed ones left out, or flagged). */
  withFindings(findings: Finding[]): CrossIndex;
}

/** The index of these documents from scratch. `constraints`: a reviewer's merges and splits. */
export function buildIndex(docs: readonly DocumentAnalysis[], config: CoreConfig, constraints?: ResolutionConstraints): CrossIndex {
  return new LiveIndex(config, constraints).update(new Map(docs.map((d) => [d.uri, d])), []);
}
