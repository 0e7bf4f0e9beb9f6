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

/** A class match: its class, how many words it spans, and its length in characters (longest wins). */
interface Hit {
  cls: string;
  length: number;
  chars: number;
}

interface Entry extends Hit {
  words: string[];
  prefix: boolean;
}

const ENTRIES: Entry[] = Object.entries(CLASSES).flatMap(([cls, items]) =>
  items.map((item) => {
    const words = item.replace(/\*$/, '').split(' ');
    return { words, prefix: item.endsWith('*'), cls, length: words.length, chars: words.join(' ').length };
  }),
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
/** The first two code units of every prefix stem (ASCII): most words start otherwise and skip the cache. */
const PREFIX_HEADS = new Uint8Array(128 * 128);
for (const e of PREFIXES) {
  const w = e.words[0];
  if (w.length < 2 || w.charCodeAt(0) >= 128 || w.charCodeAt(1) >= 128) throw new Error('predicates: prefix stems are ASCII, two letters at least');
  PREFIX_HEADS[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
}

/**
 * The first two code units of every word of every entry (all ASCII, lower case): a word of the
 * text that starts otherwise is part of no match, so it is never sliced or lower-cased.
 */
const WORD_HEADS = new Uint8Array(128 * 128);
for (const e of ENTRIES) {
  for (const w of e.words) {
    if (w.length < 2 || w.charCodeAt(0) >= 128 || w.charCodeAt(1) >= 128) throw new Error('predicates: entry words are ASCII, two characters at least');
    WORD_HEADS[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
  }
}

/** The class of the event word at words[i], and how many words it spans (the first longest match). */
function classAt(words: string[], i: number): Hit | undefined {
  // (An empty word stands for one that no entry can match: see textWords.)
  if (words[i] === '') return undefined;
  let best: Hit | undefined;
  const list = BY_FIRST.get(words[i]);
  if (list) for (const e of list) if ((!best || e.chars > best.chars) && wordsAt(e.words, words, i)) best = e;
  const p = prefixEntry(words[i]);
  if (p && (!best || p.chars > best.chars)) best = p;
  return best;
}

function wordsAt(entry: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < entry.length; k++) if (words[i + k] !== entry[k]) return false;
  return true;
}

/** prefixEntry's answers by word (every sentence asks again for the same few thousand words); bounded. */
const prefixEntries = new Map<string, Hit | null>();

/** The longest prefix entry the word starts with: its own prefixes, longest to shortest. */
function prefixEntry(w: string): Hit | null {
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (c0 < 128 && c1 < 128 && !PREFIX_HEADS[c0 * 128 + c1]) return null;
  let found = prefixEntries.get(w);
  if (found !== undefined) return found;
  found = null;
  for (let n = Math.min(w.length, LONGEST_PREFIX); n >= SHORTEST_PREFIX; n--) {
    const e = PREFIX_BY_STEM.get(w.slice(0, n));
    if (e) {
      found = { cls: e.cls, length: 1, chars: n };
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
  const out: EventWord[] = [];
  forEachEventWord(text, (w) => {
    out.push(w);
    return false;
  });
  return out;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The words the pattern [A-Za-z][A-Za-z'-]* matches (globally), lower-cased, with their offsets: a scan instead of a
 * regular expression (this runs on every sentence, and each match allocated an array). A word
 * that cannot be part of any entry (by its first two characters, WORD_HEADS) is '' instead.
 */
function textWords(text: string): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    let j = i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isAsciiLetter(c) && c !== 39 && c !== 45) break;
    }
    words.push(j - i >= 2 && WORD_HEADS[lowerAscii(text.charCodeAt(i)) * 128 + lowerAscii(text.charCodeAt(i + 1))] ? text.slice(i, j).toLowerCase() : '');
    starts.push(i);
    ends.push(j);
    i = j - 1;
  }
  return { words, starts, ends };
}

/** Calls `visit` with each event word in order until it returns true. */
function forEachEventWord(text: string, visit: (w: EventWord) => boolean): void {
  const { words, starts, ends } = textWords(text);
  for (let i = 0; i < words.length; i++) {
    const hit = classAt(words, i);
    if (hit) {
      if (visit({ cls: hit.cls, start: starts[i], end: ends[i + hit.length - 1] })) return;
      i += hit.length - 1;
    }
  }
}

/** Every predicate class whose word occurs in the text, in order of first occurrence. */
export function predicatesIn(text: string): string[] {
  return [...new Set(eventWords(text).map((w) => w.cls))];
}

/** A claim's predicate: the first class in predicatesIn that is not 'say', else its first. */
export function mainPredicate(text: string): string | undefined {
  let first: string | undefined;
  let main: string | undefined;
  // Words after the first class other than 'say' cannot change the answer: stop there.
  forEachEventWord(text, (w) => {
    first ??= w.cls;
    if (w.cls === 'say') return false;
    main = w.cls;
    return true;
  });
  return main ?? first;
}

/** The class of one event noun or verb ("war", "conflict" -> 'war'), if it is one. */
export function predicateOf(word: string): string | undefined {
  return classAt([word.toLowerCase()], 0)?.cls;
}
