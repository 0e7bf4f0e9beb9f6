// Facts are the dates and figures claims assert, each tied to the event it belongs to and the
// entities around it. Two facts from different sources are "about the same thing" when they
// share the event class, share entities (weighted so that names every source mentions count
// for little), and neither names a participant near its value that the other claim lacks
// ("Valdorian troops withdrew in 1967" vs "the Estmark withdrawal in 2016": same event class, other
// actors). A claim that names nothing (common for the story's main event: "The sinking killed
// 27 people") stands for the story itself and matches any fact of its event class.
import { eventWords, type EventWord } from '../claims/predicates';
import { compareDates, compareValues, valueClassKey, type Agreement } from '../extract/compare';
import type { Claim, DateValue, DocumentAnalysis, Mention } from '../model';
import { jurisdictionOf } from '../resolve/places';
import { mentionsById } from './mention-lookup';

export interface Fact {
  uri: string;
  /** Its place among its document's facts: with the uri, the corpus order of facts. */
  seq: number;
  claim: Claim;
  mention: Mention;
  /** Event class the value belongs to ('war', 'kill', 'sign'…). */
  event: string;
  /** The announcement that dated it, when an "announced on 3 March" gave the value: such facts also meet other announcements. */
  announced: boolean;
  /** Match keys of the names in the claim (entity ids; countries and demonyms share one key). */
  entities: Set<string>;
  /** Match keys of the names close to the value: its participants. */
  near: Set<string>;
  /** The participants that are people. */
  nearPeople: Set<string>;
  /** False when the claim names nothing: it speaks of the story itself ("The sinking killed 27"). */
  explicit: boolean;
  /** The claim names a person: its figures may be that person's, not the story's. */
  personal: boolean;
  /** For a figure: the date its claim gives it ("23 dead on Monday", "the 2019 outbreak killed 40"). */
  when?: DateValue;
  /** The article's dateline: the time of an undated figure. */
  published?: DateValue;
  /** valueClassKey of its value: values of one class compare alike (the fact rules group by it). */
  valueClass: string;
  /** Match keys of every name in the article but countries: what its story is about (see sameStory). */
  story: ReadonlySet<string>;
}

export interface FactPair {
  a: Fact;
  b: Fact;
  score: number;
  /** How their values compare (compareValues, which is symmetric): what the fact rules read. */
  agreement: Agreement;
}

/** How far (in characters) an event word may be from the value. */
const REACH = 60;
/** How far a participant may be from the value, within its clause. */
const PARTICIPANT_REACH = 60;
/** Entity evidence needed for values close to each other (23 vs 27 dead, 13 vs 14 March)… */
const MATCH_THRESHOLD = 0.25;
/** The pseudo-entity every claim that names nothing is about: the story. */
const STORY = '*story*';
/** Evidence a nameless claim carries: as much as a name every source mentions. */
const STORY_WEIGHT = 0.25;
/** …and for values far apart (9 vs 30 years), which usually measure different things. */
const FAR_MATCH_THRESHOLD = 0.9;
/** A relative clause or apposition set off by commas (or parentheses). */
const ASIDE = /,\s*(?:who|which|whose|the|a|an|his|her|its|their|leader|head|chief)\b[^,;]*,|\s*\([^()]*\)/gi;
/** Text between a participant and the value that ends its clause. */
const CLAUSE_BREAK = /[;:—–()]|,\s+(?:after|before|while|when|which|who|whose|where|killing|leaving|and|but|as|with|although|though|according)\b/;

/**
 * The match key of a name whose own words do not key it (see ownKey): its entity's, as the
 * index resolved it. collectFacts asks only for those.
 */
export type KeyOf = (uri: string, mention: Mention) => string | undefined;

/** A country or nationality keys as its country whatever it resolved to ("Valdorian" -> "country:valdoria"). */
export function ownKey(m: Mention): string | undefined {
  const country = jurisdictionOf(m.text);
  return country ? `country:${country}` : undefined;
}

/**
 * Event words per claim. Claims are plain data that stay the same objects from one index rebuild
 * to the next (one analysis per document version), so each claim is read once.
 */
const claimEvents = new WeakMap<Claim, readonly EventWord[]>();
function eventsOf(claim: Claim): readonly EventWord[] {
  let events = claimEvents.get(claim);
  if (!events) claimEvents.set(claim, (events = eventWords(claim.text)));
  return events;
}

/**
 * A mention that may give a fact: a resolved date or a figure outside boilerplate. A claim
 * without one gives none, and its names and event words need not be read.
 */
function mayGiveFact(mention: Mention | undefined): boolean {
  return !!mention?.value && !mention.boilerplate && !(mention.value.kind === 'date' && mention.value.unresolved);
}

/** Whether any mention of the claim may give a fact (mayGiveFact). */
export function claimMayGiveFacts(claim: Claim, byId: ReadonlyMap<string, Mention>): boolean {
  for (const id of claim.mentions) if (mayGiveFact(byId.get(id))) return true;
  return false;
}

/**
 * What a document's facts are before its names are keyed: for each claim that gives one, the
 * names whose keys become its entities (its subjects, and the next sentence's when it sets the
 * scene) and, per date or figure, its event and the names that take part. All of it depends on
 * the document alone, and analyses are immutable: made once per analysis, as the document
 * arrives (prepareForIndex), so that an index build only keys the names.
 */
interface FactSeeds {
  /** Names outside boilerplate that are no value: the article's story (see sameStory). */
  storyNames: readonly Mention[];
  /** ownKey of each story name. */
  storyKeys: readonly (string | undefined)[];
  claims: readonly ClaimSeed[];
  published: DateValue | undefined;
}

interface ClaimSeed {
  claim: Claim;
  /** Names whose keys are the claim's entities: its subjects, then the next sentence's when this one sets its scene. */
  named: readonly Mention[];
  namedKeys: readonly (string | undefined)[];
  personal: boolean;
  values: readonly ValueSeed[];
}

interface ValueSeed {
  mention: Mention;
  event: string;
  announced: boolean;
  /** The subjects close to the value in its clause (isParticipant), nationalities left out. */
  participants: readonly Mention[];
  participantKeys: readonly (string | undefined)[];
  when: DateValue | undefined;
  valueClass: string;
}

const seedsOf = new WeakMap<DocumentAnalysis, FactSeeds>();

export function factSeeds(doc: DocumentAnalysis): FactSeeds {
  let seeds = seedsOf.get(doc);
  if (!seeds) seedsOf.set(doc, (seeds = makeFactSeeds(doc)));
  return seeds;
}

function makeFactSeeds(doc: DocumentAnalysis): FactSeeds {
  const byId = mentionsById(doc);
  const storyNames: Mention[] = [];
  for (const m of doc.mentions) if (!m.boilerplate && !m.value && NAME_TYPES.has(m.type)) storyNames.push(m);
  const subjectsOf = (claim: Claim) => claim.subjects.map((id) => byId.get(id)).filter((m): m is Mention => !!m);
  const claims: ClaimSeed[] = [];
  doc.claims.forEach((claim, i) => {
    if (!claimMayGiveFacts(claim, byId)) return;
    const subjects = subjectsOf(claim);
    const events = eventsOf(claim);
    // A scene-setting sentence ("On 3 May, a new chapter began.") dates the event of the next
    // sentence of its paragraph.
    const next = doc.claims[i + 1];
    const scene = events.length === 0 && next && !doc.text.slice(claim.end, next.start).includes('\n')
      ? mainEvent(eventsOf(next)) : undefined;
    const values: ValueSeed[] = [];
    for (const id of claim.mentions) {
      const mention = byId.get(id);
      if (!mention?.value || !mayGiveFact(mention)) continue;
      const found = scene && mention.value.kind === 'date' ? { event: scene, announced: false } : eventFor(mention, claim, events, doc.text);
      if (!found) continue;
      // "the German company": a nationality describes a participant, it is not one.
      const participants = subjects.filter((s) => !(s.type === 'misc' && jurisdictionOf(s.text)) && isParticipant(doc.text, s, mention, claim));
      const when = mention.value.kind === 'quantity' && !mention.value.duration ? timeOf(mention, claim, byId) : undefined;
      const valueClass = valueClassKey(mention.value);
      values.push({
        mention, event: EVENT_FAMILY[found.event] ?? found.event, announced: found.announced, participants, participantKeys: participants.map(ownKey), when, valueClass,
      });
    }
    if (values.length === 0) return; // no fact: its names need no keys
    const named = scene ? [...subjects, ...subjectsOf(next)] : subjects;
    claims.push({ claim, named, namedKeys: named.map(ownKey), personal: subjects.some((x) => x.type === 'person'), values });
  });
  const published = doc.meta.published && !doc.meta.published.value.unresolved ? doc.meta.published.value : undefined;
  return { storyNames, storyKeys: storyNames.map(ownKey), claims, published };
}

/** The document's facts, its names keyed by their own words (ownKey) or else by `keyOf`. */
export function collectFacts(doc: DocumentAnalysis, keyOf: KeyOf): Fact[] {
  const { storyNames, storyKeys, claims, published } = factSeeds(doc);
  const facts: Fact[] = [];
  const story = new Set<string>();
  storyNames.forEach((m, i) => {
    const k = storyKeys[i] ?? keyOf(doc.uri, m);
    // Articles of one region share countries whatever their stories (see sameStory).
    if (k && !k.startsWith('country:')) story.add(k);
  });
  for (const { claim, named, namedKeys, personal, values } of claims) {
    const entities = new Set<string>();
    named.forEach((m, i) => {
      const k = namedKeys[i] ?? keyOf(doc.uri, m);
      if (k) entities.add(k);
    });
    for (const v of values) {
      const near = new Set<string>();
      const nearPeople = new Set<string>();
      for (let i = 0; i < v.participants.length; i++) {
        const s = v.participants[i];
        const k = v.participantKeys[i] ?? keyOf(doc.uri, s);
        if (!k) continue;
        near.add(k);
        if (s.type === 'person') nearPeople.add(k);
      }
      facts.push({
        uri: doc.uri, seq: facts.length, claim, mention: v.mention, event: v.event, announced: v.announced, entities, near, nearPeople,
        explicit: entities.size > 0, personal, when: v.when, published, story, valueClass: v.valueClass,
      });
    }
  }
  return facts;
}

/**
 * A name takes part in the fact when it stands in the value's clause, close to it, and is not
 * the source of the statement ("according to X", "X said") or inside an aside (", who …,").
 */
function isParticipant(text: string, s: Mention, value: Mention, claim: Claim): boolean {
  const [from, to] = s.end <= value.start ? [s.end, value.start] : [value.end, s.start];
  // Asides between a name and its value do not separate them: "Velikova, who leads the party,
  // received 2.4 million votes"; "Stravik, the former mayor, was jailed for nine years".
  let between = text.slice(from, to).replace(ASIDE, ' ');
  // The value inside a relative clause on the name: "Stravik, who was found guilty on 4 February".
  if (s.end <= value.start) between = between.replace(/^,\s*(?:who|whose)\b/i, ' ');
  if (between.length > PARTICIPANT_REACH || CLAUSE_BREAK.test(between)) return false;
  // After the value, its clause ends at the next comma ("announced Tuesday, ends a long dispute in X").
  if (s.start >= value.end && between.includes(',')) return false;
  const lead = text.slice(Math.max(claim.start, s.start - 40), s.start);
  const clauseLead = lead.slice(lead.lastIndexOf(',') + 1);
  if (/\b(according to|who|which|whose)\b/i.test(clauseLead)) return false;
  if (/^\W{0,3}(said|says|told|reported|announced)\b/i.test(text.slice(s.end, s.end + 15))) return false;
  return true;
}

const IRREGULAR_PAST = new Set(('upheld held won lost sank fell rose met paid sold bought built began struck hit took made left ran ' +
  'overran withdrew stole seized shot fought sent told gave brought caught drove flew froze hid kept led put quit set shut slid spent ' +
  'stood swore threw wore wrote').split(' '));

/** A past or present participle or an irregular past: the word is a verb, not a noun. */
function isVerbForm(word: string): boolean {
  const w = word.toLowerCase().split(/\s+/)[0];
  return /(?:ed|ing)$/.test(w) || IRREGULAR_PAST.has(w);
}

/** One transaction seen from either side: buying, selling, paying, signing, a transfer. */
const EVENT_FAMILY: Record<string, string> = { buy: 'deal', sell: 'deal', pay: 'deal', sign: 'deal', transfer: 'deal' };

/**
 * Events that report or move other events: "X's resignation, announced Tuesday" dates the
 * resignation; "the death toll rose to 41" counts deaths.
 */
const LIGHT = new Set(['say', 'announce', 'increase', 'decrease']);

function mainEvent(events: readonly EventWord[]): string | undefined {
  return events.find((e) => !LIGHT.has(e.cls))?.cls;
}

/**
 * The event a value belongs to. A duration names its own event right after it ("a seven-year
 * war", "four decades of fighting"). Otherwise the nearest event word, preferring the one
 * before the value ("capsized on 14 March, killing 23"); a value governed by a speech verb
 * ("officials said on Sunday") dates the statement, not an event, and is skipped.
 */
function eventFor(m: Mention, claim: Claim, events: readonly EventWord[], text: string): { event: string; announced: boolean } | undefined {
  const start = m.start - claim.start;
  const end = m.end - claim.start;
  if (m.value?.kind === 'quantity' && m.value.duration) {
    const after = /^(?:[\s-]+(?:long|old))?\s+(?:of\s+)?([A-Za-z-]+)/.exec(text.slice(m.end, m.end + 40));
    const head = after && events.find((e) => e.start >= end && e.start <= end + after[0].length && e.cls !== 'say');
    if (head) return { event: head.cls, announced: false };
  }
  const clause = (from: number, to: number) => !CLAUSE_BREAK.test(claim.text.slice(from, to));
  const candidates = [...events].reverse().filter((e) => e.end <= start && start - e.end <= REACH && clause(e.end, start));
  // A date belongs to the verb before it, not to a noun in between: "upheld the result of the
  // election on 20 November" dates the upholding; "…, the company said on Monday" dates the saying.
  const before = (m.value?.kind === 'date' ? candidates.find((e) => e.cls === 'say' || isVerbForm(claim.text.slice(e.start, e.end))) : undefined) ?? candidates[0];
  // An event word after the value belongs to it only within the clause: no comma between, except
  // for a date that opens the sentence ("On 3 May, the ministry announced …").
  const opening = m.value?.kind === 'date' && start <= 25;
  const after = events.find((e) => e.start >= end && e.start - end <= REACH && clause(end, e.start) &&
    (opening || !claim.text.slice(end, e.start).includes(',')));
  const inside = events.find((e) => e.start < end && start < e.end);
  let pick: EventWord | undefined = inside;
  if (!pick) {
    if (m.value?.kind === 'date') pick = before ?? after;
    else if (before && after) pick = start - before.end <= after.start - end ? before : after;
    else pick = before ?? after;
  }
  if (!pick || pick.cls === 'say') return undefined;
  const announced = pick.cls === 'announce';
  if (LIGHT.has(pick.cls)) {
    const main = mainEvent(events) ?? (announced ? pick.cls : undefined);
    return main ? { event: main, announced } : undefined;
  }
  return { event: pick.cls, announced: false };
}

/** A block this large (an event word + a protagonist everyone names) is no evidence: it links nothing. */
const FACT_BLOCK_LIMIT = 400;
const linksAt = (size: number) => size >= 2 && size <= FACT_BLOCK_LIMIT;

/** Facts in corpus order: documents by uri, then each document's order. */
export function compareFacts(a: Fact, b: Fact): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.seq - b.seq;
}

/**
 * The blocks a fact is compared in: its event and kind of value with each entity it names, and
 * with the story. An announcement date also meets other announcement dates: "a deal announced
 * on 3 March" and "agreed to buy …, announced on Monday" date one announcement.
 */
const blockKeyMemo = new WeakMap<Fact, ReadonlySet<string>>();
function blockKeys(f: Fact): ReadonlySet<string> {
  let keys = blockKeyMemo.get(f);
  if (!keys) {
    const out = new Set<string>();
    const kind = f.mention.value!.kind;
    for (const ev of f.announced && f.event !== 'announce' ? [f.event, 'announce'] : [f.event]) {
      for (const e of f.entities) out.add(`${ev}|${kind}|${e}`);
      out.add(`${ev}|${kind}|${STORY}`);
    }
    blockKeyMemo.set(f, (keys = out));
  }
  return keys;
}
const STORY_SUFFIX = `|${STORY}`;
const isStoryKey = (key: string) => key.endsWith(STORY_SUFFIX);

/** A nameless fact: the kind that pairs with others through the story block (see storyLets). */
const storyOpener = (f: Fact) => !f.explicit;

/**
 * Fact pairs kept up to date as facts come and go. Facts meet only inside blocks (event + kind
 * + entity, never all pairs), and whether two facts pair depends on the two facts, which of
 * their shared blocks link, and the rarity of their shared entities. So an update judges again
 * only the pairs of new facts, of blocks that crossed the size limit, and of entities whose
 * document count changed; everything else stays as it was, and the result is the same as
 * matching all facts afresh.
 */
export class FactMatcher {
  private readonly blocks = new Map<string, Set<Fact>>();
  /** Entity key -> document -> how many of its facts name the entity. */
  private readonly docsOfEntity = new Map<string, Map<string, number>>();
  private readonly peers = new Map<Fact, Map<Fact, FactPair>>();
  private docCount = 0;
  private list: FactPair[] | undefined;

  /** Takes facts out and in; returns the present facts whose pairs changed. */
  update(removed: readonly Fact[], added: readonly Fact[], docCount: number): Set<Fact> {
    this.list = undefined;
    const affected = new Set<Fact>();
    const oldSize = new Map<string, number>();
    const oldDf = new Map<string, number>();
    const noteBlock = (key: string) => {
      if (!oldSize.has(key)) oldSize.set(key, this.blocks.get(key)?.size ?? 0);
    };
    const noteEntity = (e: string) => {
      if (!oldDf.has(e)) oldDf.set(e, this.docsOfEntity.get(e)?.size ?? 0);
    };
    for (const f of removed) {
      for (const key of blockKeys(f)) {
        noteBlock(key);
        const block = this.blocks.get(key);
        block?.delete(f);
        if (block?.size === 0) this.blocks.delete(key);
      }
      for (const e of f.entities) {
        noteEntity(e);
        const docs = this.docsOfEntity.get(e);
        const n = (docs?.get(f.uri) ?? 0) - 1;
        if (docs && n > 0) docs.set(f.uri, n);
        else if (docs) {
          docs.delete(f.uri);
          if (docs.size === 0) this.docsOfEntity.delete(e);
        }
      }
      for (const p of this.peers.get(f)?.keys() ?? []) {
        this.peers.get(p)?.delete(f);
        affected.add(p);
      }
      this.peers.delete(f);
    }
    for (const f of added) {
      for (const key of blockKeys(f)) {
        noteBlock(key);
        let block = this.blocks.get(key);
        if (!block) this.blocks.set(key, (block = new Set()));
        block.add(f);
      }
      for (const e of f.entities) {
        noteEntity(e);
        let docs = this.docsOfEntity.get(e);
        if (!docs) this.docsOfEntity.set(e, (docs = new Map()));
        docs.set(f.uri, (docs.get(f.uri) ?? 0) + 1);
      }
      affected.add(f);
    }
    // Candidate pairs, each with whether it is known to be eligible (judgePair): met in a block
    // that links and lets it pair (a named block lets any pair, the story block some, storyLets,
    // and admits no other). Pairs met otherwise (old pairs, blocks that stopped linking) are not.
    const candidates = new Map<Fact, Map<Fact, boolean>>();
    const storyLets = storyRule();
    const candidate = (x: Fact, y: Fact, block?: 'named' | 'story') => {
      if (x.uri === y.uri) return;
      const [a, b] = compareFacts(x, y) < 0 ? [x, y] : [y, x];
      if (block === 'story' && !storyLets(a, b)) return;
      let met = candidates.get(a);
      if (!met) candidates.set(a, (met = new Map()));
      if (block) met.set(b, true);
      else if (!met.has(b)) met.set(b, false);
    };
    const allPairsOf = (key: string, block: ReadonlySet<Fact>) => {
      const members = [...block];
      if (!isStoryKey(key)) {
        for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) candidate(members[i], members[j], 'named');
        return;
      }
      // A story block links only pairs it lets pair (storyLets): each holds a nameless fact, or
      // two readings on a scale. The few such facts meet every member; the many named ones meet
      // each other through their names' blocks, if at all.
      for (const f of members) if (storyOpener(f)) for (const g of members) if (g !== f) candidate(f, g, 'story');
      const scaled = members.filter((f) => !storyOpener(f) && onScale(f));
      for (let i = 0; i < scaled.length; i++) for (let j = i + 1; j < scaled.length; j++) candidate(scaled[i], scaled[j], 'story');
    };
    if (docCount !== this.docCount) {
      // Every entity's rarity changed: judge every pair again.
      this.docCount = docCount;
      for (const [key, block] of this.blocks) if (linksAt(block.size)) allPairsOf(key, block);
      for (const [a, ps] of this.peers) for (const b of ps.keys()) candidate(a, b);
    } else {
      const inNew = new Set(added);
      for (const f of added) {
        for (const key of blockKeys(f)) {
          const block = this.blocks.get(key)!;
          if (!linksAt(block.size)) continue;
          const kind = isStoryKey(key) ? 'story' : 'named';
          for (const g of block) if (!inNew.has(g) || compareFacts(f, g) < 0) candidate(f, g, kind);
        }
      }
      // Blocks that crossed the size limit: their pairs gain or lose that link.
      for (const [key, before] of oldSize) {
        const block = this.blocks.get(key);
        const now = block?.size ?? 0;
        if (linksAt(before) === linksAt(now) || !block) continue;
        if (linksAt(now)) allPairsOf(key, block);
        else for (const f of block) for (const p of this.peers.get(f)?.keys() ?? []) if (block.has(p)) candidate(f, p);
      }
      // Entities whose rarity changed: every pair sharing them scores differently.
      for (const [e, before] of oldDf) {
        if ((this.docsOfEntity.get(e)?.size ?? 0) === before) continue;
        for (const [key, block] of this.blocks) if (key.endsWith(`|${e}`) && linksAt(block.size)) allPairsOf(key, block);
      }
    }
    const linking = (key: string) => linksAt(this.blocks.get(key)?.size ?? 0);
    const weight = (e: string) => {
      if (this.docCount <= 2) return 1;
      const df = this.docsOfEntity.get(e)?.size ?? 1;
      return 0.25 + 0.75 * Math.max(0, this.docCount - df) / (this.docCount - 2);
    };
    for (const [a, met] of candidates) {
      for (const [b, known] of met) {
        const score = known || eligible(a, b, linking, storyLets) ? judgePair(a, b, weight) : undefined;
        const old = this.peers.get(a)?.get(b);
        if (score === undefined) {
          if (!old) continue;
          this.peers.get(a)!.delete(b);
          this.peers.get(b)!.delete(a);
        } else {
          if (old?.score === score) continue;
          const pair = { a, b, score, agreement: compareValues(a.mention.value!, b.mention.value!) };
          this.link(a, b, pair);
          this.link(b, a, pair);
        }
        affected.add(a);
        affected.add(b);
      }
    }
    for (const f of removed) affected.delete(f);
    return affected;
  }

  private link(x: Fact, y: Fact, pair: FactPair): void {
    let m = this.peers.get(x);
    if (!m) this.peers.set(x, (m = new Map()));
    m.set(y, pair);
  }

  /** The pairs a fact is in. */
  pairsOf(f: Fact): FactPair[] {
    return [...(this.peers.get(f)?.values() ?? [])];
  }

  /** Every pair, in corpus order of their facts. */
  pairs(): FactPair[] {
    if (!this.list) {
      const out: FactPair[] = [];
      for (const [f, ps] of this.peers) for (const p of ps.values()) if (p.a === f) out.push(p);
      this.list = out.sort((x, y) => compareFacts(x.a, y.a) || compareFacts(x.b, y.b));
    }
    return this.list;
  }
}

/**
 * The score of two facts (`a` before `b` in corpus order) as one fact, or undefined when they
 * are not. They must be eligible (see eligible).
 */
function judgePair(a: Fact, b: Fact, weight: (e: string) => number): number | undefined {
  const scale = onScale(a) && onScale(b);
  if (!scale && otherParticipant(a, b) && otherParticipant(b, a)) return undefined;
  if (!scale && (competingPerson(a, b) || competingPerson(b, a))) return undefined;
  if (!comparable(a.mention, b.mention)) return undefined; // another unit, an unresolved date
  if (!sameTime(a, b)) return undefined; // counts of different days or years are not one fact
  let score = a.explicit && b.explicit && !scale ? 0 : STORY_WEIGHT;
  for (const e of a.entities) if (b.entities.has(e)) score += weight(e);
  return score >= (closeValues(a.mention, b.mention) ? MATCH_THRESHOLD : FAR_MATCH_THRESHOLD) ? score : undefined;
}

/** Whether two facts (`a` before `b`) share a block that links and lets them pair (any named one, or see storyLets). */
function eligible(a: Fact, b: Fact, linking: (key: string) => boolean, storyLets: StoryRule): boolean {
  const bKeys = blockKeys(b);
  for (const key of blockKeys(a)) {
    if (bKeys.has(key) && linking(key) && (!isStoryKey(key) || storyLets(a, b))) return true;
  }
  return false;
}

/**
 * Whether the story block lets two facts (`a` before `b`) pair: a nameless figure is the
 * story's, not a person's, and named facts pair through their names, except readings of the
 * story's event on a scale; both articles must tell one story.
 */
type StoryRule = (a: Fact, b: Fact) => boolean;

/**
 * storyLets for one update, which remembers whether two articles tell one story: their facts
 * meet in many blocks, and comparing the articles' names each time was ~7% of a 2,500-article build.
 */
function storyRule(): StoryRule {
  const told = new Map<ReadonlySet<string>, Map<ReadonlySet<string>, boolean>>();
  const oneStory = (a: Fact, b: Fact) => {
    let row = told.get(a.story);
    if (!row) told.set(a.story, (row = new Map()));
    let same = row.get(b.story);
    if (same === undefined) row.set(b.story, (same = sameStory(a, b)));
    return same;
  };
  return (a, b) => {
    const scale = onScale(a) && onScale(b);
    if (!scale && ((a.explicit ? a.personal : b.personal) || (a.explicit && b.explicit))) return false;
    return oneStory(a, b);
  };
}

const NAME_TYPES = new Set(['person', 'organization', 'place', 'event', 'misc']);
/** Names (other than countries) two articles must share to tell one story (see sameStory). */
const STORY_SHARED_NAMES = 2;

/**
 * Whether two articles tell one story, so that a claim naming nothing ("the sinking killed 27")
 * speaks of the same event in both. A folder may hold many stories (an archive, a newsroom's
 * week): articles of one story share the names of its people, places and organisations, while
 * unrelated articles share a country or two (news of one region) and rarely more. On the 1,393
 * CoNLL articles this keeps 216 of 7,613 nameless pairs and loses nothing in our story sets.
 */
function sameStory(a: Fact, b: Fact): boolean {
  if (a.uri === b.uri) return true;
  let shared = 0;
  const [small, large] = a.story.size <= b.story.size ? [a.story, b.story] : [b.story, a.story];
  for (const k of small) if (large.has(k) && ++shared >= STORY_SHARED_NAMES) return true;
  return false;
}

/** The date nearest a figure in its claim, if the claim dates it at all. */
function timeOf(value: Mention, claim: Claim, byId: ReadonlyMap<string, Mention>): DateValue | undefined {
  let best: DateValue | undefined;
  let bestGap = Infinity;
  for (const id of claim.mentions) {
    const m = byId.get(id);
    if (!m || m === value || m.value?.kind !== 'date' || m.value.unresolved) continue;
    const gap = m.end <= value.start ? value.start - m.end : m.start - value.end;
    if (gap < bestGap) {
      best = m.value;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * A figure dated to another period is another fact: "the 2011 crash killed 14", "the 2019
 * outbreak killed 23" beside this story's toll. Days apart are not enough to tell: sources that
 * disagree on the day of the event date its toll differently too, so only dates more than a
 * month apart (or an undated figure's article dateline that far from the other's date) separate.
 */
function sameTime(a: Fact, b: Fact): boolean {
  const ta = a.when ?? a.published;
  const tb = b.when ?? b.published;
  if (!ta || !tb || (!a.when && !b.when) || ta.yearImplicit || tb.yearImplicit) return true;
  const gap = Math.abs(Date.parse(ta.from) - Date.parse(tb.from));
  return !(gap > 31 * 86_400_000 && compareDates(ta, tb) === 'conflict');
}

/** A reading on a named scale ("magnitude 6.8") belongs to the event, whoever reports it. */
function onScale(f: Fact): boolean {
  const v = f.mention.value;
  return v?.kind === 'quantity' && (v.unit === 'magnitude' || v.unit === 'category');
}

function comparable(a: Mention, b: Mention): boolean {
  return compareValues(a.value!, b.value!) !== 'unknown';
}

/**
 * Values of one magnitude: dates within a year of each other, figures within a factor of three.
 * Sources that misreport a fact are usually near the truth; values far apart need stronger
 * evidence that they measure the same thing.
 */
function closeValues(a: Mention, b: Mention): boolean {
  const va = a.value!;
  const vb = b.value!;
  if (va.kind === 'date' && vb.kind === 'date') {
    if (va.yearImplicit || vb.yearImplicit) return true;
    const mid = (v: typeof va) => (Date.parse(v.from) + Date.parse(v.to)) / 2;
    const da = mid(va);
    const db = mid(vb);
    return !Number.isFinite(da) || !Number.isFinite(db) || Math.abs(da - db) <= 366 * 86_400_000;
  }
  if (va.kind === 'quantity' && vb.kind === 'quantity') {
    // The middle of the range the words allow ("more than four decades": 40–60 years).
    const mid = (v: typeof va) => (v.low + v.high) / 2;
    const years = (v: typeof va) => (v.duration ? (v.unit === 'month' ? mid(v) / 12 : v.unit === 'day' ? mid(v) / 365 : v.unit === 'decade' ? mid(v) * 10 : mid(v)) : mid(v));
    const x = Math.abs(years(va));
    const y = Math.abs(years(vb));
    if (x === 0 || y === 0) return x === y;
    return Math.max(x, y) / Math.min(x, y) <= 3;
  }
  return false;
}

/**
 * `b`'s value belongs to a person and `a`'s does not demonstrably: `a` names another person at
 * its value, or names nobody at its value at all ("His wife got three years, and Korda five":
 * the three years are not Korda's). A sentence is personal; a death toll is not.
 */
function competingPerson(a: Fact, b: Fact): boolean {
  if (b.nearPeople.size === 0) return false;
  if (a.nearPeople.size === 0) return true;
  for (const k of a.nearPeople) if (!b.entities.has(k)) return true;
  return false;
}

/** `a` names a participant near its value that `b`'s claim does not mention at all. */
function otherParticipant(a: Fact, b: Fact): boolean {
  if (!b.explicit) return false;
  for (const k of a.near) if (!b.entities.has(k)) return true;
  return false;
}
