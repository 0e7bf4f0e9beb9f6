// Answers to editor and report questions, read off the cross-source index. Pure functions of
// (index, documents); the Workspace class caches the index.
import type { CoreReport, HighlightToken, HoverInfo, SourceView, SymbolInfo, TokenModifier } from './api';
import { eventWords } from './claims/predicates';
import type { CrossIndex } from './index/cross-index';
import { mentionOf } from './index/mention-lookup';
import type { DocumentAnalysis, Entity, Finding, Location, Mention, Span } from './model';

type Docs = ReadonlyMap<string, DocumentAnalysis>;

const MAX_FACTS_PER_SOURCE = 6;

/** The mention under an offset (a cursor just after a word still counts). */
export function mentionAt(doc: DocumentAnalysis, offset: number): Mention | undefined {
  const ms = doc.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].end < offset) lo = mid + 1;
    else if (ms[mid].start > offset) hi = mid - 1;
    else {
      // Prefer the mention that strictly contains the offset over one that ends at it.
      if (ms[mid].end === offset && mid + 1 < ms.length && ms[mid + 1].start === offset) return ms[mid + 1];
      return ms[mid];
    }
  }
  return undefined;
}

function location(docs: Docs, uri: string, span: Span): Location {
  const doc = docs.get(uri);
  return { uri, start: span.start, end: span.end, text: doc ? doc.text.slice(span.start, span.end) : '' };
}

function entityAt(index: CrossIndex, docs: Docs, uri: string, offset: number): { entity: Entity; mention: Mention } | undefined {
  const doc = docs.get(uri);
  if (!doc) return undefined;
  const mention = mentionAt(doc, offset);
  if (!mention) return undefined;
  const id = index.entityOf.get(uri, mention.id);
  const entity = id ? index.entityById.get(id) : undefined;
  return entity ? { entity, mention } : undefined;
}

export function hover(index: CrossIndex, docs: Docs, uri: string, offset: number): HoverInfo | undefined {
  const hit = entityAt(index, docs, uri, offset);
  if (!hit) return undefined;
  const { entity, mention } = hit;
  const sources = new Map<string, SourceView>();
  const view = (u: string) => {
    let v = sources.get(u);
    if (!v) sources.set(u, (v = { uri: u, forms: [], titles: [], facts: [] }));
    return v;
  };
  view(uri);
  for (const ref of entity.mentions) {
    const m = mentionOf(docs.get(ref.uri), ref.mentionId);
    if (!m) continue;
    const v = view(ref.uri);
    const form = v.forms.find((f) => f.text === m.text);
    if (form) form.count++;
    else v.forms.push({ text: m.text, location: location(docs, ref.uri, m), count: 1 });
    if (m.title && m.titleSpan && !v.titles.some((t) => t.text === m.title)) {
      v.titles.push({ text: m.title, location: location(docs, ref.uri, m.titleSpan) });
    }
  }
  if (mention.value) {
    // A date or figure: what the other sources say about the same event.
    for (const self of index.factsAt(uri, mention.id)) for (const { a, b } of index.pairsOf(self)) {
      const other = a === self ? b : a;
      const v = view(other.uri);
      v.facts.push({ text: other.mention.text, value: other.mention.value, claim: other.claim.id, location: location(docs, other.uri, other.mention) });
    }
  } else {
    for (const f of index.factsNaming(entity.id)) {
      const v = view(f.uri);
      if (v.facts.length >= MAX_FACTS_PER_SOURCE) continue;
      v.facts.push({ text: f.mention.text, value: f.mention.value, claim: f.claim.id, location: location(docs, f.uri, f.mention) });
    }
  }
  const findings = index.findings.filter((f) => touches(f, uri, mention));
  const ordered = [sources.get(uri)!, ...[...sources.values()].filter((s) => s.uri !== uri).sort((x, y) => (x.uri < y.uri ? -1 : 1))];
  return { span: { start: mention.start, end: mention.end }, entity, text: mention.text, value: mention.value, sources: ordered, findings };
}

function touches(f: Finding, uri: string, span: Span): boolean {
  const hit = (l: Location) => l.uri === uri && l.start < span.end && span.start < l.end;
  return hit(f) || f.related.some(hit);
}

export function references(index: CrossIndex, docs: Docs, uri: string, offset: number): Location[] {
  const hit = entityAt(index, docs, uri, offset);
  if (!hit) return [];
  const out: Location[] = [];
  for (const ref of hit.entity.mentions) {
    const m = mentionOf(docs.get(ref.uri), ref.mentionId);
    if (m) out.push(location(docs, ref.uri, m));
  }
  return out;
}

export function definition(index: CrossIndex, docs: Docs, uri: string, offset: number): Location | undefined {
  const refs = references(index, docs, uri, offset);
  // The first mention in this document if it has an earlier one, else the first anywhere.
  const here = refs.filter((r) => r.uri === uri);
  return here[0] ?? refs[0];
}

export function highlights(index: CrossIndex, docs: Docs, uri: string, range?: Span): HighlightToken[] {
  const doc = docs.get(uri);
  if (!doc) return [];
  const inRange = (s: Span) => !range || (s.start < range.end && range.start < s.end);
  const findings = index.findings;
  const conflictedSpans: Span[] = [];
  for (const f of findings) {
    if (f.severity === 'hint') continue;
    if (f.uri === uri) conflictedSpans.push(f);
    for (const r of f.related) if (r.uri === uri) conflictedSpans.push(r);
  }
  const conflicted = overlapTest(conflictedSpans);
  const tokens: HighlightToken[] = [];
  for (const m of doc.mentions) {
    if (!inRange(m)) continue;
    const id = index.entityOf.get(uri, m.id);
    const docs = id ? index.docFrequency.get(id) ?? 1 : 1;
    const modifiers: TokenModifier[] = [];
    if (conflicted(m)) modifiers.push('conflicted');
    if (m.type !== 'date' && m.type !== 'quantity') modifiers.push(docs >= 2 ? 'corroborated' : 'unique');
    tokens.push({ start: m.start, end: m.end, kind: m.type, modifiers });
  }
  const covered = tokens.slice();
  // Long articles have thousands of names and claims: the names are looked up, not scanned.
  const coversName = overlapTest(covered);
  const added: Span[] = [];
  const add = (t: HighlightToken) => {
    tokens.push(t);
    added.push(t);
  };
  for (const claim of doc.claims) {
    for (const q of claim.quotes) {
      if (!inRange(q)) continue;
      for (const piece of subtract(q, covered)) add({ ...piece, kind: 'quote', modifiers: [] });
    }
    if (claim.predicate && inRange(claim)) {
      const word = eventWords(claim.text).find((w) => w.cls === claim.predicate);
      if (word) {
        const span = { start: claim.start + word.start, end: claim.start + word.end };
        if (!coversName(span) && !added.some((t) => t.start < span.end && span.start < t.end)) add({ ...span, kind: 'claim', modifiers: [] });
      }
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/**
 * Whether any of `spans` overlaps a given span, in logarithmic time: the spans sorted by start
 * with the running maximum of their ends (some span starting before the given one ends reaches
 * past its start).
 */
function overlapTest(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let far = -Infinity;
  for (const s of sorted) reach.push((far = Math.max(far, s.end)));
  return (span) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < span.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last] > span.start;
  };
}

/** Parts of `span` not covered by any of `taken`. */
function subtract(span: Span, taken: readonly Span[]): Span[] {
  const inside = taken.filter((t) => t.start < span.end && span.start < t.end).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = span.start;
  for (const t of inside) {
    if (t.start > at) out.push({ start: at, end: t.start });
    at = Math.max(at, t.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

export function documentSymbols(index: CrossIndex, docs: Docs, uri: string): SymbolInfo[] {
  const doc = docs.get(uri);
  if (!doc) return [];
  const out: SymbolInfo[] = [];
  const seen = new Set<string>();
  for (const m of doc.mentions) {
    const id = index.entityOf.get(uri, m.id);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const e = index.entityById.get(id)!;
    out.push({ uri, start: m.start, end: m.end, name: e.name, kind: e.type, id, detail: e.type });
  }
  for (const c of doc.claims) {
    const name = c.text.length > 80 ? c.text.slice(0, 77) + '…' : c.text;
    out.push({ uri, start: c.start, end: c.end, name, kind: 'claim', id: c.id, detail: c.predicate });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function workspaceSymbols(index: CrossIndex, docs: Docs, query: string, limit: number): SymbolInfo[] {
  const q = query.toLowerCase();
  const out: SymbolInfo[] = [];
  for (const e of index.entities) {
    if (e.type === 'date' || e.type === 'quantity') continue;
    if (q && !e.aliases.some((a) => fuzzy(a.toLowerCase(), q))) continue;
    const first = e.mentions[0];
    const m = mentionOf(docs.get(first.uri), first.mentionId);
    if (!m) continue;
    out.push({ uri: first.uri, start: m.start, end: m.end, name: e.name, kind: e.type, id: e.id, detail: `${e.type}, ${new Set(e.mentions.map((r) => r.uri)).size} sources` });
    if (out.length >= limit) break;
  }
  return out;
}

/** Characters of the query appear in order (as VS Code's symbol search matches). */
function fuzzy(text: string, query: string): boolean {
  let i = 0;
  for (const c of text) if (c === query[i]) i++;
  return i >= query.length;
}

export function report(index: CrossIndex, docs: Docs): CoreReport {
  const documents = [...docs.values()]
    .sort((a, b) => (a.uri < b.uri ? -1 : 1))
    .map((d) => ({
      uri: d.uri,
      title: d.meta.title?.text,
      published: d.meta.published && !d.meta.published.value.unresolved ? d.meta.published.value.from : undefined,
    }));
  const entities = index.entities.map((e) => ({
    ...e,
    mentionLocations: e.mentions.flatMap((ref) => {
      const m = mentionOf(docs.get(ref.uri), ref.mentionId);
      return m ? [location(docs, ref.uri, m)] : [];
    }),
  }));
  const pairedDocs = new Map<string, Set<string>>();
  for (const { a, b } of index.factPairs) {
    const ka = `${a.uri}#${a.claim.id}`;
    const kb = `${b.uri}#${b.claim.id}`;
    (pairedDocs.get(ka) ?? pairedDocs.set(ka, new Set()).get(ka)!).add(b.uri);
    (pairedDocs.get(kb) ?? pairedDocs.set(kb, new Set()).get(kb)!).add(a.uri);
  }
  const claims = [...docs.values()].flatMap((d) =>
    d.claims.map((c) => ({
      id: `${d.uri.slice(d.uri.lastIndexOf('/') + 1)}#${c.id}`,
      uri: d.uri, start: c.start, end: c.end, text: c.text,
      entities: [...new Set(c.subjects.map((s) => index.entityOf.get(d.uri, s)).filter((x): x is string => !!x))],
      sources: 1 + (pairedDocs.get(`${d.uri}#${c.id}`)?.size ?? 0),
    })),
  );
  return { documents, entities, claims, findings: index.findings };
}
