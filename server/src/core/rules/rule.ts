// What every rule sees and returns. A rule checks one unit at a time (an entity, a fact, a
// document) and returns drafts; the index turns drafts into findings (severity from config,
// stable ids from the words). Units are what make updates incremental: after an edit the index
// checks again only the units the edit touched, so a rule's drafts for a unit must depend on that
// unit alone (its mentions, its fact's peers, its document), never on the order units come in.
import type { DocumentAnalysis, Entity, Mention, RelatedLocation, Severity, Span } from '../model';
import type { Fact, FactPair } from '../index/facts';

export interface RuleContext {
  docs: ReadonlyMap<string, DocumentAnalysis>;
  entity(id: string): Entity | undefined;
  entityOf(uri: string, mentionId: string): string | undefined;
  /** The mention of each of the entity's references (`entity.mentions`), in their order. */
  mentionsOf(entity: Entity): ReadonlyArray<Mention | undefined>;
  /** The dates/figures of other sources that speak of the same event as this one. */
  pairsOf(fact: Fact): readonly FactPair[];
  /** ISO date supplied by the host, if any. */
  today?: string;
  /** The latest year the corpus's plausible-looking dates reach (when the host gives no date). */
  corpusYear(): number;
  /** Short human name of a document for messages (its file name). */
  label(uri: string): string;
}

export interface Draft extends Span {
  uri: string;
  text: string;
  message: string;
  related: RelatedLocation[];
  confidence: number;
  /** Overrides the rule's default severity (e.g. a hint-level variant). */
  severity?: Severity;
  /** The words the finding is about; with the rule id they make its stable id. */
  words: string[];
}

interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  /** One line for rule lists (SARIF, settings). */
  description: string;
}

/** Checks one resolved entity (every mention of it across sources). */
export interface EntityRule extends RuleInfo {
  unit: 'entity';
  check(ctx: RuleContext, entity: Entity): Draft[];
}

/** Checks one date or figure against its peers in other sources. */
export interface FactRule extends RuleInfo {
  unit: 'fact';
  check(ctx: RuleContext, fact: Fact): Draft[];
}

/** Checks one document on its own. */
export interface DocumentRule extends RuleInfo {
  unit: 'document';
  check(ctx: RuleContext, doc: DocumentAnalysis): Draft[];
}

export type Rule = EntityRule | FactRule | DocumentRule;

/**
 * Who to flag when sources disagree: an item is flagged when at least as many other sources
 * contradict it as agree with it (counting itself as agreeing). One source against two agreeing
 * ones flags only the odd one out; one against one flags both.
 */
export function outliers<T extends { uri: string }>(
  items: readonly T[], peers: (x: T) => readonly T[], conflict: (a: T, b: T) => boolean, start: (x: T) => number,
): Array<{ item: T; against: T[] }> {
  const out: Array<{ item: T; against: T[] }> = [];
  for (const x of items) {
    const others = peers(x).filter((y) => y.uri !== x.uri);
    const against = others.filter((y) => conflict(x, y));
    if (against.length === 0) continue;
    // A source supports x only if it also contradicts x's opponents: a vague value that fits
    // both sides ("more than 2.4 million" beside 2,418,305 and 2,481,305) takes no side.
    const supportDocs = new Set<string>([x.uri]);
    for (const y of others) if (!conflict(x, y) && against.every((z) => conflict(y, z))) supportDocs.add(y.uri);
    const againstDocs = new Set(against.map((y) => y.uri));
    // Sources in file order, so messages read the same whatever order documents were loaded in.
    against.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : start(a) - start(b)));
    if (againstDocs.size >= supportDocs.size) out.push({ item: x, against });
  }
  return out;
}

/**
 * `outliers` of items that are each other's peers, one per source, whose conflicts depend only
 * on a class of each (a name's spelling keys, a title's role): the same answer, but conflicts
 * are judged once per pair of classes, and support is counted per class. A person named in a
 * thousand sources in three spellings costs nine comparisons, not a million.
 */
export function outliersAmong<T extends { uri: string }>(
  items: readonly T[], classOf: (x: T) => string, conflict: (a: T, b: T) => boolean, start: (x: T) => number,
): Array<{ item: T; against: T[] }> {
  if (new Set(items.map((x) => x.uri)).size !== items.length) return outliers(items, () => items, conflict, start);
  const index = new Map<string, number>();
  const cls: number[] = [];
  const sample: T[] = [];
  const count: number[] = [];
  for (const x of items) {
    const key = classOf(x);
    let c = index.get(key);
    if (c === undefined) {
      index.set(key, (c = sample.length));
      sample.push(x);
      count.push(0);
    }
    cls.push(c);
    count[c]++;
  }
  const k = sample.length;
  const clash: boolean[][] = sample.map((a) => sample.map((b) => conflict(a, b)));
  // Per class: is any of its items flagged (the counts do not depend on which item it is).
  const flaggedClass = new Map<number, boolean>();
  const isFlagged = (c: number): boolean => {
    let f = flaggedClass.get(c);
    if (f !== undefined) return f;
    // The classes against an item of class c: the others (itself left out) that conflict.
    const against: number[] = [];
    let againstCount = 0;
    for (let d = 0; d < k; d++) {
      const n = count[d] - (d === c ? 1 : 0);
      if (n > 0 && clash[c][d]) {
        against.push(d);
        againstCount += n;
      }
    }
    if (againstCount === 0) f = false;
    else {
      let support = 1;
      for (let d = 0; d < k; d++) {
        const n = count[d] - (d === c ? 1 : 0);
        if (n > 0 && !clash[c][d] && against.every((z) => clash[d][z])) support += n;
      }
      f = againstCount >= support;
    }
    flaggedClass.set(c, f);
    return f;
  };
  const out: Array<{ item: T; against: T[] }> = [];
  items.forEach((x, i) => {
    if (!isFlagged(cls[i])) return;
    const against = items.filter((y, j) => j !== i && clash[cls[i]][cls[j]]);
    against.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : start(a) - start(b)));
    out.push({ item: x, against });
  });
  return out;
}

/**
 * Every mention of the entity is in one source. The entity rules compare sources, so such an
 * entity (most of a corpus's entities) has nothing to compare: they return at once.
 */
export function inOneSource(entity: Entity): boolean {
  const refs = entity.mentions;
  for (let i = 1; i < refs.length; i++) if (refs[i].uri !== refs[0].uri) return false;
  return true;
}

/** A related location for a mention-like span in another document. */
export function relatedAt(ctx: RuleContext, uri: string, span: Span, message: string): RelatedLocation {
  const doc = ctx.docs.get(uri);
  return { uri, start: span.start, end: span.end, text: doc ? doc.text.slice(span.start, span.end) : '', message };
}

/**
 * Items as a message lists them: “a, b and c”; past four, the first three and how many more
 * (`more(n)`), so a message stays readable however many sources a story has (its related
 * locations point at them).
 */
export function listOf(items: readonly string[], more: (n: number) => string): string {
  const shown = items.length > 4 ? [...items.slice(0, 3), more(items.length - 3)] : items;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** “a”, “b” and “c”: each value once. */
export function quoteList(values: readonly string[]): string {
  return listOf([...new Set(values)].map((v) => `“${v}”`), (n) => `${n} others`);
}

/** The sources' names, each once, in the order given. */
export function sourceList(ctx: RuleContext, uris: Iterable<string>): string {
  return listOf([...new Set(uris)].map((u) => ctx.label(u)), (n) => `${n} more sources`);
}
