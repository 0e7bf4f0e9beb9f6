// Shared by date-mismatch and quantity-mismatch: flag the facts that matched facts in other
// sources (same event, same entities) contradict, by the majority policy of `outliers`.
import type { Agreement } from '../extract/compare';
import type { Fact } from '../index/facts';
import type { MentionValue } from '../model';
import { outliers, relatedAt, type Draft, type RuleContext } from './rule';

export function factConflicts(
  ctx: RuleContext,
  fact: Fact,
  kind: MentionValue['kind'],
  compareValues: (a: MentionValue, b: MentionValue) => Agreement,
  noun: string,
): Draft[] {
  if (fact.mention.value?.kind !== kind) return [];
  const compare = (a: MentionValue, b: MentionValue) => compared(a, b, compareValues);
  // The facts of other sources this one is compared with: of its kind, comparable at all.
  const peersOf = (f: Fact): Fact[] => {
    const out: Fact[] = [];
    for (const { a, b } of ctx.pairsOf(f)) {
      const other = a === f ? b : a;
      if (other.mention.value?.kind === kind && compare(f.mention.value!, other.mention.value!) !== 'unknown') out.push(other);
    }
    return out;
  };
  const peers = peersOf(fact);
  if (peers.length === 0) return [];
  const flagged = outliers([fact], () => peers, (a, b) => compare(a.mention.value!, b.mention.value!) === 'conflict', (f) => f.mention.start);
  const drafts: Draft[] = [];
  for (const { item, against } of flagged) {
    const m = item.mention;
    const others = against.map((f) => f.mention.text);
    const about = [...item.entities].map((id) => ctx.entity(id)?.name ?? titleCase(id.replace(/^country:/, ''))).slice(0, 2);
    const what = EVENT_LABEL[item.event] ?? item.event;
    drafts.push({
      uri: item.uri, start: m.start, end: m.end, text: m.text,
      message: `${noun} the ${what}: “${m.text}” here, ${against.map((f) => `“${f.mention.text}” in ${ctx.label(f.uri)}`).join(', ')}${about.length ? ` (about ${about.join(', ')})` : ''}.`,
      related: against.map((f) => relatedAt(ctx, f.uri, f.mention, `${ctx.label(f.uri)}: “${f.mention.text}”`)),
      confidence: Math.min(0.95, 0.5 + Math.max(...against.map((f) => sharedScore(item, f))) / 4),
      words: [item.event, m.text.toLowerCase(), ...others.map((o) => o.toLowerCase()).sort()],
    });
  }
  return drafts;
}

/**
 * Each pair of values is compared once: outliers asks about the same pairs again and again, for
 * every fact of a group. Values are immutable parts of their analyses, so the answers are kept
 * with them (and go with them).
 */
const comparisons = new WeakMap<MentionValue, WeakMap<MentionValue, Agreement>>();
function compared(a: MentionValue, b: MentionValue, compareValues: (a: MentionValue, b: MentionValue) => Agreement): Agreement {
  let row = comparisons.get(a);
  if (!row) comparisons.set(a, (row = new WeakMap()));
  let r = row.get(b);
  if (r === undefined) row.set(b, (r = compareValues(a, b)));
  return r;
}

function titleCase(s: string): string {
  return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** How a message names an event class. */
const EVENT_LABEL: Record<string, string> = {
  kill: 'deaths', injure: 'injuries', missing: 'missing', rescue: 'rescue', war: 'war', invade: 'invasion',
  withdraw: 'withdrawal', collapse: 'disaster', attack: 'attack', sign: 'agreement', pay: 'payment',
  invest: 'funding', buy: 'acquisition', sell: 'sale', vote: 'vote', elect: 'election', arrest: 'arrest',
  charge: 'charges', sentence: 'sentence', appoint: 'appointment', resign: 'resignation', dismiss: 'dismissal',
  recognize: 'recognition', credentials: 'credentials', announce: 'announcement', delist: 'delisting',
  designate: 'designation', meet: 'meeting', own: 'stake', embezzle: 'embezzlement', rule: 'ruling', carry: 'people on board', deal: 'deal', infect: 'cases', transfer: 'transfer', found: 'founding', close: 'closure', increase: 'increase', decrease: 'decrease',
};

function sharedScore(a: Fact, b: Fact): number {
  let n = 0;
  for (const e of a.entities) if (b.entities.has(e)) n++;
  return n;
}
