// The part of the cross-source index that one document alone decides: its name profiles and
// blocking keys, its mentions by id, its facts before their names are keyed (factSeeds: event
// words, participants), its dates and figures by value.
// Each is memoised per analysis (analyses are immutable), so making them as a document arrives
// takes that work out of the next index update. When the server indexes a folder, documents
// arrive while worker threads are still analysing others: this work then runs beside theirs
// instead of in the single-threaded build that follows (~40% of a first build from scratch).
import type { DocumentAnalysis } from '../model';
import { documentProfiles } from '../resolve/cluster';
import { factSeeds } from './facts';
import { mentionsById } from './mention-lookup';
import { valueMentions } from './value-entities';

export function prepareForIndex(doc: DocumentAnalysis): void {
  documentProfiles(doc);
  mentionsById(doc);
  factSeeds(doc);
  valueMentions(doc);
}
