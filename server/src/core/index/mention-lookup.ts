// A document's mentions by id. Analyses are immutable once made, so the map is built once per
// analysis and shared by every index rebuild and query (a WeakMap lets it go with the analysis).
import type { DocumentAnalysis, Mention } from '../model';

const byAnalysis = new WeakMap<DocumentAnalysis, Map<string, Mention>>();

export function mentionsById(doc: DocumentAnalysis): Map<string, Mention> {
  let map = byAnalysis.get(doc);
  if (!map) byAnalysis.set(doc, (map = new Map(doc.mentions.map((m) => [m.id, m]))));
  return map;
}

export function mentionOf(doc: DocumentAnalysis | undefined, id: string): Mention | undefined {
  return doc ? mentionsById(doc).get(id) : undefined;
}
