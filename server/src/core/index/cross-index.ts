// The cross-source index: entities resolved across all documents, facts matched across sources,
// and the findings the rules draw from them. Rebuilt from per-document analyses (which are cached
// per version), so an edit re-analyses one document and re-runs only this cheap step.
import type { CoreConfig } from '../api';
import type { DocumentAnalysis, Entity, Finding, Mention, Sentence } from '../model';
import { mentionKey, resolveEntities } from '../resolve/cluster';
import { jurisdictionOf } from '../resolve/places';
import { worldAlias } from '../resolve/world';
import type { ResolutionConstraints } from '../resolve/constraints';
import { RULES } from '../rules/registry';
import type { RuleContext } from '../rules/rule';
import { collectFacts, matchFacts, type Fact, type FactPair } from './facts';
import { stableId } from './stable-id';
import { mentionOf } from './mention-lookup';
import { retypeEntities } from './retype';
import { valueEntities } from './value-entities';

export interface CrossIndex {
  docs: ReadonlyMap<string, DocumentAnalysis>;
  entities: Entity[];
  entityById: Map<string, Entity>;
  /** `${uri}#${mentionId}` -> entity id */
  entityOf: Map<string, string>;
  facts: Fact[];
  factPairs: FactPair[];
  findings: Finding[];
  /** Entity id -> number of documents mentioning it. */
  docFrequency: Map<string, number>;
}

/** `constraints`: a reviewer's merges and splits, applied on top of automatic resolution. */
export function buildIndex(unordered: readonly DocumentAnalysis[], config: CoreConfig, constraints?: ResolutionConstraints): CrossIndex {
  // One order whatever order documents arrived in: the same folder gives the same findings.
  const docList = [...unordered].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const docs = new Map(docList.map((d) => [d.uri, d]));
  const resolution = resolveEntities(docList, constraints);
  retypeEntities(resolution.entities, docs);
  for (const e of valueEntities(docList, resolution.entities.length + 1)) {
    resolution.entities.push(e);
    for (const ref of e.mentions) resolution.entityOf.set(mentionKey(ref.uri, ref.mentionId), e.id);
  }
  const entityById = new Map(resolution.entities.map((e) => [e.id, e]));
  const entityOf = (uri: string, id: string) => resolution.entityOf.get(mentionKey(uri, id));
  const docFrequency = new Map<string, number>();
  for (const e of resolution.entities) docFrequency.set(e.id, new Set(e.mentions.map((m) => m.uri)).size);
  const keyOf = (uri: string, m: Mention) => {
    const country = jurisdictionOf(m.text);
    if (country) return `country:${country}`;
    const id = entityOf(uri, m.id);
    const name = id ? entityById.get(id)?.name : undefined;
    const named = name ? jurisdictionOf(worldAlias(name) ?? name) : undefined;
    return named ? `country:${named}` : id;
  };
  const facts = docList.flatMap((d) => collectFacts(d, keyOf));
  const factPairs = matchFacts(facts, docList.length);

  const ctx: RuleContext = {
    docs,
    entities: resolution.entities,
    entity: (id) => entityById.get(id),
    entityOf,
    mention: (uri, id) => mentionOf(docs.get(uri), id),
    factPairs,
    today: config.today,
    label: (uri) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)),
  };
  const findings: Finding[] = [];
  const seenIds = new Map<string, number>();
  for (const rule of RULES) {
    const configured = config.severities[rule.id];
    if (configured === 'off') continue;
    let drafts;
    try {
      drafts = rule.run(ctx);
    } catch {
      continue; // a failing rule must not take the others down
    }
    for (const d of drafts) {
      // The same words twice in one source (a headline and its body): the nth gets a suffix,
      // which stays stable under edits elsewhere in the file.
      const base = stableId(rule.id, d.uri, d.words);
      const nth = (seenIds.get(base) ?? 0) + 1;
      seenIds.set(base, nth);
      const id = nth === 1 ? base : `${base}.${nth}`;
      findings.push({
        id,
        rule: rule.id,
        severity: configured ?? d.severity ?? rule.defaultSeverity,
        message: d.message,
        uri: d.uri, start: d.start, end: d.end, text: d.text,
        confidence: d.confidence,
        related: d.related,
      });
    }
  }
  findings.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start || (a.rule < b.rule ? -1 : 1)));
  return {
    docs, entities: resolution.entities, entityById, entityOf: resolution.entityOf,
    facts, factPairs, findings, docFrequency,
  };
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
