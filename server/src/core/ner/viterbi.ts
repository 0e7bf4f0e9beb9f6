// First-order Viterbi decoding over per-token tag scores and tag-to-tag transition
// scores, with the scheme's hard constraints (an I- tag only continues its own type).

export interface Transitions {
  /** T x T: score of tag j after tag i at [i * T + j]. */
  trans: Float64Array;
  /** Score of each tag at the start and at the end of a sentence. */
  start: Float64Array;
  end: Float64Array;
  /** Allowed moves (1) from transitionMasks(). */
  allowStart: Uint8Array;
  allowTrans: Uint8Array;
  allowEnd: Uint8Array;
}

// Allowed predecessors of each tag, flattened: preds[predStart[j] .. predStart[j + 1]).
const predecessorCache = new WeakMap<Uint8Array, { predStart: Int32Array; preds: Int32Array }>();

function predecessors(allow: Uint8Array, T: number): { predStart: Int32Array; preds: Int32Array } {
  let p = predecessorCache.get(allow);
  if (!p) {
    const predStart = new Int32Array(T + 1);
    const list: number[] = [];
    for (let j = 0; j < T; j++) {
      predStart[j] = list.length;
      for (let i = 0; i < T; i++) if (allow[i * T + j]) list.push(i);
    }
    predStart[T] = list.length;
    p = { predStart, preds: Int32Array.from(list) };
    predecessorCache.set(allow, p);
  }
  return p;
}

let scores = new Float64Array(0);
let backs = new Int32Array(0);
/** trans[preds[k] * T + j] for j's predecessors k: read in order in the inner loop (made per call: training changes trans). */
let predTrans = new Float64Array(0);

/** Best tag index per token. `emit` holds n x T scores. Writes into `out` (length >= n). */
export function viterbi(emit: Float64Array, n: number, T: number, tr: Transitions, out: Int32Array): void {
  if (n === 0) return;
  if (scores.length < n * T) {
    scores = new Float64Array(Math.max(n * T, scores.length * 2));
    backs = new Int32Array(scores.length);
  }
  // Locals, not the module's variables, in the loops: the compiler keeps them in registers.
  const score = scores;
  const back = backs;
  const { predStart, preds } = predecessors(tr.allowTrans, T);
  const trans = tr.trans;
  if (predTrans.length < preds.length) predTrans = new Float64Array(preds.length);
  const pt = predTrans;
  for (let j = 0; j < T; j++) for (let k = predStart[j]; k < predStart[j + 1]; k++) pt[k] = trans[preds[k] * T + j];
  const NEG = -1e300;
  for (let j = 0; j < T; j++) score[j] = tr.allowStart[j] ? emit[j] + tr.start[j] : NEG;
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let j = 0; j < T; j++) {
      let best = NEG;
      let arg = 0;
      for (let k = predStart[j], e = predStart[j + 1]; k < e; k++) {
        const p = preds[k];
        const s = score[prevRow + p] + pt[k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + j] = best + emit[row + j];
      back[row + j] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let j = 0; j < T; j++) {
    if (!tr.allowEnd[j]) continue;
    const s = score[last + j] + tr.end[j];
    if (s > best) {
      best = s;
      arg = j;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}
