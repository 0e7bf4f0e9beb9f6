import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HoverInfo } from '../core/api';
import type { Location } from '../core/model';
import { describeValue, escapeMarkdown, renderHover, type HoverContext } from './hover-markdown';

const A = 'file:///story/harbor-times.txt';
const B = 'file:///story/coast-wire.txt';
const loc = (uri: string, text: string, start: number): Location => ({ uri, text, start, end: start + text.length });

const info: HoverInfo = {
  span: { start: 0, end: 9 },
  text: 'Ana Ruiz',
  entity: { id: 'e1', type: 'person', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Anna Ruis'], mentions: [] },
  sources: [
    { uri: A, forms: [{ text: 'Ana Ruiz', location: loc(A, 'Ana Ruiz', 0), count: 3 }], titles: [{ text: 'Port Director', location: loc(A, 'Port Director', 20) }], facts: [] },
    {
      uri: B,
      forms: [{ text: 'Anna Ruis', location: loc(B, 'Anna Ruis', 40), count: 1 }],
      titles: [],
      facts: [{ text: '12 workers', value: { kind: 'quantity', value: 12, low: 12, high: 12, unit: 'person', qualifier: 'exact' }, claim: 'c3', location: loc(B, '12 workers', 80) }],
    },
  ],
  findings: [{ ...loc(B, 'Anna Ruis', 40), id: 'f', rule: 'name-mismatch', severity: 'warning', message: 'coast-wire.txt writes “Anna Ruis”; harbor-times.txt writes “Ana Ruiz”', confidence: 1, related: [] }],
};

const ctx: HoverContext = {
  link: (l) => `${l.uri}#L1,${l.start + 1}`,
  label: (uri) => uri.slice(uri.lastIndexOf('/') + 1),
  title: (uri) => (uri === B ? 'Crane *collapse* at [pier]' : undefined),
  disputed: (l) => l.uri === B && l.text === 'Anna Ruis',
  claimText: (_uri, id) => (id === 'c3' ? 'Ruis said 12 workers were hurt.' : undefined),
};

describe('hover markdown', () => {
  const md = renderHover(info, A, ctx);

  it('names the entity type and canonical name, then every source with its words, linked', () => {
    assert.match(md, /^\*\*Person\*\* · Ana Ruiz/);
    assert.match(md, /\*\*harbor-times\.txt\*\* \(this article\)/);
    assert.ok(md.includes(`[“Ana Ruiz”](<${A}#L1,1>) ×3`));
    assert.ok(md.includes(`Title: [Port Director](<${A}#L1,21>)`));
  });

  it('marks the words a finding points at and lists the finding', () => {
    assert.ok(md.includes(`⚠ [“Anna Ruis”](<${B}#L1,41>)`));
    assert.ok(!md.includes('⚠ [“Ana Ruiz”]'));
    assert.match(md, /⚠ \*\*name-mismatch\*\*: coast-wire/);
  });

  it('shows each fact with the claim it comes from (an exact figure needs no gloss)', () => {
    assert.ok(md.includes(`[12 workers](<${B}#L1,81>) — _Ruis said 12 workers were hurt._`));
  });

  it('escapes article text so it cannot become markup', () => {
    assert.ok(md.includes('_Crane \\*collapse\\* at \\[pier\\]_'));
    assert.equal(escapeMarkdown('[x](javascript:alert)'), '\\[x\\](javascript:alert)');
    assert.equal(escapeMarkdown('<b>x</b>'), '\\<b\\>x\\</b\\>');
  });

  it('describes dates by their interval and precision', () => {
    assert.equal(describeValue({ kind: 'date', from: '2024-07-01', to: '2024-07-31', precision: 'month' }), '2024-07-01 … 2024-07-31 (month)');
    assert.equal(describeValue({ kind: 'date', from: '', to: '', precision: 'day', unresolved: true }), 'relative date, not resolved (no dateline)');
  });
});
