// Dates and figures are entities too (the report format says so): one per normalised value,
// so "9 May 2026" in one source and "May 9, 2026" in another are one date.
import type { DateValue, DocumentAnalysis, Entity, QuantityValue } from '../model';

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

/** Value entities for every date and quantity mention, ids continuing after `firstId`. */
export function valueEntities(docs: readonly DocumentAnalysis[], firstId: number): Entity[] {
  const byName = new Map<string, Entity>();
  for (const doc of docs) {
    for (const m of doc.mentions) {
      if (!m.value || (m.type !== 'date' && m.type !== 'quantity')) continue;
      const name = valueName(m.value);
      const key = `${m.type}|${name}`;
      let e = byName.get(key);
      if (!e) {
        e = { id: '', type: m.type, name, aliases: [], mentions: [] };
        byName.set(key, e);
      }
      if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
      e.mentions.push({ uri: doc.uri, mentionId: m.id });
    }
  }
  const list = [...byName.values()].sort((a, b) => (a.type + a.name < b.type + b.name ? -1 : 1));
  list.forEach((e, i) => (e.id = `e${firstId + i}`));
  return list;
}
