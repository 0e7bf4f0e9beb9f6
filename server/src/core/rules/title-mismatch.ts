// title-mismatch: one person, two different roles across sources ("Acting Interior Minister" /
// "Interior Minister", "Deputy Minister" / "Minister"). A rank or office differs, which matters
// when one is quoting an official; missing detail on one side ("ambassador to Lisbon" / "Norwegian
// Ambassador") agrees. Information level: titles are often abbreviated in good faith.
import { compareTitles } from '../extract/titles';
import type { Mention } from '../model';
import { inOneSource, outliersAmong, quoteList, relatedAt, sourceList, type Draft, type EntityRule } from './rule';

interface Titled {
  uri: string;
  mention: Mention;
}

export const titleMismatch: EntityRule = {
  id: 'title-mismatch',
  defaultSeverity: 'information',
  description: 'The same person is given a different title or rank in different sources.',
  unit: 'entity',
  check(ctx, entity) {
    const drafts: Draft[] = [];
    if (entity.type !== 'person' || inOneSource(entity)) return drafts;
    const titled: Titled[] = [];
    const seenDocs = new Set<string>();
    const mentions = ctx.mentionsOf(entity);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      const uri = entity.mentions[i].uri;
      if (!m?.role || !m.titleSpan || m.boilerplate || seenDocs.has(uri)) continue;
      seenDocs.add(uri); // each source's first titled mention speaks for it
      titled.push({ uri, mention: m });
    }
    if (titled.length < 2) return drafts;
    const flagged = outliersAmong(titled, (t) => JSON.stringify(t.mention.role), (a, b) => compareTitles(a.mention.role!, b.mention.role!) === 'conflict', (t) => t.mention.start);
    for (const { item, against } of flagged) {
      const span = item.mention.titleSpan!;
      const title = item.mention.title!;
      const others = against.map((t) => t.mention.title!);
      drafts.push({
        uri: item.uri, start: span.start, end: span.end, text: title,
        message: `${entity.name} is “${title}” here but ${quoteList(others)} in ${sourceList(ctx, against.map((t) => t.uri))}.`,
        related: against.map((t) => relatedAt(ctx, t.uri, t.mention.titleSpan!, `${ctx.label(t.uri)}: “${t.mention.title}”`)),
        confidence: 0.7,
        words: [entity.name, title.toLowerCase(), ...others.map((o) => o.toLowerCase()).sort()],
      });
    }
    return drafts;
  },
};
