// The article grammar, run through the engines VS Code itself uses (vscode-textmate +
// vscode-oniguruma). Each fixture marks with ⟦ ⟧ exactly the text that must carry a scope:
// marked characters must have it, every other character must not.
import { readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const GRAMMAR_PATH = new URL('../../syntaxes/article.tmLanguage.json', import.meta.url);

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.article'
        ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH.pathname)
        : null,
  });
  const g = await registry.loadGrammar('text.article');
  assert.ok(g, 'grammar loads');
  grammar = g;
});

/** Scopes of every character of each line, tokenised in order like an editor does. */
function scopesPerChar(lines: string[]): string[][][] {
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const perChar: string[][] = Array.from({ length: line.length }, () => []);
    for (const t of r.tokens) {
      for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) perChar[i] = t.scopes;
    }
    return perChar;
  });
}

/**
 * Checks a fixture: the text between ⟦ and ⟧ must carry `scope` (as a prefix of one of its
 * scopes), and no other character may.
 */
function check(scope: string, fixture: string): void {
  const marked = fixture.split('\n');
  const lines: string[] = [];
  const expected: boolean[][] = [];
  for (const m of marked) {
    let text = '';
    const flags: boolean[] = [];
    let inside = false;
    for (const ch of m) {
      if (ch === '⟦') inside = true;
      else if (ch === '⟧') inside = false;
      else {
        for (let k = 0; k < ch.length; k++) flags.push(inside);
        text += ch;
      }
    }
    lines.push(text);
    expected.push(flags);
  }
  const actual = scopesPerChar(lines);
  lines.forEach((line, li) => {
    const has = actual[li].map((scopes) => scopes.some((s) => s === scope || s.startsWith(`${scope}.`)));
    const got = [...line].map((_, i) => (has[i] ? '^' : ' ')).join('');
    const want = expected[li].map((f) => (f ? '^' : ' ')).join('');
    assert.equal(got, want, `scope ${scope} on line:\n${line}\n(expected ^ under the marked text)`);
  });
}

describe('article grammar', () => {
  it('colours quotes, straight and curly, and ends an unclosed quote at the line end', () => {
    check('string.quoted', [
      'The mayor said ⟦“We will rebuild the bridge by spring.”⟧ Others disagreed.',
      'A spokesman called it ⟦"a temporary measure"⟧ and left.',
      'Critics said ⟦“the plan is late⟧',
      'and nobody replied.',
    ].join('\n'));
  });

  it('keeps apostrophes inside single quotes and outside them', () => {
    check('string.quoted', [
      'The council’s report called it ⟦‘the harbour’s worst year’⟧ on record.',
      'Officials’ statements differed.',
    ].join('\n'));
  });

  it('colours absolute, partial and numeric dates, weekdays and decades', () => {
    check('constant.language.date', [
      'The vote was held on ⟦March 3, 2024⟧ and again on ⟦12 April 2024⟧.',
      'Talks began in ⟦May⟧ and ended ⟦Thursday⟧, a first since the ⟦1990s⟧.',
      'The decree is dated ⟦2023-11-05⟧ (or ⟦05/11/2023⟧ locally) and took effect in ⟦2021⟧.',
      'Prices rose in ⟦September 2022⟧ and ⟦June⟧.',
    ].join('\n'));
  });

  it('does not take modal "may", a month-like verb or a plain figure for a date', () => {
    check('constant.language.date', [
      'The ministry may act. March organisers expect 2000 people.',
    ].join('\n'));
  });

  it('colours figures: counts, decimals, percentages, money and scale words', () => {
    check('constant.numeric', [
      'At least ⟦1,200⟧ people were evacuated and ⟦37⟧ homes lost.',
      'The fund grew by ⟦4.5 percent⟧ to ⟦$3.2 billion⟧, or ⟦€900 million⟧.',
      'Turnout was ⟦61%⟧ across ⟦14⟧ districts.',
    ].join('\n'));
  });

  it('does not colour numbers inside dates or words as figures', () => {
    check('constant.numeric', 'Flight A320 landed on March 3, 2024 at ⟦7⟧ gates.');
  });

  it('colours links', () => {
    check('markup.underline.link', 'Full text: ⟦https://example.org/reports/2024/flood.html⟧. See also ⟦www.example.net/a?b=1⟧');
  });

  it('recognises a byline and the author name in it', () => {
    check('meta.byline', '⟦By Marta Lindqvist and Joseph K. Arden, Staff Reporters⟧');
    check('entity.name.type.person', 'By ⟦Marta Lindqvist⟧');
    check('keyword.other.byline', '⟦By⟧ Tomasz de la Vega | Northern Ledger');
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    check('meta.byline', 'By Tuesday, the harbour authority had closed the eastern pier.');
    check('meta.byline', 'By the end of the week, nothing had changed');
  });

  it('greys out boilerplate lines', () => {
    check('comment.line.boilerplate', [
      '⟦© 2024 Northern Ledger Media. All rights reserved.⟧',
      '⟦Copyright 2023 The Valley Courier⟧',
      '⟦Subscribe to our newsletter for daily updates⟧',
      '⟦Loading...⟧',
      '⟦Read more: Storm season outlook⟧',
      'The council will subscribe to the regional plan, it said.',
    ].join('\n'));
  });
});
