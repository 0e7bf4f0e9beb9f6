// Links inside one document: an acronym to the name it abbreviates ("EWPL" -> "East-West
// Power Link"), a surname to the full name written earlier ("Petrova" -> "Anna Petrova"),
// a bare institution to the one named with its country ("the Health Ministry" -> "Kenya's health
// ministry") when the document names only one.
import type { Mention, MentionLink, Span } from '../model';
import { institutionKey } from './institutions';
import { remembered } from '../memo';
import { acronymKey, nameTokens, normalizeName, withoutLegalSuffix } from './names';

const NAMES = new Set(['person', 'organization', 'place', 'event', 'misc']);

// Per name text, remembered across documents (the same names recur; bounded by `remembered`).
// The arrays are shared: read only.
const wordsOfName = remembered(nameTokens);
const institutionKeyOf = remembered(institutionKey);
const shortFormWords = remembered((text: string): readonly string[] => withoutLegalSuffix(normalizeName(text)).split(' '));

export function linkWithinDocument(
  _text: string, mentions: readonly Mention[], acronymPairs: ReadonlyArray<{ long: Span; short: Span }>,
): MentionLink[] {
  const links: MentionLink[] = [];
  const names = mentions.filter((m) => NAMES.has(m.type));
  linkAcronyms(names, acronymPairs, links);
  linkSurnames(names, links);
  linkShortForms(names, links);
  linkInstitutions(names, links);
  return links;
}

function linkAcronyms(names: Mention[], pairs: ReadonlyArray<{ long: Span; short: Span }>, links: MentionLink[]): void {
  for (const pair of pairs) {
    const long = names.find((m) => m.start === pair.long.start && m.end === pair.long.end)
      ?? names.find((m) => m.start < pair.long.end && pair.long.start < m.end && m.end - m.start >= (pair.long.end - pair.long.start) / 2);
    if (!long) continue;
    const short = names.find((m) => m.start === pair.short.start && m.end === pair.short.end);
    if (!short) continue;
    // Every mention written like the acronym refers to the long form.
    const key = acronymKey(short.text);
    for (const m of names) {
      if (m !== long && acronymKey(m.text) === key && m.text.length <= short.text.length + 2) {
        links.push({ from: m.id, to: long.id, kind: 'acronym' });
      }
    }
  }
}

function linkSurnames(names: Mention[], links: MentionLink[]): void {
  const people = names.filter((m) => m.type === 'person').map((m) => ({ m, tokens: wordsOfName(m.text) }));
  const full = people.filter((p) => p.tokens.length >= 2);
  for (const { m, tokens } of people) {
    if (tokens.length !== 1) continue;
    const matches = full.filter((f) => f.tokens[f.tokens.length - 1] === tokens[0]);
    if (matches.length === 0) continue;
    // Two people share the surname (a minister and his wife): a bare surname in news means the
    // one the article is about, the full name it uses most (the first named on a tie).
    const counts = new Map<string, { count: number; first: Mention }>();
    for (const { m: f, tokens: ft } of matches) {
      const key = ft.join(' ');
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { count: 1, first: f });
    }
    const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first.start - b.first.start);
    if (ranked.length > 1 && ranked[0].count === ranked[1].count && ranked[0].first.start > m.start) continue;
    links.push({ from: m.id, to: ranked[0].first.id, kind: 'partial' });
  }
}

/**
 * An organisation's short form: its first words ("Brightwater" for "Brightwater Systems Inc.")
 * or its last two or more ("Renewal Party" for "People's Renewal Party"), when the document
 * has exactly one longer name it fits. A one-word short form the tagger took for a person
 * links only if no person in the document bears that name.
 */
function linkShortForms(names: Mention[], links: MentionLink[]): void {
  const all = names.map((m) => ({ m, tokens: shortFormWords(m.text) }));
  const orgs = all.filter(({ m }) => m.type === 'organization');
  const surnames = new Set<string>();
  for (const m of names) {
    if (m.type !== 'person') continue;
    const t = wordsOfName(m.text);
    if (t.length >= 2) surnames.add(t[t.length - 1]).add(t[0]);
  }
  // A short form fits only names that begin with its first word or end with its last: the
  // organisations by first and by last word (positions in orgs, ascending), so each name is
  // compared with those instead of every organisation.
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  orgs.forEach(({ tokens: t }, i) => {
    listAt(byFirst, t[0]).push(i);
    listAt(byLast, t[t.length - 1]).push(i);
  });
  const none: number[] = [];
  for (const { m, tokens } of all) {
    if (m.type === 'person' && (tokens.length !== 1 || surnames.has(tokens[0]))) continue;
    const candidates = mergeAscending(byFirst.get(tokens[0]) ?? none, tokens.length >= 2 ? byLast.get(tokens[tokens.length - 1]) ?? none : none);
    const fits = candidates.map((i) => orgs[i]).filter(({ m: o, tokens: t }) => o !== m && t.length > tokens.length && (
      tokens.every((w, i) => t[i] === w) ||
      (tokens.length >= 2 && tokens.every((w, i) => t[t.length - tokens.length + i] === w))));
    const distinct = new Set(fits.map((f) => f.tokens.join(' ')));
    if (distinct.size !== 1) continue;
    links.push({ from: m.id, to: fits[0].m.id, kind: 'partial' });
  }
}

function listAt(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The union of two ascending lists, ascending, without repeats. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  if (a.length === 0) return b as number[];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

function linkInstitutions(names: Mention[], links: MentionLink[]): void {
  const orgs = names
    .filter((m) => m.type === 'organization')
    .map((m) => ({ m, key: institutionKeyOf(m.text) }))
    .filter((x) => x.key);
  for (const bare of orgs) {
    if (bare.key!.jurisdiction) continue;
    const owners = orgs.filter((o) => o.key!.jurisdiction && o.key!.body === bare.key!.body);
    const jurisdictions = new Set(owners.map((o) => o.key!.jurisdiction));
    if (jurisdictions.size === 1) links.push({ from: bare.m.id, to: owners[0].m.id, kind: 'pattern' });
  }
}
