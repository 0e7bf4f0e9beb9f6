import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/model';
import { LineIndex } from '../core/text/line-index';
import { DiagnosticsPublisher } from './publisher';

const text = 'The toll was 40 people.';
const linesOf = () => new LineIndex(text);
const finding = (uri: string, message: string): Finding => ({
  uri, start: text.indexOf('40'), end: text.indexOf('40') + 2, text: '40', id: `${uri}-${message}`, rule: 'quantity-mismatch', severity: 'warning',
  message, confidence: 1, related: [],
});

function setup() {
  const sent: Array<[string, string[]]> = [];
  const p = new DiagnosticsPublisher({ send: (uri, d: Diagnostic[]) => sent.push([uri, d.map((x) => String(x.message))]) });
  return { p, sent };
}

describe('diagnostics publisher', () => {
  it('sends only documents whose diagnostics changed, and nothing for documents that never had any', () => {
    const { p, sent } = setup();
    p.publish(['a', 'b', 'c'], [finding('a', 'one')], linesOf);
    assert.deepEqual(sent, [['a', ['one']]]);
    sent.length = 0;
    p.publish(['a', 'b', 'c'], [finding('a', 'one'), finding('b', 'two')], linesOf);
    assert.deepEqual(sent, [['b', ['two']]]);
  });

  it('clears a document whose findings went away, and one that left the workspace', () => {
    const { p, sent } = setup();
    p.publish(['a', 'b'], [finding('a', 'one'), finding('b', 'two')], linesOf);
    sent.length = 0;
    p.publish(['a'], [], linesOf);
    assert.deepEqual(sent.sort(), [['a', []], ['b', []]]);
    sent.length = 0;
    p.publish(['a'], [], linesOf);
    assert.deepEqual(sent, []);
  });
});
