// Shared by date-mismatch and quantity-mismatch: flag the facts that matched facts in other
// sources (same event, same entities) contradict, by the majority policy of `outliers`.
import { compareValues } from '../extract/compare';
import type { Fact } from '../index/facts';
import type { MentionValue } from '../model';
import { relatedAt, sourceList, type Draft, type RuleContext } from './rule';

export function factConflicts(ctx: RuleContext, fact: Fact, kind: MentionValue['kind'], noun: string): Draft[] {
  if (fact.mention.value?.kind !== kind) return [];
  // The facts of other sources this one is compared with, split by whether they contradict it.
  // Each pair carries how its values compare: 'unknown' for values of another kind or that do
  // not compare at all (those are no peers).
  const agreeing: Fact[] = [];
  const against: Fact[] = [];
  for (const { a, b, agreement } of ctx.pairsOf(fact)) {
    if (agreement === 'unknown') continue;
    (agreement === 'conflict' ? against : agreeing).push(a === fact ? b : a);
  }
  if (against.length === 0 || !outnumbered(fact, agreeing, against)) return [];
  // Sources in file order, so messages read the same whatever order documents were loaded in.
  against.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.mention.start - b.mention.start));
  const m = fact.mention;
  const others = against.map((f) => f.mention.text);
  const about = [...fact.entities].map((id) => ctx.entity(id)?.name ?? titleCase(id.replace(/^country:/, ''))).slice(0, 2);
  const what = EVENT_LABEL[fact.event] ?? fact.event;
  return [{
    uri: fact.uri, start: m.start, end: m.end, text: m.text,
    message: `${noun} the ${what}: “${m.text}” here; ${opposingValues(ctx, against)}${about.length ? ` (about ${about.join(', ')})` : ''}.`,
    related: against.map((f) => relatedAt(ctx, f.uri, f.mention, `${ctx.label(f.uri)}: “${f.mention.text}”`)),
    confidence: Math.min(0.95, 0.5 + Math.max(...against.map((f) => sharedScore(fact, f))) / 4),
    words: [fact.event, m.text.toLowerCase(), ...others.map((o) => o.toLowerCase()).sort()],
  }];
}

/**
 * “23” in a.txt, b.txt and c.txt; “25” in d.txt: each value the other sources give (as they
 * write it) with the sources that give it, the most common first; past three values, how many
 * more and in how many sources.
 */
function opposingValues(ctx: RuleContext, against: readonly Fact[]): string {
  const sourcesOf = new Map<string, Set<string>>();
  for (const f of against) {
    const uris = sourcesOf.get(f.mention.text);
    if (uris) uris.add(f.uri);
    else sourcesOf.set(f.mention.text, new Set([f.uri]));
  }
  // A stable sort: values given by as many sources stay in file order.
  const values = [...sourcesOf].sort((a, b) => b[1].size - a[1].size);
  const shown = values.slice(0, 3).map(([text, uris]) => `“${text}” in ${sourceList(ctx, uris)}`);
  if (values.length > 3) {
    const rest = new Set(values.slice(3).flatMap(([, uris]) => [...uris])).size;
    shown.push(`${values.length - 3} other values in ${rest} ${rest === 1 ? 'source' : 'sources'}`);
  }
  return shown.join('; ');
}

/**
 * Whether `outliers` (see rule.ts) flags the fact among its peers (all of other sources): at
 * least as many sources contradict it as support it, counting its own. A peer supports it only
 * if it also contradicts all of the fact's opponents, which depends on the peer's value alone:
 * a fact's peers often give a handful of values between them (“27” in forty sources, “23” in
 * three), so it is judged once per distinct value, not once per peer and opponent.
 */
function outnumbered(x: Fact, agreeing: readonly Fact[], against: readonly Fact[]): boolean {
  const againstValues = distinctValues(against);
  const supportDocs = new Set<string>([x.uri]);
  const supports = new Map<string, boolean>();
  for (const y of agreeing) {
    const vy = y.mention.value!;
    let ok = supports.get(y.valueClass);
    if (ok === undefined) supports.set(y.valueClass, (ok = againstValues.every((vz) => compareValues(vy, vz) === 'conflict')));
    if (ok) supportDocs.add(y.uri);
  }
  return new Set(against.map((y) => y.uri)).size >= supportDocs.size;
}

/** One value of each class among these facts' values (values of one class compare alike). */
function distinctValues(facts: readonly Fact[]): MentionValue[] {
  const seen = new Map<string, MentionValue>();
  for (const f of facts) if (!seen.has(f.valueClass)) seen.set(f.valueClass, f.mention.value!);
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
