// Facts are the dates and figures claims assert, each tied to the event it belongs to and the
// entities around it. Two facts from different sources are "about the same thing" when they
// share the event class and enough entities, weighted so that names every source mentions
// (the story's protagonists) count for little and rarer shared names count for much.
import { eventWords } from '../claims/predicates';
import type { Claim, DocumentAnalysis, Mention } from '../model';

export interface Fact {
  uri: string;
  claim: Claim;
  mention: Mention;
  /** Event class the value belongs to ('war', 'kill', 'sign'…). */
  event: string;
  entities: Set<string>;
}

export interface FactPair {
  a: Fact;
  b: Fact;
  score: number;
}

/** How far (in characters) an event word may be from the value it governs. */
const EVENT_REACH = 60;
const MATCH_THRESHOLD = 0.9;

export function collectFacts(doc: DocumentAnalysis, entityOf: (uri: string, mentionId: string) => string | undefined): Fact[] {
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  const facts: Fact[] = [];
  for (const claim of doc.claims) {
    const entities = new Set<string>();
    for (const id of claim.subjects) {
      const e = entityOf(doc.uri, id);
      if (e) entities.add(e);
    }
    if (entities.size === 0) continue;
    const events = eventWords(claim.text);
    for (const id of claim.mentions) {
      const mention = byId.get(id);
      if (!mention?.value || mention.boilerplate) continue;
      const event = eventFor(mention, claim, events, doc.text);
      if (event) facts.push({ uri: doc.uri, claim, mention, event, entities });
    }
  }
  return facts;
}

function eventFor(m: Mention, claim: Claim, events: ReturnType<typeof eventWords>, text: string): string | undefined {
  const start = m.start - claim.start;
  const end = m.end - claim.start;
  // A duration names its own event right after it: "a nine-year war", "three decades of conflict".
  if (m.value?.kind === 'quantity' && m.value.duration) {
    const after = /^(?:[\s-]+(?:long|old))?\s+(?:of\s+)?([A-Za-z-]+)/.exec(text.slice(m.end, m.end + 40));
    const head = after && events.find((e) => e.start >= end && e.start <= end + after[0].length);
    if (head) return head.cls;
  }
  let best: string | undefined;
  let bestDistance = EVENT_REACH + 1;
  let bestSay: string | undefined;
  for (const e of events) {
    const d = e.end <= start ? start - e.end : e.start >= end ? e.start - end : 0;
    if (d > EVENT_REACH) continue;
    if (e.cls === 'say') {
      bestSay ??= e.cls;
      continue;
    }
    if (d < bestDistance) {
      best = e.cls;
      bestDistance = d;
    }
  }
  void bestSay; // "said" alone says nothing about which event a value belongs to
  return best;
}

/** Candidate pairs of facts from different documents that speak of the same event. */
export function matchFacts(facts: readonly Fact[], docFrequency: (entity: string) => number, docCount: number): FactPair[] {
  const weight = (e: string) => {
    if (docCount <= 2) return 1;
    const df = docFrequency(e);
    return 0.25 + 0.75 * Math.max(0, docCount - df) / (docCount - 2);
  };
  // Block by event + entity: only facts that share both are compared.
  const blocks = new Map<string, Fact[]>();
  for (const f of facts) for (const e of f.entities) {
    const key = `${f.event}|${f.mention.value!.kind}|${e}`;
    const list = blocks.get(key);
    if (list) list.push(f);
    else blocks.set(key, [f]);
  }
  const seen = new Set<string>();
  const pairs: FactPair[] = [];
  for (const list of blocks.values()) {
    if (list.length > 400) continue; // an event word + a protagonist everyone names: no evidence
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.uri === b.uri) continue;
        const key = `${a.uri}#${a.mention.id}|${b.uri}#${b.mention.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let score = 0;
        for (const e of a.entities) if (b.entities.has(e)) score += weight(e);
        if (score >= MATCH_THRESHOLD) pairs.push({ a, b, score });
      }
    }
  }
  return pairs;
}
