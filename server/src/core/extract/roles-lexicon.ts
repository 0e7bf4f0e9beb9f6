// Offices, rank words and honorifics written next to people's names in English news, each
// mapped to one normalised office ("spokesman"/"spokeswoman" → 'spokesperson', "CEO" →
// 'chief executive', "minister of foreign affairs" → 'foreign minister'). Generic vocabulary
// of government, diplomacy, the military, business, the courts and the press.
import { dict } from './scan';

/** Policy areas that combine with "minister"/"secretary"/"ministry": "Foreign Minister". */
const DOMAINS = dict<string>({
  foreign: 'foreign', 'foreign affairs': 'foreign', defence: 'defence', defense: 'defence', interior: 'interior',
  'internal affairs': 'interior', 'home affairs': 'interior', home: 'home', finance: 'finance', economy: 'economy',
  economic: 'economy', 'economic affairs': 'economy', trade: 'trade', commerce: 'commerce', health: 'health',
  education: 'education', 'higher education': 'higher education', justice: 'justice', energy: 'energy',
  agriculture: 'agriculture', culture: 'culture', transport: 'transport', transportation: 'transport',
  labour: 'labour', labor: 'labour', environment: 'environment', information: 'information',
  communications: 'communications', tourism: 'tourism', industry: 'industry', oil: 'oil', petroleum: 'oil',
  water: 'water', housing: 'housing', planning: 'planning', development: 'development', refugees: 'refugees',
  'religious affairs': 'religious affairs', 'public works': 'public works', mines: 'mines', mining: 'mines',
  'emergency situations': 'emergency situations', emergencies: 'emergency situations', digital: 'digital',
  treasury: 'treasury', state: 'state', press: 'press', security: 'security', intelligence: 'intelligence',
  telecommunications: 'communications', science: 'science', technology: 'technology', sport: 'sport',
  sports: 'sport', youth: 'youth', women: 'women', "women's affairs": 'women', social: 'social', welfare: 'welfare',
  'natural resources': 'natural resources', fisheries: 'fisheries', infrastructure: 'infrastructure',
});

/** Single words of the policy areas, allowed lower-case inside an institution name. */
export const DOMAIN_WORDS = new Set([...DOMAINS.keys()].flatMap((k) => k.split(' ')));

/** Single- and multi-word offices (lower case, spaces between words) → normalised office. */
const OFFICE_LIST: Array<[string, string]> = [
  ['prime minister', 'prime minister'], ['premier', 'prime minister'], ['pm', 'prime minister'],
  ['minister', 'minister'], ['secretary', 'secretary'], ['secretary of state', 'secretary of state'],
  ['secretary-general', 'secretary-general'], ['secretary general', 'secretary-general'],
  ['undersecretary', 'under secretary'], ['under-secretary', 'under secretary'], ['under secretary', 'under secretary'],
  ['undersecretary-general', 'under secretary-general'], ['under-secretary-general', 'under secretary-general'],
  ['president', 'president'], ['chancellor', 'chancellor'], ['vice-chancellor', 'vice chancellor'],
  ['king', 'king'], ['queen', 'queen'], ['prince', 'prince'], ['princess', 'princess'], ['crown prince', 'crown prince'],
  ['emir', 'emir'], ['sultan', 'sultan'], ['monarch', 'monarch'], ['head of state', 'head of state'],
  ['head of government', 'head of government'], ['supreme leader', 'supreme leader'], ['leader', 'leader'],
  ['pope', 'pope'], ['cardinal', 'cardinal'], ['archbishop', 'archbishop'], ['bishop', 'bishop'], ['imam', 'imam'],
  ['rabbi', 'rabbi'], ['ayatollah', 'ayatollah'], ['patriarch', 'patriarch'], ['cleric', 'cleric'],
  ['ambassador', 'ambassador'], ['amb.', 'ambassador'], ['envoy', 'envoy'], ['special envoy', 'envoy'],
  ['special representative', 'special representative'], ['permanent representative', 'permanent representative'],
  ['consul', 'consul'], ['consul general', 'consul general'], ['consul-general', 'consul general'],
  ["chargé d'affaires", "chargé d'affaires"], ["charge d'affaires", "chargé d'affaires"], ['diplomat', 'diplomat'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'], ['press secretary', 'press secretary'],
  ['ceo', 'chief executive'], ['chief executive', 'chief executive'], ['chief executive officer', 'chief executive'],
  ['cfo', 'chief financial officer'], ['chief financial officer', 'chief financial officer'],
  ['coo', 'chief operating officer'], ['chief operating officer', 'chief operating officer'],
  ['cto', 'chief technology officer'], ['chief technology officer', 'chief technology officer'],
  ['chief medical officer', 'chief medical officer'], ['medical officer', 'medical officer'],
  ['chief information officer', 'chief information officer'], ['chief of police', 'police chief'],
  ['first officer', 'first officer'], ['co-pilot', 'first officer'], ['copilot', 'first officer'], ['pilot', 'pilot'],
  ['flight attendant', 'flight attendant'], ['head coach', 'head coach'], ['assistant coach', 'assistant coach'],
  ['coach', 'coach'], ['manager', 'manager'], ['midfielder', 'midfielder'], ['striker', 'striker'], ['goalkeeper', 'goalkeeper'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['chair', 'chair'],
  ['director', 'director'], ['director-general', 'director-general'], ['director general', 'director-general'],
  ['managing director', 'managing director'], ['executive director', 'executive director'],
  ['founder', 'founder'], ['co-founder', 'co-founder'], ['cofounder', 'co-founder'], ['owner', 'owner'],
  ['manager', 'manager'], ['head', 'head'], ['chief', 'chief'], ['boss', 'head'],
  ['governor', 'governor'], ['gov.', 'governor'], ['mayor', 'mayor'], ['senator', 'senator'], ['sen.', 'senator'],
  ['congressman', 'representative'], ['congresswoman', 'representative'], ['rep.', 'representative'],
  ['representative', 'representative'], ['lawmaker', 'lawmaker'], ['legislator', 'lawmaker'], ['mp', 'member of parliament'],
  ['member of parliament', 'member of parliament'], ['mep', 'member of the european parliament'],
  ['speaker', 'speaker'], ['councillor', 'councillor'], ['councilor', 'councillor'], ['councilman', 'councillor'],
  ['councilwoman', 'councillor'], ['council member', 'councillor'],
  ['judge', 'judge'], ['justice', 'justice'], ['chief justice', 'chief justice'], ['magistrate', 'magistrate'],
  ['prosecutor', 'prosecutor'], ['chief prosecutor', 'chief prosecutor'], ['attorney general', 'attorney general'],
  ['attorney-general', 'attorney general'], ['solicitor general', 'solicitor general'], ['attorney', 'attorney'],
  ['lawyer', 'lawyer'],
  ['general', 'general'], ['gen.', 'general'], ['lieutenant general', 'lieutenant general'],
  ['lt. gen.', 'lieutenant general'], ['lt gen', 'lieutenant general'], ['major general', 'major general'],
  ['maj. gen.', 'major general'], ['brigadier general', 'brigadier general'], ['brig. gen.', 'brigadier general'],
  ['brigadier', 'brigadier'], ['major', 'major'], ['maj.', 'major'], ['colonel', 'colonel'], ['col.', 'colonel'], ['lieutenant colonel', 'lieutenant colonel'],
  ['lt. col.', 'lieutenant colonel'], ['captain', 'captain'], ['capt.', 'captain'], ['lieutenant', 'lieutenant'],
  ['lt.', 'lieutenant'], ['sergeant', 'sergeant'], ['sgt.', 'sergeant'], ['admiral', 'admiral'], ['adm.', 'admiral'],
  ['vice admiral', 'vice admiral'], ['rear admiral', 'rear admiral'], ['commander', 'commander'], ['cmdr.', 'commander'],
  ['field marshal', 'field marshal'], ['marshal', 'marshal'], ['chief of staff', 'chief of staff'],
  ['chief of general staff', 'chief of general staff'], ['commander-in-chief', 'commander-in-chief'],
  ['commander in chief', 'commander-in-chief'], ['army chief', 'army chief'], ['police chief', 'police chief'],
  ['spy chief', 'intelligence chief'], ['intelligence chief', 'intelligence chief'], ['warlord', 'warlord'],
  ['analyst', 'analyst'], ['expert', 'expert'], ['researcher', 'researcher'], ['scholar', 'scholar'],
  ['professor', 'professor'], ['prof.', 'professor'], ['prof', 'professor'], ['economist', 'economist'],
  ['journalist', 'journalist'], ['correspondent', 'correspondent'], ['reporter', 'reporter'], ['editor', 'editor'],
  ['editor-in-chief', 'editor-in-chief'], ['columnist', 'columnist'], ['author', 'author'], ['historian', 'historian'],
  ['official', 'official'], ['officer', 'officer'], ['adviser', 'adviser'], ['advisor', 'adviser'],
  ['national security adviser', 'national security adviser'], ['national security advisor', 'national security adviser'],
  ['aide', 'aide'], ['negotiator', 'negotiator'], ['chief negotiator', 'chief negotiator'], ['mediator', 'mediator'],
  ['coordinator', 'coordinator'], ['commissioner', 'commissioner'], ['high commissioner', 'high commissioner'],
  ['inspector', 'inspector'], ['inspector general', 'inspector general'], ['superintendent', 'superintendent'],
  ['activist', 'activist'], ['candidate', 'candidate'], ['nominee', 'nominee'], ['coach', 'coach'],
];

export const OFFICES = new Map<string, string>(OFFICE_LIST);
for (const [area, norm] of DOMAINS) {
  for (const office of ['minister', 'secretary']) {
    OFFICES.set(`${area} ${office}`, `${norm} ${office}`);
    OFFICES.set(`${office} of ${area}`, `${norm} ${office}`);
    OFFICES.set(`${office} for ${area}`, `${norm} ${office}`);
  }
}
OFFICES.set('secretary of state', 'secretary of state');
OFFICES.set('state secretary', 'state secretary');

/** Longest office phrase in words (for the matcher's window). */
export const MAX_OFFICE_WORDS = Math.max(...[...OFFICES.keys()].map((k) => k.split(/[\s-]+/).length + 1));

/** Words that qualify an office; the value is the comparison class (undefined: not a rank). */
export const MODIFIERS = dict<string | undefined>({
  acting: 'acting', interim: 'acting', caretaker: 'acting', deputy: 'deputy', vice: 'vice', former: 'former',
  ex: 'former', assistant: 'assistant', associate: 'associate', under: 'under', first: undefined, elect: 'elect',
  designate: 'designate', senior: undefined, junior: undefined, special: undefined, then: undefined, late: undefined,
  outgoing: undefined, incoming: undefined, new: undefined, newly: undefined, appointed: undefined, top: undefined,
  chief: undefined, veteran: undefined, longtime: undefined, 'long-time': undefined, founding: undefined,
  permanent: undefined, executive: undefined, de: undefined, sitting: undefined, current: undefined,
  retired: 'former',
});

/** Honorifics stripped from names but not roles worth comparing. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'father',
  'sheikh', 'shaikh', 'mullah', 'maulana', 'hon', 'honourable', 'honorable', 'madam', 'mme', 'mlle', 'herr', 'frau',
  'comrade', 'haji', 'hajji', 'ustad', 'sayyid', 'syed',
]);

/** Nouns that end an institution name before an office: "Foreign Ministry spokesperson". */
export const INSTITUTION_NOUNS = new Set([
  'ministry', 'department', 'office', 'embassy', 'government', 'army', 'police', 'military', 'party', 'council',
  'committee', 'agency', 'company', 'bank', 'court', 'commission', 'service', 'services', 'federation', 'union',
  'group', 'movement', 'administration', 'cabinet', 'parliament', 'senate', 'assembly', 'navy', 'force', 'forces',
  'corps', 'institute', 'university', 'foundation', 'organization', 'organisation', 'campaign', 'team', 'club',
]);

/** Determiners and generic possessives that may open an appositive title: "the country’s". */
export const GENERIC_OWNERS = new Set(['country', 'nation', 'state', 'government', 'group', 'movement', 'company', 'firm', 'city', 'region', 'province', 'party', 'organization', 'organisation', 'kingdom', 'republic', 'regime', 'administration']);
