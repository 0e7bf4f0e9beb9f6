// Titles and roles written next to a person's name, read into a comparable Role.
//
// Grammar (over scan tokens, any case):
//   title   := [det] (modifier | jurisdiction | institution)* office ["-elect"] [("to") post] [("of"|"for"|"at") owner]
//   before a name: "Deputy Trade Minister X", "Chilean Acting Interior Minister X", "French President X",
//                  "Norway’s ambassador to Lisbon, X", "Foreign Ministry spokesperson X";
//   after a name:  "X, the country’s foreign minister,", "X, ambassador to Rome, said".
// Jurisdictions are normalised to the country ("Norwegian" = "Norway’s" = "Norway") when the word
// is a country or demonym; other owners ("NATO", "Interpol") are kept as written, lower-cased.
// Honorifics ("Mr", "Dr") are not roles: findTitleFor ignores them; leadingTitleLength strips them.
import type { Span, TitleRole } from '../model';
import { jurisdictionOf } from '../resolve/places';
import type { Agreement } from './compare';
import { DOMAIN_WORDS, GENERIC_OWNERS, HONORIFICS, INSTITUTION_NOUNS, MAX_OFFICE_WORDS, MODIFIERS, OFFICES } from './roles-lexicon';
import { clampRange, firstNonSpace, guard, isCap, isHyphen, isSpace, scan, stem, type Tok } from './scan';

export interface Role extends TitleRole {
  /** Normalised office: 'foreign minister', 'ambassador', 'chief executive', … */
  office: string;
  /** Qualifying words as written, lower-cased: 'acting', 'deputy', 'former', 'senior', … */
  modifiers: string[];
  /** Country (normalised) or other owner of the office: 'norway', 'united states', 'nato'. */
  jurisdiction?: string;
  /** Place of posting: "ambassador to Lisbon" → 'lisbon'. */
  post?: string;
  /** Institution the office belongs to: "Foreign Ministry spokesperson" → 'foreign ministry'. */
  org?: string;
}

export interface TitleMention extends Span {
  text: string;
  role: Role;
}

interface Parse {
  e: number;
  role: Role;
}

/** Acronyms that are offices only in capitals ("PM", "MP"), not the words "pm", "mp". */
const CAPS_ONLY = new Set(['pm', 'mp', 'mep', 'cfo', 'coo', 'cto', 'ceo']);
const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'of', 'on', 'for', 'with', 'by', 'near', 'into']);
const APPOSITIVE_END = new Set([',', '.', ';', ')', '—', '–', ':', '!', '?']);
const APPOSITIVE_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'noted', 'stated', 'announced', 'explained', 'warned']);

/** The leading ASCII letters and digits of every office phrase ("vice" of "vice-chancellor"). */
let officeLeads: Set<string> | undefined;
/** Per first character of a lead, a bit per length (below 32) of the leads that start with it. */
const leadLengths = new Uint32Array(128);

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * False when no office phrase can start with word w: a word of ASCII letters and digits is
 * the whole leading run of a phrase starting there (the scanner would have taken any further
 * letter or digit into it), so it must be one of the leads. Other words are not filtered.
 * Asked of every word before a name: the first letter and length rule out most words before
 * their text is sliced and lower-cased.
 */
function mayStartOffice(w: Tok): boolean {
  const leads = officeLeadSet();
  const n = w.end - w.start;
  for (let k = 0; k < n; k++) if (!isAsciiAlnum(w.unit(k))) return true;
  // (ASCII: setting bit 0x20 lower-cases a letter and keeps a digit.)
  if (n < 32 && (leadLengths[w.unit(0) | 0x20] & (1 << n)) === 0) return false;
  return leads.has(w.low);
}

/** mayStartOffice of the word text[at, at + n) of ASCII letters and digits. */
function isLeadAt(text: string, at: number, n: number): boolean {
  const leads = officeLeadSet();
  if (n < 32 && (leadLengths[text.charCodeAt(at) | 0x20] & (1 << n)) === 0) return false;
  return leads.has(text.slice(at, at + n).toLowerCase());
}

/** officeLeads, and leadLengths filled, on first use. */
function officeLeadSet(): Set<string> {
  if (!officeLeads) {
    officeLeads = new Set([...OFFICES.keys()].map((k) => /^[a-z0-9]*/.exec(k)![0]));
    for (const lead of officeLeads) if (lead.length > 0 && lead.length < 32) leadLengths[lead.charCodeAt(0)] |= 1 << lead.length;
  }
  return officeLeads;
}

/**
 * False when no word that before() reads in front of a name can start an office, so that it
 * would find none (hasOffice): decided on the text, without scanning tokens, for most names.
 * Reads back from the name to a line break before a token or a mark before() breaks at (it reads
 * no word before those), at most the 240 characters tokensBefore() scans. Every maximal run of
 * ASCII letters and digits starting at a letter is tried as a word (a superset of the words the
 * scanner makes there); an apostrophe or any non-ASCII character answers true (not filtered).
 */
function mayHaveOfficeBefore(text: string, nameStart: number): boolean {
  const lo = Math.max(0, nameStart - 240);
  let runEnd = -1; // end of the run of ASCII letters and digits being read backwards, or -1
  let seen = false; // a token lies between i and the name (a line break before none is no break)
  for (let i = nameStart - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 11 || c === 12) {
      runEnd = -1;
      continue;
    }
    if (c === 10 || c === 13) {
      if (seen) return false;
      runEnd = -1;
      continue;
    }
    seen = true;
    if (isAsciiAlnum(c)) {
      if (runEnd < 0) runEnd = i + 1;
      const isLetter = c >= 65;
      if (isLetter && (i === lo || !isAsciiLetter(text.charCodeAt(i - 1))) && isLeadAt(text, i, runEnd - i)) return true;
      continue;
    }
    runEnd = -1;
    if (c >= 128 || c === 39) return true;
    if (BREAK_MARKS.has(c)) return false;
  }
  return false;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The ASCII marks before() breaks at (its /^[!?;:“”"«»()]$/). */
const BREAK_MARKS = new Set([33, 63, 59, 58, 34, 40, 41]);

class TitleParser {
  constructor(private readonly text: string, private readonly t: readonly Tok[]) {}

  /** office(k) by k: the parse of every start position asks for the same tokens again. */
  private readonly offices: Array<{ office: string; next: number } | null | undefined> = [];

  /** Normalised office starting at token k, longest phrase first. */
  office(k: number): { office: string; next: number } | undefined {
    let found = this.offices[k];
    if (found === undefined) this.offices[k] = found = this.findOffice(k) ?? null;
    return found ?? undefined;
  }

  /**
   * Whether an office starts at some token in [from, to). Every parse that succeeds read one
   * there (parse returns only after an office), so without one no parse need be tried.
   */
  hasOffice(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.office(k)) return true;
    return false;
  }

  private findOffice(k: number): { office: string; next: number } | undefined {
    const t = this.t;
    if (t[k]?.kind !== 'w' || !mayStartOffice(t[k])) return undefined;
    const max = Math.min(t.length - k, MAX_OFFICE_WORDS * 2);
    for (let n = max; n >= 1; n--) {
      const last = t[k + n - 1];
      if (last.kind === 'p' && last.text !== '.') continue;
      let ok = true;
      for (let q = k + 1; q < k + n; q++) if (t[q].nl || t[q].text === ',') ok = false;
      if (!ok) continue;
      const key = this.text.slice(t[k].start, last.end).toLowerCase().replace(/\s+/g, ' ');
      const office = OFFICES.get(key);
      if (!office) continue;
      if (CAPS_ONLY.has(key) && t[k].text !== t[k].text.toUpperCase()) continue;
      return { office, next: k + n };
    }
    return undefined;
  }

  /** "U.S.", "U.K." as one lower-cased string and the token after it. */
  initialism(k: number): { text: string; next: number } | undefined {
    const t = this.t;
    let q = k;
    let s = '';
    while (t[q]?.kind === 'w' && t[q].text.length === 1 && isCap(t[q]) && t[q + 1]?.text === '.' && t[q + 1].tight && (q === k || t[q].tight)) {
      s += t[q].low + '.';
      q += 2;
    }
    return q - k >= 4 ? { text: s, next: q } : undefined;
  }

  /** A jurisdiction at k: country, demonym, possessive, initialism or capitalised owner. */
  jurisdiction(k: number, start: number): { value?: string; next: number } | undefined {
    const t = this.t;
    const w = t[k];
    if (!w || w.kind !== 'w') return undefined;
    const ini = this.initialism(k);
    if (ini) return { value: jurisdictionOf(ini.text) ?? ini.text, next: ini.next };
    // Two-word countries and demonyms: "South Korean", "New Zealand’s".
    if (t[k + 1]?.kind === 'w' && isCap(w) && isCap(t[k + 1])) {
      const two = jurisdictionOf(`${w.low} ${stem(t[k + 1])}`);
      if (two) return { value: two, next: k + 2 };
    }
    const base = stem(w);
    const possessive = base !== w.low && /['’]s$/.test(w.low);
    if (possessive) {
      // "the country’s", "the group’s": an owner we cannot name.
      if (GENERIC_OWNERS.has(base) && t[k - 1]?.low === 'the') return { next: k + 1 };
      if (!isCap(w)) return undefined;
      return { value: jurisdictionOf(base) ?? base, next: k + 1 };
    }
    if (!isCap(w)) return undefined;
    const known = jurisdictionOf(base);
    if (known) return { value: known, next: k + 1 };
    if (OFFICES.has(w.low) || MODIFIERS.has(w.low) || HONORIFICS.has(w.low)) return undefined;
    // An unknown capitalised owner ("NATO", "Interpol") only right before an office or rank word,
    // and not as the object of a preposition ("in Paris Foreign Minister …").
    if (k === start && k > 0 && PREPOSITIONS.has(t[k - 1].low)) return undefined;
    if (this.office(k + 1) || MODIFIERS.has(stem(t[k + 1] ?? w))) return { value: base, next: k + 1 };
    return undefined;
  }

  /** "Foreign Ministry", "State Department", "army": a run ending in an institution noun. */
  institution(k: number): { value: string; next: number } | undefined {
    const t = this.t;
    for (let q = k; q < t.length && q < k + 4; q++) {
      const w = t[q];
      if (w.kind !== 'w' || (q > k && w.nl)) return undefined;
      if (INSTITUTION_NOUNS.has(stem(w))) {
        if (!this.office(q + 1) && !(MODIFIERS.has(stem(t[q + 1] ?? w)))) return undefined;
        return { value: this.text.slice(t[k].start, w.end).toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' '), next: q + 1 };
      }
      if (!isCap(w) && !DOMAIN_WORDS.has(w.low)) return undefined;
    }
    return undefined;
  }

  /** A capitalised name run after "to"/"of"/"at": "Lisbon", "the United Nations", "U.S.". */
  owner(k: number): { value: string; next: number } | undefined {
    const t = this.t;
    let q = k;
    if (t[q]?.low === 'the') q++;
    const ini = this.initialism(q);
    if (ini) return { value: jurisdictionOf(ini.text) ?? ini.text, next: ini.next };
    const s = q;
    while (q < t.length && q < s + 5 && t[q].kind === 'w' && (isCap(t[q]) || (q > s && (t[q].low === 'of' || t[q].low === 'and') && isCap(t[q + 1] ?? t[q]))) && !(q > s && t[q].nl)) q++;
    while (q > s && !isCap(t[q - 1])) q--;
    if (q === s) return undefined;
    const phrase = this.text.slice(t[s].start, t[q - 1].end).replace(/['’]s$/, '').toLowerCase().replace(/\s+/g, ' ');
    return { value: jurisdictionOf(phrase) ?? phrase, next: q };
  }

  parse(p: number, appositive: boolean): Parse | undefined {
    const t = this.t;
    let k = p;
    const role: Role = { office: '', modifiers: [] };
    if (appositive && t[k] && /^(the|a|an)$/.test(t[k].low)) k++;
    for (let guard = 0; guard < 10 && k < t.length; guard++) {
      const w = t[k];
      if (w.kind !== 'w' || (k > p && w.nl)) return undefined;
      const office = this.office(k);
      if (office) {
        role.office = office.office;
        k = office.next;
        return { e: this.tail(k, role), role };
      }
      const low = stem(w);
      if (MODIFIERS.has(low) && low === w.low) {
        if (low === 'de' && t[k + 1]?.low !== 'facto') return undefined;
        role.modifiers.push(low === 'de' ? 'de facto' : low);
        k += low === 'de' ? 2 : 1;
        if (isHyphen(t[k]) && t[k].tight) k++; // "ex-", "then-", "vice-"
        continue;
      }
      const inst = this.institution(k);
      if (inst) {
        role.org = inst.value;
        k = inst.next;
        continue;
      }
      const j = this.jurisdiction(k, p);
      if (j) {
        if (j.value && !role.jurisdiction) role.jurisdiction = j.value;
        k = j.next;
        continue;
      }
      return undefined;
    }
    return undefined;
  }

  /** After the office: "-elect", "to Lisbon", "of France", "at Harvard". */
  private tail(k: number, role: Role): number {
    const t = this.t;
    if (isHyphen(t[k]) && t[k].tight && t[k + 1]?.tight && /^(elect|designate)$/.test(t[k + 1].low)) {
      role.modifiers.push(t[k + 1].low);
      k += 2;
    }
    for (let guard = 0; guard < 2; guard++) {
      const prep = t[k];
      if (!prep || prep.kind !== 'w' || prep.nl) break;
      if (prep.low === 'to' && !role.post) {
        const o = this.owner(k + 1);
        if (!o) break;
        role.post = o.value;
        k = o.next;
      } else if ((prep.low === 'of' || prep.low === 'for' || prep.low === 'at') && !role.org) {
        const o = this.owner(k + 1);
        if (!o) break;
        if (jurisdictionOf(o.value) && !role.jurisdiction) role.jurisdiction = o.value;
        else role.org = o.value;
        k = o.next;
      } else break;
    }
    return k;
  }
}

const MAX_BACK = 14;

/** The title written right before the name, or in an appositive right after it. */
export function findTitleFor(text: string, name: Span): TitleMention | undefined {
  return guard(() => {
    if (typeof text !== 'string' || !name) return undefined;
    const span = clampRange(text, name);
    return before(text, span) ?? after(text, span);
  }, undefined);
}

function before(text: string, name: Span): TitleMention | undefined {
  if (!mayHaveOfficeBefore(text, name.start)) return undefined;
  const t = tokensBefore(text, name.start);
  if (!t.length) return undefined;
  let end = t.length;
  if (t[end - 1].text === ',') end--; // "Norway’s ambassador to Lisbon, X"
  const p = new TitleParser(text, t.slice(0, end));
  // A title runs up to the name without a break: start after the last break before it.
  const first = Math.max(0, end - MAX_BACK);
  let from = first;
  for (let q = end - 1; q > first; q--) {
    // (Marks are 'p' tokens: testing the kind first spares slicing the words' text.)
    if (t[q].nl || (t[q].kind === 'p' && /^[!?;:“”"«»()]$/.test(t[q].text)) || sentenceDot(t, q)) {
      from = q;
      break;
    }
  }
  if (!p.hasOffice(from, end)) return undefined;
  for (let s = from; s < end; s++) {
    const r = p.parse(s, false);
    if (r && r.e === end) return mention(text, t, s, end, r.role);
  }
  return undefined;
}

/** Characters before a name scanned first: nearly always enough for the tokens before() reads. */
const NEAR_BACK = 110;

/**
 * The tokens of the 240 characters before a name, or a suffix of them that holds every token
 * before() reads: the last MAX_BACK and one before (with a trailing comma, one more). Scanned
 * from a space, the text gives the same tokens after the first (no token contains a space; only
 * the first one's line-break flag may differ), so a short window usually does.
 */
function tokensBefore(text: string, nameStart: number): Tok[] {
  const start = Math.max(0, nameStart - 240);
  let x = nameStart - NEAR_BACK;
  while (x > start && x < nameStart && !isSpace(text.charCodeAt(x))) x++;
  if (x > start && x < nameStart) {
    const near = scan(text, { start: x, end: nameStart });
    if (near.length >= MAX_BACK + 3) return near.slice(1);
  }
  return scan(text, { start, end: nameStart });
}

/** A full stop, not the period of "U.S." or "Sen.". */
function sentenceDot(t: readonly Tok[], q: number): boolean {
  if (t[q].kind !== 'p' || t[q].text !== '.') return false;
  const w = t[q - 1];
  return !(w && t[q].tight && w.kind === 'w' && (w.text.length === 1 || OFFICES.has(w.low + '.') || HONORIFICS.has(w.low)));
}

function after(text: string, name: Span): TitleMention | undefined {
  const end = Math.min(text.length, name.end + 240);
  // An appositive starts with a comma, which most names lack: look before scanning.
  const first = firstNonSpace(text, name.end, end);
  if (first < 0 || text.charCodeAt(first) !== 44) return undefined;
  const t = scan(text, { start: name.end, end });
  if (t[0]?.text !== ',' || !t[1]) return undefined;
  const r = new TitleParser(text, t).parse(1, true);
  if (!r) return undefined;
  const n = t[r.e];
  if (n && !n.nl && !APPOSITIVE_END.has(n.text) && !APPOSITIVE_VERBS.has(n.low)) return undefined;
  return mention(text, t, 1, r.e, r.role);
}

function mention(text: string, t: readonly Tok[], s: number, e: number, role: Role): TitleMention {
  const start = t[s].start;
  const end = t[e - 1].end;
  return { start, end, text: text.slice(start, end), role };
}

/**
 * How many characters at the start of a name span are a title or honorific ("Minister ",
 * "Dr. ", "Deputy Trade Minister "), so the recogniser can snap the span to the name. At
 * least one capitalised word is always left. Meant for person spans ("General Motors" would
 * lose "General ").
 */
export function leadingTitleLength(text: string, span: Span): number {
  return guard(() => {
    if (typeof text !== 'string' || !span) return 0;
    const range = clampRange(text, span);
    const t = scan(text, range);
    const p = new TitleParser(text, t);
    // Nothing to strip without an honorific or an office (see hasOffice) among the tokens.
    if (!t.some((w) => w.kind === 'w' && HONORIFICS.has(w.low)) && !p.hasOffice(0, t.length)) return 0;
    let k = 0;
    for (let guard = 0; guard < 4; guard++) {
      const w = t[k];
      if (!w || w.kind !== 'w') break;
      if (HONORIFICS.has(w.low)) {
        const next = t[k + 1]?.text === '.' && t[k + 1].tight ? k + 2 : k + 1;
        if (!isName(t[next])) break;
        k = next;
        continue;
      }
      const r = p.parse(k, false);
      if (!r || r.e <= k || !isName(t[r.e])) break;
      k = r.e;
    }
    return k > 0 && t[k] ? t[k].start - range.start : 0;
  }, 0);
}

function isName(w: Tok | undefined): boolean {
  return !!w && w.kind === 'w' && isCap(w) && !w.nl;
}

// ---- comparison -------------------------------------------------------------------------

/** Offices that loosely name the same post ("envoy" for an ambassador). */
const FAMILIES: string[][] = [
  ['ambassador', 'envoy', 'permanent representative', 'special representative', "chargé d'affaires"],
  ['spokesperson', 'press secretary'],
  ['foreign minister', 'foreign secretary', 'secretary of state'],
  ['prime minister', 'head of government'],
  ['president', 'head of state'],
  ['king', 'queen', 'monarch', 'emir', 'sultan'],
  ['analyst', 'expert', 'researcher', 'scholar'],
  ['adviser', 'aide'],
  ['lawmaker', 'member of parliament', 'representative', 'senator', 'member of the european parliament'],
  ['chief executive', 'managing director'],
];
const FAMILY = new Map<string, number>();
FAMILIES.forEach((f, i) => f.forEach((o) => FAMILY.set(o, i)));
/** Offices that name no particular post: agree with any other. */
const GENERIC_OFFICES = new Set(['official', 'leader', 'head', 'chief', 'diplomat', 'officer', 'aide']);

function officeAgreement(a: string, b: string): Agreement {
  if (a === b) return 'equal';
  if (GENERIC_OFFICES.has(a) || GENERIC_OFFICES.has(b)) return 'compatible';
  // "Minister" and "Foreign Minister", "General" and "Lieutenant General": one is less specific.
  if (a.endsWith(' ' + b) || b.endsWith(' ' + a)) return 'compatible';
  const fa = FAMILY.get(a);
  if (fa !== undefined && fa === FAMILY.get(b)) return 'compatible';
  return 'conflict';
}

/** The rank classes of the modifiers: acting/interim/caretaker are one class, "first" counts beside deputy/vice. */
function ranks(r: Role): string {
  const out = new Set<string>();
  const mods = Array.isArray(r.modifiers) ? r.modifiers : [];
  for (const m of mods) {
    const c = MODIFIERS.get(m);
    if (c) out.add(c);
  }
  if (mods.includes('first') && (out.has('deputy') || out.has('vice'))) out.add('first');
  return [...out].sort().join(' ');
}

function place(v: string | undefined): { key?: string; known: boolean } {
  if (!v) return { known: false };
  const c = jurisdictionOf(v);
  return { key: c ?? v.toLowerCase(), known: !!c };
}

/** Two named owners or posts: differing known countries conflict; missing or unknown ones do not. */
function placeAgreement(a: string | undefined, b: string | undefined): Agreement {
  const pa = place(a);
  const pb = place(b);
  if (!pa.key && !pb.key) return 'equal';
  if (!pa.key || !pb.key) return 'compatible';
  if (pa.key === pb.key) return 'equal';
  return pa.known && pb.known ? 'conflict' : 'compatible';
}

/**
 * Do two roles agree? A different office or rank ("Acting Interior Minister" vs "Interior
 * Minister") is a conflict; jurisdictions or posts conflict only when both name different known
 * countries; detail missing on one side is compatible.
 */
export function compareTitles(a: Role | TitleRole, b: Role | TitleRole): Agreement {
  if (!a || !b || typeof a.office !== 'string' || typeof b.office !== 'string' || !a.office || !b.office) return 'unknown';
  const parts: Agreement[] = [
    officeAgreement(a.office, b.office),
    ranks(a) === ranks(b) ? 'equal' : 'conflict',
    placeAgreement(a.jurisdiction, b.jurisdiction),
    placeAgreement(a.post, b.post),
  ];
  if (parts.includes('conflict')) return 'conflict';
  return parts.every((p) => p === 'equal') ? 'equal' : 'compatible';
}
