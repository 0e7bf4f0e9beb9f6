// Span -> LSP conversions: semantic token encoding (nesting, multi-line spans, UTF-16,
// CRLF), diagnostics and links. Fixtures mark tokens inline as ⟦kind text⟧ (nesting allowed).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HighlightToken } from '../core/api';
import type { Finding } from '../core/model';
import { LineIndex } from '../core/text/line-index';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './legend';
import { MAX_RELATED, encodeSemanticTokens, locationLink, toDiagnostic, toRange } from './to-proto';

/** Strips ⟦kind …⟧ markers; returns the text and one token per marker (with `modifiers` from kind+mod). */
function parse(marked: string): { text: string; tokens: HighlightToken[] } {
  let text = '';
  const stack: Array<{ kind: string; start: number }> = [];
  const tokens: HighlightToken[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked[i] === '⟦') {
      const space = marked.indexOf(' ', i);
      stack.push({ kind: marked.slice(i + 1, space), start: text.length });
      i = space;
    } else if (marked[i] === '⟧') {
      const open = stack.pop()!;
      const [kind, ...mods] = open.kind.split('+');
      tokens.push({ start: open.start, end: text.length, kind: kind as HighlightToken['kind'], modifiers: mods as HighlightToken['modifiers'] });
    } else text += marked[i];
  }
  return { text, tokens };
}

/** Decodes LSP token data back to `kind[+mods] line:text` rows. */
function decode(text: string, data: number[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const rows: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, ds, len, type, bits] = data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + ds : ds;
    const mods = TOKEN_MODIFIERS.filter((_, k) => bits & (1 << k));
    rows.push(`${[TOKEN_TYPES[type], ...mods].join('+')} ${line}:${lines[line].slice(char, char + len)}`);
  }
  return rows;
}

function tokensOf(marked: string): string[] {
  const { text, tokens } = parse(marked);
  return decode(text, encodeSemanticTokens(new LineIndex(text), text.length, tokens));
}

describe('semantic token encoding', () => {
  it('encodes tokens in order with their modifiers', () => {
    assert.deepEqual(tokensOf('⟦person+corroborated Ana Ruiz⟧ met ⟦organization+unique+conflicted Harbor Board⟧ on ⟦date Friday⟧.'), [
      'person+corroborated 0:Ana Ruiz',
      'organization+conflicted+unique 0:Harbor Board',
      'date 0:Friday',
    ]);
  });

  it('lets the inner token win where tokens nest, the outer one continuing around it', () => {
    assert.deepEqual(tokensOf('She said ⟦quote “we owe ⟦quantity 40 million⟧ to ⟦place Lisbon⟧”⟧.'), [
      'quote 0:“we owe ',
      'quantity 0:40 million',
      'quote 0: to ',
      'place 0:Lisbon',
      'quote 0:”',
    ]);
  });

  it('splits a span that crosses line ends (LF, CRLF, lone CR) into one token per line', () => {
    assert.deepEqual(tokensOf('x ⟦quote “one\r\ntwo\rthree\nfour”⟧ y'), [
      'quote 0:“one', 'quote 1:two', 'quote 2:three', 'quote 3:four”',
    ]);
  });

  it('counts UTF-16 code units (astral characters take two)', () => {
    const rows = tokensOf('😀 ⟦person Zoë⟧ and 𝒳 ⟦place Oslo⟧');
    assert.deepEqual(rows, ['person 0:Zoë', 'place 0:Oslo']);
  });

  it('drops empty, out-of-range and unknown tokens', () => {
    const text = 'short';
    const tokens: HighlightToken[] = [
      { start: 2, end: 2, kind: 'person', modifiers: [] },
      { start: 3, end: 99, kind: 'place', modifiers: [] },
      { start: 0, end: 1, kind: 'nonsense' as HighlightToken['kind'], modifiers: [] },
    ];
    assert.deepEqual(decode(text, encodeSemanticTokens(new LineIndex(text), text.length, tokens)), ['place 0:rt']);
  });
});

describe('diagnostics and links', () => {
  const a = 'file:///w/a.txt';
  const b = 'file:///w/b.txt';
  const texts: Record<string, string> = { [a]: 'Line one.\nThe toll was 40.', [b]: 'Header\r\n\r\nThe toll was 45.' };
  const linesOf = (uri: string) => (texts[uri] ? new LineIndex(texts[uri]) : undefined);
  /** The text a range covers, read line by line (a range must not cross a line here). */
  const textAt = (uri: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    assert.equal(r.start.line, r.end.line);
    return texts[uri].split(/\r\n|\r|\n/)[r.start.line].slice(r.start.character, r.end.character);
  };
  const at = (uri: string, word: string) => {
    const start = texts[uri].indexOf(word);
    return { uri, start, end: start + word.length, text: word };
  };

  it('carries the rule, the finding id and every related location', () => {
    const finding: Finding = {
      ...at(a, '40'), id: 'f1', rule: 'quantity-mismatch', severity: 'warning', message: 'a.txt says 40; b.txt says 45',
      confidence: 0.9, related: [{ ...at(b, '45'), message: 'b.txt: 45' }],
    };
    const d = toDiagnostic(linesOf, finding);
    assert.equal(d.code, 'quantity-mismatch');
    assert.equal(d.source, 'crosscheck');
    assert.equal(d.severity, 2);
    assert.equal(textAt(a, d.range), '40');
    assert.equal(d.relatedInformation?.length, 1);
    const [rel] = d.relatedInformation!;
    assert.equal(rel.location.uri, b);
    assert.equal(rel.message, 'b.txt: 45');
    assert.equal(textAt(b, rel.location.range), '45');
    assert.equal(rel.location.range.start.line, 2, 'CRLF ends one line, not two');
    assert.deepEqual(d.data, { findingId: 'f1', rule: 'quantity-mismatch', confidence: 0.9 });
  });

  it('carries at most MAX_RELATED related locations, then one row saying how many more', () => {
    const related = Array.from({ length: MAX_RELATED + 5 }, (_, i) => ({ ...at(b, '45'), message: `source ${i}` }));
    const finding: Finding = {
      ...at(a, '40'), id: 'f2', rule: 'quantity-mismatch', severity: 'warning', message: 'many say 45', confidence: 0.9, related,
    };
    const d = toDiagnostic(linesOf, finding);
    assert.equal(d.relatedInformation?.length, MAX_RELATED + 1);
    assert.deepEqual(d.relatedInformation!.slice(0, MAX_RELATED).map((r) => r.message), related.slice(0, MAX_RELATED).map((r) => r.message));
    const last = d.relatedInformation![MAX_RELATED];
    assert.equal(last.message, '…and 5 more sources');
    assert.deepEqual(last.location, { uri: a, range: d.range }, 'the row points at the finding itself');
    const exact = toDiagnostic(linesOf, { ...finding, related: related.slice(0, MAX_RELATED) });
    assert.equal(exact.relatedInformation?.length, MAX_RELATED, 'no extra row when nothing is left out');
  });

  it('links to a 1-based line and column', () => {
    const link = locationLink(linesOf, at(b, '45'));
    const [, line, col] = /#L(\d+),(\d+)$/.exec(link)!;
    assert.equal(link.slice(0, link.indexOf('#')), b);
    assert.equal(texts[b].split('\r\n')[Number(line) - 1].slice(Number(col) - 1, Number(col) + 1), '45');
  });

  it('converts a span to a range through the line index', () => {
    assert.equal(textAt(a, toRange(new LineIndex(texts[a]), at(a, 'toll'))), 'toll');
  });
});
