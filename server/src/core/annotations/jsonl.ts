// The store's text format: one W3C annotation per line, sorted by id, so the file diffs and
// merges cleanly in git. Parsing is per line: a line that is not a readable annotation is
// reported with its number and kept verbatim; the rest still load.
import type { Annotation, Body, Selector, SpecificResource } from './model';
import { W3C_CONTEXT } from './model';

export interface LineError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
  /** The line exactly as it is in the file. */
  raw: string;
}

export interface ParsedStore {
  annotations: Annotation[];
  errors: LineError[];
}

export function parseStore(text: string): ParsedStore {
  const annotations = new Map<string, Annotation>();
  const errors: LineError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push({ line: i + 1, raw, message: `not JSON: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    const checked = toAnnotation(value);
    if (typeof checked === 'string') {
      errors.push({ line: i + 1, raw, message: checked });
      return;
    }
    // Two versions of one annotation (a git merge kept both lines): the later one wins.
    const old = annotations.get(checked.id);
    if (!old || newer(checked, old)) annotations.set(checked.id, checked);
  });
  return { annotations: sortById([...annotations.values()]), errors };
}

/** True when `a` supersedes `b` (later `modified`; on a tie, the larger serialisation, so both sides agree). */
export function newer(a: Annotation, b: Annotation): boolean {
  if (a.modified !== b.modified) return a.modified > b.modified;
  return serializeAnnotation(a) > serializeAnnotation(b);
}

export function sortById(list: Annotation[]): Annotation[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const KEY_ORDER = ['@context', 'id', 'type', 'motivation', 'body', 'target', 'creator', 'created', 'modified'];

/** One line of JSON with the W3C keys in a fixed order (other tools' extra keys follow). */
export function serializeAnnotation(a: Annotation): string {
  const rec = a as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (rec[k] !== undefined) ordered[k] = rec[k];
  for (const k of Object.keys(rec).sort()) if (!(k in ordered)) ordered[k] = rec[k];
  return JSON.stringify(ordered);
}

export function serializeStore(list: readonly Annotation[]): string {
  return sortById([...list]).map((a) => serializeAnnotation(a) + '\n').join('');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** A normalised annotation, or what is wrong with the value. */
function toAnnotation(v: unknown): Annotation | string {
  if (!isObject(v)) return 'not a JSON object';
  if (typeof v.id !== 'string' || !v.id) return 'missing "id"';
  if (v.type !== undefined && v.type !== 'Annotation' && !(Array.isArray(v.type) && v.type.includes('Annotation'))) {
    return `"type" is ${JSON.stringify(v.type)}, not "Annotation"`;
  }
  if (typeof v.motivation !== 'string') return 'missing "motivation"';
  const target = toResource(Array.isArray(v.target) ? v.target[0] : v.target);
  if (typeof target === 'string') return `target: ${target}`;
  const body: Body[] = [];
  for (const b of asArray(v.body)) {
    if (isObject(b) && b.type === 'TextualBody' && typeof b.value === 'string') body.push(b as unknown as Body);
    else if (isObject(b) && typeof b.source === 'string') {
      const r = toResource(b);
      if (typeof r === 'string') return `body: ${r}`;
      body.push({ ...(b as object), ...r } as SpecificResource);
    } else return 'body: each body must be a TextualBody with a "value" or a resource with a "source"';
  }
  const created = typeof v.created === 'string' ? v.created : typeof v.modified === 'string' ? v.modified : '';
  const modified = typeof v.modified === 'string' ? v.modified : created;
  return {
    ...v,
    '@context': typeof v['@context'] === 'string' ? v['@context'] : W3C_CONTEXT,
    id: v.id,
    type: 'Annotation',
    motivation: v.motivation,
    body,
    target,
    created,
    modified,
  } as Annotation;
}

function toResource(v: unknown): SpecificResource | string {
  if (!isObject(v)) return 'must be an object with "source" and "selector"';
  if (typeof v.source !== 'string' || !v.source) return 'missing "source"';
  const selector: Selector[] = [];
  for (const s of asArray(v.selector)) {
    if (!isObject(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact) {
      const q: Selector = { type: 'TextQuoteSelector', exact: s.exact };
      if (typeof s.prefix === 'string') q.prefix = s.prefix;
      if (typeof s.suffix === 'string') q.suffix = s.suffix;
      selector.push(q);
    } else if (s.type === 'TextPositionSelector' && isOffset(s.start) && isOffset(s.end) && s.end >= s.start) {
      selector.push({ type: 'TextPositionSelector', start: s.start, end: s.end });
    }
  }
  if (!selector.some((s) => s.type === 'TextQuoteSelector')) return 'needs a TextQuoteSelector with a non-empty "exact"';
  const out: SpecificResource = { ...(v as object), source: v.source, selector } as SpecificResource;
  if (out.type === undefined) out.type = 'SpecificResource';
  return out;
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
