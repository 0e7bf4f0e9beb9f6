// Document structure: paragraphs (one per non-empty line), title, byline, dateline and page
// furniture. Order matters: line-local furniture first, then byline and dateline in the top
// lines, then the title among what is left, then the furniture that depends on where the
// title and the body are (lines above the headline, lists after "Related", trailing site
// chrome, author blurbs, repeated lines). Linear in the text; never throws.
import { findDates } from '../extract/dates';
import type { DocumentMeta, Span } from '../model';
import { findByline, type BylineMatch } from './byline';
import { datelineOf, type DateFinder, type FoundDate } from './dateline';
import { classifyLine, isHeadlineShaped, isListItem, type FurnitureKind } from './furniture';
import { countWords, endsSentence, hasLetter, splitLines, type Line } from './lines';
import { chooseTitle, TOP_LINES } from './title';

export type { DateFinder, FoundDate } from './dateline';

export interface Layout {
  meta: DocumentMeta;
  /** Every non-empty line, trimmed, furniture included (callers test `isBoilerplate`). */
  paragraphs: Span[];
}

const MAX_RELATED_ITEMS = 12;
const MAX_LIST_ITEMS = 30;
/** Lines longer than this are not datelines and not bylines. */
const MAX_META_CHARS = 200;

// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const LABEL_START = /^[\p{Lu}\p{N}]/u;
const LABEL_WORD = /^[\p{Lu}\p{N}&("'“]/u;

export function analyzeLayout(text: string, findDatesFn: DateFinder = findDates): Layout {
  const safeText = typeof text === 'string' ? text : '';
  let lines: Line[] = [];
  try {
    lines = splitLines(safeText);
    return { meta: buildMeta(safeText, lines, findDatesFn), paragraphs: lines.map(toSpan) };
  } catch {
    // Partial result rather than an exception: the paragraphs alone still let analysis go on.
    return { meta: { boilerplate: [] }, paragraphs: lines.map(toSpan) };
  }
}

/**
 * Whether `span` lies inside page furniture. Expects `meta.boilerplate` sorted by start and
 * non-overlapping, as `analyzeLayout` returns it. An empty span counts when its offset does.
 */
export function isBoilerplate(meta: DocumentMeta, span: Span): boolean {
  const spans = meta?.boilerplate;
  if (!spans || spans.length === 0 || !span) return false;
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= span.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return false;
  const b = spans[found];
  return span.end === span.start ? span.start < b.end : span.end <= b.end;
}

function buildMeta(text: string, lines: Line[], findDatesFn: DateFinder): DocumentMeta {
  const n = lines.length;
  const kinds: Array<FurnitureKind | undefined> = lines.map((l) => classifyLine(l.text));
  const furniture: boolean[] = kinds.map((k) => k !== undefined && k !== 'label');
  const meta: DocumentMeta = { boilerplate: [] };
  if (n === 0) return meta;
  const top = Math.min(n, TOP_LINES);

  // Byline: near the top, else an explicit "By …"/"Written by …" among the last lines.
  let bylineRow = -1;
  let byline: BylineMatch | undefined;
  for (let i = 0; i < top && !byline; i++) {
    if (furniture[i] || lines[i].text.length > MAX_META_CHARS) continue;
    byline = findByline(lines[i].text, i > 0);
    if (byline) bylineRow = i;
  }
  for (let i = n - 1; i >= Math.max(top, n - 4) && !byline; i--) {
    if (furniture[i] || !/^(?:[-–—]\s*)?(?:(?:written|story|words|reported|text)\s+)?by\b|^authors?\b|^author['’`]/iu.test(lines[i].text)) continue;
    byline = findByline(lines[i].text, false);
    if (byline) bylineRow = i;
  }
  if (byline) {
    const l = lines[bylineRow];
    meta.byline = { text: l.text.slice(byline.name.start, byline.name.end), span: shift(byline.name, l.start) };
  }

  // Dateline: the first top line that is a date and residue; later ones are timestamps (furniture).
  let datelineRow = -1;
  const timestampRows: number[] = [];
  for (let i = 0; i < top; i++) {
    const l = lines[i];
    if (furniture[i] || l.text.length > MAX_META_CHARS || !/\d/.test(l.text)) continue;
    const dates = safeFindDates(findDatesFn, text, l);
    if (dates.length === 0) continue;
    const bylineWhole = i === bylineRow && byline ? shift(byline.whole, l.start) : undefined;
    const match = datelineOf(text, l, dates, bylineWhole);
    if (!match) continue;
    // "Monday, May 9" gives no year to resolve anything against: a timestamp, not the dateline.
    if (datelineRow < 0 && !match.date.value.yearImplicit) {
      datelineRow = i;
      meta.published = { value: match.date.value, span: { start: match.date.start, end: match.date.end }, text: match.date.text };
    } else if (i !== bylineRow) timestampRows.push(i);
  }

  const isMeta = (i: number) => i === bylineRow || i === datelineRow;

  // Repeated lines: every later copy is furniture; short lines repeated are furniture throughout.
  const firstSeen = new Map<string, number>();
  const repeated = new Set<number>();
  for (let i = 0; i < n; i++) {
    const key = lines[i].text;
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, i);
    else {
      if (!isMeta(i)) furniture[i] = true;
      repeated.add(first);
    }
  }
  for (const i of timestampRows) furniture[i] = true;

  // Title among the rest.
  const skip = lines.map((_, i) => furniture[i] || isMeta(i));
  const titleRow = chooseTitle(lines, skip);
  if (titleRow >= 0) meta.title = { text: lines[titleRow].text, span: toSpan(lines[titleRow]) };
  const protectedRow = (i: number) => i === titleRow || isMeta(i);

  // Headers and what they introduce; consumption never crosses the title or a meta line.
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind === 'label' && !protectedRow(i)) furniture[i] = true;
    if (kind === undefined || kind === 'line' || kind === 'label' || protectedRow(i)) continue;
    let taken = 0;
    for (let j = i + 1; j < n && !protectedRow(j); j++) {
      const t = lines[j].text;
      if (kinds[j] !== undefined && kinds[j] !== 'line' && kinds[j] !== 'label') break; // the next header takes over
      if (kind === 'related') {
        if (!(kinds[j] === 'line' || isHeadlineShaped(t)) || ++taken > MAX_RELATED_ITEMS) break;
      } else if (kind === 'list') {
        if (!(kinds[j] === 'line' || isListItem(t)) || ++taken > MAX_LIST_ITEMS) break;
      } else {
        // 'bio': the one paragraph after "About the author".
        if (countWords(t, 200) < 200) furniture[j] = true;
        break;
      }
      furniture[j] = true;
    }
  }

  // Everything above the headline that is not the byline or dateline: site name, navigation, teasers.
  for (let i = 0; i < titleRow; i++) if (!isMeta(i)) furniture[i] = true;

  // Between the headline and the body: short capitalised labels with no sentence in them.
  for (let i = titleRow + 1; i >= 1 && i < top; i++) {
    const t = lines[i].text;
    if (protectedRow(i) || furniture[i]) continue;
    if (countWords(t, 10) >= 8 || endsSentence(t)) break;
    if (countWords(t, 4) <= 3 && LABEL_START.test(t) && t.split(/\s+/).every((w) => LABEL_WORD.test(w))) {
      furniture[i] = true;
    }
  }

  // Lines of digits and punctuation only (unless the dateline), and single words that are not a
  // sentence ("Politics", a site name, an avatar's alt text): no claim lives in either.
  for (let i = 0; i < n; i++) {
    if (furniture[i] || protectedRow(i)) continue;
    const t = lines[i].text;
    if (!hasLetter(t) || (t.length <= 40 && countWords(t, 2) === 1 && !/\s/.test(t) && !endsSentence(t))) furniture[i] = true;
  }

  markTrailing(lines, furniture, protectedRow);

  // Short lines that occur more than once (share rows, section names) are furniture everywhere.
  for (const i of repeated) if (!protectedRow(i) && countWords(lines[i].text, 10) <= 8) furniture[i] = true;

  for (let i = 0; i < n; i++) if (furniture[i] && !protectedRow(i)) meta.boilerplate.push(toSpan(lines[i]));
  return meta;
}

// An author blurb or a description of the publisher closing the page.
// The subject is a name (capitalised words), so "Smith, who is a former journalist, …" stays content.
const BIO = /^(?:The\s)?[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s[\p{Lu}][\p{L}\p{N}&.'’-]*){0,5}\s(?:is|are)\s(?:a|an|the)\s(?:[\p{L}\p{N}'’-]+\s){0,6}?(?:media|news|publishing|publisher|broadcaster|broadcasting|newspaper|magazine|journalist|reporter|correspondent|writer|editor|columnist|contributor|author|freelancer|freelance|outlet|agency|platform|website|newsroom|publication)\b/iu;
const AUTHOR_CONTACT = /\b(?:can be reached at|can be contacted at|writes (?:about|for|on)|covers [\p{L} ,&]{1,40}? for|follow (?:him|her|them) on|is the author of|reach (?:him|her|them) at)\b/iu;

/** Page chrome after the last paragraph of prose, and author or publisher blurbs at the end. */
function markTrailing(lines: Line[], furniture: boolean[], protectedRow: (i: number) => boolean): void {
  const n = lines.length;
  // Blurbs first: the prose-shaped blurb must not count as the article's last paragraph.
  let seen = 0;
  for (let i = n - 1; i >= 0 && seen < 3; i--) {
    if (furniture[i] || protectedRow(i)) continue;
    seen++;
    const t = lines[i].text;
    if (t.length > 800) continue;
    if (BIO.test(t) || AUTHOR_CONTACT.test(t)) furniture[i] = true;
  }
  let lastProse = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (furniture[i] || protectedRow(i)) continue;
    const t = lines[i].text;
    if (countWords(t, 10) >= 8 && endsSentence(t)) {
      lastProse = i;
      break;
    }
  }
  for (let i = lastProse + 1; i < n && lastProse >= 0; i++) {
    const t = lines[i].text;
    if (!furniture[i] && !protectedRow(i) && countWords(t, 10) <= 8 && !endsSentence(t)) furniture[i] = true;
  }
}

function safeFindDates(findDatesFn: DateFinder, text: string, line: Span): FoundDate[] {
  try {
    const found = findDatesFn(text, { start: line.start, end: line.end }, {});
    return Array.isArray(found) ? found : [];
  } catch {
    return [];
  }
}

function toSpan(l: Span): Span {
  return { start: l.start, end: l.end };
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
