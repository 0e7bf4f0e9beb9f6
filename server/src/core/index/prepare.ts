// The part of the cross-source index that one document alone decides: its name profiles and
// blocking keys, its mentions by id, its claims' event words, its dates and figures by value.
// Each is memoised per analysis (analyses are immutable), so making them as a document arrives
// takes that work out of the next index update. When the server indexes a folder, documents
// arrive while worker threads are still analysing others: this work then runs beside theirs
// instead of in the single-threaded build that follows (~40% of a first build from scratch).
import type { DocumentAnalysis } from '../model';
import { documentProfiles } from '../resolve/cluster';
import { claimMayGiveFacts, eventsOf } from './facts';
import { mentionsById } from './mention-lookup';
import { valueMentions } from './value-entities';

export function prepareForIndex(doc: DocumentAnalysis): void {
  documentProfiles(doc);
  const byId = mentionsById(doc);
  // Only claims with a date or figure give facts; another's event words are read only when it
  // follows a scene-setting sentence (collectFacts), then on demand.
  for (const claim of doc.claims) if (claimMayGiveFacts(claim, byId)) eventsOf(claim);
  valueMentions(doc);
}
