// The export formats, as pure functions of the analysed workspace: W3C Web Annotation (the
// reviewer's annotations at their current places plus what the machine found), brat standoff
// (.ann per article: entities, same-entity links, findings and notes) and CSV (entities,
// findings). brat and the W3C model count characters in code points, the core in UTF-16 units.
import type { AnchoredAnnotation } from '../core/annotations/layer';
import { W3C_CONTEXT, type Annotation, type SpecificResource } from '../core/annotations/model';
import { positionSelector, quoteSelector, toCodePoints } from '../core/annotations/selectors';
import type { Span } from '../core/model';
import type { Workspace } from '../core/workspace';

export interface ExportContext {
  workspace: Workspace;
  /** Target `source` of a document (its path relative to the store folder). */
  source(uri: string): string;
  /** Path shown in CSV rows (relative to the articles' folder). */
  path(uri: string): string;
  line(uri: string, span: Span): number;
  /** ISO time stamped on machine annotations. */
  now: string;
  tool: string;
}

const TYPE_LABEL: Record<string, string> = {
  person: 'Person', organization: 'Organization', place: 'Place', event: 'Event', misc: 'Misc', date: 'Date', quantity: 'Quantity',
};

function target(ctx: ExportContext, uri: string, span: Span): SpecificResource {
  const text = ctx.workspace.analysis(uri)?.text ?? '';
  return { type: 'SpecificResource', source: ctx.source(uri), selector: [quoteSelector(text, span), positionSelector(text, span)] };
}

/** User annotations with their position selectors moved to where they anchor now. */
function current(ctx: ExportContext, a: AnchoredAnnotation): Annotation {
  if (!a.span) return a.annotation;
  const text = ctx.workspace.analysis(a.uri)?.text ?? '';
  const selector = a.annotation.target.selector.map((s) => (s.type === 'TextPositionSelector' ? positionSelector(text, a.span!) : s));
  return { ...a.annotation, target: { ...a.annotation.target, selector } };
}

/** An AnnotationCollection: the reviewer's annotations first, then entity mentions and findings. */
export function exportW3c(ctx: ExportContext): object {
  const ws = ctx.workspace;
  const software = { type: 'Software', name: ctx.tool };
  const machine = (id: string, motivation: string, body: object[], uri: string, span: Span) => ({
    '@context': W3C_CONTEXT, id, type: 'Annotation', motivation, body, target: target(ctx, uri, span),
    creator: software, created: ctx.now, modified: ctx.now,
  });
  const items: object[] = ws.annotations().map((a) => current(ctx, a));
  for (const e of ws.entities()) {
    for (const ref of e.mentions) {
      const m = ws.analysis(ref.uri)?.mentions.find((x) => x.id === ref.mentionId);
      if (!m) continue;
      items.push(machine(`urn:crosscheck:mention:${ctx.source(ref.uri)}:${m.start}-${m.end}`, 'identifying', [
        { type: 'TextualBody', purpose: 'classifying', value: m.type },
        { type: 'TextualBody', purpose: 'identifying', value: `${e.id}: ${e.name}` },
      ], ref.uri, m));
    }
  }
  for (const f of ws.findings()) {
    items.push(machine(`urn:crosscheck:finding:${f.id}`, 'assessing', [
      { type: 'TextualBody', purpose: 'assessing', value: f.message },
      { type: 'TextualBody', purpose: 'tagging', value: f.rule },
    ], f.uri, f));
  }
  return {
    '@context': W3C_CONTEXT, type: 'AnnotationCollection', label: 'Crosscheck annotations', total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

/** brat standoff for one document: T (entities, findings, notes), * Equiv (one entity), # notes. */
export function exportBrat(ctx: ExportContext, uri: string): string {
  const ws = ctx.workspace;
  const doc = ws.analysis(uri);
  if (!doc) return '';
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const tOf = new Map<string, string>();
  const addT = (type: string, span: Span): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(doc.text, span)}\t${doc.text.slice(span.start, span.end).replace(/[\r\n]+/g, ' ')}`);
    return id;
  };
  const entityOf = new Map<string, string>();
  for (const e of ws.entities()) for (const r of e.mentions) if (r.uri === uri) entityOf.set(r.mentionId, e.id);
  for (const m of doc.mentions) {
    if (m.end <= m.start) continue;
    const id = addT(TYPE_LABEL[m.type] ?? 'Misc', m);
    tOf.set(m.id, id);
    if (m.source === 'user') lines.push(`#${++n}\tAnnotatorNotes ${id}\tcorrected by a reviewer`);
  }
  const byEntity = new Map<string, string[]>();
  for (const [mentionId, entityId] of entityOf) {
    const id = tOf.get(mentionId);
    if (id) byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), id]);
  }
  for (const ids of byEntity.values()) if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  for (const f of ws.findingsWithReviewed(uri)) {
    const id = addT('Conflict', f);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${oneLine(`${f.rule}: ${f.message}${f.reviewed ? ' (reviewed)' : ''}`)}`);
  }
  for (const a of ws.annotations(uri)) {
    if (!a.span || a.span.end <= a.span.start || !a.action) continue;
    const text = a.action.kind === 'note' ? a.action.text : a.action.kind === 'verdict' ? `${a.action.verdict}${a.action.note ? `: ${a.action.note}` : ''}` : undefined;
    if (text === undefined) continue;
    const id = addT(a.action.kind === 'note' ? 'Note' : 'Verdict', a.span);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${oneLine(text)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** brat offsets in code points; a span across line breaks becomes fragments ("0 5;6 9"). */
function fragments(text: string, span: Span): string {
  const parts: string[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > start) parts.push(`${toCodePoints(text, start)} ${toCodePoints(text, i)}`);
      start = i + 1;
    }
  }
  return parts.join(';') || `${toCodePoints(text, span.start)} ${toCodePoints(text, span.end)}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The brat annotation.conf declaring the types the .ann files use. */
export const BRAT_CONF = `[entities]
${Object.values(TYPE_LABEL).join('\n')}
Conflict
Note
Verdict

[relations]
Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
`;

export function csvRow(cells: ReadonlyArray<string | number | boolean | undefined>): string {
  return cells.map((c) => {
    const s = c === undefined ? '' : String(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',') + '\r\n';
}

export function entitiesCsv(ctx: ExportContext): string {
  const ws = ctx.workspace;
  let out = csvRow(['entity_id', 'type', 'name', 'aliases', 'sources', 'mentions', 'first_path', 'first_line']);
  for (const e of ws.entities()) {
    const first = e.mentions[0];
    const m = first && ws.analysis(first.uri)?.mentions.find((x) => x.id === first.mentionId);
    out += csvRow([
      e.id, e.type, e.name, e.aliases.join(' | '), new Set(e.mentions.map((r) => r.uri)).size, e.mentions.length,
      first ? ctx.path(first.uri) : undefined, m ? ctx.line(first.uri, m) : undefined,
    ]);
  }
  return out;
}

export function findingsCsv(ctx: ExportContext): string {
  const ws = ctx.workspace;
  const notes = new Map<string, string>();
  for (const a of ws.annotations()) if (a.action?.kind === 'review' && a.action.note) notes.set(a.action.findingId, a.action.note);
  let out = csvRow(['finding_id', 'rule', 'severity', 'path', 'line', 'text', 'message', 'related', 'reviewed', 'review_note']);
  for (const f of ws.findingsWithReviewed()) {
    out += csvRow([
      f.id, f.rule, f.severity, ctx.path(f.uri), ctx.line(f.uri, f), f.text, f.message,
      f.related.map((r) => `${ctx.path(r.uri)}:${ctx.line(r.uri, r)} ${r.text}`).join(' | '), f.reviewed ? 'yes' : 'no', notes.get(f.id),
    ]);
  }
  return out;
}
