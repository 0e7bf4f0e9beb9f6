// Entity types from how a name is used, across all its mentions. The tagger learnt 1990s
// newswire conventions: armed movements and militant groups are "misc" there, and facilities
// ("… Air Base") often too. A name whose last word says what it is ("… Airport", "… Party"),
// or a "misc" name used like an organisation ("the X government", "X fighters", "X-controlled")
// gets the type its usage shows. Demonyms and nationalities stay misc.
import type { DocumentAnalysis, Entity, EntityType } from '../model';
import { jurisdictionOf } from '../resolve/places';
import { mentionOf } from './mention-lookup';

const PLACE_HEADS = new Set(('airport airbase base port harbour harbor island islands lake river mountain mountains valley province region ' +
  'district county city town village street avenue square bridge dam bay sea ocean gulf strait canal desert peninsula hill hills ' +
  'park coast plateau highlands range corridor').split(' '));
const ORG_HEADS = new Set(('party ministry council court commission committee agency bank company corporation corp inc ltd plc group army ' +
  'police service services university institute association union federation front movement organization organisation office ' +
  'department authority airlines airline lines brigade brigades militia network foundation fund cooperation alliance coalition').split(' '));
/** Mastheads: "Harbour Gazette", "Skyline Newswire", "Lakes Health Bulletin". */
const MEDIA_HEADS = new Set(('news newswire wire times post courier gazette herald journal daily review today press voice tribune ' +
  'observer monitor bulletin sport sports agency media tv radio chronicle telegraph guardian standard mail express ledger').split(' '));
/** Words that, right after a name, show it names an organisation. */
const ORG_USAGE_AFTER = new Set(('government regime fighters militants militant spokesman spokeswoman spokesperson leader leaders ' +
  'leadership members member commander commanders officials authorities administration rule rulers forces troops').split(' '));

export function retypeEntities(entities: Entity[], docs: ReadonlyMap<string, DocumentAnalysis>): void {
  for (const e of entities) {
    if (e.type === 'date' || e.type === 'quantity') continue;
    const head = e.name.toLowerCase().split(/[\s-]+/).pop() ?? '';
    const words = e.name.split(/\s+/).length;
    let type: EntityType | undefined;
    if (words >= 2 && (e.type === 'misc' || e.type === 'person') && PLACE_HEADS.has(head)) type = 'place';
    else if (words >= 2 && (e.type === 'misc' || e.type === 'person') && ORG_HEADS.has(head)) type = 'organization';
    else if (words >= 2 && e.type !== 'organization' && MEDIA_HEADS.has(head)) type = 'organization';
    else if (e.type === 'misc' && !e.aliases.some((a) => jurisdictionOf(a)) && usedAsOrganisation(e, docs)) type = 'organization';
    if (type) e.type = type;
  }
}

function usedAsOrganisation(e: Entity, docs: ReadonlyMap<string, DocumentAnalysis>): boolean {
  let hits = 0;
  for (const ref of e.mentions) {
    const doc = docs.get(ref.uri);
    const m = mentionOf(doc, ref.mentionId);
    if (!doc || !m) continue;
    const after = doc.text.slice(m.end, m.end + 30);
    const next = /^(?:['’]s)?[\s-]+([a-z]+)/.exec(after)?.[1];
    if ((next && ORG_USAGE_AFTER.has(next)) || /^-(?:controlled|led|backed|run|held|linked|affiliated)\b/.test(after)) hits++;
  }
  return hits >= 1;
}
