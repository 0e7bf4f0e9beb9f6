// `crosscheck tag --conll FILE`: echoes a CoNLL file with the predicted IOB2 tag appended
// to every token line; blank and -DOCSTART- lines pass through unchanged. Each
// -DOCSTART- section is tagged as one document, so document-level features apply.
import { ArticleRecognizer } from '../core/ner/article';
import { parseConll } from '../core/ner/conll';
import type { EntityRecognizer } from '../core/ner/recognizer';
import { iob2, type TokenSpan } from '../core/ner/tags';
import { Tagger } from '../core/ner/tagger';

const CONLL_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC', event: 'MISC' };

export function tagConll(conllText: string, recognizer: EntityRecognizer | Tagger): string {
  const lines = conllText.split(/\r?\n/);
  const predicted = new Array<string | undefined>(lines.length);
  const tagger = recognizer instanceof Tagger ? recognizer : recognizer instanceof ArticleRecognizer ? recognizer.tagger : undefined;
  for (const doc of parseConll(conllText)) {
    const words = doc.sentences.map((s) => s.words);
    const spans = tagger ? tagger.tagDocument(words) : viaRecognizer(recognizer as EntityRecognizer, words);
    doc.sentences.forEach((s, i) => {
      const tags = iob2(spans[i], s.words.length);
      s.lines.forEach((line, k) => (predicted[line] = tags[k]));
    });
  }
  // Keep the input's own line ends; drop the empty string after a final newline.
  const out = lines.map((line, i) => (predicted[i] === undefined ? line : `${line.replace(/\s+$/, '')} ${predicted[i]}`));
  return out.join('\n');
}

/** Any other recogniser: tag the tokens joined by spaces, one sentence per line, and map spans back. */
function viaRecognizer(recognizer: EntityRecognizer, sentences: string[][]): TokenSpan[][] {
  const tokens: Array<{ text: string; start: number; end: number }> = [];
  const sents: Array<{ start: number; end: number; tokenStart: number; tokenEnd: number }> = [];
  let text = '';
  for (const s of sentences) {
    const first = tokens.length;
    const start = text.length;
    for (const w of s) {
      if (text.length > start) text += ' ';
      tokens.push({ text: w, start: text.length, end: text.length + w.length });
      text += w;
    }
    sents.push({ start, end: text.length, tokenStart: first, tokenEnd: tokens.length });
    text += '\n';
  }
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const out: TokenSpan[][] = sentences.map(() => []);
  for (const n of recognizer.recognize(text, tokens, sents)) {
    const a = byStart.get(n.start);
    const b = byEnd.get(n.end);
    if (a === undefined || b === undefined) continue;
    const si = sents.findIndex((s) => a >= s.tokenStart && a < s.tokenEnd);
    if (si < 0 || b >= sents[si].tokenEnd) continue;
    out[si].push({ start: a - sents[si].tokenStart, end: b + 1 - sents[si].tokenStart, type: CONLL_TYPES[n.type] ?? 'MISC' });
  }
  return out;
}
