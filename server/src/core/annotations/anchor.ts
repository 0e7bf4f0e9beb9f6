// Re-anchoring: finding an annotation's place again after the article changed. First the exact
// quote, choosing among repeats by how well the words around each copy match the stored
// prefix/suffix and then by closeness to the stored position; then, when no copy sits in its
// old context, a fuzzy match (small edits inside the quote): between the unchanged context on
// both sides, or anywhere with few enough edits. Nothing found means orphaned, never dropped.
import type { Span } from '../model';
import { approximateMatches, editDistance } from './fuzzy';
import type { TextQuoteSelector } from './model';

export interface Anchor extends Span {
  method: 'exact' | 'fuzzy';
}

/** Weights of quote, context and position in a candidate's score (Hypothesis uses the same split). */
const W_QUOTE = 50;
const W_CONTEXT = 20;
const W_POSITION = 2;
/** Context edges looked up verbatim when bracketing an edited quote. */
const EDGE = 16;
const MAX_EXACT_HITS = 2000;
/** Longer quotes are matched fuzzily by their head and tail, not as a whole (cost is text × quote). */
const MAX_WHOLE_PATTERN = 400;

interface Candidate extends Span {
  errors: number;
}

/**
 * The quote's place in `text`, or undefined when it no longer fits anywhere. `hint` is where it
 * was (UTF-16 offset), used to choose between equally good candidates.
 */
export function anchorQuote(text: string, quote: TextQuoteSelector, hint?: number): Anchor | undefined {
  const exact = quote.exact;
  if (!exact || !text) return undefined;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const score = (c: Candidate) => scoreOf(text, c, exact, prefix, suffix, hint);

  let best: { c: Candidate; s: number } | undefined;
  const consider = (c: Candidate) => {
    const s = score(c);
    if (!best || s > best.s + 1e-9 || (Math.abs(s - best.s) <= 1e-9 && c.start < best.c.start)) best = { c, s };
  };
  let hits = 0;
  for (let i = text.indexOf(exact); i >= 0 && hits < MAX_EXACT_HITS; i = text.indexOf(exact, i + 1), hits++) {
    consider({ start: i, end: i + exact.length, errors: 0 });
  }
  const hasContext = prefix.length + suffix.length > 0;
  if (best && (!hasContext || contextSimilarity(text, best.c, prefix, suffix) >= 0.5)) return anchorOf(best.c);

  // No copy in its old context: the quote itself may have been edited.
  for (const c of bracketed(text, exact, prefix, suffix)) consider(c);
  const k = Math.floor(exact.length / 4);
  if (k >= 1) {
    for (const c of exact.length <= MAX_WHOLE_PATTERN ? approximateMatches(text, exact, k) : headTailMatches(text, exact, k)) {
      // A short quote with a quarter of it changed matches too much: it must also sit in its context.
      if (exact.length >= 16 || contextSimilarity(text, c, prefix, suffix) >= 0.5) consider(c);
    }
  }
  return best ? anchorOf(best.c) : undefined;
}

function anchorOf(c: Candidate): Anchor {
  return { start: c.start, end: c.end, method: c.errors === 0 ? 'exact' : 'fuzzy' };
}

function scoreOf(text: string, c: Candidate, exact: string, prefix: string, suffix: string, hint: number | undefined): number {
  const quote = 1 - c.errors / Math.max(exact.length, 1);
  const context = contextSimilarity(text, c, prefix, suffix);
  const position = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(text.length, 1));
  return W_QUOTE * quote + 2 * W_CONTEXT * context + W_POSITION * position;
}

/** 0..1: how much of the stored prefix and suffix surround the span (1 when none was stored). */
export function contextSimilarity(text: string, span: Span, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (!total) return 1;
  const before = text.slice(Math.max(0, span.start - prefix.length), span.start);
  const after = text.slice(span.end, span.end + suffix.length);
  const p = prefix.length ? prefix.length - Math.min(prefix.length, editDistance(before, prefix, prefix.length)) : 0;
  const s = suffix.length ? suffix.length - Math.min(suffix.length, editDistance(after, suffix, suffix.length)) : 0;
  return (p + s) / total;
}

/**
 * Spans between an unchanged end of the prefix and an unchanged start of the suffix whose
 * words are within half the quote's length of edits: the context pins the place, so the
 * quote may have changed more than a free-floating match would be allowed to.
 */
function bracketed(text: string, exact: string, prefix: string, suffix: string): Candidate[] {
  const before = prefix.slice(-EDGE);
  const after = suffix.slice(0, EDGE);
  if (!before && !after) return [];
  const slack = Math.max(2, Math.ceil(exact.length / 2));
  const limit = Math.max(2, Math.floor(exact.length / 2));
  const starts = before ? occurrences(text, before).map((i) => i + before.length) : [0];
  const out: Candidate[] = [];
  for (const start of starts) {
    const lo = start + Math.max(0, exact.length - slack);
    const hi = Math.min(text.length, start + exact.length + slack);
    const ends = after ? occurrences(text.slice(lo, hi + after.length), after).map((i) => lo + i) : hi === text.length ? [text.length] : [];
    for (const end of ends) {
      if (end <= start) continue;
      const errors = editDistance(text.slice(start, end), exact, limit);
      if (errors <= limit) out.push({ start, end, errors });
    }
    if (out.length > 50) break;
  }
  return out;
}

/** Long quotes: the head located fuzzily, then the tail after it, then the whole checked. */
function headTailMatches(text: string, exact: string, k: number): Candidate[] {
  const part = 64;
  const head = exact.slice(0, part);
  const tail = exact.slice(-part);
  const out: Candidate[] = [];
  for (const h of approximateMatches(text, head, Math.floor(part / 4))) {
    const windowEnd = Math.min(text.length, h.start + exact.length + k);
    for (const t of approximateMatches(text, tail, Math.floor(part / 4), Math.max(h.start, windowEnd - part - 2 * k), windowEnd)) {
      const errors = editDistance(text.slice(h.start, t.end), exact, k);
      if (errors <= k) out.push({ start: h.start, end: t.end, errors });
    }
    if (out.length > 20) break;
  }
  return out;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && out.length < MAX_EXACT_HITS; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
