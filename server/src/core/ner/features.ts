// Feature extraction, shared by training and tagging. A document is prepared once: every
// token gets its static features (word, shape, affixes, ±2 window, capitalisation in
// context, gazetteers, document-level casing evidence) as 32-bit hashes. Dynamic features
// (how the same word was tagged earlier in the document) are added per sentence while
// decoding, from a TagHistory the caller updates with its own predictions.
import * as hash from './hash';
import { matchGazetteers } from './gazetteers';

// Module-local bindings of the hash functions: the CommonJS interop that tsx (tests, training,
// the benchmark) compiles imports to turns every call through an import into two getter calls,
// which in these per-token loops cost about a third of the time.
// Static features are written into Uint32Arrays: the signed forms of the mixes (same bits).
const FNV_SEED = hash.FNV_SEED;
const hashString = hash.hashString;
const mix = hash.mixBits;
const mix3 = hash.mix3Bits;
const mixUnsigned = hash.mix;
const mix3Unsigned = hash.mix3;

/** Maps article typography to the conventions of the news corpus the model learnt from. */
export function normalizeToken(t: string): string {
  if (t.length === 1) {
    switch (t) {
      case '\u201c': case '\u201d': case '\u201e': case '\u00ab': case '\u00bb': case '\u2033':
        return '"';
      case '\u2018': case '\u2019': case '\u201a': case '\u2032':
        return "'";
      case '\u2014': case '\u2013': case '\u2012': case '\u2015':
        return '--';
      case '\u2026':
        return '...';
      default:
        return t;
    }
  }
  return hasTypographicMarks(t) ? t.replace(/[\u2018\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-') : t;
}

/** Whether t holds a curly single quote or a Unicode hyphen (a scan: cheaper than a regular expression per token). */
function hasTypographicMarks(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

export interface PreparedDocument {
  /** Number of tokens. */
  n: number;
  /** Sentence k covers tokens [sentStarts[k], sentStarts[k + 1]). */
  sentStarts: Int32Array;
  /** Static feature hashes of token t: feats[offsets[t] .. offsets[t + 1]). */
  feats: Uint32Array;
  offsets: Int32Array;
  /**
   * Per token, the document's number for its lower form (WordTypes.lowers): words that differ
   * in case alone share it. The key of the tag history and of the casing evidence.
   */
  lowerOf: Int32Array;
  nLowers: number;
  /** Short shape hash per token, conjoined with the dynamic features. */
  shortShapes: Uint32Array;
  /** Token starts with an upper-case letter: only such tokens feed the history. */
  capitalized: Uint8Array;
  /**
   * Whether feats include each token's word-type features. Training wants them inline;
   * tagging scores each distinct word's type features once per document (typeFeats).
   */
  inlineTypes: boolean;
  /** Word type of each token, and each type's features: typeFeats[typeOffsets[k] .. typeOffsets[k + 1]). */
  typeOf: Int32Array;
  typeFeats: Uint32Array;
  typeOffsets: Int32Array;
  nTypes: number;
  /**
   * Each type's word, and where its features that depend on the document begin: those in
   * typeFeats[typeOffsets[k] .. typeDocStarts[k]) depend on the word alone, so their scores
   * hold in every document. Only training (inlineTypes) gets them there; the tagger remembers
   * their scores by word and asks wordFeatures(wordTypes, k, …) for a word it has not seen.
   */
  typeWords: string[];
  typeDocStarts: Int32Array;
  wordTypes: WordTypes;
}

/**
 * Each token's static features begin with Bias and then, at [1, 1 + NEIGHBOUR_FEATURES), the
 * seven that look at one neighbour alone (its lower-cased word, word or short shape): those
 * depend on the neighbouring word and not on the token, so the tagger can score them once per
 * word (roleFeatures) and add the neighbour's scores instead of looking each one up.
 */
export const NEIGHBOUR_FEATURES = 7;

/**
 * The neighbour features a word gives the tokens around it, by role, into out[at, at + 7):
 * as the token before (Lm1, Wm1, SSm1), two before (Lm2), after (Lp1, SSp1), two after (Lp2).
 * roleFeatures(BOS, BOS, BOS) gives the roles before a sentence start, (EOS, EOS, EOS) after its end.
 */
export function roleFeatures(hl: number, hw: number, hss: number, out: Uint32Array, at: number): void {
  out[at] = mix(F.Lm1, hl);
  out[at + 1] = mix(F.Wm1, hw);
  out[at + 2] = mix(F.SSm1, hss);
  out[at + 3] = mix(F.Lm2, hl);
  out[at + 4] = mix(F.Lp1, hl);
  out[at + 5] = mix(F.SSp1, hss);
  out[at + 6] = mix(F.Lp2, hl);
}
/**
 * After the neighbour features, the SHAPE_FEATURES that look at the short shapes of the token
 * and its two neighbours alone: few distinct triples, so the tagger scores each triple once.
 */
export const SHAPE_FEATURES = 3;

/** The SHAPE_FEATURES of a token of short shape ss0 between ssm1 and ssp1, into out[at, at + 3). */
export function shapeFeatures(ssm1: number, ss0: number, ssp1: number, out: Uint32Array, at: number): void {
  out[at] = mix3(F.SSm1_0, ssm1, ss0);
  out[at + 1] = mix3(F.SS0_p1, ss0, ssp1);
  out[at + 2] = mix(mix3(F.SSm1_0_p1, ssm1, ss0), ssp1);
}

/** Where each role's features lie in roleFeatures' output: [start, end) per role L1, L2, R1, R2. */
export const ROLE_RANGES: ReadonlyArray<readonly [number, number]> = [[0, 3], [3, 4], [4, 6], [6, 7]];

/** Bump when feature extraction changes: a model trained with other features is refused. */
export const FEATURES_VERSION = 3;

// Template numbers. Changing any of them changes every feature: retrain. (Unused1-5 held
// word-cluster templates, since removed; they keep the later numbers, and so the model, stable.)
const enum F {
  Bias = 1, Word, Lower, Lm1, Lp1, Lm2, Lp2, Shape, SSm1, SSp1, SSm1_0, SS0_p1, SSm1_0_p1,
  Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4, Lm1_L0, L0_Lp1, Lm1_SS0, SS0_Lp1,
  First_SS0, Caps_SS0, Gaz0, GazM1, GazP1, Gaz0_SS0, LowerElsewhere, CapElsewhere, DocShape,
  Lm2_Lm1, Caps_L0, Len_SS0, Hist, Hist_SS0, HistNext, Wm1, Unused1, Unused2, Unused3,
  Unused4, Unused5, Lp1_Lp2, Last_SS0, AggL, AggR, AggL2, AggR2, Tri,
}

/** The first static feature of every token (see NEIGHBOUR_FEATURES). */
export const BIAS_FEATURE = F.Bias;

export const BOS = hashString('<s>');
export const EOS = hashString('</s>');
/** Most distinct neighbours aggregated per side for one word. */
const AGG_MAX = 12;

const isUpperCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLowerCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 0xc0 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());

/** Shape class of one code unit: X upper, x lower, d digit, or the character itself. */
function shapeCode(c: number): number {
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 48 && c <= 57) return 100;
  if (c < 128) return c;
  if (isUpperCode(c)) return 88;
  if (isLowerCode(c)) return 120;
  return 126; // other non-ASCII: one class
}

/** The lower-cased word with every digit mapped to 0, so numbers generalise ("1996-08-22" -> "0000-00-00"). */
function digitsToZero(l: string): string {
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c >= 49 && c <= 57) return l.replace(/[0-9]/g, '0');
  }
  return l;
}

/**
 * Prepares a document given as sentences of token texts (already normalizeToken'd). Without
 * `neighbourFeatures` the NEIGHBOUR_FEATURES and SHAPE_FEATURES slots hold 0: the packed tagger
 * takes their scores from remembered rows (of words, of shape triples) and never reads them.
 *
 * Each pass is a function of its own: V8 optimises them one by one as they get hot, where one
 * long function of ten loops was the analysis's costliest to optimise (98–134 ms per isolate
 * in two compilations; the passes take 60–82 ms, bench/README.md).
 */
export function prepareDocument(sentences: readonly (readonly string[])[], inlineTypes = true, neighbourFeatures = true): PreparedDocument {
  const { n, sentStarts, words, typeOf, typeFirst } = numberTypes(sentences);
  const nTypes = typeFirst.length;
  const typeWords = typeFirst.map((t) => words[t]);
  const types = wordTypes(typeWords);
  const { lowerOfType, nLowers } = numberLowers(types.lowers);
  const tok = tokenAttributes(types, typeOf, lowerOfType, n);
  const capsSentence = capsSentences(sentStarts, tok);
  const { lowerSeen, capSeen } = casingEvidence(words, sentStarts, tok, capsSentence, nLowers);
  const around = contexts;
  around.reset(nLowers);
  aggregateContexts(around, sentStarts, tok);

  // Tokens are normalised already: lower case is the key, and hL its firstWordHash.
  const gaz = matchGazetteers(tok.gazKeys, typeOf, nTypes, types.hL);
  const { typeOffsets, typeDocStarts, typeFeats } = typeFeatures(types, typeFirst, tok, lowerSeen, capSeen, around, inlineTypes);
  const { offsets, feats } = tokenFeatures(words, sentStarts, typeOf, tok, capsSentence, lowerSeen, capSeen, gaz, typeOffsets, typeFeats, inlineTypes, neighbourFeatures);
  return {
    n,
    sentStarts,
    feats,
    offsets,
    lowerOf: tok.lowerOf,
    nLowers,
    shortShapes: tok.hSS,
    capitalized: tok.capitalized,
    inlineTypes,
    typeOf,
    typeFeats: typeFeats.subarray(0, typeOffsets[nTypes]),
    typeOffsets,
    nTypes,
    typeWords,
    typeDocStarts,
    wordTypes: types,
  };
}

/** The tokens in one array, where each sentence starts, and each token's word type (first-seen order). */
function numberTypes(sentences: readonly (readonly string[])[]): { n: number; sentStarts: Int32Array; words: string[]; typeOf: Int32Array; typeFirst: number[] } {
  let n = 0;
  for (const s of sentences) n += s.length;
  const sentStarts = new Int32Array(sentences.length + 1);
  const words: string[] = new Array(n);
  let k = 0;
  sentences.forEach((s, si) => {
    sentStarts[si] = k;
    for (const w of s) words[k++] = w;
  });
  sentStarts[sentences.length] = n;

  // Word types first: everything that depends on the word alone is computed once per distinct
  // word (attributes here, type features below), then given to each of its tokens.
  const typeIndex = new Map<string, number>();
  const typeOf = new Int32Array(n);
  const typeFirst: number[] = [];
  for (let t = 0; t < n; t++) {
    let ty = typeIndex.get(words[t]);
    if (ty === undefined) {
      ty = typeFirst.length;
      typeIndex.set(words[t], ty);
      typeFirst.push(t);
    }
    typeOf[t] = ty;
  }
  return { n, sentStarts, words, typeOf, typeFirst };
}

/** Per-token copies of the word-type attributes the passes below read token by token. */
interface TokenAttributes {
  lowerOf: Int32Array;
  gazKeys: string[];
  hW: Uint32Array;
  hL: Uint32Array;
  hSS: Uint32Array;
  capitalized: Uint8Array;
  /** Has letters, none lower-case. */
  allUpper: Uint8Array;
  hasLower: Uint8Array;
}

function tokenAttributes(types: WordTypes, typeOf: Int32Array, lowerOfType: Int32Array, n: number): TokenAttributes {
  const lowerOf = new Int32Array(n);
  const gazKeys: string[] = new Array(n);
  const hW = new Uint32Array(n);
  const hL = new Uint32Array(n);
  const hSS = new Uint32Array(n);
  const capitalized = new Uint8Array(n);
  const allUpper = new Uint8Array(n);
  const hasLower = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const ty = typeOf[t];
    gazKeys[t] = types.lowerCase[ty];
    lowerOf[t] = lowerOfType[ty];
    hW[t] = types.hW[ty];
    hL[t] = types.hL[ty];
    hSS[t] = types.hSS[ty];
    capitalized[t] = types.capitalized[ty];
    allUpper[t] = types.allUpper[ty];
    hasLower[t] = types.hasLower[ty];
  }
  return { lowerOf, gazKeys, hW, hL, hSS, capitalized, allUpper, hasLower };
}

/** Sentence-level: headline sentences written all in capitals. */
function capsSentences(sentStarts: Int32Array, tok: TokenAttributes): Uint8Array {
  const { hasLower, allUpper } = tok;
  const capsSentence = new Uint8Array(sentStarts.length - 1);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    let letters = 0;
    let lowerTokens = 0;
    for (let t = sentStarts[s]; t < sentStarts[s + 1]; t++) {
      if (hasLower[t]) lowerTokens++;
      if (allUpper[t]) letters++;
    }
    capsSentence[s] = lowerTokens === 0 && letters >= 2 ? 1 : 0;
  }
  return capsSentence;
}

/**
 * Document-level casing evidence: is the word written lower-case somewhere, or capitalised in
 * the middle of an ordinary sentence somewhere? (By lower form number: arrays, not sets of
 * strings, in this per-token loop.)
 */
function casingEvidence(
  words: readonly string[], sentStarts: Int32Array, tok: TokenAttributes, capsSentence: Uint8Array, nLowers: number,
): { lowerSeen: Uint8Array; capSeen: Uint8Array } {
  const { capitalized, hasLower, lowerOf } = tok;
  const lowerSeen = new Uint8Array(nLowers);
  const capSeen = new Uint8Array(nLowers);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    for (let t = sentStarts[s]; t < sentStarts[s + 1]; t++) {
      if (!capitalized[t] && hasLower[t] && isLowerCode(words[t].charCodeAt(0))) lowerSeen[lowerOf[t]] = 1;
      else if (capitalized[t] && hasLower[t] && !capsSentence[s] && t > sentStarts[s] && !isOpening(words[t - 1])) capSeen[lowerOf[t]] = 1;
    }
  }
  return { lowerSeen, capSeen };
}

/**
 * Context aggregation: the words around other occurrences of the same capitalised word ("Mr"
 * before "Smith", "shares" after "Acme") are evidence wherever it occurs.
 */
function aggregateContexts(around: ContextSets, sentStarts: Int32Array, tok: TokenAttributes): void {
  const { capitalized, allUpper, lowerOf, hL } = tok;
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const a = sentStarts[s];
    const b = sentStarts[s + 1];
    for (let t = a; t < b; t++) {
      if (!capitalized[t] && !allUpper[t]) continue;
      const l = lowerOf[t];
      if (t > a + 1) around.add(l, LEFT2, hL[t - 2]);
      if (t + 2 < b) around.add(l, RIGHT2, hL[t + 2]);
      if (t > a) around.add(l, LEFT, hL[t - 1]);
      if (t + 1 < b) around.add(l, RIGHT, hL[t + 1]);
    }
  }
}

/**
 * Type features: those of the word alone (only in training: the tagger asks wordFeatures for
 * the words it does not remember), then those that depend on the document too (its casing and
 * contexts elsewhere), built once per distinct word.
 */
function typeFeatures(
  types: WordTypes, typeFirst: readonly number[], tok: TokenAttributes, lowerSeen: Uint8Array, capSeen: Uint8Array,
  around: ContextSets, inlineTypes: boolean,
): { typeOffsets: Int32Array; typeDocStarts: Int32Array; typeFeats: Uint32Array } {
  const { capitalized, allUpper, lowerOf, hSS } = tok;
  const nTypes = typeFirst.length;
  const typeOffsets = new Int32Array(nTypes + 1);
  const typeDocStarts = new Int32Array(nTypes);
  let typeFeats = new Uint32Array(nTypes * 24 + 64);
  // Features are appended as feats[m++] = …, not through a closure: a variable a closure
  // captures lives in a heap context, and m is the hottest variable here.
  let m = 0;
  for (let ty = 0; ty < nTypes; ty++) {
    typeOffsets[ty] = m;
    if (typeFeats.length - m < 256) {
      const bigger = new Uint32Array(typeFeats.length * 2);
      bigger.set(typeFeats.subarray(0, m));
      typeFeats = bigger;
    }
    const t = typeFirst[ty];
    const ss0 = hSS[t];
    const l = lowerOf[t];
    const len = types.lowers[ty].length;
    if (inlineTypes) m = wordFeatures(types, ty, typeFeats, m);
    typeDocStarts[ty] = m;
    if (capitalized[t] || allUpper[t]) {
      typeFeats[m++] = mix3(F.LowerElsewhere, lowerSeen[l], ss0);
      if (allUpper[t] && len > 1) typeFeats[m++] = mix(F.DocShape, capSeen[l] ? 1 : lowerSeen[l] ? 2 : 3);
      m = around.write(l, LEFT, F.AggL, typeFeats, m);
      m = around.write(l, RIGHT, F.AggR, typeFeats, m);
      m = around.write(l, LEFT2, F.AggL2, typeFeats, m);
      m = around.write(l, RIGHT2, F.AggR2, typeFeats, m);
    }
  }
  typeOffsets[nTypes] = m;
  return { typeOffsets, typeDocStarts, typeFeats };
}

/** Per-token features in context, CSR; in training each token also carries its type's. */
function tokenFeatures(
  words: readonly string[], sentStarts: Int32Array, typeOf: Int32Array, tok: TokenAttributes, capsSentence: Uint8Array,
  lowerSeen: Uint8Array, capSeen: Uint8Array, gaz: readonly (readonly number[])[], typeOffsets: Int32Array, typeFeats: Uint32Array,
  inlineTypes: boolean, neighbourFeatures: boolean,
): { offsets: Int32Array; feats: Uint32Array } {
  const { hW, hL, hSS, capitalized, allUpper, lowerOf } = tok;
  const n = words.length;
  const offsets = new Int32Array(n + 1);
  let feats = new Uint32Array(n * (inlineTypes ? 48 : 28) + 64);
  let m = 0;
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const a = sentStarts[s];
    const b = sentStarts[s + 1];
    const caps = capsSentence[s];
    for (let t = a; t < b; t++) {
      offsets[t] = m;
      if (feats.length - m < 256) {
        const bigger = new Uint32Array(feats.length * 2);
        bigger.set(feats.subarray(0, m));
        feats = bigger;
      }
      const lm1 = t - 1 >= a ? hL[t - 1] : BOS;
      const lm2 = t - 2 >= a ? hL[t - 2] : BOS;
      const lp1 = t + 1 < b ? hL[t + 1] : EOS;
      const lp2 = t + 2 < b ? hL[t + 2] : EOS;
      const ssm1 = t - 1 >= a ? hSS[t - 1] : BOS;
      const ssp1 = t + 1 < b ? hSS[t + 1] : EOS;
      const ss0 = hSS[t];
      // Bias, then the NEIGHBOUR_FEATURES (an order the tagger relies on), then the rest.
      feats[m++] = BIAS_FEATURE;
      if (neighbourFeatures) {
        feats[m++] = mix(F.Lm1, lm1);
        feats[m++] = mix(F.Lp1, lp1);
        feats[m++] = mix(F.Lm2, lm2);
        feats[m++] = mix(F.Lp2, lp2);
        feats[m++] = mix(F.Wm1, t - 1 >= a ? hW[t - 1] : BOS);
        feats[m++] = mix(F.SSm1, ssm1);
        feats[m++] = mix(F.SSp1, ssp1);
      } else m += NEIGHBOUR_FEATURES; // (the array starts zeroed)
      // The SHAPE_FEATURES (the packed tagger hashes them per triple it has not seen).
      if (neighbourFeatures) shapeFeatures(ssm1, ss0, ssp1, feats, m);
      m += SHAPE_FEATURES;
      feats[m++] = mix3(F.Lm1_L0, lm1, hL[t]);
      feats[m++] = mix3(F.L0_Lp1, hL[t], lp1);
      feats[m++] = mix3(F.Lm2_Lm1, lm2, lm1);
      feats[m++] = mix3(F.Lp1_Lp2, lp1, lp2);
      feats[m++] = mix3(F.Lm1_SS0, lm1, ss0);
      feats[m++] = mix3(F.SS0_Lp1, ss0, lp1);
      if (t === a) feats[m++] = mix(F.First_SS0, ss0);
      if (t === b - 1) feats[m++] = mix(F.Last_SS0, ss0);
      if (caps) {
        feats[m++] = mix(F.Caps_SS0, ss0);
        feats[m++] = mix(F.Caps_L0, hL[t]);
      }
      for (const code of gaz[t]) {
        feats[m++] = mix(F.Gaz0, code);
        feats[m++] = mix3(F.Gaz0_SS0, code, ss0);
      }
      if (t - 1 >= a) for (const code of gaz[t - 1]) feats[m++] = mix(F.GazM1, code);
      if (t + 1 < b) for (const code of gaz[t + 1]) feats[m++] = mix(F.GazP1, code);
      if ((capitalized[t] || allUpper[t]) && (t === a || caps || isOpening(words[t - 1]))) {
        const l = lowerOf[t];
        feats[m++] = mix3(F.CapElsewhere, capSeen[l] + 2 * lowerSeen[l], caps);
      }
      if (inlineTypes) {
        const ty = typeOf[t];
        const from = typeOffsets[ty];
        const count = typeOffsets[ty + 1] - from;
        if (feats.length - m < count + 8) {
          const bigger = new Uint32Array(feats.length * 2 + count);
          bigger.set(feats.subarray(0, m));
          feats = bigger;
        }
        feats.set(typeFeats.subarray(from, from + count), m);
        m += count;
      }
    }
  }
  offsets[n] = m;
  return { offsets, feats: feats.subarray(0, m) };
}

/** Numbers the distinct lower forms of the types, in first-seen order. */
function numberLowers(lowers: readonly string[]): { lowerOfType: Int32Array; nLowers: number } {
  const ids = new Map<string, number>();
  const lowerOfType = new Int32Array(lowers.length);
  for (let ty = 0; ty < lowers.length; ty++) {
    let id = ids.get(lowers[ty]);
    if (id === undefined) ids.set(lowers[ty], (id = ids.size));
    lowerOfType[ty] = id;
  }
  return { lowerOfType, nLowers: ids.size };
}

/** What the features of a word alone look at, per distinct word. */
export interface WordTypes {
  /** Lower case, and lower case with digits as 0 (the "lower" of the features and the history). */
  lowerCase: string[];
  lowers: string[];
  hW: Uint32Array;
  hL: Uint32Array;
  /** Long shape (runs capped at 4) and short shape (runs collapsed). */
  hS: Uint32Array;
  hSS: Uint32Array;
  /** Hashes of the first and last one to four characters of the lower form: [4 * type + i]. */
  pre: Uint32Array;
  suf: Uint32Array;
  capitalized: Uint8Array;
  allUpper: Uint8Array;
  hasLower: Uint8Array;
}

function wordTypes(words: readonly string[]): WordTypes {
  const n = words.length;
  const lowerCase: string[] = new Array(n);
  const lowers: string[] = new Array(n);
  const hW = new Uint32Array(n);
  const hL = new Uint32Array(n);
  const hS = new Uint32Array(n);
  const hSS = new Uint32Array(n);
  const pre = new Uint32Array(n * 4);
  const suf = new Uint32Array(n * 4);
  const capitalized = new Uint8Array(n);
  const allUpper = new Uint8Array(n);
  const hasLower = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const w = words[t];
    const l0 = w.toLowerCase();
    lowerCase[t] = l0;
    const l = digitsToZero(l0);
    lowers[t] = l;
    hW[t] = hashString(w);
    let h = FNV_SEED;
    for (let i = 0; i < l.length; i++) {
      h = Math.imul(h ^ l.charCodeAt(i), 0x01000193);
      if (i < 4) pre[t * 4 + i] = h >>> 0;
    }
    hL[t] = h >>> 0;
    h = FNV_SEED;
    for (let i = l.length - 1, j = 0; i >= 0 && j < 4; i--, j++) {
      h = Math.imul(h ^ l.charCodeAt(i), 0x01000193);
      suf[t * 4 + j] = h >>> 0;
    }
    let hl = FNV_SEED;
    let hs = FNV_SEED;
    let prev = -1;
    let run = 0;
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < w.length; i++) {
      const c = shapeCode(w.charCodeAt(i));
      if (c === 88) upper++;
      else if (c === 120) lower++;
      run = c === prev ? run + 1 : 1;
      if (run <= 4) hl = Math.imul(hl ^ c, 0x01000193);
      if (run === 1) hs = Math.imul(hs ^ c, 0x01000193);
      prev = c;
    }
    hS[t] = hl >>> 0;
    hSS[t] = hs >>> 0;
    capitalized[t] = w.length > 0 && isUpperCode(w.charCodeAt(0)) ? 1 : 0;
    allUpper[t] = upper > 0 && lower === 0 ? 1 : 0;
    hasLower[t] = lower > 0 ? 1 : 0;
  }
  return { lowerCase, lowers, hW, hL, hS, hSS, pre, suf, capitalized, allUpper, hasLower };
}

/** Most features wordFeatures writes. */
export const MAX_WORD_FEATURES = 24;

/**
 * The features of type ty that depend on the word alone (spelling, shape, affixes, trigrams of
 * names), into out from `at`; returns the end. `out` must have MAX_WORD_FEATURES free.
 */
export function wordFeatures(types: WordTypes, ty: number, out: Uint32Array, at: number): number {
  let m = at;
  const l = types.lowers[ty];
  const len = l.length;
  out[m++] = mix(F.Word, types.hW[ty]);
  out[m++] = mix(F.Lower, types.hL[ty]);
  out[m++] = mix(F.Shape, types.hS[ty]);
  for (let i = 0; i < 4 && i < len; i++) out[m++] = mix(F.Pre1 + i, types.pre[ty * 4 + i]);
  for (let i = 0; i < 4 && i < len; i++) out[m++] = mix(F.Suf1 + i, types.suf[ty * 4 + i]);
  if (types.capitalized[ty] && len >= 4) {
    // Character trigrams of names: morphology of unseen names ("-ovic", "-stan", "berg").
    for (let i = 0; i + 3 <= len && i < 12; i++) out[m++] = mix(F.Tri, (l.charCodeAt(i) * 65599 + l.charCodeAt(i + 1)) * 65599 + l.charCodeAt(i + 2));
  }
  out[m++] = mix3(F.Len_SS0, Math.min(len, 12), types.hSS[ty]);
  return m;
}

const LEFT = 0;
const RIGHT = 1;
const LEFT2 = 2;
const RIGHT2 = 3;

/**
 * The distinct neighbours (lower-form hashes) seen on each side of each lower form of a
 * document, the first AGG_MAX per side in first-seen order. Flat arrays reused from document
 * to document: four small arrays per capitalised word were a good part of the tagger's garbage.
 */
class ContextSets {
  private values = new Uint32Array(0);
  private counts = new Uint8Array(0);

  /** Empties the sets, for lower forms 0 .. nLowers - 1. */
  reset(nLowers: number): void {
    if (this.counts.length < 4 * nLowers) {
      this.counts = new Uint8Array(8 * nLowers);
      this.values = new Uint32Array(8 * nLowers * AGG_MAX);
    }
    this.counts.fill(0, 0, 4 * nLowers);
  }

  add(lower: number, side: number, h: number): void {
    const set = 4 * lower + side;
    const n = this.counts[set];
    if (n >= AGG_MAX) return;
    const base = set * AGG_MAX;
    for (let i = 0; i < n; i++) if (this.values[base + i] === h) return;
    this.values[base + n] = h;
    this.counts[set] = n + 1;
  }

  /** Writes mix(template, h) for each h of the set into out from m; returns the end. */
  write(lower: number, side: number, template: number, out: Uint32Array, m: number): number {
    const set = 4 * lower + side;
    for (let i = set * AGG_MAX, e = i + this.counts[set]; i < e; i++) out[m++] = mix(template, this.values[i]);
    return m;
  }
}

/** prepareDocument runs to completion before the next starts: one set of buffers serves them all. */
const contexts = new ContextSets();

/** After an opening quote or bracket a capital letter says as little as at a sentence start. */
function isOpening(w: string): boolean {
  return w === '"' || w === "'" || w === '(' || w === '`' || w === '``' || w === '[' || w === ':' || w === '--' || w === '-';
}

/**
 * Types predicted so far in one document for each capitalised word: counts per label (O, PER,
 * ORG, LOC, MISC) by the document's lower form numbers (PreparedDocument.lowerOf). Clear it
 * before each document.
 */
export class TagHistory {
  private counts = new Int32Array(0);
  private doc: PreparedDocument | undefined;

  /** Records one sentence's predictions: `types[i]` is 0 for O or 1 + the entity type index. */
  record(doc: PreparedDocument, sentence: number, types: ArrayLike<number>): void {
    if (doc !== this.doc) this.start(doc);
    const a = doc.sentStarts[sentence];
    const b = doc.sentStarts[sentence + 1];
    for (let t = a; t < b; t++) if (doc.capitalized[t]) this.counts[5 * doc.lowerOf[t] + types[t - a]]++;
  }

  /** The most frequent earlier label of token t's word (0..4), or -1 when it has not been seen. */
  majority(doc: PreparedDocument, t: number): number {
    if (doc !== this.doc) return -1;
    const c = this.counts;
    const at = 5 * doc.lowerOf[t];
    let best = 0;
    for (let i = 1; i < 5; i++) if (c[at + i] > c[at + best] || (c[at + i] === c[at + best] && best === 0 && c[at + i] > 0)) best = i;
    // Every recorded token counts once: a word never recorded has only zeros.
    return best === 0 && c[at] === 0 ? -1 : best;
  }

  clear(): void {
    this.doc = undefined;
  }

  private start(doc: PreparedDocument): void {
    this.doc = doc;
    if (this.counts.length < 5 * doc.nLowers) this.counts = new Int32Array(Math.max(5 * doc.nLowers, 2 * this.counts.length));
    this.counts.fill(0, 0, 5 * doc.nLowers);
  }
}

/** Dynamic features of token t, appended to out. */
export function dynamicFeatures(doc: PreparedDocument, t: number, sentenceEnd: number, history: TagHistory, out: number[]): void {
  if (!doc.capitalized[t]) return;
  const m = history.majority(doc, t);
  if (m < 0) return;
  // (Unsigned: the trainer keys these hashes as numbers.)
  out.push(mixUnsigned(F.Hist, m), mix3Unsigned(F.Hist_SS0, m, doc.shortShapes[t]));
  if (t + 1 < sentenceEnd && doc.capitalized[t + 1]) {
    const next = history.majority(doc, t + 1);
    if (next >= 0) out.push(mix3Unsigned(F.HistNext, m, next));
  }
}
