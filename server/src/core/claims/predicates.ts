// Event and relation classes that make two claims "about the same thing". Entries are whole
// words, "stem*" prefixes or multi-word phrases; a word takes the class of its longest match.
// General news vocabulary only.

const CLASSES: Record<string, string[]> = {
  recognize: ['recogni*', 'acknowledg*'],
  credentials: ['credential*'],
  appoint: ['appoint*', 'nominat*', 'sworn in', 'installed'],
  elect: ['elect', 'elected', 'election*', 're-elect*'],
  resign: ['resign*', 'stepped down', 'step down', 'steps down', 'quit', 'quits'],
  dismiss: ['dismiss*', 'fired', 'sacked', 'ousted', 'ouster'],
  announce: ['announc*', 'declar*', 'unveil*'],
  delist: ['delist*', 'lifted', 'lifts', 'lift', 'removed', 'removes', 'remove', 'removal', 'struck off'],
  designate: ['designat*', 'blacklist*', 'banned', 'outlawed'],
  kill: ['kill*', 'dead', 'died', 'dies', 'death*', 'fatalit*', 'casualt*', 'perish*', 'toll', 'lives'],
  injure: ['injur*', 'wounded', 'wounding', 'hurt', 'hospitali*'],
  missing: ['missing', 'unaccounted'],
  rescue: ['rescu*', 'evacuat*'],
  arrest: ['arrest*', 'detain*', 'detention', 'custody'],
  charge: ['charged', 'indict*', 'prosecut*'],
  sentence: ['sentenc*', 'convict*', 'jailed', 'acquit*', 'guilty', 'imprison*', 'prison'],
  attack: ['attack*', 'bomb*', 'explosion*', 'exploded', 'blast*', 'airstrike*', 'shooting*', 'shelling', 'raid*'],
  invade: ['invad*', 'invasion*', 'occupation', 'occupied'],
  war: ['war', 'wars', 'warfare', 'wartime', 'conflict*', 'fighting', 'insurgenc*', 'hostilities'],
  withdraw: ['withdr*', 'pulled out', 'pullout', 'retreat*'],
  sign: ['sign', 'signs', 'signed', 'signing', 'agreement*', 'accord*', 'treat*', 'deal', 'deals', 'pact*', 'memorandum'],
  meet: ['met', 'meet', 'meets', 'meeting*', 'talks', 'summit*', 'visit*'],
  pay: ['paid', 'pay', 'pays', 'paying', 'payment*', 'fine', 'fined', 'compensat*', 'settlement*'],
  invest: ['invest*', 'funding', 'funded', 'loan*', 'grant*', 'aid', 'budget*', 'spend*', 'spent', 'cost', 'costs', 'costing'],
  buy: ['acqui*', 'bought', 'buy', 'buys', 'purchas*', 'takeover*', 'merger*', 'offer', 'offers', 'offered', 'offering', 'bid', 'bids', 'bidding'],
  own: ['own', 'owns', 'owned', 'holds', 'holding', 'stake', 'stakes', 'shareholding*'],
  embezzle: ['embezzl*', 'steal*', 'stole', 'stolen', 'misappropriat*', 'brib*', 'launder*', 'defraud*', 'fraud*'],
  rule: ['ruled', 'ruling*', 'upheld', 'uphold*', 'verdict*', 'judgment*', 'judgement*', 'rejected'],
  sell: ['sold', 'sell', 'sells', 'sale', 'sales'],
  carry: ['carrying', 'carried', 'on board', 'aboard', 'passenger*'],
  infect: ['infect*', 'diagnos*', 'tested positive'],
  transfer: ['transfer*', 'signing', 'move', 'fee', 'fees'],
  collapse: ['collaps*', 'crash*', 'overturn*', 'overran', 'overrun*', 'ran off', 'skidded', 'quake*', 'tremor*', 'landslide*', 'avalanche*', 'sank', 'sink*', 'derail*', 'capsiz*', 'flood*', 'fire', 'fires', 'earthquake*', 'disaster*'],
  vote: ['vote*', 'voted', 'ballot*', 'referend*'],
  found: ['founded', 'established', 'launched', 'opened', 'inaugurat*'],
  close: ['closed', 'closure*', 'shut', 'shutdown', 'suspend*', 'halted'],
  increase: ['rose', 'rise', 'rises', 'increas*', 'grew', 'growth', 'surg*', 'jump*'],
  decrease: ['fell', 'fall', 'falls', 'declin*', 'drop*', 'decreas*', 'cuts'],
  say: ['said', 'says', 'say', 'told', 'stated', 'added', 'described', 'describing', 'called', 'calling', 'wrote', 'writes', 'explain*', 'warned', 'according to', 'referred'],
};

interface Entry {
  words: string[];
  prefix: boolean;
  cls: string;
}

const ENTRIES: Entry[] = Object.entries(CLASSES).flatMap(([cls, items]) =>
  items.map((item) => ({
    words: item.replace(/\*$/, '').split(' '),
    prefix: item.endsWith('*'),
    cls,
  })),
);
const BY_FIRST = new Map<string, Entry[]>();
const PREFIXES: Entry[] = [];
for (const e of ENTRIES) {
  if (e.prefix) PREFIXES.push(e);
  else {
    const list = BY_FIRST.get(e.words[0]) ?? [];
    list.push(e);
    BY_FIRST.set(e.words[0], list);
  }
}
const PREFIX_BY_STEM = new Map(PREFIXES.map((e) => [e.words[0], e]));
const LONGEST_PREFIX = Math.max(...PREFIXES.map((e) => e.words[0].length));
const SHORTEST_PREFIX = Math.min(...PREFIXES.map((e) => e.words[0].length));

/** The class of the event word at words[i], and how many words it spans. */
function classAt(words: string[], i: number): { cls: string; length: number } | undefined {
  let best: { cls: string; length: number; chars: number } | undefined;
  for (const e of BY_FIRST.get(words[i]) ?? []) {
    if (e.words.every((w, k) => words[i + k] === w)) {
      const chars = e.words.join(' ').length;
      if (!best || chars > best.chars) best = { cls: e.cls, length: e.words.length, chars };
    }
  }
  const p = prefixEntry(words[i]);
  if (p && (!best || p.chars > best.chars)) best = { cls: p.cls, length: 1, chars: p.chars };
  return best && { cls: best.cls, length: best.length };
}

/** prefixEntry's answers by word (every sentence asks again for the same few thousand words); bounded. */
const prefixEntries = new Map<string, { cls: string; chars: number } | null>();

/** The longest prefix entry the word starts with: its own prefixes, longest to shortest. */
function prefixEntry(w: string): { cls: string; chars: number } | null {
  let found = prefixEntries.get(w);
  if (found !== undefined) return found;
  found = null;
  for (let n = Math.min(w.length, LONGEST_PREFIX); n >= SHORTEST_PREFIX; n--) {
    const e = PREFIX_BY_STEM.get(w.slice(0, n));
    if (e) {
      found = { cls: e.cls, chars: n };
      break;
    }
  }
  if (prefixEntries.size >= 50_000) prefixEntries.clear();
  prefixEntries.set(w, found);
  return found;
}

export interface EventWord {
  cls: string;
  /** Offsets relative to the text given. */
  start: number;
  end: number;
}

/** Every event word in the text with its class and position. */
export function eventWords(text: string): EventWord[] {
  const re = /[A-Za-z][A-Za-z'-]*/g;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    words.push(m[0].toLowerCase());
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const out: EventWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = classAt(words, i);
    if (hit) {
      out.push({ cls: hit.cls, start: starts[i], end: ends[i + hit.length - 1] });
      i += hit.length - 1;
    }
  }
  return out;
}

/** Every predicate class whose word occurs in the text, in order of first occurrence. */
export function predicatesIn(text: string): string[] {
  return [...new Set(eventWords(text).map((w) => w.cls))];
}

/** The class of one event noun or verb ("war", "conflict" -> 'war'), if it is one. */
export function predicateOf(word: string): string | undefined {
  return classAt([word.toLowerCase()], 0)?.cls;
}
