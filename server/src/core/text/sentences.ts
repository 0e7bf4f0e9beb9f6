// Sentence splitting over the tokenizer's output. Articles put one paragraph per line,
// so a line break always ends a sentence (a heading or byline line is its own sentence).
// Within a line, ". ! ? …" end a sentence unless the period belongs to an abbreviation or
// an initial; closing quotes and brackets right after the stop stay in the sentence.
import type { Sentence, Token } from '../model';
import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';

const STOPS = new Set(['.', '!', '?', '\u2026', '...']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '\u203a']);
// Words that start a new sentence after an ambiguous abbreviation ("… the U.S. The …").
const STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their',
  'Our', 'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On',
  'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'However', 'Meanwhile', 'Still',
  'Now', 'Then', 'Such', 'Many', 'Some', 'Most', 'All', 'No', 'What', 'Why', 'How', 'Who',
]);

/** Sentences covering the tokens in order; every token belongs to exactly one sentence. */
// (Regular expressions with \p{…} are module constants: the shipped bundle (esbuild, target node20)
// turns each such literal into a `new RegExp(…)` call, which inside a function runs on every call.)
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  const close = (endExclusive: number): void => {
    if (endExclusive <= first) return;
    out.push({
      start: tokens[first].start,
      end: tokens[endExclusive - 1].end,
      tokenStart: first,
      tokenEnd: endExclusive,
    });
    first = endExclusive;
  };
  for (let i = 0; i < n; i++) {
    if (i > first && lineBreakBetween(text, tokens[i - 1].end, tokens[i].start)) close(i);
    if (!endsSentence(text, tokens, i)) continue;
    // Keep closing quotes/brackets that touch the stop ("… said.”).
    let j = i + 1;
    while (j < n && (CLOSERS.has(tokens[j].text) || STOPS.has(tokens[j].text)) && tokens[j].start === tokens[j - 1].end) j++;
    if (j < n && startsLowercase(tokens[j].text)) continue; // “Why?” he asked.
    close(j);
    i = j - 1;
  }
  close(n);
  return out;
}

function endsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].text;
  if (STOPS.has(t)) return true;
  if (t.length < 2 || t.charCodeAt(t.length - 1) !== 46) return false;
  // A token that swallowed its period: an abbreviation or an initial.
  const stem = t.slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(stem)) return false;
  if (stem.length === 1) return false; // "John F. Kennedy"
  const next = tokens[i + 1];
  if (!next) return true;
  if (lineBreakBetween(text, tokens[i].end, next.start)) return true;
  // "U.S.", "Inc.", "etc.": a stop only when a typical sentence opener follows.
  if (FINAL_ABBREVIATIONS.has(stem) || INITIALS.test(stem)) return STARTERS.has(next.text);
  return false;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function startsLowercase(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = t[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
