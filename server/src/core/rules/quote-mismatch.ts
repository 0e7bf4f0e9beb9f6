// quote-mismatch: two sources quote the same speaker on the same matter in different words
// ("a wise gamble" / "far-sighted"). A quote is the one place where wording is the fact, so
// when sources disagree at least one misquotes. Raised only when both quotes are attributed to
// one resolved speaker and speak of the same thing: either the quotes overlap in part (one
// statement, two wordings), or both are short characterisations in sentences that share their
// other content words. Quotes whose words each appear in the other source's sentence agree
// ("partners in the campaign against poaching" / a "partner" in the campaign against poaching).
import { compareQuotes } from '../extract/quotes';
import { remembered } from '../memo';
import type { Claim, DocumentAnalysis, Quote } from '../model';
import { inOneSource, outliers, quoteList, relatedAt, sourceList, type Draft, type EntityRule } from './rule';

interface Attributed {
  uri: string;
  quote: Quote;
  claim: Claim;
  speaker: string;
  /** Quotes with the same words in the same sentence relate alike (wire copy repeats them). */
  wording: number;
}

const STOP = new Set(('a an the of in on at to for by with from and or but as is are was were be been being that this these those it its ' +
  'their his her they he she we you i not no than then so such which who whom whose what when where why how has have had do does did ' +
  'will would could should may might must can also just very more most said says say told called calling described describing').split(' '));

export const quoteMismatch: EntityRule = {
  id: 'quote-mismatch',
  defaultSeverity: 'information',
  description: 'Sources quote the same speaker on the same matter in different words.',
  unit: 'entity',
  check(ctx, entity) {
    const drafts: Draft[] = [];
    if (inOneSource(entity)) return drafts;
    const speaker = entity.id;
    const quotes: Attributed[] = [];
    const wordings = new Map<string, number>();
    for (const ref of entity.mentions) {
      const doc = ctx.docs.get(ref.uri);
      for (const { quote, claim } of (doc && quotesBySpeaker(doc).get(ref.mentionId)) ?? []) {
        const text = `${quote.text}\u0000${claim.text}`;
        let wording = wordings.get(text);
        if (wording === undefined) wordings.set(text, (wording = wordings.size));
        quotes.push({ uri: ref.uri, quote, claim, speaker, wording });
      }
    }
    // In document order, whichever mention of the speaker each quote hangs on.
    quotes.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.quote.start - y.quote.start));
    if (new Set(quotes.map((q) => q.uri)).size < 2) return drafts;
    const name = ctx.entity(speaker)?.name ?? '';
    const nameWords = new Set(words(name));
    // Each pair of wordings is judged once: outliers asks about the same pairs again and again.
    const judged = new Map<number, Relation>();
    const relation = (a: Attributed, b: Attributed): Relation => {
      const pair = a.wording * wordings.size + b.wording;
      let r = judged.get(pair);
      if (r === undefined) judged.set(pair, (r = related(a, b, nameWords)));
      return r;
    };
    const sameMatter = (a: Attributed, b: Attributed) => relation(a, b) !== 'unrelated';
    const flagged = outliers(
      quotes,
      (x) => quotes.filter((y) => y.uri !== x.uri && sameMatter(x, y)),
      (a, b) => relation(a, b) === 'conflict',
      (x) => x.quote.start,
    );
    for (const { item, against } of flagged) {
      const here = relatedAt(ctx, item.uri, item.quote, '');
      drafts.push({
        uri: item.uri, start: item.quote.start, end: item.quote.end, text: here.text,
        message: `${name} is quoted as “${bare(item.quote.text)}” here but as ${quoteList(against.map((a) => bare(a.quote.text)))} in ${sourceList(ctx, against.map((a) => a.uri))}.`,
        related: against.map((a) => relatedAt(ctx, a.uri, a.quote, `${ctx.label(a.uri)} quotes ${a.quote.text}`)),
        confidence: 0.6,
        words: [name, normalizeQuote(item.quote.text), ...against.map((a) => normalizeQuote(a.quote.text)).sort()],
      });
    }
    return drafts;
  },
};

type Relation = 'agree' | 'conflict' | 'unrelated';

/** A document's attributed quotes by speaker mention, made once per analysis. */
const quoteMemo = new WeakMap<DocumentAnalysis, Map<string, Array<{ quote: Quote; claim: Claim }>>>();
function quotesBySpeaker(doc: DocumentAnalysis): Map<string, Array<{ quote: Quote; claim: Claim }>> {
  let map = quoteMemo.get(doc);
  if (!map) {
    map = new Map();
    for (const claim of doc.claims) for (const quote of claim.quotes) {
      if (!quote.speaker) continue;
      const list = map.get(quote.speaker) ?? [];
      list.push({ quote, claim });
      map.set(quote.speaker, list);
    }
    quoteMemo.set(doc, map);
  }
  return map;
}

function related(a: Attributed, b: Attributed, nameWords: Set<string>): Relation {
  const qa = wordsOf(a.quote.text);
  const qb = wordsOf(b.quote.text);
  if (qa.length === 0 || qb.length === 0) return 'unrelated';
  // Each quote's words appear in the other source's sentence: the same words, quoted differently.
  const sa = sentenceWords(a.claim.text);
  const sb = sentenceWords(b.claim.text);
  if (qa.every((w) => sb.has(w)) && qb.every((w) => sa.has(w))) return 'agree';
  const { agreement, similarity } = compareQuotes(a.quote.text, b.quote.text);
  if (agreement === 'equal') return 'agree';
  // One quote is a cut of the other: the same words, quoted at different lengths.
  const [shorter, longer] = qa.length <= qb.length ? [qa, qb] : [qb, qa];
  if (isSubsequence(shorter, longer)) return 'agree';
  // Otherwise the same statement in other words is exactly what this rule reports.
  if (similarity >= 0.3) return 'conflict';
  const short = qa.length <= 6 && qb.length <= 6;
  if (!short) return 'unrelated';
  // Short characterisations: compare the rest of the two sentences.
  const outside = (x: Attributed) => new Set(wordsOf(x.claim.text).filter((w) => !nameWords.has(w) && !wordsOf(x.quote.text).includes(w)));
  const oa = outside(a);
  const ob = outside(b);
  let shared = 0;
  for (const w of oa) if (ob.has(w)) shared++;
  return shared >= 1 ? 'conflict' : 'unrelated';
}

/** The quoted words without their marks and trailing punctuation. */
function bare(text: string): string {
  return text.replace(/^[\s“”"‘’']+|[\s“”"‘’'.,;:!?]+$/g, '');
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i >= short.length;
}

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]+/g) ?? [];
}

/**
 * Content words of a quote or sentence, made once per text: a speaker's quotes are compared
 * with each other pair by pair, and the same texts come back every time.
 */
const wordsOf = remembered(contentWords);
const sentenceWords = remembered((text: string) => new Set(wordsOf(text)));

/** Content words, crudely singularised so "parties" and "party" meet. */
function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => (w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function normalizeQuote(text: string): string {
  return words(text).join(' ');
}
