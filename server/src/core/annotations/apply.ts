// Entity corrections on top of a document's analysis: "this span is a person", "this mention is
// an organisation, not a place", "this is not an entity". Applied to the cached analysis after
// `analyzeDocument`, never inside it, so a correction costs no re-analysis; the result is a new
// DocumentAnalysis (the cached one is not touched) whose claims and links follow the changes.
import type { DocumentAnalysis, Mention, Span } from '../model';
import { NAME_TYPES } from '../model';
import type { EntityChoice } from './model';

export interface Correction extends Span {
  /** The entity type to give the span, or 'none' for "not an entity". */
  set: EntityChoice | 'none';
}

/** Applies corrections in order (a later one overrides an earlier one on the same words). */
export function applyCorrections(doc: DocumentAnalysis, corrections: readonly Correction[]): DocumentAnalysis {
  if (!corrections.length) return doc;
  let mentions = doc.mentions.slice();
  const removed = new Set<string>();
  const added = new Set<string>();
  corrections.forEach((c, i) => {
    if (c.end <= c.start || c.start < 0 || c.end > doc.text.length) return;
    if (c.set === 'none') {
      mentions = mentions.filter((m) => {
        const drop = overlap(m, c) * 2 >= m.end - m.start;
        if (drop) removed.add(m.id);
        return !drop;
      });
      return;
    }
    const same = mentions.find((m) => m.start === c.start && m.end === c.end);
    if (same) {
      mentions = mentions.map((m) => (m === same ? retype(m, c.set as EntityChoice) : m));
      return;
    }
    // New words: overlapping mentions give way to the reviewer's span.
    mentions = mentions.filter((m) => {
      const drop = overlap(m, c) > 0;
      if (drop) removed.add(m.id);
      return !drop;
    });
    const id = `u${i + 1}`;
    added.add(id);
    removed.delete(id);
    mentions.push({
      id, start: c.start, end: c.end, type: c.set, text: doc.text.slice(c.start, c.end), source: 'user', confidence: 1,
      ...(doc.meta.boilerplate.some((b) => b.start <= c.start && c.end <= b.end) ? { boilerplate: true } : {}),
    });
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const isName = (id: string) => NAME_TYPES.includes(byId.get(id)?.type ?? 'date');
  const newNames = mentions.filter((m) => added.has(m.id));
  const claims = doc.claims.map((claim) => {
    const ids = [...claim.subjects, ...claim.mentions].filter((id) => byId.has(id));
    for (const m of newNames) if (claim.start <= m.start && m.end <= claim.end && !ids.includes(m.id)) ids.push(m.id);
    const inOrder = (list: string[]) => list.sort((a, b) => byId.get(a)!.start - byId.get(b)!.start);
    return {
      ...claim,
      subjects: inOrder(ids.filter(isName)),
      mentions: inOrder(ids.filter((id) => !isName(id))),
      quotes: claim.quotes.map((q) => (q.speaker && !byId.has(q.speaker) ? { ...q, speaker: undefined } : q)),
    };
  });
  const links = doc.links.filter((l) => byId.has(l.from) && byId.has(l.to));
  return { ...doc, mentions, claims, links };
}

function retype(m: Mention, type: EntityChoice): Mention {
  if (m.type === type) return { ...m, source: 'user' };
  // A date or figure read as a name has no value any more; a name keeps its title.
  const { value: _value, ...rest } = m;
  return { ...rest, type, source: 'user', confidence: 1 };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The name mention an annotation on `span` is about: the one it overlaps most. */
export function mentionFor(doc: DocumentAnalysis, span: Span): Mention | undefined {
  let best: Mention | undefined;
  let bestOverlap = 0;
  for (const m of doc.mentions) {
    if (m.start >= span.end) break;
    const o = overlap(m, span);
    if (o > bestOverlap && NAME_TYPES.includes(m.type)) {
      best = m;
      bestOverlap = o;
    }
  }
  return best;
}
