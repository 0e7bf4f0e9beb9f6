// Tagging one prepared document sentence by sentence, left to right, so the history of
// earlier predictions can feed the dynamic features. Shared by training and tagging.
import * as features from './features';
import type { PreparedDocument, TagHistory } from './features';
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

/** Words remembered at most (17 tags: 1.1 MB of scores). */
const MAX_WORDS = 1 << 14;

/**
 * The summed scores of the features that depend on a word alone (see
 * PreparedDocument.typeDocStarts), by word, across documents: most words of an article were
 * in earlier ones, and this spares their ten-odd table lookups. For one packed table (which
 * never changes); forgets everything once full. Sums of int16 weights are exact in int32.
 */
class WordScores {
  private table: SparseWeights | undefined;
  private readonly rows = new Map<string, number>();
  private sum = new Float64Array(0);
  scores = new Int32Array(0);

  /** Offset in `scores` of the word's T sums, from feats[from, to) when it is new. */
  row(table: SparseWeights, T: number, word: string, feats: Uint32Array, from: number, to: number): number {
    if (table !== this.table || this.rows.size >= MAX_WORDS) {
      this.table = table;
      this.rows.clear();
    }
    let row = this.rows.get(word);
    if (row !== undefined) return row;
    row = this.rows.size * T;
    if (this.scores.length < row + T) {
      const grown = new Int32Array(Math.max(64 * T, this.scores.length * 2));
      grown.set(this.scores);
      this.scores = grown;
      this.sum = new Float64Array(T);
    }
    this.sum.fill(0);
    for (let k = from; k < to; k++) table.add(feats[k], this.sum, 0);
    this.scores.set(this.sum, row);
    this.rows.set(word, row);
    return row;
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
  readonly words = new WordScores();
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
    }
    buf.typeDone.fill(0, 0, doc.nTypes);
  }
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
        if (model.sparse) scoreType(model.sparse, T, doc, ty, buf, base);
        else addDense(model, doc.typeFeats, doc.typeOffsets[ty], doc.typeOffsets[ty + 1], noDyn, buf.typeEmit, base);
        buf.typeDone[ty] = 1;
      }
      for (let j = 0; j < T; j++) emit[off + j] += buf.typeEmit[base + j];
    }
    if (dynOut) dynOut[t - a] = dyn.slice();
  }
  return n;
}

/** Type ty's scores into buf.typeEmit[base, base + T): the word's remembered part, then the document's. */
function scoreType(table: SparseWeights, T: number, doc: PreparedDocument, ty: number, buf: DecodeBuffers, base: number): void {
  const docFrom = doc.typeDocStarts[ty];
  const row = buf.words.row(table, T, doc.typeWords[ty], doc.typeFeats, doc.typeOffsets[ty], docFrom);
  const scores = buf.words.scores;
  const emit = buf.typeEmit;
  for (let j = 0; j < T; j++) emit[base + j] += scores[row + j];
  for (let k = docFrom, to = doc.typeOffsets[ty + 1]; k < to; k++) table.add(doc.typeFeats[k], emit, base);
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
