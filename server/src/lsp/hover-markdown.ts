// Renders the core's cross-source hover (HoverInfo) as Markdown: what the entity is, then one
// block per source with the words it uses, the titles it gives and the facts it asserts, each
// linked to its place in that article. Values that a finding points at are marked ⚠ so the
// disagreement is visible at a glance.
import type { HoverInfo, SourceView } from '../core/api';
import type { Location, MentionValue } from '../core/model';

export interface HoverContext {
  /** A link that opens the location (file URI with #L<line>,<col>). */
  link(loc: Location): string;
  /** Short source name (the file name). */
  label(uri: string): string;
  /** The article's own title, when it has one. */
  title(uri: string): string | undefined;
  /** True when a finding involves this location (its value differs from another source). */
  disputed(loc: Location): boolean;
  /** The text of a claim, by document and claim id. */
  claimText(uri: string, claimId: string): string | undefined;
}

export const DISPUTED = '⚠';
const MAX_SOURCES = 12;
const MAX_ITEMS = 6;
const MAX_CLAIM = 90;

const TYPE_LABEL: Record<string, string> = {
  person: 'Person', organization: 'Organisation', place: 'Place', event: 'Event', misc: 'Other name',
  date: 'Date', quantity: 'Figure',
};

/**
 * Escapes text so article words never turn into Markdown syntax or HTML. Text is always placed
 * inline (never at a line start), so list and heading markers (- + # 1.) need no escape, and
 * with brackets escaped, parentheses cannot form a link.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]|<>~&]/g, (c) => `\\${c}`);
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function linked(ctx: HoverContext, text: string, loc: Location): string {
  const mark = ctx.disputed(loc) ? `${DISPUTED} ` : '';
  // Angle brackets keep URIs with spaces or parentheses intact as link targets.
  return `${mark}[${escapeMarkdown(text)}](<${ctx.link(loc)}>)`;
}

export function describeValue(v: MentionValue): string {
  if (v.kind === 'date') {
    if (v.unresolved) return 'relative date, not resolved (no dateline)';
    const span = v.from === v.to ? v.from : `${v.from} … ${v.to}`;
    const open = v.open === 'after' ? ' onwards' : v.open === 'before' ? ' or earlier' : '';
    return `${span}${open} (${v.precision}${v.relative ? ', resolved from a relative date' : ''})`;
  }
  const range = v.low === v.high ? `${v.value}` : `${v.low}–${v.high}`;
  const q = v.qualifier === 'exact' ? '' : `${v.qualifier} `;
  return `${q}${range}${v.unit ? ` ${v.unit}` : ''}${v.duration ? ' (duration)' : ''}`;
}

/** Dates always gain from their normalised interval; a plain exact figure says nothing new. */
function informative(v: MentionValue): boolean {
  return v.kind === 'date' || v.qualifier !== 'exact' || v.low !== v.high || !!v.duration;
}

function more(list: string[], total: number): string {
  return total > list.length ? `${list.join(' · ')} · +${total - list.length} more` : list.join(' · ');
}

function sourceBlock(ctx: HoverContext, s: SourceView, isHere: boolean): string[] {
  const title = ctx.title(s.uri);
  const head = `**${escapeMarkdown(ctx.label(s.uri))}**${isHere ? ' (this article)' : ''}`
    + (title ? ` · _${escapeMarkdown(clip(title, 70))}_` : '');
  const rows = [head];
  const forms = s.forms.slice(0, MAX_ITEMS).map((f) => linked(ctx, `“${f.text}”`, f.location) + (f.count > 1 ? ` ×${f.count}` : ''));
  if (forms.length) rows.push(`- Words: ${more(forms, s.forms.length)}`);
  const titles = s.titles.slice(0, MAX_ITEMS).map((t) => linked(ctx, t.text, t.location));
  if (titles.length) rows.push(`- Title: ${more(titles, s.titles.length)}`);
  const facts = s.facts.slice(0, MAX_ITEMS);
  if (facts.length) {
    rows.push('- Facts:');
    for (const f of facts) {
      const value = f.value && informative(f.value) ? ` → ${escapeMarkdown(describeValue(f.value))}` : '';
      const claim = ctx.claimText(f.location.uri, f.claim);
      const said = claim ? ` — _${escapeMarkdown(clip(claim, MAX_CLAIM))}_` : '';
      rows.push(`  - ${linked(ctx, f.text, f.location)}${value}${said}`);
    }
    if (s.facts.length > facts.length) rows.push(`  - +${s.facts.length - facts.length} more`);
  }
  return rows;
}

export function renderHover(info: HoverInfo, here: string, ctx: HoverContext): string {
  const e = info.entity;
  const out: string[] = [];
  const type = TYPE_LABEL[e.type] ?? e.type;
  // A date or figure is named by its words here (its canonical name is a normalised key).
  const isValue = e.type === 'date' || e.type === 'quantity';
  out.push(`**${type}** · ${escapeMarkdown(isValue ? info.text : e.name)}`);
  const others = e.aliases.filter((a) => a !== e.name && (!isValue || a !== info.text));
  if (others.length) out.push('', `Also written: ${others.slice(0, 8).map((a) => `“${escapeMarkdown(a)}”`).join(', ')}`);
  if (info.value) out.push('', `Value: ${escapeMarkdown(describeValue(info.value))}`);
  const n = info.sources.length;
  out.push('', `Mentioned in ${n} source${n === 1 ? '' : 's'}.`);
  for (const s of info.sources.slice(0, MAX_SOURCES)) {
    out.push('', '---', '', ...sourceBlock(ctx, s, s.uri === here));
  }
  if (n > MAX_SOURCES) out.push('', `+${n - MAX_SOURCES} more sources`);
  if (info.findings.length) {
    out.push('', '---', '');
    for (const f of info.findings) out.push(`- ${DISPUTED} **${escapeMarkdown(f.rule)}**: ${escapeMarkdown(f.message)}`);
  }
  return out.join('\n');
}
