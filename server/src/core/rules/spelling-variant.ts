// spelling-variant: one name, romanised differently across sources ("Matvey"/"Matvei",
// "Romanoff"/"Romanov"). Both spellings are usually acceptable, so this is only a hint: worth
// knowing for consistency of one's own copy, never a conflict.
import { compareNames } from '../resolve/names';
import { relatedAt, sourceList, type Draft, type EntityRule } from './rule';

export const spellingVariant: EntityRule = {
  id: 'spelling-variant',
  defaultSeverity: 'hint',
  description: 'The same name is transliterated differently in different sources.',
  unit: 'entity',
  check(ctx, entity) {
    const drafts: Draft[] = [];
    const canonical = entity.name;
    const seen = new Set<string>();
    const refs = entity.mentions.map((r) => ({ uri: r.uri, m: ctx.mention(r.uri, r.mentionId) }));
    let canonicalRefs: typeof refs | undefined; // made at the first variant: most names have none
    // A name's mentions repeat a few forms many times: each form is compared once.
    const variant = new Map<string, boolean>();
    for (const { uri, m } of refs) {
      if (!m || m.boilerplate || m.text === canonical) continue;
      let isVariant = variant.get(m.text);
      if (isVariant === undefined) variant.set(m.text, (isVariant = compareNames(m.text, canonical) === 'transliteration'));
      if (!isVariant) continue;
      const key = `${uri}|${m.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      canonicalRefs ??= refs.filter((x) => x.m && x.m.text === canonical);
      const others = canonicalRefs.filter((x) => x.uri !== uri);
      if (others.length === 0) continue;
      const firstPerDoc = new Map<string, (typeof others)[number]>();
      for (const o of others) if (!firstPerDoc.has(o.uri)) firstPerDoc.set(o.uri, o);
      drafts.push({
        uri: uri, start: m.start, end: m.end, text: m.text,
        message: `“${m.text}” is spelled “${canonical}” in ${sourceList(ctx, firstPerDoc.keys())} (a transliteration variant).`,
        related: [...firstPerDoc.values()].map((o) => relatedAt(ctx, o.uri, o.m!, `${ctx.label(o.uri)} writes “${canonical}”`)),
        confidence: 0.9,
        words: [m.text, canonical],
      });
    }
    return drafts;
  },
};
