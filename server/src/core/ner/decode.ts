// Tagging one prepared document sentence by sentence, left to right, so the history of
// earlier predictions can feed the dynamic features. Shared by training and tagging.
import * as features from './features';
import { BIAS_FEATURE, BOS, EOS, MAX_WORD_FEATURES, NEIGHBOUR_FEATURES, SHAPE_FEATURES, shapeFeatures, wordFeatures, ROLE_RANGES, roleFeatures, type PreparedDocument, type TagHistory } from './features';
import type { HashIndex } from './hash-index';
import type { SparseWeights } from './sparse-weights';
import { viterbi, type Transitions } from './viterbi';

// A module-local binding: under the CommonJS interop tsx compiles imports to, a call through an
// import is two getter calls, and this one runs per token.
const dynamicFeatures = features.dynamicFeatures;

export interface LinearModel {
  /** Number of tags. */
  T: number;
  index: HashIndex;
  /** rows x T weights, row from index (dense: what training updates). */
  weights: Float64Array | Int16Array;
  /** The same weights packed for tagging (see sparse-weights.ts); used instead of index/weights when present. */
  sparse?: SparseWeights;
  transitions: Transitions;
  /** For each tag: 0 for O, else 1 + entity type index (the history label). */
  labelOfTag: Int32Array;
}

/** Words remembered at most (17 tags: 5.6 MB of scores). */
const MAX_WORDS = 1 << 14;
/** Rows of T scores remembered per word: its own type features, then its four neighbour roles. */
const PARTS = 5;

/**
 * Scores that depend on a word alone, by word, across documents: most words of an article were
 * in earlier ones, and this spares their table lookups. Per word, PARTS rows of T sums: the
 * features of its type that depend on the word alone (see PreparedDocument.typeDocStarts), and
 * the neighbour features it gives the tokens around it (features.roleFeatures), as the token
 * before, two before, after, two after. For one packed table (which never changes); forgets
 * everything between documents once full, so a row stays put during a document. Sums of int16
 * weights are exact in int32 (and so in any order).
 */
class WordScores {
  private table: SparseWeights | undefined;
  private readonly rows = new WordRows();
  private sum = new Float64Array(0);
  private readonly roles = new Uint32Array(NEIGHBOUR_FEATURES);
  private readonly feats = new Uint32Array(MAX_WORD_FEATURES);
  scores = new Int32Array(0);
  /** The four neighbour roles at a sentence's edges (before its start, after its end). */
  edges = new Int32Array(0);

  /** Called at each document, before row(). */
  begin(table: SparseWeights, T: number, nTypes: number): void {
    if (table !== this.table || this.rows.size + nTypes > MAX_WORDS) {
      this.table = table;
      this.rows.clear(Math.max(MAX_WORDS, nTypes));
      this.sum = new Float64Array(T);
      this.edges = new Int32Array((PARTS - 1) * T);
      roleFeatures(BOS, BOS, BOS, this.roles, 0);
      this.addRoles(table, T, this.edges, -T, [0, 1]);
      roleFeatures(EOS, EOS, EOS, this.roles, 0);
      this.addRoles(table, T, this.edges, -T, [2, 3]);
    }
  }

  /** Offset in `scores` of type ty's PARTS rows (which may move `scores`). */
  row(table: SparseWeights, T: number, doc: PreparedDocument, ty: number): number {
    const word = doc.typeWords[ty];
    const hash = doc.wordTypes.hW[ty];
    const known = this.rows.get(word, hash);
    if (known >= 0) return known;
    const row = this.rows.size * PARTS * T;
    if (this.scores.length < row + PARTS * T) {
      const grown = new Int32Array(Math.max(64 * PARTS * T, this.scores.length * 2));
      grown.set(this.scores);
      this.scores = grown;
    }
    const sum = this.sum;
    sum.fill(0);
    const types = doc.wordTypes;
    const feats = this.feats;
    for (let k = 0, to = wordFeatures(types, ty, feats, 0); k < to; k++) table.add(feats[k], sum, 0);
    // Every token's Bias feature, counted once per word instead of once per token.
    table.add(BIAS_FEATURE, sum, 0);
    this.scores.set(sum, row);
    roleFeatures(types.hL[ty], types.hW[ty], types.hSS[ty], this.roles, 0);
    this.addRoles(table, T, this.scores, row, [0, 1, 2, 3]);
    this.rows.add(word, hash, row);
    return row;
  }

  /** Sums of this.roles' features of each given role into out[base + (1 + role) * T, + T). */
  private addRoles(table: SparseWeights, T: number, out: Int32Array, base: number, which: number[]): void {
    const sum = this.sum;
    for (const r of which) {
      sum.fill(0);
      for (let k = ROLE_RANGES[r][0]; k < ROLE_RANGES[r][1]; k++) table.add(this.roles[k], sum, 0);
      out.set(sum, base + (1 + r) * T);
    }
  }
}

/**
 * Word -> row, open addressing on the word's hash (features.WordTypes.hW), each hit checked
 * against the word itself: cheaper than a Map, whose lookups showed in the tagger's profile.
 */
class WordRows {
  private hashes = new Int32Array(0);
  private rows = new Int32Array(0);
  private words: string[] = [];
  private mask = 0;
  size = 0;

  /** Empties the table, sized for `expected` words at most. */
  clear(expected: number): void {
    let cap = 1024;
    while (cap < 2 * expected) cap *= 2;
    if (cap !== this.rows.length) {
      this.hashes = new Int32Array(cap);
      this.rows = new Int32Array(cap);
      this.mask = cap - 1;
    }
    this.rows.fill(-1);
    // Filled with strings from the start: a new empty array holds small integers as far as V8
    // knows, and its first word would change its kind under the optimised add() (a deopt and
    // another compilation of the tagger's row(), its caller, in every isolate).
    this.words = new Array<string>(cap).fill('');
    this.size = 0;
  }

  /** The word's row, or -1. */
  get(word: string, hash: number): number {
    const h = hash | 0;
    for (let i = (hash ^ (hash >>> 15)) & this.mask; ; i = (i + 1) & this.mask) {
      const r = this.rows[i];
      if (r < 0) return -1;
      if (this.hashes[i] === h && this.words[i] === word) return r;
    }
  }

  /** Adds a word get() did not find; the caller keeps size under half the capacity (clear). */
  add(word: string, hash: number, row: number): void {
    let i = (hash ^ (hash >>> 15)) & this.mask;
    while (this.rows[i] >= 0) i = (i + 1) & this.mask;
    this.hashes[i] = hash | 0;
    this.rows[i] = row;
    this.words[i] = word;
    this.size++;
  }
}

/** Shape triples remembered at most before the table starts over. */
const MAX_SHAPE_TRIPLES = 1 << 12;

/**
 * Scores of the SHAPE_FEATURES by the triple of short shapes (before, token, after) they look
 * at, across documents: a few thousand triples cover nearly every token and spare it three
 * lookups in the large table. For one packed table; starts over when full (rows are read at once).
 */
class ShapeScores {
  private table: SparseWeights | undefined;
  private readonly keys = new Int32Array(4 * MAX_SHAPE_TRIPLES * 3);
  private readonly rows = new Int32Array(4 * MAX_SHAPE_TRIPLES);
  private readonly mask = 4 * MAX_SHAPE_TRIPLES - 1;
  private size = 0;
  private sum = new Float64Array(0);
  scores = new Int32Array(0);

  private readonly feats = new Uint32Array(SHAPE_FEATURES);

  /** Offset in `scores` of the T scores of the short-shape triple. */
  row(table: SparseWeights, T: number, before: number, self: number, after: number): number {
    if (table !== this.table || this.size >= MAX_SHAPE_TRIPLES) this.clear(table, T);
    const b = before | 0;
    const s = self | 0;
    const a = after | 0;
    const keys = this.keys;
    let i = (b ^ Math.imul(s, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b)) & this.mask;
    for (; this.rows[i] >= 0; i = (i + 1) & this.mask) {
      if (keys[3 * i] === b && keys[3 * i + 1] === s && keys[3 * i + 2] === a) return this.rows[i];
    }
    const sum = this.sum;
    sum.fill(0);
    const feats = this.feats;
    shapeFeatures(before, self, after, feats, 0);
    for (let k = 0; k < SHAPE_FEATURES; k++) table.add(feats[k], sum, 0);
    const row = this.size * T;
    this.scores.set(sum, row);
    keys[3 * i] = b;
    keys[3 * i + 1] = s;
    keys[3 * i + 2] = a;
    this.rows[i] = row;
    this.size++;
    return row;
  }

  private clear(table: SparseWeights, T: number): void {
    this.table = table;
    this.rows.fill(-1);
    this.size = 0;
    if (this.sum.length !== T) {
      this.sum = new Float64Array(T);
      this.scores = new Int32Array(MAX_SHAPE_TRIPLES * T);
    }
  }
}

/** Scratch buffers reused across sentences. */
export class DecodeBuffers {
  emit = new Float64Array(0);
  path = new Int32Array(0);
  labels = new Int32Array(0);
  dyn: number[] = [];
  /** Per-document scores of word types (see PreparedDocument.typeFeats). */
  typeDoc: PreparedDocument | undefined;
  typeEmit = new Float64Array(0);
  typeDone = new Uint8Array(0);
  /** Per type of typeDoc, its rows in words.scores, or -1 before first use. */
  typeRow = new Int32Array(0);
  readonly words = new WordScores();
  readonly shapes = new ShapeScores();
  ensure(n: number, T: number): void {
    if (this.emit.length < n * T) this.emit = new Float64Array(Math.max(n * T, this.emit.length * 2));
    if (this.path.length < n) {
      this.path = new Int32Array(Math.max(n, this.path.length * 2));
      this.labels = new Int32Array(this.path.length);
    }
  }
}

/**
 * Scores sentence s into buf.emit (static + dynamic features) and, when `dynOut` is given,
 * leaves each token's dynamic feature hashes there (the trainer updates them too).
 */
export function scoreSentence(model: LinearModel, doc: PreparedDocument, s: number, history: TagHistory, buf: DecodeBuffers, dynOut?: number[][]): number {
  const a = doc.sentStarts[s];
  const b = doc.sentStarts[s + 1];
  const n = b - a;
  const T = model.T;
  buf.ensure(n, T);
  const emit = buf.emit;
  emit.fill(0, 0, n * T);
  const feats = doc.feats;
  const dyn = buf.dyn;
  const typed = !doc.inlineTypes;
  if (typed && buf.typeDoc !== doc) {
    // A new document: its word types' scores are computed on first use.
    buf.typeDoc = doc;
    if (buf.typeEmit.length < doc.nTypes * T) {
      buf.typeEmit = new Float64Array(doc.nTypes * T * 2);
      buf.typeDone = new Uint8Array(doc.nTypes * 2);
      buf.typeRow = new Int32Array(doc.nTypes * 2);
    }
    buf.typeDone.fill(0, 0, doc.nTypes);
    buf.typeRow.fill(-1, 0, doc.nTypes);
    if (model.sparse) buf.words.begin(model.sparse, T, doc.nTypes);
  }
  if (typed && model.sparse) return scoreSentencePacked(model.sparse, T, doc, a, b, history, buf);
  const noDyn: number[] = [];
  for (let t = a; t < b; t++) {
    const off = (t - a) * T;
    dyn.length = 0;
    dynamicFeatures(doc, t, b, history, dyn);
    if (model.sparse) addSparse(model, feats, doc.offsets[t], doc.offsets[t + 1], dyn, emit, off);
    else addDense(model, feats, doc.offsets[t], doc.offsets[t + 1], dyn, emit, off);
    if (typed) {
      const ty = doc.typeOf[t];
      const base = ty * T;
      if (!buf.typeDone[ty]) {
        buf.typeEmit.fill(0, base, base + T);
        // The word's own features (not in typeFeats when tagging), then the document's.
        const words = new Uint32Array(MAX_WORD_FEATURES);
        addDense(model, words, 0, wordFeatures(doc.wordTypes, ty, words, 0), noDyn, buf.typeEmit, base);
        addDense(model, doc.typeFeats, doc.typeOffsets[ty], doc.typeOffsets[ty + 1], noDyn, buf.typeEmit, base);
        buf.typeDone[ty] = 1;
      }
      for (let j = 0; j < T; j++) emit[off + j] += buf.typeEmit[base + j];
    }
    if (dynOut) dynOut[t - a] = dyn.slice();
  }
  return n;
}

/**
 * scoreSentence with the packed table and per-document types: each token's own type scores and
 * its neighbours' role scores come from WordScores rows, the rest from the table.
 */
function scoreSentencePacked(table: SparseWeights, T: number, doc: PreparedDocument, a: number, b: number, history: TagHistory, buf: DecodeBuffers): number {
  const typeOf = doc.typeOf;
  const typeRow = buf.typeRow;
  for (let t = a; t < b; t++) {
    const ty = typeOf[t];
    if (typeRow[ty] < 0) typeRow[ty] = buf.words.row(table, T, doc, ty);
  }
  // Read after every row() above: a new row may have moved the arrays.
  const scores = buf.words.scores;
  const edges = buf.words.edges;
  const emit = buf.emit;
  const typeEmit = buf.typeEmit;
  const feats = doc.feats;
  const offsets = doc.offsets;
  const dyn = buf.dyn;
  const shapes = buf.shapes;
  const shortShapes = doc.shortShapes;
  const capitalized = doc.capitalized;
  for (let t = a; t < b; t++) {
    const off = (t - a) * T;
    const ty = typeOf[t];
    const base = ty * T;
    if (!buf.typeDone[ty]) {
      // The word's remembered part, then the part that depends on the document.
      const row = typeRow[ty];
      for (let j = 0; j < T; j++) typeEmit[base + j] = scores[row + j];
      for (let k = doc.typeDocStarts[ty], to = doc.typeOffsets[ty + 1]; k < to; k++) table.add(doc.typeFeats[k], typeEmit, base);
      buf.typeDone[ty] = 1;
    }
    // The type's scores and the four neighbours' role scores in one pass: (source, offset) of the
    // word before, two before, after, two after, or of the sentence edge. (Integer sums: exact in any order.)
    const l1 = t - 1 >= a ? scores : edges;
    const l1At = t - 1 >= a ? typeRow[typeOf[t - 1]] + T : 0;
    const l2 = t - 2 >= a ? scores : edges;
    const l2At = t - 2 >= a ? typeRow[typeOf[t - 2]] + 2 * T : T;
    const r1 = t + 1 < b ? scores : edges;
    const r1At = t + 1 < b ? typeRow[typeOf[t + 1]] + 3 * T : 2 * T;
    const r2 = t + 2 < b ? scores : edges;
    const r2At = t + 2 < b ? typeRow[typeOf[t + 2]] + 4 * T : 3 * T;
    const from = offsets[t] + 1 + NEIGHBOUR_FEATURES;
    const shapeAt = shapes.row(table, T, t - 1 >= a ? shortShapes[t - 1] : BOS, shortShapes[t], t + 1 < b ? shortShapes[t + 1] : EOS);
    const shapeScores = shapes.scores;
    for (let j = 0; j < T; j++) {
      emit[off + j] = typeEmit[base + j] + l1[l1At + j] + l2[l2At + j] + r1[r1At + j] + r2[r2At + j] + shapeScores[shapeAt + j];
    }
    // The remaining static features: Bias is in the type's row, the neighbours' and shapes' above.
    for (let k = from + SHAPE_FEATURES, to = offsets[t + 1]; k < to; k++) table.add(feats[k], emit, off);
    // Only capitalised tokens have dynamic features (dynamicFeatures): the others skip the call.
    if (!capitalized[t]) continue;
    dyn.length = 0;
    dynamicFeatures(doc, t, b, history, dyn);
    for (let k = 0; k < dyn.length; k++) table.add(dyn[k], emit, off);
  }
  return b - a;
}

function addSparse(model: LinearModel, feats: Uint32Array, from: number, to: number, dyn: number[], emit: Float64Array, off: number): void {
  const table = model.sparse!;
  for (let k = from; k < to; k++) table.add(feats[k], emit, off);
  for (let k = 0; k < dyn.length; k++) table.add(dyn[k], emit, off);
}

function addDense(model: LinearModel, feats: Uint32Array, from: number, to: number, dyn: number[], emit: Float64Array, off: number): void {
  const { index, weights, T } = model;
  for (let k = from; k < to + dyn.length; k++) {
    const r = index.get(k < to ? feats[k] : dyn[k - to]);
    if (r < 0) continue;
    const base = r * T;
    for (let j = 0; j < T; j++) emit[off + j] += weights[base + j];
  }
}

/** Decodes sentence s, records it in the history and returns the tag indices (a view into buf). */
export function decodeSentence(model: LinearModel, doc: PreparedDocument, s: number, history: TagHistory, buf: DecodeBuffers): Int32Array {
  const n = scoreSentence(model, doc, s, history, buf);
  viterbi(buf.emit, n, model.T, model.transitions, buf.path);
  for (let i = 0; i < n; i++) buf.labels[i] = model.labelOfTag[buf.path[i]];
  history.record(doc, s, buf.labels);
  return buf.path.subarray(0, n);
}
