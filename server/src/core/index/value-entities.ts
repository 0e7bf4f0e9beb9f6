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
function valueMentions(doc: DocumentAnalysis): Map<string, Mention[]> {
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
 * One entity per normalised value, kept up to date as documents change. Ids come from the value
 * itself ("date|2026-05-09"), so they never depend on what else the corpus holds.
 */
export class ValueEntities {
  private readonly docsOf = new Map<string, Map<string, Mention[]>>();
  private readonly byKey = new Map<string, Entity>();
  private list: Entity[] | undefined;

  /** Each change is [before, after] of one document; returns the entities replaced and made. */
  update(changes: ReadonlyArray<readonly [DocumentAnalysis | undefined, DocumentAnalysis | undefined]>): { removed: Entity[]; added: Entity[] } {
    const touched = new Set<string>();
    for (const [before, after] of changes) {
      for (const key of before ? valueMentions(before).keys() : []) {
        touched.add(key);
        this.docsOf.get(key)?.delete(before!.uri);
      }
      for (const [key, ms] of after ? valueMentions(after) : []) {
        touched.add(key);
        (this.docsOf.get(key) ?? this.docsOf.set(key, new Map()).get(key)!).set(after!.uri, ms);
      }
    }
    const removed: Entity[] = [];
    const added: Entity[] = [];
    for (const key of touched) {
      const old = this.byKey.get(key);
      if (old) removed.push(old);
      const docs = this.docsOf.get(key);
      if (!docs?.size) {
        this.docsOf.delete(key);
        this.byKey.delete(key);
        continue;
      }
      const [type, name] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
      const e: Entity = { id: key, type: type as Entity['type'], name, aliases: [], mentions: [] };
      for (const uri of [...docs.keys()].sort()) {
        for (const m of docs.get(uri)!) {
          if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
          e.mentions.push({ uri, mentionId: m.id });
        }
      }
      this.byKey.set(key, e);
      added.push(e);
    }
    if (touched.size) this.list = undefined;
    return { removed, added };
  }

  /** By type and name. */
  sorted(): Entity[] {
    return (this.list ??= [...this.byKey.values()].sort((a, b) => (a.type + a.name < b.type + b.name ? -1 : 1)));
  }
}
