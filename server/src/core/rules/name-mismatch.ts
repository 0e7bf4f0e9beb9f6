// name-mismatch: one person, two different names across sources.
// Resolution merged mentions into one person on evidence beyond the name (same surname, same
// office, same event), yet the sources write different given names ("Anna Petrova" / "Maria
// Petrova"). One of them is wrong, and publishing the wrong one is the mistake this product
// exists to prevent. Transliterations ("Matvey"/"Matvei") are not this rule's business
// (spelling-variant), and a longer or shorter form of one name ("Anna Petrova" / "Anna Maria
// Petrova") is not a conflict.
import type { Entity, Mention } from '../model';
import { nameTokens, translitKey } from '../resolve/names';
import { inOneSource, outliersAmong, quoteList, relatedAt, sourceList, type Draft, type EntityRule, type RuleContext } from './rule';

interface Form {
  uri: string;
  mention: Mention;
  tokens: string[];
  /** The tokens' transliteration keys. */
  keys: string[];
}

export const nameMismatch: EntityRule = {
  id: 'name-mismatch',
  defaultSeverity: 'warning',
  description: 'The same person is named differently in different sources.',
  unit: 'entity',
  check(ctx, entity) {
    const drafts: Draft[] = [];
    if (entity.type !== 'person' || inOneSource(entity)) return drafts;
    const forms = sourceForms(ctx, entity);
    if (new Set(forms.map((f) => f.uri)).size < 2) return drafts;
    const flagged = outliersAmong(forms, (f) => f.keys.join('\u0000'), (a, b) => conflicting(a.keys, b.keys), (f) => f.mention.start);
    for (const { item, against } of flagged) {
      const others = against.map((f) => f.mention.text);
      drafts.push({
        uri: item.uri, start: item.mention.start, end: item.mention.end, text: item.mention.text,
        message: `“${item.mention.text}” is written ${quoteList(others)} in ${sourceList(ctx, against.map((f) => f.uri))}: the given names differ.`,
        related: against.map((f) => relatedAt(ctx, f.uri, f.mention, `${ctx.label(f.uri)} writes “${f.mention.text}”`)),
        confidence: 0.8,
        words: [nameTokens(item.mention.text).join(' '), ...others.map((o) => nameTokens(o).join(' ')).sort()],
      });
    }
    return drafts;
  },
};

/** Each source's fullest form of the name (its first occurrence). */
function sourceForms(ctx: RuleContext, entity: Entity): Form[] {
  const best = new Map<string, Form>();
  const mentions = ctx.mentionsOf(entity);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const uri = entity.mentions[i].uri;
    if (!m || m.boilerplate) continue;
    const tokens = nameTokens(m.text);
    const cur = best.get(uri);
    if (!cur || tokens.length > cur.tokens.length) best.set(uri, { uri, mention: m, tokens, keys: [] });
  }
  return [...best.values()].filter((f) => f.tokens.length >= 2).map((f) => ({ ...f, keys: f.tokens.map(translitKey) }));
}

/** Neither name's words are contained in the other's, even allowing for transliteration. */
function conflicting(ka: string[], kb: string[]): boolean {
  const within = (x: string[], y: string[]) => x.every((t) => y.includes(t));
  return !within(ka, kb) && !within(kb, ka);
}
