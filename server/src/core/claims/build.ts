// Turns sentences into claims: the sentences that assert something checkable, with the names
// they are about, the dates and figures they carry, the quotes in them and who said them.
import type { Claim, Mention, Quote, Sentence, Span } from '../model';
import { mainPredicate } from './predicates';

export interface QuoteInput extends Span {
  text: string;
  inner: Span;
}

const OPINION = /\b(should|must|ought|i think|we think|in my view|arguably|perhaps|maybe|hopefully|it is time|let us|let's)\b/i;
const SPEECH = /\b(said|says|say|told|stated|added|described|describing|called|calling|wrote|writes|explained|explains|warned|referred|according to)\b/i;

const NAME_TYPES = new Set(['person', 'organization', 'place', 'event', 'misc']);

export function buildClaims(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  quotes: readonly QuoteInput[],
  isBoilerplate: (span: Span) => boolean,
): Claim[] {
  const claims: Claim[] = [];
  const people = mentions.filter((x) => x.type === 'person');
  // Who "he said" or "the judge told him" refers to: the last speaker if there was one nearby,
  // else the last person named; for "the judge", the last person whose title says judge.
  let lastSpeaker: Mention | undefined;
  /** The first person of the sentence before the current one: "X arrived. “…,” she said." */
  let prevSubject: Mention | undefined;
  let sentenceSubject: Mention | undefined;
  const antecedent = (at: number, role?: string): Mention | undefined => {
    const near = (p: Mention | undefined) => (p && p.end <= at && at - p.end <= 1500 ? p : undefined);
    if (role) {
      const titled = people.filter((p) => p.end <= at && (p.title ?? '').toLowerCase().split(/\s+/).includes(role));
      return near(titled[titled.length - 1]);
    }
    if (prevSubject && prevSubject.end <= at && at - prevSubject.end <= 600) return prevSubject;
    if (near(lastSpeaker)) return lastSpeaker;
    let found: Mention | undefined;
    for (const p of people) {
      if (p.end > at) break;
      found = p;
    }
    return near(found);
  };
  let m = 0;
  let q = 0;
  for (const s of sentences) {
    prevSubject = sentenceSubject;
    sentenceSubject = undefined;
    while (m < mentions.length && mentions[m].end <= s.start) m++;
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (isBoilerplate(s)) continue;
    const inside: Mention[] = [];
    for (let k = m; k < mentions.length && mentions[k].start < s.end; k++) {
      if (mentions[k].end <= s.end) inside.push(mentions[k]);
    }
    const quoted: QuoteInput[] = [];
    for (let k = q; k < quotes.length && quotes[k].start < s.end; k++) quoted.push(quotes[k]);
    const sentenceText = text.slice(s.start, s.end);
    const names = inside.filter((x) => NAME_TYPES.has(x.type));
    const values = inside.filter((x) => x.type === 'date' || x.type === 'quantity');
    // A full name is a surer subject than a one-word "person" (often a tagger slip for a company).
    sentenceSubject = names.find((x) => x.type === 'person' && /\s/.test(x.text)) ?? names.find((x) => x.type === 'person');
    // Reported speech makes its subject the one a following "she said" refers to.
    const reporter = quoted.length === 0 ? reportedSpeaker(sentenceText, s.start, names) : undefined;
    if (reporter) lastSpeaker = reporter;
    const score = checkworthiness(sentenceText, names.length, values.length, quoted.length);
    if (score < 0.3) continue;
    claims.push({
      id: `c${claims.length + 1}`,
      start: s.start,
      end: s.end,
      text: sentenceText,
      predicate: mainPredicate(outsideQuotes(sentenceText, s.start, quoted)),
      subjects: names.map((x) => x.id),
      mentions: values.map((x) => x.id),
      quotes: quoted.map((x) => {
        const q = attribute(x, names, sentenceText, s.start, antecedent);
        if (q.speaker) lastSpeaker = mentions.find((p) => p.id === q.speaker);
        return q;
      }),
      checkworthiness: score,
    });
  }
  return claims;
}

/** 0..1: concrete values, names and quotes make a sentence worth checking; opinion does not. */
function checkworthiness(sentence: string, names: number, values: number, quotes: number): number {
  if (quotes === 0 && splitCount(sentence, 4) < 4) return 0;
  if (/\?\s*$/.test(sentence)) return 0.1;
  let score = 0.1 + Math.min(names, 3) * 0.15 + Math.min(values, 2) * 0.2 + Math.min(quotes, 1) * 0.2;
  if (OPINION.test(sentence)) score -= 0.25;
  return Math.max(0, Math.min(1, score));
}

/** sentence.split(/\s+/).length, counted only up to `limit`, without making the pieces. */
function splitCount(sentence: string, limit: number): number {
  let count = 1;
  for (let i = 0; i < sentence.length && count < limit; i++) {
    if (!isSpace(sentence.charCodeAt(i))) continue;
    count++;
    while (i + 1 < sentence.length && isSpace(sentence.charCodeAt(i + 1))) i++;
  }
  return count;
}

/** What \s matches in a regular expression (White_Space and the line terminators). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function outsideQuotes(sentence: string, offset: number, quotes: readonly QuoteInput[]): string {
  let out = sentence;
  for (const qt of quotes) {
    const a = Math.max(0, qt.start - offset);
    const b = Math.min(sentence.length, qt.end - offset);
    if (a < b) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/**
 * The speaker of a quote. A quote before its verb is spoken by the person after the verb
 * ("…,” said Minister X) or between quote and verb ("…,” X said); a quote after its verb by the
 * person before it (X said “…”, X called on Y to “…”); a participle ("…, calling it a “sound
 * step”") by the sentence's subject. "he said" / "she told" refers to the last person named
 * before. Failing all that, the person nearest the quote.
 */
/** "Judge X said the mayor had …": the person before the first speech verb of a sentence. */
function reportedSpeaker(sentence: string, offset: number, names: readonly Mention[]): Mention | undefined {
  const verb = SPEECH.exec(sentence);
  if (!verb || /ing$/i.test(verb[0])) return undefined;
  const at = offset + verb.index;
  return [...names].reverse().find((p) => p.type === 'person' && p.end <= at && at - p.end <= 40);
}

type Antecedent = (at: number, role?: string) => Mention | undefined;

function attribute(quote: QuoteInput, names: readonly Mention[], sentence: string, offset: number, before: Antecedent): Quote {
  const people = names.filter((n) => n.type === 'person' && (n.end <= quote.start || n.start >= quote.end));
  const result: Quote = { start: quote.start, end: quote.end, text: quote.text };
  if (!SPEECH.test(sentence)) return result;
  const speaker = speakerBySpeechVerb(quote, people, sentence, offset, before) ?? (people.length ? nearest(people, quote) : undefined);
  if (speaker) result.speaker = speaker.id;
  return result;
}

const SPEECH_ALL = new RegExp(SPEECH.source, 'gi');
const PRONOUN_BEFORE = /\b(he|she|they)\s+$/i;
/** "the judge told him": a person named earlier by the title. */
const ROLE_BEFORE = /\bthe ([a-z]+)\s+$/i;
const PRONOUN_AFTER = /^\s+(he|she|they)\b/i;

function speakerBySpeechVerb(
  quote: Span, people: readonly Mention[], sentence: string, offset: number, before: Antecedent,
): Mention | undefined {
  const at = (o: number) => o - offset;
  for (const v of sentence.matchAll(SPEECH_ALL)) {
    const verbStart = offset + v.index!;
    const verbEnd = verbStart + v[0].length;
    if (verbStart >= quote.start && verbEnd <= quote.end) continue; // the verb is quoted
    if (/ing$/i.test(v[0])) {
      const subject = people.find((p) => p.end <= verbStart);
      if (subject) return subject;
      continue;
    }
    if (quote.end <= verbStart) {
      const after = people.find((p) => p.start >= verbEnd && p.start - verbEnd <= 45);
      if (after && !/[.;“”"]/.test(sentence.slice(at(verbEnd), at(after.start)))) return after;
      const between = [...people].reverse().find((p) => p.start >= quote.end && p.end <= verbStart);
      if (between) return between;
      const lead = sentence.slice(0, at(verbStart));
      if (PRONOUN_BEFORE.test(lead) || PRONOUN_AFTER.test(sentence.slice(at(verbEnd)))) return before(quote.start);
      const role = ROLE_BEFORE.exec(lead);
      if (role) {
        const titled = before(quote.start, role[1].toLowerCase());
        if (titled) return titled;
      }
    } else {
      const subject = [...people].reverse().find((p) => p.end <= verbStart);
      if (subject) return subject;
      if (PRONOUN_BEFORE.test(sentence.slice(0, at(verbStart)))) return before(offset);
    }
  }
  return undefined;
}
function nearest(people: readonly Mention[], quote: Span): Mention {
  let best = people[0];
  let bestDistance = Infinity;
  for (const p of people) {
    const d = p.end <= quote.start ? quote.start - p.end : p.start - quote.end;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
