// The cross-source index, kept up to date document by document. An update takes the documents
// that changed and redoes only what they can reach:
//   - resolution: the profiles linked to theirs through blocks (a connected part of the corpus,
//     resolved alone in corpus order, which gives what resolving the whole corpus would);
//   - facts: of the changed documents, and of documents whose names now key differently;
//   - fact pairs: through FactMatcher (only pairs of new facts, resized blocks, re-weighted entities);
//   - rules: only the units (entities, facts, documents) whose inputs changed.
// The result equals a build from scratch (live-index.test.ts checks this after random edits).
// With a reviewer's merges and splits, which apply to the whole resolution, every update is a
// build from scratch.
import type { CoreConfig, WorkStats } from '../api';
import { remembered } from '../memo';
import type { DocumentAnalysis, Entity, Finding, Mention } from '../model';
import {
  blockReach, compareEntities, disambiguatedId, documentProfiles, draftEntity, mayBeOnePerson, profileSignature, resolveProfiles,
  type EntityDraft, type Profile, type ProfileGroup,
} from '../resolve/cluster';
import { applyConstraints, type ResolutionConstraints } from '../resolve/constraints';
import { jurisdictionOf } from '../resolve/places';
import { worldAlias } from '../resolve/world';
import { corpusYear } from '../rules/implausible-date';
import { RULES } from '../rules/registry';
import type { Draft, Rule, RuleContext } from '../rules/rule';
import type { CrossIndex } from './cross-index';
import { FactMatcher, collectFacts, compareFacts, ownKey, type Fact, type FactPair } from './facts';
import { mentionsById } from './mention-lookup';
import { MentionMap } from './mention-map';
import { retypeEntities } from './retype';
import { stableId } from './stable-id';
import { ValueEntities } from './value-entities';

export type IndexStats = Pick<WorkStats, 'resolvedProfiles' | 'collectedDocuments' | 'checkedUnits'>;

interface Group {
  draft: EntityDraft;
  profiles: readonly Profile[];
}



interface Resolved {
  /** Groups made (new or changed) and dropped; groups that came out as they were are in neither. */
  added: Group[];
  dropped: Group[];
  /** Groups whose resolution is unchanged but whose mentions sit in a changed document. */
  touched: Group[];
  changedUris: ReadonlySet<string>;
}

export class LiveIndex {
  private docs = new Map<string, DocumentAnalysis>();
  private readonly profilesOf = new Map<string, readonly Profile[]>();
  /** Blocking key -> the profiles that have it. */
  private readonly blocks = new Map<string, Set<Profile>>();
  private readonly profileRank = new Map<Profile, number>();
  private readonly groupOf = new Map<Profile, Group>();
  private readonly groups = new Map<string, Group>();
  /** Base id -> how many groups have it (two or more: ids are disambiguated, see draftEntity). */
  private readonly baseIds = new Map<string, number>();
  private readonly entityById = new Map<string, Entity>();
  private readonly entityOf = new MentionMap<string>();
  private readonly docFrequency = new Map<string, number>();
  private readonly values = new ValueEntities();
  private readonly factsOf = new Map<string, Fact[]>();
  /** Document -> mention id -> the key its facts used for it (see entityKey): a change means new facts. */
  private readonly factKeyOf = new Map<string, Map<string, string | undefined>>();
  private readonly factsByEntity = new Map<string, Set<Fact>>();
  private readonly factsByMention = new MentionMap<Fact[]>();
  private readonly matcher = new FactMatcher();
  private readonly entityDrafts = new Map<string, Map<string, Draft[]>>();
  private readonly factDrafts = new Map<string, Map<Fact, Draft[]>>();
  private readonly docDrafts = new Map<string, Map<string, Draft[]>>();
  /**
   * Each entity's mentions, looked up once per update: fact keys and three entity rules read
   * them all, and the documents change only between updates.
   */
  private entityMentions = new WeakMap<Entity, ReadonlyArray<Mention | undefined>>();
  private year: number | undefined;
  private sortedEntities: Entity[] | undefined;
  private built = false;
  /**
   * Whether `blocks` and `profileRank` hold every profile. Only incremental resolution reads
   * them: a build from scratch leaves them to the first update (or to prepareForEdits, which
   * the server calls once its results are out), ~6% of a 10,000-article build.
   */
  private blocksMade = true;

  constructor(
    private readonly config: CoreConfig,
    private readonly constraints?: ResolutionConstraints,
    readonly stats: IndexStats = { resolvedProfiles: 0, collectedDocuments: 0, checkedUnits: 0 },
  ) {}

  /**
   * Takes the corpus as it is now (`docs`) and the uris that changed since the last update
   * (added, replaced or removed). The first update, and every update under a reviewer's merges
   * and splits, builds from scratch. The returned index is valid until the next update.
   */
  update(docs: ReadonlyMap<string, DocumentAnalysis>, changed: Iterable<string>): CrossIndex {
    if (!this.built || this.constraints) return this.rebuild(docs);
    const uris = [...new Set(changed)].sort();
    if (uris.length === 0) return this.snapshot();
    const previous = this.docs;
    this.docs = sortedCopy(docs, previous);
    this.entityMentions = new WeakMap();
    const res = this.resolve(uris);
    if (!res) return this.rebuild(docs);
    this.updateValues(uris, previous);
    const recollect = new Set(uris);
    // A touched group keeps its id and name, so its keys stay; the changed documents' facts are
    // made again anyway (recollect notes their keys afresh).
    for (const g of res.added) this.noteKeyChanges(g, recollect, res.changedUris);
    const facts = this.recollect(recollect);
    this.check(uris, res, facts);
    return this.snapshot();
  }

  /**
   * Everything from scratch, as the very first update does: a fresh index's state taken over
   * whole (state is fields only; every function is a method, so nothing stays bound to `fresh`).
   */
  private rebuild(docs: ReadonlyMap<string, DocumentAnalysis>): CrossIndex {
    const fresh = new LiveIndex(this.config, this.constraints, this.stats);
    fresh.buildAll(docs);
    Object.assign(this, fresh);
    return this.snapshot();
  }

  private buildAll(docs: ReadonlyMap<string, DocumentAnalysis>): void {
    this.built = true;
    this.docs = sortedCopy(docs);
    const uris = [...this.docs.keys()];
    const profiles: Profile[] = [];
    for (const uri of uris) {
      const ps = documentProfiles(this.docs.get(uri)!);
      this.profilesOf.set(uri, ps);
      profiles.push(...ps);
    }
    this.blocksMade = false;
    this.stats.resolvedProfiles += profiles.length;
    let groups: Array<ProfileGroup | Omit<ProfileGroup, 'profiles'>> = resolveProfiles(profiles);
    if (this.constraints) groups = applyConstraints(groups, this.constraints, 'user');
    const drafts = groups.map(draftEntity);
    const count = new Map<string, number>();
    for (const d of drafts) count.set(d.baseId, (count.get(d.baseId) ?? 0) + 1);
    for (const d of drafts) if (count.get(d.baseId)! > 1) d.entity.id = disambiguatedId(d);
    const added = drafts.map((draft, i) => ({ draft, profiles: 'profiles' in groups[i] ? (groups[i] as ProfileGroup).profiles : [] }));
    for (const g of added) this.addGroup(g);
    retypeEntities(added.map((g) => g.draft.entity), this.docs);
    this.updateValues(uris, new Map());
    const facts = this.recollect(new Set(uris));
    this.check(uris, { added, dropped: [], touched: [], changedUris: new Set(uris) }, facts);
  }

  // --- resolution ---------------------------------------------------------------------------

  /** Makes what incremental resolution needs now, if a build left it out. */
  prepareForEdits(): void {
    if (this.blocksMade) return;
    this.blocksMade = true;
    for (const ps of this.profilesOf.values()) this.blockProfiles(ps);
  }

  private addProfiles(uri: string, ps: readonly Profile[]): void {
    this.profilesOf.set(uri, ps);
    this.blockProfiles(ps);
  }

  private blockProfiles(ps: readonly Profile[]): void {
    ps.forEach((p, i) => {
      this.profileRank.set(p, i);
      for (const key of p.keys) {
        let block = this.blocks.get(key);
        if (!block) this.blocks.set(key, (block = new Set()));
        block.add(p);
      }
    });
  }

  private removeProfiles(uri: string): readonly Profile[] {
    const ps = this.profilesOf.get(uri) ?? [];
    this.profilesOf.delete(uri);
    for (const p of ps) {
      this.profileRank.delete(p);
      for (const key of p.keys) {
        const block = this.blocks.get(key);
        block?.delete(p);
        if (block?.size === 0) this.blocks.delete(key);
      }
    }
    return ps;
  }

  /**
   * Re-resolves the part of the corpus the changed documents reach: every profile linked to
   * theirs, before or after the change, through blocks that link. Returns the groups dropped and
   * made, or undefined when a new group's id collides with another's (then: build afresh).
   */
  private resolve(uris: string[]): Resolved | undefined {
    this.prepareForEdits();
    const oldSize = new Map<string, number>();
    const noteSizes = (ps: readonly Profile[]) => {
      for (const p of ps) for (const k of p.keys) if (!oldSize.has(k)) oldSize.set(k, this.blocks.get(k)?.size ?? 0);
    };
    const removed: Profile[] = [];
    const fresh: Profile[] = [];
    const touched = new Set<Group>();
    for (const uri of uris) {
      const before = this.profilesOf.get(uri) ?? [];
      const doc = this.docs.get(uri);
      if (doc && this.swapProfiles(uri, before, documentProfiles(doc), touched)) continue;
      noteSizes(before);
      removed.push(...this.removeProfiles(uri));
      if (!doc) continue;
      const ps = documentProfiles(doc);
      noteSizes(ps);
      this.addProfiles(uri, ps);
      fresh.push(...ps);
    }
    // Seeds: the new profiles, and the members of every block the change touched that could
    // join anything before or now (a removed profile may have been their only bridge, or the
    // acronym or bare surname that made the block link).
    const affected = new Set<Profile>(fresh);
    const queue: Profile[] = [...fresh];
    const visit = (p: Profile) => {
      if (affected.has(p)) return;
      affected.add(p);
      queue.push(p);
    };
    const reach = new Map<string, 'all' | 'none' | 'pairwise'>();
    const reachOf = (key: string, block: Set<Profile>) => {
      let r = reach.get(key);
      if (!r) reach.set(key, (r = blockReach(key, block, block.size)));
      return r;
    };
    const removedByKey = new Map<string, Profile[]>();
    for (const p of removed) for (const k of p.keys) (removedByKey.get(k) ?? removedByKey.set(k, []).get(k)!).push(p);
    for (const [key, before] of oldSize) {
      const block = this.blocks.get(key);
      if (!block) continue;
      const then = blockReach(key, [...block, ...(removedByKey.get(key) ?? [])], before);
      if (then !== 'none' || reachOf(key, block) !== 'none') for (const p of block) visit(p);
    }
    const removedSet = new Set(removed);
    const dropped = new Set<Group>();
    for (const p of removed) {
      const g = this.groupOf.get(p);
      if (g) dropped.add(g);
    }
    // Closure over what the passes could join; every group met is re-made whole.
    while (queue.length) {
      while (queue.length) {
        const p = queue.pop()!;
        const g = this.groupOf.get(p);
        if (g) dropped.add(g);
        for (const key of p.keys) {
          const block = this.blocks.get(key)!;
          const r = reachOf(key, block);
          if (r === 'all') for (const q of block) visit(q);
          else if (r === 'pairwise') for (const q of block) if (!affected.has(q) && mayBeOnePerson(p, q)) visit(q);
        }
      }
      for (const g of dropped) for (const p of g.profiles) if (!removedSet.has(p)) visit(p);
    }
    const ordered = [...affected].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : this.profileRank.get(a)! - this.profileRank.get(b)!));
    this.stats.resolvedProfiles += ordered.length;
    const groups = resolveProfiles(ordered, (key) => this.blocks.get(key)?.size ?? 0);
    const added: Group[] = groups.map((g) => ({ draft: draftEntity(g), profiles: g.profiles }));
    // A new id must be free once the dropped groups are gone (counts as changed here, over
    // baseIds: copying every id on every update would cost more than the update).
    const changedCounts = new Map<string, number>();
    const taken = (id: string) => changedCounts.get(id) ?? this.baseIds.get(id);
    for (const g of dropped) changedCounts.set(g.draft.baseId, taken(g.draft.baseId)! - 1);
    for (const g of added) {
      const n = taken(g.draft.baseId) ?? 0;
      if (n > 0) return undefined;
      changedCounts.set(g.draft.baseId, 1);
    }
    retypeEntities(added.map((g) => g.draft.entity), this.docs);
    const changedUris = new Set(uris);
    // Groups that came out as they were (same id, name, type and mentions, none in a changed
    // document) keep their checks: a big component is re-resolved, but mostly unchanged.
    const before = new Map([...dropped].map((g) => [g.draft.entity.id, g]));
    const made: Group[] = [];
    const unmade: Group[] = [];
    for (const g of added) {
      const old = before.get(g.draft.entity.id);
      if (old && sameEntity(old.draft.entity, g.draft.entity, changedUris)) {
        before.delete(g.draft.entity.id);
        for (const p of g.profiles) this.groupOf.set(p, old);
        old.profiles = g.profiles;
        continue;
      }
      made.push(g);
    }
    for (const g of before.values()) unmade.push(g);
    for (const g of unmade) this.removeGroup(g);
    for (const p of removed) this.groupOf.delete(p);
    for (const g of made) this.addGroup(g);
    for (const g of [...made, ...unmade]) touched.delete(g);
    // A touched group's type may follow from the words around its mentions (retypeEntities).
    for (const g of touched) {
      g.draft.entity.type = g.draft.type;
      retypeEntities([g.draft.entity], this.docs);
    }
    this.sortedEntities = undefined;
    return { added: made, dropped: unmade, touched: [...touched], changedUris };
  }

  /**
   * A document whose new profiles resolve exactly as its old ones (same signatures, in order)
   * takes them in place: its entities stay as they are, only checked again. False when they differ.
   */
  private swapProfiles(uri: string, before: readonly Profile[], after: readonly Profile[], touched: Set<Group>): boolean {
    if (before.length === 0 || before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) if (profileSignature(before[i]) !== profileSignature(after[i])) return false;
    if (before.some((p) => !this.groupOf.has(p))) return false;
    const replaced = new Map(before.map((p, i) => [p, after[i]]));
    // The groups as they will be: the same profiles but these, so the same entities, whose
    // mentions in this document may have moved or been renumbered (then they are drafted again).
    const groups = new Map<Group, { profiles: Profile[]; draft: EntityDraft }>();
    for (const old of before) {
      const g = this.groupOf.get(old)!;
      if (groups.has(g)) continue;
      const profiles = g.profiles.map((p) => replaced.get(p) ?? p);
      const renumbered = g.profiles.some((p) => replaced.has(p) && !sameIds(p, replaced.get(p)!));
      const draft = renumbered ? draftEntity({ nodes: profiles.flatMap((p) => p.nodes), reasons: g.draft.reasons }) : g.draft;
      // An id made from a mention id (two groups claimed one base id) may not survive: resolve.
      if (draft.baseId !== g.draft.baseId || g.draft.entity.id !== g.draft.baseId) return false;
      groups.set(g, { profiles, draft });
    }
    this.removeProfiles(uri);
    this.addProfiles(uri, after);
    for (const [old, now] of replaced) {
      this.groupOf.set(now, this.groupOf.get(old)!);
      this.groupOf.delete(old);
    }
    for (const [g, { profiles, draft }] of groups) {
      g.profiles = profiles;
      touched.add(g);
      if (draft === g.draft) continue;
      for (const ref of g.draft.entity.mentions) {
        if (ref.uri === uri && this.entityOf.get(ref.uri, ref.mentionId) === g.draft.entity.id) this.entityOf.delete(ref.uri, ref.mentionId);
      }
      g.draft = draft;
      this.entityById.set(draft.entity.id, draft.entity);
      for (const ref of draft.entity.mentions) if (ref.uri === uri) this.entityOf.set(ref.uri, ref.mentionId, draft.entity.id);
    }
    return true;
  }



  private addGroup(g: Group): void {
    const e = g.draft.entity;
    this.groups.set(e.id, g);
    this.baseIds.set(g.draft.baseId, (this.baseIds.get(g.draft.baseId) ?? 0) + 1);
    for (const p of g.profiles) this.groupOf.set(p, g);
    this.entityById.set(e.id, e);
    // Drafted mentions come by document (draftEntity): a document starts where the uri changes.
    let docs = 0;
    let uri: string | undefined;
    let ids: Map<string, string> | undefined;
    for (const ref of e.mentions) {
      if (ref.uri !== uri) {
        uri = ref.uri;
        ids = this.entityOf.document(uri);
        docs++;
      }
      ids!.set(ref.mentionId, e.id);
    }
    this.docFrequency.set(e.id, docs);
    this.sortedEntities = undefined;
  }

  private removeGroup(g: Group): void {
    const e = g.draft.entity;
    if (this.groups.get(e.id) !== g) return;
    this.groups.delete(e.id);
    const n = this.baseIds.get(g.draft.baseId)! - 1;
    if (n > 0) this.baseIds.set(g.draft.baseId, n);
    else this.baseIds.delete(g.draft.baseId);
    this.entityById.delete(e.id);
    this.docFrequency.delete(e.id);
    for (const ref of e.mentions) {
      if (this.entityOf.get(ref.uri, ref.mentionId) === e.id) this.entityOf.delete(ref.uri, ref.mentionId);
    }
    for (const drafts of this.entityDrafts.values()) drafts.delete(e.id);
    this.sortedEntities = undefined;
  }

  // --- values -------------------------------------------------------------------------------

  private updateValues(uris: string[], previous: ReadonlyMap<string, DocumentAnalysis>): void {
    for (const uri of uris) {
      const { gone, come } = this.values.update(previous.get(uri), this.docs.get(uri));
      for (const [key, ms] of gone) {
        for (const m of ms) {
          // Mention ids are positions: the new text may give this id to a name.
          if (this.entityOf.get(uri, m.id) === key) this.entityOf.delete(uri, m.id);
        }
        this.docFrequency.set(key, this.values.frequency(key));
      }
      const ids = come.size ? this.entityOf.document(uri) : undefined;
      for (const [key, ms] of come) {
        for (const m of ms) ids!.set(m.id, key);
        this.docFrequency.set(key, this.values.frequency(key));
      }
      for (const key of gone.keys()) if (this.values.frequency(key) === 0) this.docFrequency.delete(key);
    }
    this.sortedEntities = undefined;
  }

  private entity(id: string): Entity | undefined {
    return this.entityById.get(id) ?? this.values.get(id);
  }

  /** The mention of each of the entity's references, in their order (see entityMentions). */
  private mentionsOf(e: Entity): ReadonlyArray<Mention | undefined> {
    let ms = this.entityMentions.get(e);
    if (!ms) {
      // References come by document (draftEntity): each document's mentions are looked up once.
      const out: Array<Mention | undefined> = new Array(e.mentions.length);
      let uri: string | undefined;
      let byId: ReadonlyMap<string, Mention> | undefined;
      e.mentions.forEach((ref, i) => {
        if (ref.uri !== uri) {
          uri = ref.uri;
          const doc = this.docs.get(uri);
          byId = doc && mentionsById(doc);
        }
        out[i] = byId?.get(ref.mentionId);
      });
      this.entityMentions.set(e, (ms = out));
    }
    return ms;
  }

  // --- facts --------------------------------------------------------------------------------

  /**
   * The key a name that is no country itself stands for in facts (collectFacts keys countries and
   * nationalities by their own words): its entity's, or the country the entity's name is.
   */
  private entityKey(uri: string, m: Mention): string | undefined {
    const id = this.entityOf.get(uri, m.id);
    const entity = id ? this.entity(id) : undefined;
    return entity ? entityFactKey(entity) : id;
  }

  /** The key a mention of `entity` (entityOf gives it) stands for in facts, the entity not looked up. */
  private keyIn(m: Mention, entity: Entity): string {
    return ownKey(m) ?? entityFactKey(entity);
  }


  /**
   * Documents outside `changed` whose facts asked for the key of a name in `g` that now keys
   * differently: their facts must be made again. Only the keys a document's facts asked for are
   * noted (recollect), so names no fact reads cost nothing here.
   */
  private noteKeyChanges(g: Group, recollect: Set<string>, changed: ReadonlySet<string>): void {
    const entity = g.draft.entity;
    let mentions: ReadonlyArray<Mention | undefined> | undefined;
    for (let i = 0; i < entity.mentions.length; i++) {
      const ref = entity.mentions[i];
      if (changed.has(ref.uri) || recollect.has(ref.uri)) continue;
      const keys = this.factKeyOf.get(ref.uri);
      if (!keys || !keys.has(ref.mentionId)) continue;
      const m = (mentions ??= this.mentionsOf(entity))[i];
      if (keys.get(ref.mentionId) !== (m && this.keyIn(m, entity))) recollect.add(ref.uri);
    }
  }

  /** Makes the facts of these documents again; returns the facts whose checks must run again. */
  private recollect(uris: ReadonlySet<string>): Set<Fact> {
    const removed: Fact[] = [];
    const added: Fact[] = [];
    for (const uri of uris) {
      for (const f of this.factsOf.get(uri) ?? []) {
        removed.push(f);
        for (const e of f.entities) this.factsByEntity.get(e)?.delete(f);
        this.factsByMention.delete(f.uri, f.mention.id);
        for (const drafts of this.factDrafts.values()) drafts.delete(f);
      }
      this.factsOf.delete(uri);
      this.factKeyOf.delete(uri);
      const doc = this.docs.get(uri);
      if (!doc) continue;
      this.stats.collectedDocuments++;
      // Every key the facts ask for is noted: when one changes, noteKeyChanges knows to
      // make this document's facts again.
      const noted = new Map<string, string | undefined>();
      this.factKeyOf.set(uri, noted);
      const facts = collectFacts(doc, (u, m) => {
        let k = noted.get(m.id);
        if (k === undefined && !noted.has(m.id)) noted.set(m.id, (k = this.entityKey(u, m)));
        return k;
      });
      this.factsOf.set(uri, facts);
      for (const f of facts) {
        added.push(f);
        for (const e of f.entities) {
          let set = this.factsByEntity.get(e);
          if (!set) this.factsByEntity.set(e, (set = new Set()));
          set.add(f);
        }
        const at = this.factsByMention.get(f.uri, f.mention.id);
        if (at) at.push(f);
        else this.factsByMention.set(f.uri, f.mention.id, [f]);
      }
    }
    return this.matcher.update(removed, added, this.docs.size);
  }

  // --- rules --------------------------------------------------------------------------------

  private check(uris: string[], res: Resolved, facts: Set<Fact>): void {
    // Facts whose messages name an entity whose name changed (a new or removed entity changes
    // the keys of the facts naming it, and those facts were made again).
    const oldNames = new Map(res.dropped.map((g) => [g.draft.entity.id, g.draft.entity.name]));
    for (const g of res.added) {
      const { id, name } = g.draft.entity;
      const old = oldNames.get(id);
      if (old !== undefined && old !== name) for (const f of this.factsByEntity.get(id) ?? []) facts.add(f);
    }
    let docs = uris.filter((u) => this.docs.has(u));
    if (!this.config.today) {
      const year = corpusYear(this.docs.values());
      if (year !== this.year) docs = [...this.docs.keys()];
      this.year = year;
    }
    for (const uri of uris) for (const drafts of this.docDrafts.values()) drafts.delete(uri);
    const ctx = this.context();
    // The entities to check: the groups made or touched that are still in the index.
    const entities: Entity[] = [];
    for (const g of [...res.added, ...res.touched]) if (this.groups.get(g.draft.entity.id) === g) entities.push(g.draft.entity);
    const run = (checkUnit: () => Draft[]): Draft[] => {
      this.stats.checkedUnits++;
      try {
        return checkUnit();
      } catch {
        return []; // a failing rule must not take the others down
      }
    };
    for (const rule of RULES) {
      if (this.config.severities[rule.id] === 'off') continue;
      if (rule.unit === 'entity') {
        const out = mapOf(this.entityDrafts, rule.id);
        for (const e of entities) keep(out, e.id, run(() => rule.check(ctx, e)));
      } else if (rule.unit === 'fact') {
        const out = mapOf(this.factDrafts, rule.id);
        for (const f of facts) keep(out, f, run(() => rule.check(ctx, f)));
      } else {
        const out = mapOf(this.docDrafts, rule.id);
        for (const uri of docs) {
          const doc = this.docs.get(uri)!;
          keep(out, uri, run(() => rule.check(ctx, doc)));
        }
      }
    }
  }

  private context(): RuleContext {
    return {
      docs: this.docs,
      entity: (id) => this.entity(id),
      entityOf: (uri, id) => this.entityOf.get(uri, id),
      mentionsOf: (e) => this.mentionsOf(e),
      pairsOf: (f) => this.matcher.pairsOf(f),
      today: this.config.today,
      corpusYear: () => this.year ?? corpusYear(this.docs.values()),
      label: labelOf,
    };
  }

  /** Findings from every unit's drafts: in document order, ids from their words. */
  private findings(): Finding[] {
    const all: Array<{ rule: Rule; draft: Draft }> = [];
    for (const rule of RULES) {
      if (this.config.severities[rule.id] === 'off') continue;
      const units = rule.unit === 'entity' ? this.entityDrafts.get(rule.id) : rule.unit === 'fact' ? this.factDrafts.get(rule.id) : this.docDrafts.get(rule.id);
      for (const drafts of units?.values() ?? []) for (const draft of drafts) all.push({ rule, draft });
    }
    all.sort((x, y) => compareDrafts(x.draft, y.draft) || (x.rule.id < y.rule.id ? -1 : x.rule.id > y.rule.id ? 1 : 0) ||
      (x.draft.message < y.draft.message ? -1 : x.draft.message > y.draft.message ? 1 : 0));
    const seenIds = new Map<string, number>();
    return all.map(({ rule, draft: d }) => {
      // The same words twice in one source (a headline and its body): the nth gets a suffix,
      // which stays stable under edits elsewhere in the file.
      const base = idOf(rule.id, d);
      const nth = (seenIds.get(base) ?? 0) + 1;
      seenIds.set(base, nth);
      return {
        id: nth === 1 ? base : `${base}.${nth}`,
        rule: rule.id,
        severity: this.config.severities[rule.id] ?? d.severity ?? rule.defaultSeverity,
        message: d.message,
        uri: d.uri, start: d.start, end: d.end, text: d.text,
        confidence: d.confidence,
        related: d.related,
      } as Finding;
    });
  }

  // --- the index as the queries see it ------------------------------------------------------

  private snapshot(): CrossIndex {
    const findings = this.findings();
    return this.view(findings);
  }

  private view(findings: Finding[]): CrossIndex {
    const self = this;
    return {
      docs: this.docs,
      get entities() {
        return self.entities();
      },
      entityById: { get: (id: string) => this.entity(id) },
      entityOf: this.entityOf,
      get facts() {
        return [...self.docs.keys()].flatMap((u) => self.factsOf.get(u) ?? []);
      },
      get factPairs() {
        return self.matcher.pairs();
      },
      pairsOf: (f: Fact): FactPair[] => this.matcher.pairsOf(f).sort((x, y) => compareFacts(x.a === f ? x.b : x.a, y.a === f ? y.b : y.a)),
      factsAt: (uri: string, mentionId: string) => this.factsByMention.get(uri, mentionId) ?? [],
      factsNaming: (key: string) => [...(this.factsByEntity.get(key) ?? [])].sort(compareFacts),
      findings,
      docFrequency: this.docFrequency,
      withFindings: (list: Finding[]) => this.view(list),
    };
  }

  private entities(): Entity[] {
    if (!this.sortedEntities) {
      const named = [...this.groups.values()].map((g) => g.draft).sort(compareEntities).map((d) => d.entity);
      this.sortedEntities = [...named, ...this.values.sorted()];
    }
    return this.sortedEntities;
  }
}

/** The country an entity's name stands for ("Soviet Union" -> Russia's key), made once per entity. */
const entityCountries = new WeakMap<Entity, string | null>();
function namedCountry(e: Entity): string | undefined {
  let c = entityCountries.get(e);
  if (c === undefined) entityCountries.set(e, (c = jurisdictionOf(worldAlias(e.name) ?? e.name) ?? null));
  return c ?? undefined;
}

/** An entity's key in facts: the country its name is, else its id. */
function entityFactKey(e: Entity): string {
  const country = namedCountry(e);
  return country ? `country:${country}` : e.id;
}

/** A document's file name, for messages: asked for once per peer named, hundreds of thousands of times. */
const labelOf = remembered((uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));

/** Two profiles of one signature whose mentions also kept their ids. */
function sameIds(a: Profile, b: Profile): boolean {
  return a.nodes.every((n, i) => n.mention.id === b.nodes[i].mention.id);
}

/** A draft's stable id, made once: drafts of unchanged units are kept from one update to the next. */
const draftIds = new WeakMap<Draft, string>();
function idOf(rule: string, d: Draft): string {
  let id = draftIds.get(d);
  if (!id) draftIds.set(d, (id = stableId(rule, d.uri, d.words)));
  return id;
}

/** `docs` in uri order; when they are the documents of `before` (edited, none added or removed), in its order without sorting. */
function sortedCopy(docs: ReadonlyMap<string, DocumentAnalysis>, before?: ReadonlyMap<string, DocumentAnalysis>): Map<string, DocumentAnalysis> {
  if (before && before.size === docs.size) {
    let same = true;
    for (const u of before.keys()) if (!docs.has(u)) {
      same = false;
      break;
    }
    if (same) return new Map([...before.keys()].map((u) => [u, docs.get(u)!]));
  }
  return new Map([...docs.keys()].sort().map((u) => [u, docs.get(u)!]));
}

function sameEntity(a: Entity, b: Entity, changed: ReadonlySet<string>): boolean {
  if (a.id !== b.id || a.type !== b.type || a.name !== b.name || a.mentions.length !== b.mentions.length) return false;
  if (a.aliases.length !== b.aliases.length || a.aliases.some((x, i) => x !== b.aliases[i])) return false;
  return a.mentions.every((r, i) => r.uri === b.mentions[i].uri && r.mentionId === b.mentions[i].mentionId && !changed.has(r.uri));
}

function compareDrafts(a: Draft, b: Draft): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start || a.end - b.end;
}

function mapOf<K, V>(map: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}

function keep<K>(map: Map<K, Draft[]>, key: K, drafts: Draft[]): void {
  if (drafts.length) map.set(key, drafts);
  else map.delete(key);
}
