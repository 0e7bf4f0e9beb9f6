// Making the selectors of a new annotation: the quoted words with some context on each side
// (what re-anchoring relies on), and the position as a hint. The W3C model counts positions
// in code points; the core counts UTF-16 units, so positions are converted at this edge.
import type { Span } from '../model';
import type { SpecificResource, TextPositionSelector, TextQuoteSelector } from './model';

/** Characters of context kept on each side (what Hypothesis keeps). */
export const CONTEXT_LENGTH = 32;

export function quoteSelector(text: string, span: Span): TextQuoteSelector {
  const start = clamp(span.start, text);
  const end = Math.max(start, clamp(span.end, text));
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH)), start),
    suffix: text.slice(end, safeBoundary(text, Math.min(text.length, end + CONTEXT_LENGTH))),
  };
}

export function positionSelector(text: string, span: Span): TextPositionSelector {
  return { type: 'TextPositionSelector', start: toCodePoints(text, span.start), end: toCodePoints(text, span.end) };
}

/** The target of an annotation on `span` of a document. */
export function resourceFor(source: string, text: string, span: Span): SpecificResource {
  return { type: 'SpecificResource', source, selector: [quoteSelector(text, span), positionSelector(text, span)] };
}

/** UTF-16 offset -> code-point offset. */
export function toCodePoints(text: string, offset: number): number {
  let n = 0;
  const end = clamp(offset, text);
  for (let i = 0; i < end; i++) {
    n++;
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) && i + 1 < end) i++;
  }
  return n;
}

/** Code-point offset -> UTF-16 offset (clamped to the text). */
export function fromCodePoints(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const clamp = (n: number, text: string) => Math.max(0, Math.min(text.length, Math.floor(n) || 0));

/** Moves an offset off the middle of a surrogate pair, so context never splits a character. */
function safeBoundary(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1)) ? offset + 1 : offset;
}
