// Shared by date-mismatch and quantity-mismatch: flag the facts that matched facts in other
// sources (same event, same entities) contradict, by the majority policy of `outliers`.
import { compareValues, valueClassKey } from '../extract/compare';
import type { Fact } from '../index/facts';
import type { MentionValue } from '../model';
import { relatedAt, type Draft, type RuleContext } from './rule';

export function factConflicts(ctx: RuleContext, fact: Fact, kind: MentionValue['kind'], noun: string): Draft[] {
  if (fact.mention.value?.kind !== kind) return [];
  // The facts of other sources this one is compared with: of its kind, comparable at all
  // (with whether they contradict it: each is compared with it once).
  const peers: Fact[] = [];
  const conflicting = new Set<Fact>();
  const value = fact.mention.value;
  for (const { a, b } of ctx.pairsOf(fact)) {
    const other = a === fact ? b : a;
    if (other.mention.value?.kind !== kind) continue;
    const agreement = compareValues(value!, other.mention.value!);
    if (agreement === 'unknown') continue;
    peers.push(other);
    if (agreement === 'conflict') conflicting.add(other);
  }
  if (peers.length === 0) return [];
  const flagged = outlierFact(fact, peers, conflicting);
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
 * `outliers([fact], () => peers, conflict)` (see rule.ts), with peers taken by value: a fact's
 * peers often give a handful of values between them (“27” in forty sources, “23” in three), and
 * whether a peer supports the fact (it contradicts all of the fact's opponents) depends on its
 * value alone, so it is judged once per distinct value, not once per peer and opponent.
 */
function outlierFact(x: Fact, peers: readonly Fact[], conflicting: ReadonlySet<Fact>): Array<{ item: Fact; against: Fact[] }> {
  const conflict = (a: MentionValue, b: MentionValue) => compareValues(a, b) === 'conflict';
  const others = peers.filter((y) => y.uri !== x.uri);
  const against = others.filter((y) => conflicting.has(y));
  if (against.length === 0) return [];
  const againstValues = distinctValues(against);
  const supportDocs = new Set<string>([x.uri]);
  const supports = new Map<string, boolean>();
  for (const y of others) {
    const vy = y.mention.value!;
    if (conflicting.has(y)) continue;
    const key = valueClassKey(vy);
    let ok = supports.get(key);
    if (ok === undefined) supports.set(key, (ok = againstValues.every((vz) => conflict(vy, vz))));
    if (ok) supportDocs.add(y.uri);
  }
  const againstDocs = new Set(against.map((y) => y.uri));
  // Sources in file order, so messages read the same whatever order documents were loaded in.
  against.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.mention.start - b.mention.start));
  return againstDocs.size >= supportDocs.size ? [{ item: x, against }] : [];
}

/** One value of each class among these facts' values (values of one class compare alike). */
function distinctValues(facts: readonly Fact[]): MentionValue[] {
  const seen = new Map<string, MentionValue>();
  for (const f of facts) {
    const key = valueClassKey(f.mention.value!);
    if (!seen.has(key)) seen.set(key, f.mention.value!);
  }
  return [...seen.values()];
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
