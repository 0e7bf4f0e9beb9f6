// spelling-variant: one name, romanised differently across sources ("Matvey"/"Matvei",
// "Romanoff"/"Romanov"). Both spellings are usually acceptable, so this is only a hint: worth
// knowing for consistency of one's own copy, never a conflict.
import type { Mention } from '../model';
import { compareNames } from '../resolve/names';
import { inOneSource, relatedAt, sourceList, type Draft, type EntityRule } from './rule';

export const spellingVariant: EntityRule = {
  id: 'spelling-variant',
  defaultSeverity: 'hint',
  description: 'The same name is transliterated differently in different sources.',
  unit: 'entity',
  check(ctx, entity) {
    const drafts: Draft[] = [];
    if (inOneSource(entity)) return drafts;
    const canonical = entity.name;
    const seen = new Set<string>();
    const refs = entity.mentions;
    const mentions = ctx.mentionsOf(entity);
    let canonicalAt: number[] | undefined; // made at the first variant: most names have none
    // A name's mentions repeat a few forms many times: each form is compared once.
    const variant = new Map<string, boolean>();
    for (let i = 0; i < refs.length; i++) {
      const uri = refs[i].uri;
      const m = mentions[i];
      if (!m || m.boilerplate || m.text === canonical) continue;
      let isVariant = variant.get(m.text);
      if (isVariant === undefined) variant.set(m.text, (isVariant = compareNames(m.text, canonical) === 'transliteration'));
      if (!isVariant) continue;
      const key = `${uri}|${m.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      canonicalAt ??= refs.flatMap((_, j) => (mentions[j]?.text === canonical ? [j] : []));
      // The other sources that write the canonical form, each at its first such mention.
      const firstPerDoc = new Map<string, Mention>();
      for (const j of canonicalAt) if (refs[j].uri !== uri && !firstPerDoc.has(refs[j].uri)) firstPerDoc.set(refs[j].uri, mentions[j]!);
      if (firstPerDoc.size === 0) continue;
      drafts.push({
        uri: uri, start: m.start, end: m.end, text: m.text,
        message: `“${m.text}” is spelled “${canonical}” in ${sourceList(ctx, firstPerDoc.keys())} (a transliteration variant).`,
        related: [...firstPerDoc].map(([u, o]) => relatedAt(ctx, u, o, `${ctx.label(u)} writes “${canonical}”`)),
        confidence: 0.9,
        words: [m.text, canonical],
      });
    }
    return drafts;
  },
};
