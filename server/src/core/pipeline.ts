// Per-document analysis: layout, tokens, sentences, names, dates, figures, titles, quotes,
// in-document links and claims. Pure and total: any exception becomes a note and a partial result.
import type { Cancellation } from './api';
import { buildClaims } from './claims/build';
import { analyzeLayout } from './document/layout';
import { findAcronymPairs } from './extract/acronyms';
import { findDates, isPlausibleDate } from './extract/dates';
import { findQuantities } from './extract/quantities';
import { findQuotes } from './extract/quotes';
import { findTitleFor, leadingTitleLength } from './extract/titles';
import type { DocumentAnalysis, DocumentInput, DocumentMeta, Mention, MentionLink, QuantityValue, Span } from './model';
import type { EntityRecognizer, NameSpan } from './ner/recognizer';
import { findInstitutions, leadingPortfolioLength } from './resolve/institutions';
import { linkWithinDocument } from './resolve/in-document';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';

export function analyzeDocument(
  input: DocumentInput,
  recognizer: EntityRecognizer,
  token: Cancellation,
): DocumentAnalysis | undefined {
  const text = typeof input.text === 'string' ? input.text : '';
  const empty: DocumentAnalysis = {
    uri: input.uri, version: input.version, text, meta: { boilerplate: [] },
    tokens: [], sentences: [], mentions: [], claims: [], links: [], notes: [],
  };
  try {
    return run(input.uri, input.version, text, recognizer, token, empty);
  } catch (error) {
    empty.notes.push(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    return empty;
  }
}

function run(
  uri: string, version: number, text: string, recognizer: EntityRecognizer, token: Cancellation, out: DocumentAnalysis,
): DocumentAnalysis | undefined {
  const layout = attempt(out, 'layout', () => analyzeLayout(text), { meta: { boilerplate: [] } as DocumentMeta, paragraphs: [{ start: 0, end: text.length }] });
  out.meta = layout.meta;
  out.tokens = tokenize(text);
  out.sentences = splitSentences(text, out.tokens);
  if (token.isCancellationRequested) return undefined;

  const names = attempt(out, 'entity recognition', () => recognizer.recognize(text, out.tokens, out.sentences), [] as NameSpan[]);
  if (token.isCancellationRequested) return undefined;

  const dateline = layout.meta.published?.value;
  const ctx = dateline && isPlausibleDate(dateline) ? { dateline } : {};
  const candidates: Candidate[] = [];
  for (const n of names) candidates.push(snapTitle(text, candidate(n.start, n.end, n.type, n.text, 'model', 2, undefined, n.confidence)));
  const quotes = [];
  const acronymPairs: Array<{ long: Span; short: Span }> = [];
  for (const p of layout.paragraphs) {
    for (const inst of findInstitutions(text, p)) candidates.push(candidate(inst.start, inst.end, 'organization', inst.text, 'rule', 4));
    for (const d of attempt(out, 'dates', () => findDates(text, p, ctx), [])) {
      const value = d.invalid ? { ...d.value, invalid: true } : d.value;
      candidates.push(candidate(d.start, d.end, 'date', d.text, 'rule', 3, value));
    }
    for (const q of attempt(out, 'quantities', () => findQuantities(text, p), [])) {
      candidates.push(candidate(q.start, q.end, 'quantity', q.text, 'rule', 1, scaleUnit(text, q)));
    }
    quotes.push(...attempt(out, 'quotes', () => findQuotes(text, p), []));
    acronymPairs.push(...attempt(out, 'acronyms', () => findAcronymPairs(text, p), []));
  }
  addAcronymCandidates(text, acronymPairs, candidates);
  const inFurniture = boilerplateTest(out.meta);
  out.mentions = resolveOverlaps(candidates).map((c, i) => toMention(c, i, inFurniture));
  for (const m of out.mentions) {
    if (m.type !== 'person') continue;
    const title = attempt(out, 'titles', () => findTitleFor(text, m), undefined);
    if (title) {
      m.title = title.text;
      m.titleSpan = { start: title.start, end: title.end };
      m.role = title.role;
    }
  }
  const links: MentionLink[] = linkWithinDocument(text, out.mentions, acronymPairs);
  out.links = links;
  out.claims = buildClaims(text, out.sentences, out.mentions, quotes, inFurniture);
  return out;
}

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const TWO_CAPITALISED = /^\p{Lu}\S*\s+\p{Lu}/u;

/**
 * "Major Arif Demsky" tagged as one name: the title is not part of it, and what follows a title
 * (given name and surname) is a person.
 */
function snapTitle(text: string, c: Candidate): Candidate {
  // "Minister of Transport Halina Drovec": the tagger takes the portfolio into the name.
  if (afterOf(text, c.start) && /\b(?:Minister|Secretary|Commissioner|Director|Head) of (?:the )?$/.test(text.slice(Math.max(0, c.start - 30), c.start))) {
    const cut = leadingPortfolioLength(c.text);
    const rest = text.slice(c.start + cut, c.end);
    if (cut > 0 && TWO_CAPITALISED.test(rest)) return candidate(c.start + cut, c.end, 'person', rest, c.source, c.rank, c.value, c.confidence);
  }
  if (c.type !== 'person' && c.type !== 'misc') return c;
  const cut = leadingTitleLength(text, c);
  if (cut <= 0) return c;
  const start = c.start + cut;
  const rest = text.slice(start, c.end);
  if (!TWO_CAPITALISED.test(rest)) return c;
  return candidate(start, c.end, 'person', rest, c.source, c.rank, c.value, c.confidence);
}

/** Whether text[.., at) ends with "of " or "of the ", as the portfolio test above needs: most names do not, and skip it. */
function afterOf(text: string, at: number): boolean {
  return text.startsWith('of ', at - 3) || text.startsWith('of the ', at - 7);
}

/**
 * A reading on a named scale ("magnitude 6.8", "a 6.3-magnitude quake", "category 4") measures
 * the event itself: its unit is the scale, so two sources' readings compare.
 */
const SCALE_BEFORE = /\b(magnitude|category|level|grade)\s+(?:of\s+)?$/i;
const SCALE_AFTER = /^-?\s?(magnitude|category)\b/i;
function scaleUnit(text: string, q: { start: number; end: number; value: QuantityValue }): QuantityValue {
  if (q.value.unit) return q.value;
  const scale = SCALE_BEFORE.exec(text.slice(Math.max(0, q.start - 16), q.start))?.[1] ?? SCALE_AFTER.exec(text.slice(q.end, q.end + 12))?.[1];
  return scale ? { ...q.value, unit: scale.toLowerCase() } : q.value;
}

/** Both sides of a defined acronym are names even when the tagger missed one of them. */
function addAcronymCandidates(text: string, pairs: ReadonlyArray<{ long: Span; short: Span }>, candidates: Candidate[]): void {
  for (const pair of pairs) {
    const typed = candidates.find((c) => c.rank === 2 && c.start < pair.long.end && pair.long.start < c.end)
      ?? candidates.find((c) => c.rank === 2 && c.start < pair.short.end && pair.short.start < c.end);
    const type = typed && typed.type !== 'date' && typed.type !== 'quantity' ? typed.type : 'organization';
    for (const side of [pair.long, pair.short]) {
      if (!candidates.some((c) => c.rank >= 2 && c.start === side.start && c.end === side.end)) {
        candidates.push(candidate(side.start, side.end, type, text.slice(side.start, side.end), 'rule', 2.5));
      }
    }
  }
}

interface Candidate extends Span {
  type: Mention['type'];
  text: string;
  value?: Mention['value'];
  source: Mention['source'];
  confidence?: number;
  /** Higher rank wins an overlap: institutions > dates > names > quantities. */
  rank: number;
}

/**
 * A candidate with every field, always in this order: the candidates then share one hidden
 * class, and the sort and loops over them stay monomorphic (object spreads and literals of
 * different shapes made them megamorphic).
 */
function candidate(
  start: number, end: number, type: Mention['type'], text: string, source: Mention['source'], rank: number,
  value?: Mention['value'], confidence?: number,
): Candidate {
  return { start, end, type, text, value, source, confidence, rank };
}

/** Keeps non-overlapping candidates, preferring higher rank, then the longer span. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = candidates
    .filter((c) => c.end > c.start)
    .sort((a, b) => b.rank - a.rank || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // Kept spans are disjoint and in text order: only the last one starting before c ends can overlap it.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const i = countStartingBefore(kept, c.end);
    if (i === 0 || kept[i - 1].end <= c.start) kept.splice(i, 0, c);
  }
  return kept;
}

/** How many of the spans (sorted by start) start before `offset`. */
function countStartingBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toMention(c: Candidate, i: number, inFurniture: (span: Span) => boolean): Mention {
  const m: Mention = { id: `m${i + 1}`, start: c.start, end: c.end, type: c.type, text: c.text, source: c.source };
  if (c.value) m.value = c.value;
  if (c.confidence !== undefined) m.confidence = c.confidence;
  if (inFurniture(c)) m.boilerplate = true;
  return m;
}

export function inBoilerplate(meta: DocumentMeta, span: Span): boolean {
  return meta.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
}

/**
 * inBoilerplate for one document's meta, asked for every mention and sentence: by binary search
 * when the spans are sorted and disjoint (as the layout gives them), else inBoilerplate itself.
 * A span inside some boilerplate span is inside the last one that starts at or before it.
 */
function boilerplateTest(meta: DocumentMeta): (span: Span) => boolean {
  const spans = meta.boilerplate;
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) return (span) => inBoilerplate(meta, span);
  }
  return (span) => {
    const i = countStartingBefore(spans, span.start + 1);
    return i > 0 && span.end <= spans[i - 1].end;
  };
}

function attempt<T>(out: DocumentAnalysis, what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    out.notes.push(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}
