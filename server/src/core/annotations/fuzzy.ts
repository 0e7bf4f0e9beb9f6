// Approximate string matching for re-anchoring: where in a text does a pattern occur with at
// most k edits (Sellers' dynamic programme: one column per text character, any start free),
// and the edit distance between two short strings.
import type { Span } from '../model';

export interface ApproxMatch extends Span {
  errors: number;
}

/**
 * Substrings of `text[from, to)` within `maxErrors` edits of `pattern`, best per region: at
 * each run of accepted end positions only the cheapest (then shortest) is kept.
 * O((to - from) · pattern.length) time, O(pattern.length) memory.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  // cost[i] / start[i]: best edit count of pattern[0, i) ending at the current text position.
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    start[i] = from;
  }
  const out: ApproxMatch[] = [];
  let run: ApproxMatch | undefined;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      // substitution / match, deletion from the pattern, insertion into the pattern
      let best = cost[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestStart = start[i - 1];
      if (cost[i] + 1 < best) { best = cost[i] + 1; bestStart = start[i]; }
      if (nextCost[i - 1] + 1 < best) { best = nextCost[i - 1] + 1; bestStart = nextStart[i - 1]; }
      nextCost[i] = best;
      nextStart[i] = bestStart;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
    const e = cost[m];
    if (e <= maxErrors) {
      const hit = { start: start[m], end: j + 1, errors: e };
      if (run && hit.start <= run.end) {
        // Cheaper wins; at equal cost, the length nearest the pattern's.
        if (e < run.errors || (e === run.errors && Math.abs(hit.end - hit.start - m) < Math.abs(run.end - run.start - m))) run = hit;
      } else {
        if (run) out.push(run);
        run = hit;
      }
    }
  }
  if (run) out.push(run);
  return out;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
