// The legend the server sends and the manifest the editor reads must name the same token
// types and modifiers, and every type needs a TextMate scope so themes without semantic
// colours still show it.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './legend';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('semantic token legend and manifest', () => {
  it('declares every token type and modifier the server sends', () => {
    const types = manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    const modifiers = manifest.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id);
    assert.deepEqual([...types].sort(), [...TOKEN_TYPES].sort());
    assert.deepEqual([...modifiers].sort(), [...TOKEN_MODIFIERS].sort());
  });

  it('maps every token type to a TextMate scope, each type to a different one', () => {
    const scopes: Record<string, string[]> = manifest.contributes.semanticTokenScopes[0].scopes;
    for (const t of TOKEN_TYPES) assert.ok(scopes[t]?.length, `no scope for ${t}`);
    // What themes match on: the scope without our own `.<type>.article` suffix.
    const first = TOKEN_TYPES.map((t) => scopes[t][0].replace(/(\.[a-z]+)?\.article$/, ''));
    assert.equal(new Set(first).size, TOKEN_TYPES.length, `scope families collide: ${first.join(', ')}`);
  });

  it('contributes the article language, its grammar file and the re-analyse command', () => {
    const c = manifest.contributes;
    assert.equal(c.languages[0].id, 'article');
    const grammar = JSON.parse(readFileSync(new URL(`../../../${c.grammars[0].path}`, import.meta.url), 'utf8'));
    assert.equal(grammar.scopeName, c.grammars[0].scopeName);
    assert.ok(c.commands.some((k: { command: string }) => k.command === 'crosscheck.reanalyze'));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
  });
});
