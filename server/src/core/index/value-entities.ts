// Dates and figures are entities too (the report format says so): one per normalised value,
// so "9 May 2026" in one source and "May 9, 2026" in another are one date.
import type { DateValue, DocumentAnalysis, Entity, Mention, QuantityValue } from '../model';

export function valueName(v: DateValue | QuantityValue): string {
  if (v.kind === 'date') {
    if (v.unresolved) return 'unresolved date';
    const base = v.precision === 'day' ? v.from : v.precision === 'month' ? v.from.slice(0, 7) : v.from === v.to ? v.from : v.from.slice(0, 4);
    const span = v.precision === 'decade' || v.precision === 'century' || (v.precision === 'year' && v.from.slice(0, 4) !== v.to.slice(0, 4))
      ? `${v.from.slice(0, 4)}/${v.to.slice(0, 4)}` : base;
    const open = v.open === 'after' ? '≥' : v.open === 'before' ? '≤' : '';
    return `${open}${span}`;
  }
  const q = v.qualifier === 'exact' ? '' : `${v.qualifier} `;
  return `${q}${formatNumber(v.value)}${v.unit ? ' ' + v.unit : ''}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** A document's date and figure mentions by value key (`type|name`), made once per analysis. */
const keysMemo = new WeakMap<DocumentAnalysis, Map<string, Mention[]>>();
export function valueMentions(doc: DocumentAnalysis): Map<string, Mention[]> {
  let map = keysMemo.get(doc);
  if (!map) {
    map = new Map();
    for (const m of doc.mentions) {
      if (!m.value || (m.type !== 'date' && m.type !== 'quantity')) continue;
      const key = `${m.type}|${valueName(m.value)}`;
      (map.get(key) ?? map.set(key, []).get(key)!).push(m);
    }
    keysMemo.set(doc, map);
  }
  return map;
}

/**
 * One entity per normalised value, kept up to date as documents change. Ids are the value keys
 * ("date|2026-05-09"), so they never depend on what else the corpus holds, and an entity (all
 * its mentions, across every document that gives the value) is only put together when asked for.
 */
export class ValueEntities {
  private readonly docsOf = new Map<string, Map<string, Mention[]>>();
  private readonly built = new Map<string, Entity>();
  private list: Entity[] | undefined;

  /** The value mentions of one document before and after a change, by key; returns the keys touched. */
  update(before: DocumentAnalysis | undefined, after: DocumentAnalysis | undefined): { gone: Map<string, Mention[]>; come: Map<string, Mention[]> } {
    const gone = before ? valueMentions(before) : new Map<string, Mention[]>();
    const come = after ? valueMentions(after) : new Map<string, Mention[]>();
    for (const key of gone.keys()) {
      const docs = this.docsOf.get(key);
      docs?.delete(before!.uri);
      if (docs?.size === 0) this.docsOf.delete(key);
      this.built.delete(key);
    }
    for (const [key, ms] of come) {
      (this.docsOf.get(key) ?? this.docsOf.set(key, new Map()).get(key)!).set(after!.uri, ms);
      this.built.delete(key);
    }
    if (gone.size || come.size) this.list = undefined;
    return { gone, come };
  }

  /** How many documents give this value. */
  frequency(id: string): number {
    return this.docsOf.get(id)?.size ?? 0;
  }

  get(id: string): Entity | undefined {
    let e = this.built.get(id);
    if (e) return e;
    const docs = this.docsOf.get(id);
    if (!docs) return undefined;
    const bar = id.indexOf('|');
    e = { id, type: id.slice(0, bar) as Entity['type'], name: id.slice(bar + 1), aliases: [], mentions: [] };
    for (const uri of [...docs.keys()].sort()) {
      for (const m of docs.get(uri)!) {
        if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
        e.mentions.push({ uri, mentionId: m.id });
      }
    }
    this.built.set(id, e);
    return e;
  }

  /** By type and name. */
  sorted(): Entity[] {
    return (this.list ??= [...this.docsOf.keys()].sort((a, b) => {
      const x = a.replace('|', '');
      const y = b.replace('|', '');
      return x < y ? -1 : x > y ? 1 : 0;
    }).map((k) => this.get(k)!));
  }
}
