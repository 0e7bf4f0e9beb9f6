// Training the tagger: a structured averaged perceptron (Collins 2002) over the features
// in features.ts, decoded with Viterbi, one document at a time so the history features
// see the model's own earlier predictions exactly as they will when tagging.
import { prepareDocument, TagHistory, type PreparedDocument } from './features';
import { DecodeBuffers, scoreSentence, type LinearModel } from './decode';
import { HashIndex } from './hash-index';
import { labelsOfTags, tagSet, tagsFromSpans, transitionMasks, type Scheme, type TokenSpan } from './tags';
import { viterbi } from './viterbi';

export interface TrainingDocument {
  /** Token texts per sentence (already normalizeToken'd). */
  sentences: string[][];
  /** Gold entities per sentence, as token ranges. */
  spans: TokenSpan[][];
}

export interface TrainOptions {
  epochs: number;
  scheme: Scheme;
  seed: number;
  /** Static features seen fewer times than this in training are dropped. */
  minCount: number;
  log?: (message: string) => void;
  /** Called after each epoch with a way to build the averaged model so far. */
  onEpoch?: (epoch: number, averaged: () => LinearModel) => void;
}

/** Seeded PRNG (mulberry32): the same seed gives the same document order and the same model. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(docs: readonly TrainingDocument[], options: TrainOptions): LinearModel {
  const tags = tagSet(options.scheme);
  const T = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const labelOfTag = labelsOfTags(tags);
  const masks = transitionMasks(tags);
  const log = options.log ?? (() => {});

  const prepared: PreparedDocument[] = docs.map((d) => prepareDocument(d.sentences));
  const gold: Int32Array[][] = docs.map((d) =>
    d.sentences.map((s, i) => Int32Array.from(tagsFromSpans(d.spans[i], s.length, options.scheme), (t) => tagIndex.get(t) ?? 0)),
  );

  // Feature rows: static features frequent enough, in first-seen order (deterministic).
  const counts = new Map<number, number>();
  for (const p of prepared) for (const f of p.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new HashIndex(counts.size);
  for (const p of prepared) for (const f of p.feats) if ((counts.get(f) ?? 0) >= options.minCount) index.add(f);
  log(`features: ${counts.size} distinct, ${index.size} kept (min count ${options.minCount}), ${T} tags`);
  counts.clear();

  let cap = index.size + 4096;
  let w = new Float64Array(cap * T);
  let u = new Float64Array(cap * T);
  const tw = { trans: new Float64Array(T * T), start: new Float64Array(T), end: new Float64Array(T) };
  const tu = { trans: new Float64Array(T * T), start: new Float64Array(T), end: new Float64Array(T) };
  const model: LinearModel = {
    T,
    index,
    weights: w,
    labelOfTag,
    transitions: { ...tw, allowStart: masks.start, allowTrans: masks.trans, allowEnd: masks.end },
  };
  let c = 1;

  const bump = (row: number, tag: number, delta: number): void => {
    const k = row * T + tag;
    w[k] += delta;
    u[k] += c * delta;
  };
  const rowOf = (f: number): number => {
    const r = index.add(f);
    if (r >= cap) {
      cap *= 2;
      const w2 = new Float64Array(cap * T);
      w2.set(w);
      const u2 = new Float64Array(cap * T);
      u2.set(u);
      w = w2;
      u = u2;
      model.weights = w;
    }
    return r;
  };

  const averaged = (): LinearModel => {
    const avg = new Float64Array(index.size * T);
    for (let k = 0; k < avg.length; k++) avg[k] = w[k] - u[k] / c;
    const av = (x: Float64Array, y: Float64Array): Float64Array => x.map((v, k) => v - y[k] / c);
    return {
      T,
      index,
      weights: avg,
      labelOfTag,
      transitions: { trans: av(tw.trans, tu.trans), start: av(tw.start, tu.start), end: av(tw.end, tu.end), allowStart: masks.start, allowTrans: masks.trans, allowEnd: masks.end },
    };
  };

  const random = rng(options.seed);
  const order = prepared.map((_, i) => i);
  const buf = new DecodeBuffers();
  const history = new TagHistory();
  const dyn: number[][] = [];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      const doc = prepared[d];
      history.clear();
      for (let s = 0; s + 1 < doc.sentStarts.length; s++) {
        const n = scoreSentence(model, doc, s, history, buf, dyn);
        viterbi(buf.emit, n, T, model.transitions, buf.path);
        const g = gold[d][s];
        const p = buf.path;
        const a = doc.sentStarts[s];
        tokens += n;
        for (let i = 0; i < n; i++) {
          if (g[i] === p[i]) continue;
          errors++;
          for (let k = doc.offsets[a + i]; k < doc.offsets[a + i + 1]; k++) {
            const r = index.get(doc.feats[k]);
            if (r < 0) continue;
            bump(r, g[i], 1);
            bump(r, p[i], -1);
          }
          for (const f of dyn[i]) {
            const r = rowOf(f);
            bump(r, g[i], 1);
            bump(r, p[i], -1);
          }
        }
        for (let i = 0; i <= n; i++) {
          const gp = i > 0 ? g[i - 1] : -1;
          const pp = i > 0 ? p[i - 1] : -1;
          const gc = i < n ? g[i] : -1;
          const pc = i < n ? p[i] : -1;
          if (gp === pp && gc === pc) continue;
          const upd = (arrW: Float64Array, arrU: Float64Array, k: number, delta: number): void => {
            arrW[k] += delta;
            arrU[k] += c * delta;
          };
          if (i === 0) {
            upd(tw.start, tu.start, gc, 1);
            upd(tw.start, tu.start, pc, -1);
          } else if (i === n) {
            upd(tw.end, tu.end, gp, 1);
            upd(tw.end, tu.end, pp, -1);
          } else {
            upd(tw.trans, tu.trans, gp * T + gc, 1);
            upd(tw.trans, tu.trans, pp * T + pc, -1);
          }
        }
        c++;
        const labels = buf.labels;
        for (let i = 0; i < n; i++) labels[i] = labelOfTag[p[i]];
        history.record(doc, s, labels);
      }
    }
    log(`epoch ${epoch}: ${errors} token errors / ${tokens} (${((100 * errors) / tokens).toFixed(2)}%), ${index.size} features`);
    options.onEpoch?.(epoch, averaged);
  }
  return averaged();
}

/**
 * The mean of several models (parameter mixing): perceptrons trained on differently
 * shuffled data make different mistakes, and their average generalises better than any
 * one of them, at no cost when tagging.
 */
export function mixModels(models: readonly LinearModel[]): LinearModel {
  const first = models[0];
  if (models.length === 1) return first;
  const T = first.T;
  const N = models.length;
  const index = new HashIndex(models.reduce((n, m) => n + m.index.size, 0));
  for (const m of models) for (const key of m.index.keysByRow()) index.add(key);
  const weights = new Float64Array(index.size * T);
  for (const m of models) {
    const keys = m.index.keysByRow();
    for (let r = 0; r < keys.length; r++) {
      const to = index.get(keys[r]) * T;
      for (let j = 0; j < T; j++) weights[to + j] += m.weights[r * T + j] / N;
    }
  }
  const mean = (pick: (m: LinearModel) => Float64Array): Float64Array => {
    const out = new Float64Array(pick(first).length);
    for (const m of models) pick(m).forEach((v, i) => (out[i] += v / N));
    return out;
  };
  const tr = first.transitions;
  return {
    ...first,
    index,
    weights,
    transitions: { ...tr, trans: mean((m) => m.transitions.trans), start: mean((m) => m.transitions.start), end: mean((m) => m.transitions.end) },
  };
}
