// Gazetteer lookup: which list each token falls in, and where in the listed phrase
// (Begin / Inside / Last / Unit). The tagger turns these into features; the lists are
// evidence, not rules, so an ambiguous entry ("Jordan", "Georgia") only shifts weights.
import { tokenize } from '../../text/tokenize';
import { hashString } from '../hash';
import { COMPANIES, LEAGUES_AND_BODIES, SPORTS_CLUBS } from './companies';
import { COUNTRIES, DEMONYMS } from './countries';
import { MISC_NAMES } from './misc';
import { ORGANIZATIONS, ORG_SUFFIXES } from './organizations';
import { GIVEN_NAMES, PERSON_TITLES, SURNAMES } from './people';
import { CITIES, PLACE_SUFFIXES, REGIONS } from './places';

export const GAZETTEERS: ReadonlyArray<readonly [name: string, entries: readonly string[]]> = [
  ['country', COUNTRIES],
  ['city', CITIES],
  ['region', REGIONS],
  ['demonym', DEMONYMS],
  ['org', ORGANIZATIONS],
  ['orgsuffix', ORG_SUFFIXES],
  ['given', GIVEN_NAMES],
  ['surname', SURNAMES],
  ['title', PERSON_TITLES],
  ['misc', MISC_NAMES],
  ['placesuffix', PLACE_SUFFIXES],
  ['company', COMPANIES],
  ['club', SPORTS_CLUBS],
  ['league', LEAGUES_AND_BODIES],
];

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Bit i set: a phrase of list i ends here. */
  lists: number;
}

/** Lower-cases and maps typographic quotes to straight ones, as gazetteer keys are stored. */
export function gazetteerKey(token: string): string {
  return token.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

let root: TrieNode | undefined;
let maxLength = 0;

/** Bits of the filter of first words (128 KB). */
const ROOT_FILTER_BITS = 1 << 20;
/** A bit per value of firstWordHash() modulo ROOT_FILTER_BITS, set when a phrase starts with a word of that hash. */
let rootFilter: Int32Array | undefined;

/**
 * FNV-1a of a key with every ASCII digit read as 0: the tagger's hash of a word's lower form
 * (features.ts, WordTypes.hL), so a type whose hash has no bit in rootFilter starts no phrase.
 */
export function firstWordHash(key: string): number {
  return hashString(key.replace(/[0-9]/g, '0'));
}

function mayStartPhrase(hash: number): boolean {
  const h = hash & (ROOT_FILTER_BITS - 1);
  return (rootFilter![h >>> 5] & (1 << (h & 31))) !== 0;
}

function trie(): TrieNode {
  if (root) return root;
  const r: TrieNode = { next: new Map(), lists: 0 };
  GAZETTEERS.forEach(([, entries], list) => {
    for (const entry of entries) {
      const words = tokenize(entry).map((t) => gazetteerKey(t.text));
      if (!words.length) continue;
      maxLength = Math.max(maxLength, words.length);
      let node = r;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map(), lists: 0 }));
        node = child;
      }
      node.lists |= 1 << list;
    }
  });
  rootFilter = new Int32Array(ROOT_FILTER_BITS / 32);
  for (const w of r.next.keys()) {
    const h = firstWordHash(w) & (ROOT_FILTER_BITS - 1);
    rootFilter[h >>> 5] |= 1 << (h & 31);
  }
  return (root = r);
}

export const BEGIN = 0;
export const INSIDE = 1;
export const LAST = 2;
export const UNIT = 3;

/**
 * For each token, the codes `list * 4 + position` of the longest phrase of each list covering
 * it. `keys` are gazetteerKey() of the tokens. Linear in tokens times the longest phrase.
 * With `typeOf` (tokens of one type have the same key), the first word is looked up once per type;
 * with `typeHashes` too (firstWordHash of each type's key), only when the filter lets it start a phrase.
 */
const NONE: number[] = [];

export function matchGazetteers(keys: readonly string[], typeOf?: ArrayLike<number>, nTypes = 0, typeHashes?: ArrayLike<number>): number[][] {
  const r = trie();
  const out: number[][] = new Array(keys.length).fill(NONE);
  const L = GAZETTEERS.length;
  const covered = new Int32Array(keys.length * L); // [token * L + list]: end of the match covering it
  const best = new Int32Array(L); // longest end per list from i
  const roots: Array<TrieNode | null | undefined> | undefined = typeOf ? new Array(nTypes) : undefined;
  for (let i = 0; i < keys.length; i++) {
    let node: TrieNode | undefined;
    if (roots) {
      const ty = typeOf![i];
      let known = roots[ty];
      if (known === undefined) roots[ty] = known = typeHashes && !mayStartPhrase(typeHashes[ty]) ? null : r.next.get(keys[i]) ?? null;
      node = known ?? undefined;
    } else node = r.next.get(keys[i]);
    if (!node) continue;
    best.fill(0);
    let any = 0;
    for (let j = i; ; ) {
      if (node.lists) {
        any = 1;
        for (let l = 0; l < L; l++) if (node.lists & (1 << l)) best[l] = j + 1;
      }
      if (++j >= keys.length || j - i >= maxLength) break;
      node = node.next.get(keys[j]);
      if (!node) break;
    }
    if (!any) continue;
    for (let l = 0; l < L; l++) {
      const end = best[l];
      // Skip a match nested inside a longer one of the same list found earlier.
      if (!end || end <= covered[i * L + l]) continue;
      for (let k = i; k < end; k++) {
        covered[k * L + l] = end;
        const pos = end - i === 1 ? UNIT : k === i ? BEGIN : k === end - 1 ? LAST : INSIDE;
        if (out[k] === NONE) out[k] = [];
        out[k].push(l * 4 + pos);
      }
    }
  }
  return out;
}

/** A fingerprint of the lists, stored in the model: features shift when the lists change. */
export function gazetteerFingerprint(): number {
  let h = 0x811c9dc5;
  for (const [name, entries] of GAZETTEERS) {
    for (const s of [name, ...entries]) {
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 124, 0x01000193);
    }
  }
  return h >>> 0;
}
