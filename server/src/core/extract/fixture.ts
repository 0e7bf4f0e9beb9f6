// Test helper: fixtures mark expected spans inline, "On [[May 9, 2026]] the …", so tests
// read like the text they check instead of carrying hand-counted offsets.
import type { Span } from '../model';

export interface Marked {
  /** The text with the markers removed. */
  text: string;
  /** The marked spans, in order, as offsets into `text`. */
  spans: Span[];
  /** The marked strings, in order. */
  marked: string[];
  /** The whole text as a range. */
  all: Span;
}

/** Strip `[[` … `]]` markers and report where they were. Markers do not nest. */
export function marked(source: string): Marked {
  let text = '';
  const spans: Span[] = [];
  let i = 0;
  let open = -1;
  while (i < source.length) {
    if (source.startsWith('[[', i) && open < 0) {
      open = text.length;
      i += 2;
    } else if (source.startsWith(']]', i) && open >= 0) {
      spans.push({ start: open, end: text.length });
      open = -1;
      i += 2;
    } else {
      text += source[i];
      i++;
    }
  }
  if (open >= 0) throw new Error(`unclosed [[ in fixture: ${source}`);
  return { text, spans, marked: spans.map((s) => text.slice(s.start, s.end)), all: { start: 0, end: text.length } };
}

/** The text each span covers: what assertions compare, so failures print words, not offsets. */
export function texts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
