// The recogniser for article text: runs the tagger over the tokenizer's sentences, maps
// token ranges to exact UTF-16 spans, snaps each span to the name itself and makes the
// document agree with itself (a name tagged once is tagged, with one type, everywhere).
import type { Sentence, Token } from '../model';
import type { EntityRecognizer, NameSpan, NameType } from './recognizer';
import { DEMONYMS } from './gazetteers/countries';
import { OFFICE_WORDS } from './gazetteers/people';
import { GAZETTEERS, matchGazetteers } from './gazetteers';
import type { Tagger } from './tagger';
import type { TokenSpan } from './tags';

const TYPE_NAMES: Record<string, NameType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };
/** Longest run of tokens tagged as one sentence; longer "sentences" (tables, run-ons) are cut. */
const MAX_SENTENCE = 400;

// Single words that, at the start of a person span, are a title rather than the name.
const TITLE_WORDS = new Set(OFFICE_WORDS.map((w) => w.toLowerCase()));
const DEMONYM_WORDS = new Set(DEMONYMS);
/** Gazetteers of names (not of title or suffix words): a listed name keeps its capital in a Title Case line. */
const NAME_LISTS = new Set(['country', 'city', 'region', 'demonym', 'org', 'given', 'surname', 'misc', 'company', 'club', 'league']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’', "'S", '’S']);

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;
const WORDY = /[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;
const LETTER = /\p{L}/u;

const OPENING_MARKS = new Set(['"', "'", '‘', '“', '(']);
// First-letter tests run on every token: ASCII is answered without a regular expression (an
// empty word gives NaN, which falls through to the expression, as does anything non-ASCII).
const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(w);
};
const startsCapital = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
};
const startsLetter = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_FIRST.test(w);
};

const isWordy = (t: string): boolean => WORDY.test(t);
const startsUpper = (t: string): boolean => {
  const c = t.charAt(0);
  return c !== c.toLowerCase();
};

export class ArticleRecognizer implements EntityRecognizer {
  constructor(
    readonly id: string,
    readonly tagger: Tagger,
  ) {}

  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameSpan[] {
    try {
      return this.run(text, tokens, sentences);
    } catch {
      return []; // never throw into the analysis; a bug here costs names, not the document
    }
  }

  private run(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameSpan[] {
    // Token index ranges to tag, one per sentence (cut when very long).
    const ranges: Array<[number, number]> = [];
    for (const s of sentences) {
      const a = Math.max(0, s.tokenStart | 0);
      const b = Math.min(tokens.length, s.tokenEnd | 0);
      for (let k = a; k < b; k += MAX_SENTENCE) ranges.push([k, Math.min(b, k + MAX_SENTENCE)]);
    }
    const words = caseForTagging(tokens, ranges);
    const tagged = this.tagger.tagDocument(ranges.map(([a, b]) => words.slice(a, b)));
    const spans: TokenSpan[] = [];
    tagged.forEach((sent, i) => {
      const offset = ranges[i][0];
      for (const s of sent) {
        const snapped = snap(tokens, { start: s.start + offset, end: s.end + offset, type: s.type });
        if (snapped) spans.push(snapped);
      }
    });
    const consistent = makeConsistent(tokens, mergeNationalBodies(tokens, spans));
    return consistent.map((s) => {
      const start = tokens[s.start].start;
      const end = tokens[s.end - 1].end;
      return { start, end, type: TYPE_NAMES[s.type] ?? 'misc', text: text.slice(start, end), confidence: 1 };
    });
  }
}

/**
 * Token texts as the tagger should see them. Headlines in Title Case capitalise every word,
 * which the news corpus never does (its headlines are in capitals), so there a capital says
 * nothing: a word of such a line is passed in lower case unless the same article also
 * capitalises it in the middle of an ordinary sentence.
 */
export function caseForTagging(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>): string[] {
  const words = tokens.map((t) => t.text);
  // The sets below matter only for lines that (nearly) capitalise every word: rare, so made on demand.
  let lowerForms: Set<string> | undefined;
  const writtenLower = (w: string): boolean => {
    if (!lowerForms) {
      lowerForms = new Set<string>();
      for (const x of words) if (startsLower(x)) lowerForms.add(x);
    }
    return lowerForms.has(w);
  };
  // A Title Case line: (nearly) every longer word capitalised, and at least two of them words
  // the article otherwise writes in lower case; a run of names alone does not qualify.
  const titleCase = ranges.map(([a, b]) => {
    let content = 0;
    let capital = 0;
    for (let i = a; i < b; i++) {
      if (words[i].length < 4 || !startsLetter(words[i])) continue;
      content++;
      if (startsCapital(words[i])) capital++;
    }
    if (content < 4 || capital < content * 0.9) return false;
    let common = 0;
    for (let i = a; i < b; i++) {
      if (words[i].length >= 4 && startsLetter(words[i]) && startsCapital(words[i]) && writtenLower(words[i].toLowerCase())) common++;
    }
    return common >= 2;
  });
  if (!titleCase.includes(true)) return words;
  const capitalisedMidSentence = new Set<string>();
  ranges.forEach(([a, b], k) => {
    if (titleCase[k]) return;
    for (let i = a + 1; i < b; i++) if (startsCapital(words[i]) && !OPENING_MARKS.has(words[i - 1])) capitalisedMidSentence.add(words[i]);
  });
  ranges.forEach(([a, b], k) => {
    if (!titleCase[k]) return;
    const known = matchGazetteers(words.slice(a, b).map((w) => w.toLowerCase()));
    for (let i = a; i < b; i++) {
      if (!CAPITALISED.test(words[i]) || capitalisedMidSentence.has(words[i])) continue;
      if (known[i - a].some((code) => NAME_LISTS.has(GAZETTEERS[code >> 2][0]))) continue;
      words[i] = words[i].toLowerCase();
    }
  });
  return words;
}

/**
 * "Chilean Foreign Ministry": the news corpus splits a nationality from the body it
 * qualifies (MISC + ORG); for resolving entities across sources the whole is the name.
 */
export function mergeNationalBodies(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TokenSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (b && a.type === 'MISC' && b.type === 'ORG' && a.end === b.start && a.end - a.start === 1 && DEMONYM_WORDS.has(tokens[a.start].text)) {
      out.push({ start: a.start, end: b.end, type: 'ORG' });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The span trimmed to the name: no leading title (for people), quotes or punctuation; no trailing possessive. */
export function snap(tokens: readonly Token[], span: TokenSpan): TokenSpan | undefined {
  let { start, end } = span;
  const word = (i: number): string => tokens[i].text;
  for (;;) {
    if (start >= end) return undefined;
    const w = word(start);
    if (!isWordy(w)) start++;
    else if (span.type === 'PER' && end - start > 1 && TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && startsUpper(word(start + 1))) start++;
    else if (w === 'the' && end - start > 1) start++;
    else break;
  }
  while (end > start && (POSSESSIVE.has(word(end - 1)) || !isWordy(word(end - 1)))) end--;
  return end > start ? { start, end, type: span.type } : undefined;
}

/**
 * One document, one reading: every form (exact token sequence) the tagger found gets the type
 * it was given most often, and later or earlier occurrences it missed are added, when they
 * stand alone (not glued to other capitalised words, which would make a different name).
 */
export function makeConsistent(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  // Indexed loops and small helpers, no iterator destructuring: every fresh isolate optimises
  // this early, and in that style it took two ~45 ms compilations, now one of ~13 ms.
  const keys: string[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) keys[i] = formKey(tokens, spans[i].start, spans[i].end);
  const votes = new Map<string, Map<string, number>>();
  /** A span of each form: its words are those tokens' texts (no need to split the key). */
  const spanOf = new Map<string, TokenSpan>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = keys[i];
    let v = votes.get(k);
    if (!v) {
      v = new Map<string, number>();
      votes.set(k, v);
      spanOf.set(k, s);
    }
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
  }
  const typeOf = new Map<string, string>();
  votes.forEach((v, k) => typeOf.set(k, majority(v)));
  const covered = new Uint8Array(tokens.length);
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    out.push({ start: s.start, end: s.end, type: typeOf.get(keys[i]) || s.type });
    covered.fill(1, s.start, s.end);
  }
  const forms = formsByFirstWord(tokens, typeOf, spanOf);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    // Every form starts with a capital (formsByFirstWord): a token starting with an ASCII
    // character that is not an upper-case letter is none, and needs no lookup.
    const c = tokens[i].text.charCodeAt(0);
    if (c < 128 && !(c >= 65 && c <= 90)) continue;
    const list = forms.get(tokens[i].text);
    if (!list) continue;
    for (let f = 0; f < list.length; f++) {
      const words = list[f].words;
      const end = i + words.length;
      if (end > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < words.length && ok; j++) ok = !covered[i + j] && tokens[i + j].text === words[j];
      if (!ok || glued(tokens, i - 1) || glued(tokens, end)) continue;
      out.push({ start: i, end, type: list[f].type });
      covered.fill(1, i, end);
      i = end - 1;
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The exact token sequence of tokens [a, b) as one string. */
function formKey(tokens: readonly Token[], a: number, b: number): string {
  let k = tokens[a].text;
  for (let i = a + 1; i < b; i++) k += '\u0001' + tokens[i].text;
  return k;
}

/** The type given more than half of the votes, or ''. */
function majority(votes: Map<string, number>): string {
  let best = '';
  let count = 0;
  let total = 0;
  votes.forEach((c, t) => {
    total += c;
    if (c > count) {
      best = t;
      count = c;
    }
  });
  return count * 2 > total ? best : '';
}

/** A name as its words, and the type the document gives it. */
interface Form {
  words: string[];
  type: string;
}

/**
 * The forms that have a type, by first word, longest first: only those whose first word is
 * capitalised and that hold a letter (a form of digits or marks is no name to look for).
 */
function formsByFirstWord(tokens: readonly Token[], typeOf: Map<string, string>, spanOf: Map<string, TokenSpan>): Map<string, Form[]> {
  const forms = new Map<string, Form[]>();
  typeOf.forEach((t, k) => {
    if (!t) return;
    const { start, end } = spanOf.get(k)!;
    const words: string[] = [];
    let lettered = false;
    for (let i = start; i < end; i++) {
      words.push(tokens[i].text);
      lettered ||= LETTER.test(tokens[i].text);
    }
    if (!startsUpper(words[0]) || !lettered) return;
    const list = forms.get(words[0]);
    if (list) list.push({ words, type: t });
    else forms.set(words[0], [{ words, type: t }]);
  });
  forms.forEach((list) => list.sort((a, b) => b.words.length - a.words.length));
  return forms;
}

/** Whether token i is a capitalised wordy token that would make a longer name with its neighbour. */
function glued(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && i < tokens.length && startsUpper(tokens[i].text) && isWordy(tokens[i].text);
}
