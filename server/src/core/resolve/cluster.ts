// Cross-source entity resolution. Mentions are first grouped inside each document (same name,
// in-document links, world aliases, institution keys), then document groups are merged across
// documents by candidate pairs from blocking keys (never all pairs) and a decision per pair:
// identical or transliterated names merge; acronyms merge with their expansion; two people who
// share a surname but not a given name merge only with evidence (the same role, the same
// event), and the difference is then a finding, not a silent merge.
import type { DocumentAnalysis, Entity, EntityType, Mention, TitleRole } from '../model';
import { institutionKey } from './institutions';
import { abbreviates, acronymKey, compareNames, initialsOf, looksLikeAcronym, nameTokens, normalizeName, translitKey, withoutLegalSuffix } from './names';
import { worldAlias } from './world';
import { UnionFind } from './union-find';
import type { NodeGroup } from './constraints';
import { shortHash } from '../hash';
import { remembered } from '../memo';

const NAME_TYPES = new Set<EntityType>(['person', 'organization', 'place', 'event', 'misc']);

export interface MentionNode {
  uri: string;
  mention: Mention;
}

/** One document's mentions of one thing. Made once per analysis and never changed. */
export interface Profile {
  uri: string;
  nodes: MentionNode[];
  type: EntityType;
  /** Normalised distinct forms. */
  forms: Set<string>;
  /** The longest person name form, as tokens. */
  fullName?: readonly string[];
  roles: TitleRole[];
  /** Its acronym-shaped mentions, as acronym keys. */
  acronyms: readonly string[];
  /** The initials of its forms of two words or more. */
  initials: readonly string[];
  /** Blocking keys: profiles that share one are candidate pairs. */
  keys: readonly string[];
}

export type MergeReason = 'same-name' | 'alias' | 'transliteration' | 'acronym' | 'abbreviation' | 'surname' | 'role-evidence' | 'user';

export const mentionKey = (uri: string, mentionId: string) => `${uri}#${mentionId}`;

/**
 * Everything resolution reads of a profile, as one string: two profiles with the same signature
 * resolve alike (mention ids and offsets aside, which only say where the mentions are). A
 * document edited without touching its names (a figure, a sentence) keeps its profiles'
 * signatures, and its entities need no resolving again.
 */
const signatures = new WeakMap<Profile, string>();
export function profileSignature(p: Profile): string {
  let sig = signatures.get(p);
  if (sig === undefined) {
    sig = JSON.stringify([
      p.type, [...p.forms], p.fullName ?? null, p.roles.map((r) => [r.office, r.jurisdiction ?? null]), p.keys, p.acronyms, p.initials,
      p.nodes.map((n) => [n.mention.text, n.mention.type]),
    ]);
    signatures.set(p, sig);
  }
  return sig;
}

/** Exact-name keys join whatever the block size; the looser ones only in blocks this small. */
const LOOSE_BLOCK_LIMIT = 200;
const isExactKey = (key: string) => key.startsWith('n:') || key.startsWith('w:') || key.startsWith('i:');

/**
 * Whether a block of this size links its members: a loose key that too many profiles share
 * ("a:US", a common surname) is no evidence, and the passes skip it.
 */
export function blockLinks(key: string, size: number): boolean {
  return size >= 2 && (size <= LOOSE_BLOCK_LIMIT || isExactKey(key));
}

/**
 * Which members of a linking block the passes could ever join, for finding the part of the
 * corpus a change reaches (it must never miss a pair the passes could merge): 'all' members,
 * 'none' (an acronym block with no acronym in it: two long forms that share initials never merge
 * there), or 'pairwise' (a surname block without a bare surname: only people whose names agree
 * or who hold one office, see `mayBeOnePerson`).
 */
export function blockReach(key: string, members: Iterable<Profile>, size: number): 'all' | 'none' | 'pairwise' {
  if (!blockLinks(key, size)) return 'none';
  if (key.startsWith('a:')) {
    const k = key.slice(2);
    for (const p of members) if (acronymsOf(p).includes(k)) return 'all';
    return 'none';
  }
  if (key.startsWith('s:')) {
    for (const p of members) if ((p.fullName?.length ?? 0) < 2) return 'all';
    return 'pairwise';
  }
  return 'all';
}

/** Two full names of one surname block that the surname pass could join. */
export function mayBeOnePerson(a: Profile, b: Profile): boolean {
  if (!a.fullName || !b.fullName) return true;
  return compareNames(a.fullName.join(' '), b.fullName.join(' ')) !== 'different' || sameRole(a.roles, b.roles);
}

/**
 * Groups profiles into entities. `profiles` come in corpus order (documents by uri, each
 * document's profiles in its order): merges are tried in that order, so the result does not
 * depend on how documents arrived. Merges happen only inside blocks that link (`blockLinks`),
 * so a set of profiles closed under linking blocks resolves the same alone as within the whole
 * corpus, given the corpus-wide block sizes (`blockSize`; by default the sizes here).
 */
export function resolveProfiles(
  profiles: readonly Profile[], blockSize?: (key: string) => number,
): ProfileGroup[] {
  const uf = new UnionFind(profiles.length);
  // The documents of each group, by root; made at a group's first merge (most profiles never
  // merge: a 10,000-article corpus has ~250,000 profiles and would make as many sets).
  const docsOf: Array<Set<string> | undefined> = new Array(profiles.length);
  const docsAt = (root: number) => docsOf[root] ?? (docsOf[root] = new Set([profiles[root].uri]));
  const reasons = new Map<number, Set<MergeReason>>();
  const tryMerge = (a: number, b: number, why: MergeReason): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return true;
    // Two groups of one document stay apart: the document itself kept them apart. (The smaller
    // set is walked and joins the larger: a name found in thousands of sources grows one by one.)
    const da = docsAt(ra);
    const db = docsAt(rb);
    const [small, large] = da.size <= db.size ? [da, db] : [db, da];
    for (const u of small) if (large.has(u)) return false;
    const root = uf.union(ra, rb);
    const other = root === ra ? rb : ra;
    for (const u of small) large.add(u);
    docsOf[root] = large;
    docsOf[other] = undefined;
    const rs = reasons.get(root) ?? new Set<MergeReason>();
    for (const r of reasons.get(other) ?? []) rs.add(r);
    rs.add(why);
    reasons.set(root, rs);
    return true;
  };

  // Blocking: profiles that share a key are candidate pairs (as positions in `profiles`).
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of p.keys) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
  });
  const blockOf = (key: string) => (blocks.get(key) ?? []).map((i) => profiles[i]);
  const docOf = documentNumbers(profiles);
  const surnameRanks = new Map<string, RankedNames>();
  // Strongest evidence first, so weaker merges cannot pre-empt them.
  const passes: Array<[string, (a: Profile, b: Profile) => MergeReason | undefined]> = [
    ['n:', (a, b) => (typesCompatible(a, b) || sharesLongForm(a, b) || bareNameSlip(a, b) || bareNameSlip(b, a) ? 'same-name' : undefined)],
    ['w:', (a, b) => (typesCompatible(a, b) ? 'alias' : undefined)],
    ['i:', (a, b) => (typesCompatible(a, b) ? 'alias' : undefined)],
    ['t:', (a, b) => (typesCompatible(a, b) && translitAgree(a, b) ? 'transliteration' : undefined)],
    ['a:', (a, b) => (a.type !== 'person' && b.type !== 'person' && acronymMatch(a, b) ? 'acronym' : undefined)],
    ['h:', (a, b) => (typesCompatible(a, b) && abbreviationMatch(a, b) ? 'abbreviation' : undefined)],
    ['s:', (a, b) => personMatch(a, b, surnameRanks, blockOf)],
  ];
  // Each pass walks its own blocks, in the order blocks were first met; most blocks hold one profile, and no pair.
  const byPrefix = new Map<string, Array<[string, number[]]>>();
  for (const entry of blocks) {
    if (entry[1].length < 2) continue;
    const prefix = entry[0].slice(0, 2);
    (byPrefix.get(prefix) ?? byPrefix.set(prefix, []).get(prefix)!).push(entry);
  }
  for (const [prefix, decide] of passes) {
    const exact = isExactKey(prefix);
    for (const [key, list] of byPrefix.get(prefix) ?? []) {
      if (!blockLinks(key, blockSize ? blockSize(key) : list.length)) continue;
      // A block an earlier pass already made one group has nothing to learn: every pair of it
      // would be skipped one by one (common: a name's n:, t: and s: blocks hold the same people).
      if (oneGroup(uf, list)) continue;
      for (let i = 0; i < list.length; i++) {
        const ia = list[i];
        const a = profiles[ia];
        let root = uf.find(ia); // changes only where a merges
        for (let j = i + 1; j < list.length; j++) {
          const ib = list[j];
          if (docOf[ia] === docOf[ib] || uf.find(ib) === root) continue; // nothing to learn
          const why = decide(a, profiles[ib]);
          if (why && tryMerge(ia, ib, why)) root = uf.find(ia);
        }
        // Exact keys in a large block: joining everything to the first member is enough.
        if (list.length > 50 && exact) break;
      }
    }
  }
  return [...uf.groups(profiles)].map(([root, ps]) => ({ profiles: ps, nodes: nodesOf(ps), reasons: reasons.get(root) }));
}

/** The mentions of a group's profiles: most groups are one profile, whose list serves as it is (never changed). */
function nodesOf(ps: readonly Profile[]): MentionNode[] {
  if (ps.length === 1) return ps[0].nodes;
  const out: MentionNode[] = [];
  for (const p of ps) for (const n of p.nodes) out.push(n);
  return out;
}

/**
 * Each profile's document as a number (profiles come by document). The pair loop of the passes
 * asks for hundreds of thousands of pairs whether they share a document: comparing uris there,
 * which differ only near their end, was most of its time.
 */
function documentNumbers(profiles: readonly Profile[]): Int32Array {
  const out = new Int32Array(profiles.length);
  for (let i = 1; i < profiles.length; i++) out[i] = out[i - 1] + (profiles[i].uri === profiles[i - 1].uri ? 0 : 1);
  return out;
}

function oneGroup(uf: UnionFind, list: readonly number[]): boolean {
  const root = uf.find(list[0]);
  for (let i = 1; i < list.length; i++) if (uf.find(list[i]) !== root) return false;
  return true;
}

/** The profiles resolution joined into one entity, and their mentions. */
export interface ProfileGroup extends NodeGroup<MergeReason> {
  profiles: Profile[];
}

/**
 * A document's groups depend on that document alone, and analyses are immutable: they are made
 * once per analysis and shared by every index update.
 */
const profileCache = new WeakMap<DocumentAnalysis, readonly Profile[]>();

export function documentProfiles(doc: DocumentAnalysis): readonly Profile[] {
  let cached = profileCache.get(doc);
  if (!cached) profileCache.set(doc, (cached = makeDocumentProfiles(doc)));
  return cached;
}

function makeDocumentProfiles(doc: DocumentAnalysis): Profile[] {
  const names = doc.mentions.filter((m) => NAME_TYPES.has(m.type));
  const facts = names.map(nameFacts);
  const uf = new UnionFind(names.length);
  const byId = new Map(names.map((m, i) => [m.id, i]));
  const firstByKey = new Map<string, number>();
  names.forEach((m, i) => {
    for (const key of facts[i].keys) {
      const j = firstByKey.get(key);
      // A name of two or more words written identically is one thing even when the tagger typed
      // it differently in places ("Kallin Island" as a person once): the majority type wins.
      if (j === undefined) firstByKey.set(key, i);
      else if (typeCompatible(names[j].type, m.type) || facts[i].tokens.length >= 2) uf.union(i, j);
    }
  });
  for (const link of doc.links) {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (a !== undefined && b !== undefined) uf.union(a, b);
  }
  const out: Profile[] = [];
  for (const members of uf.groups(names.map((_, i) => i)).values()) {
    out.push(members.length === 1
      ? singleProfile(doc.uri, names[members[0]], facts[members[0]])
      : groupProfile(doc.uri, members.map((i) => names[i]), members.map((i) => facts[i])));
  }
  return out;
}

/** The profile of one mention alone (most are): groupProfile of one member, without the lists. */
function singleProfile(uri: string, mention: Mention, f: NameFacts): Profile {
  const type = mention.type;
  const profile: Profile = {
    uri, nodes: [{ uri, mention }], type, forms: new Set([f.normal]),
    fullName: type === 'person' ? f.tokens : undefined,
    roles: mention.role ? [mention.role] : [],
    acronyms: f.acronym === undefined ? [] : [f.acronym],
    initials: f.form.initials === undefined ? [] : [f.form.initials],
    keys: [],
  };
  profile.keys = blockingKeys(profile, [f], [f.form]);
  return profile;
}

function groupProfile(uri: string, ms: Mention[], fs: NameFacts[]): Profile {
  // The distinct forms in the order met, with what blocking reads of each.
  const forms = new Set<string>();
  const formList: FormFacts[] = [];
  for (const f of fs) {
    if (forms.has(f.normal)) continue;
    forms.add(f.normal);
    formList.push(f.form);
  }
  const type = majorityType(ms, (m) => m.type);
  const people = fs.filter((_, k) => ms[k].type === 'person').map((f) => f.tokens).sort((a, b) => b.length - a.length);
  const profile: Profile = {
    uri, nodes: ms.map((mention) => ({ uri, mention })), type, forms,
    fullName: type === 'person' ? people[0] : undefined,
    roles: ms.map((m) => m.role).filter((r): r is TitleRole => !!r),
    acronyms: fs.flatMap((f) => (f.acronym === undefined ? [] : [f.acronym])),
    initials: formList.flatMap((ff) => (ff.initials === undefined ? [] : [ff.initials])),
    keys: [],
  };
  profile.keys = blockingKeys(profile, fs, formList);
  return profile;
}

/**
 * What profiles read of one name as written. It depends on the text alone (and whether it names
 * an organisation), and names recur across documents: remembered by text, bounded, so each
 * mention costs one lookup instead of one per key.
 */
interface NameFacts {
  /** normalizeName of the text: the profile's form. */
  normal: string;
  /** nameTokens of the text. */
  tokens: readonly string[];
  /** The acronym key, when the text looks like an acronym. */
  acronym: string | undefined;
  /** Keys that join mentions inside one document. */
  keys: readonly string[];
  /** formFacts of `normal`. */
  form: FormFacts;
}
const factsOfOrganisation = remembered((text: string): NameFacts => makeNameFacts(text, true));
const factsOfOtherName = remembered((text: string): NameFacts => makeNameFacts(text, false));
function nameFacts(m: Mention): NameFacts {
  return m.type === 'organization' ? factsOfOrganisation(m.text) : factsOfOtherName(m.text);
}

function makeNameFacts(text: string, organization: boolean): NameFacts {
  const normal = normalizeName(text);
  const keys = [`n:${normal}`];
  if (organization) {
    const bare = withoutLegalSuffix(normal);
    if (bare !== normal) keys.push(`n:${bare}`);
  }
  const alias = worldAlias(text);
  if (alias) keys.push(`w:${alias}`);
  const inst = institutionKey(text);
  if (inst) keys.push(`i:${inst.jurisdiction ?? '?'}|${inst.body}`);
  return { normal, tokens: nameTokens(text), acronym: looksLikeAcronym(text) ? acronymKey(text) : undefined, keys, form: formFacts(normal) };
}

/** What blocking reads of one normalised form: its word count and the keys it gives. */
interface FormFacts {
  /** nameTokens of the form: fewer than two make a bare name. */
  words: number;
  /** Its initials, for a form of two words or more. */
  initials: string | undefined;
  /** Transliteration, acronym, initials and hyphen-head keys, in that order. */
  keys: readonly string[];
}
const formFacts = remembered((form: string): FormFacts => {
  const tokens = form.split(' ');
  const keys = [`t:${tokens.map(translitKey).join(' ')}`];
  if (looksLikeAcronym(form.toUpperCase()) && tokens.length === 1) keys.push(`a:${acronymKey(form)}`);
  if (tokens.length >= 2) keys.push(`a:${initialsOf(form)}`);
  if (form.includes('-')) keys.push(`h:${form.split('-')[0]}`);
  return { words: nameTokens(form).length, initials: form.split(/\s+/).length >= 2 ? initialsOf(form) : undefined, keys };
});

/** `facts[i]` are the name facts of `p.nodes[i]`; `forms`, formFacts of each of `p.forms` in its order. */
function blockingKeys(p: Omit<Profile, 'keys'>, facts: readonly NameFacts[], forms: readonly FormFacts[]): string[] {
  const keys = new Set<string>();
  // A person known by full name joins others by that name; the bare surname it also uses
  // ("Stravik") may be a relative's elsewhere, so it is no key (the surname pass handles it).
  const named = p.type === 'person' && (p.fullName?.length ?? 0) >= 2;
  for (const f of facts) if (!(named && f.tokens.length < 2)) for (const k of f.keys) keys.add(k);
  for (const ff of forms) {
    if (named && ff.words < 2) continue;
    for (const k of ff.keys) keys.add(k);
  }
  for (const f of facts) if (f.acronym !== undefined) keys.add(`a:${f.acronym}`);
  if (p.type === 'person' && p.fullName?.length) keys.add(`s:${translitKey(p.fullName[p.fullName.length - 1])}`);
  return [...keys];
}

function typeCompatible(a: EntityType, b: EntityType): boolean {
  return (a === 'person') === (b === 'person');
}

function sharesLongForm(a: Profile, b: Profile): boolean {
  for (const f of a.forms) if (b.forms.has(f) && f.includes(' ')) return true;
  return false;
}

/** A one-word "person" with no full name anywhere in its document is a tagger slip for a thing of that name. */
function bareNameSlip(person: Profile, thing: Profile): boolean {
  return person.type === 'person' && thing.type !== 'person' && (person.fullName?.length ?? 0) < 2;
}

function typesCompatible(a: Profile, b: Profile): boolean {
  return typeCompatible(a.type, b.type);
}

function translitAgree(a: Profile, b: Profile): boolean {
  for (const fa of a.forms) for (const fb of b.forms) if (compareNames(fa, fb) !== 'different') return true;
  return false;
}

function acronymMatch(a: Profile, b: Profile): boolean {
  const hit = (x: Profile, y: Profile) => {
    const longs = initialsOfForms(y);
    return acronymsOf(x).some((k) => k.length >= 2 && longs.includes(k));
  };
  return hit(a, b) || hit(b, a);
}

const acronymsOf = (p: Profile) => p.acronyms;
const initialsOfForms = (p: Profile) => p.initials;

function abbreviationMatch(a: Profile, b: Profile): boolean {
  for (const fa of a.forms) for (const fb of b.forms) if (abbreviates(fa, fb) || abbreviates(fb, fa)) return true;
  return false;
}

/**
 * People in one surname block. Full names that agree (or transliterate) merge. A bare surname
 * joins the one full name the block holds. Different given names merge only with evidence that
 * they are the same person: the same office, and a shared event word around the mentions.
 */
function personMatch(a: Profile, b: Profile, ranks: Map<string, RankedNames>, blockOf: (key: string) => Profile[]): MergeReason | undefined {
  if (a.type !== 'person' || b.type !== 'person' || !a.fullName || !b.fullName) return undefined;
  const fa = a.fullName;
  const fb = b.fullName;
  if (fa.length >= 2 && fb.length >= 2) {
    const rel = compareNames(fa.join(' '), fb.join(' '));
    if (rel !== 'different') return 'transliteration';
    if (translitKey(fa[fa.length - 1]) !== translitKey(fb[fb.length - 1])) return undefined;
    // The same office in one story is the same person. Acting in the same event is not enough:
    // relatives who share a surname appear in the same events (a casualty list).
    return sameRole(a.roles, b.roles) ? 'role-evidence' : undefined;
  }
  // A bare surname: only when the block holds one distinct full name.
  const single = fa.length === 1 ? a : b;
  const full = single === a ? b : a;
  if (full.fullName!.length < 2) return undefined;
  const blockKey = `s:${translitKey(single.fullName![0])}`;
  let ranked = ranks.get(blockKey);
  if (!ranked) ranks.set(blockKey, (ranked = rankFullNames(blockOf(blockKey))));
  const target = full.fullName!.map(translitKey).join(' ');
  if (ranked.length === 0 || ranked[0][0] !== target) return undefined;
  return ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1] ? 'surname' : undefined;
}

/** Full names (transliteration keys) and how many documents name each, most first. */
type RankedNames = Array<[string, number]>;

/**
 * The full names of a surname block ranked by documents: the bare surname goes to the one that
 * dominates the story. The same for every pair of the block, so made once per block.
 */
function rankFullNames(block: readonly Profile[]): RankedNames {
  const docs = new Map<string, Set<string>>();
  for (const p of block) {
    if (!p.fullName || p.fullName.length < 2) continue;
    const key = p.fullName.map(translitKey).join(' ');
    (docs.get(key) ?? docs.set(key, new Set()).get(key)!).add(p.uri);
  }
  return [...docs].map(([key, uris]): [string, number] => [key, uris.size]).sort((x, y) => y[1] - x[1]);
}

/** One office in one jurisdiction (a missing jurisdiction agrees with any). */
function sameRole(a: TitleRole[], b: TitleRole[]): boolean {
  return a.some((x) => b.some((y) => x.office === y.office && (!x.jurisdiction || !y.jurisdiction || x.jurisdiction === y.jurisdiction)));
}

/** The type most items have; among equals, the first met. */
function majorityType<T>(items: readonly T[], typeOf: (item: T) => EntityType): EntityType {
  const first = typeOf(items[0]);
  let i = 1;
  while (i < items.length && typeOf(items[i]) === first) i++;
  if (i === items.length) return first; // most groups: nothing to count
  const counts = new Map<EntityType, number>();
  for (const item of items) counts.set(typeOf(item), (counts.get(typeOf(item)) ?? 0) + 1);
  let best = first;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
  return best;
}

/** An entity made from one group of mentions, before it is given its id. */
export interface EntityDraft {
  entity: Entity;
  /** Its id unless another group claims the same one (then both take their first mention's id too). */
  baseId: string;
  /** The type its mentions give, before retypeEntities looks at how the name is used. */
  type: EntityType;
  /** `${type}:${name}`: the order of entity lists. */
  order: string;
  reasons?: Set<MergeReason>;
}

/**
 * The entity of one group. Its id comes from its first mention in corpus order (the document,
 * the name as written there, person or not), not from its place in a list: it survives edits
 * elsewhere in the corpus, so the facts of other documents keep their keys.
 */
export function draftEntity(group: NodeGroup<MergeReason>): EntityDraft {
  const nodes = group.nodes.slice().sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.mention.start - y.mention.start));
  const aliases = rankForms(nodes);
  const type = majorityType(nodes, (n) => n.mention.type);
  const first = nodes[0];
  const baseId = `e${shortHash(`${first.mention.type === 'person' ? 'p' : 'o'}\u0000${first.uri}\u0000${normalizeName(first.mention.text)}`)}`;
  return {
    entity: { id: baseId, type, name: aliases[0], aliases, mentions: nodes.map((n) => ({ uri: n.uri, mentionId: n.mention.id })) },
    baseId,
    type,
    order: `${type}:${aliases[0]}`,
    reasons: group.reasons,
  };
}

/**
 * The forms of a group's mentions (in corpus order), best name first: written in the most
 * documents, then of the most words, then the longest (up to 40 characters), then alphabetical.
 */
function rankForms(nodes: readonly MentionNode[]): string[] {
  // Nodes come by document: a form's documents are counted where its uri changes.
  const seen = new Map<string, { docs: number; uri: string }>();
  for (const n of nodes) {
    const form = seen.get(n.mention.text);
    if (!form) seen.set(n.mention.text, { docs: 1, uri: n.uri });
    else if (form.uri !== n.uri) {
      form.docs++;
      form.uri = n.uri;
    }
  }
  if (seen.size === 1) return [...seen.keys()];
  const score = new Map<string, number>();
  for (const [form, { docs }] of seen) score.set(form, docs * 10 + form.split(/\s+/).length * 3 + Math.min(form.length, 40) / 40);
  return [...score.keys()].sort((x, y) => score.get(y)! - score.get(x)! || (x < y ? -1 : 1));
}

/** The id of a draft whose base id another draft shares. */
export function disambiguatedId(d: EntityDraft): string {
  return `${d.baseId}.${d.entity.mentions[0].mentionId}`;
}

/** Entity lists read in this order: by type and name, then id. */
export function compareEntities(a: { order: string; entity: Entity }, b: { order: string; entity: Entity }): number {
  return a.order < b.order ? -1 : a.order > b.order ? 1 : a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0;
}
