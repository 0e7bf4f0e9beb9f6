// Exact-match span scoring (conlleval's definition: span and type must both match),
// micro-averaged. The project's figures come from ../shared/tools/conll-score.mjs; this
// is the same computation for training-time checks on the development set.
import type { TokenSpan } from './tags';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  byType: Map<string, Counts>;
  overall: Counts;
}

export function scoreSpans(gold: readonly (readonly TokenSpan[])[], predicted: readonly (readonly TokenSpan[])[]): Scores {
  const byType = new Map<string, Counts>();
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const of = (type: string): Counts => {
    let c = byType.get(type);
    if (!c) byType.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i].map(key));
    const p = new Set((predicted[i] ?? []).map(key));
    for (const s of gold[i]) {
      const c = p.has(key(s)) ? 'tp' : 'fn';
      of(s.type)[c]++;
      overall[c]++;
    }
    for (const s of predicted[i] ?? []) {
      if (g.has(key(s))) continue;
      of(s.type).fp++;
      overall.fp++;
    }
  }
  return { byType, overall };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}

export function formatScores(s: Scores): string {
  const lines: string[] = [];
  for (const [type, c] of [...s.byType].sort(([a], [b]) => a.localeCompare(b))) {
    const x = f1(c);
    lines.push(`${type.padEnd(5)} P ${x.p.toFixed(2)}  R ${x.r.toFixed(2)}  F1 ${x.f.toFixed(2)}`);
  }
  lines.push(`overall F1 ${f1(s.overall).f.toFixed(2)}`);
  return lines.join('\n');
}
