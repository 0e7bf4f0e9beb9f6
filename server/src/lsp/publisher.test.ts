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

  it('keeps what a first publish sent, as JSON for the snapshot', () => {
    const { p } = setup();
    p.publish(['a', 'b'], [finding('a', 'one')], linesOf);
    p.compact();
    const sent = p.sent();
    assert.deepEqual([...sent.keys()], ['a']);
    assert.deepEqual((JSON.parse(sent.get('a')!) as Diagnostic[]).map((d) => d.message), ['one']);
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

  it('sends a document again when a text it points into moved its lines, though the findings are the same', () => {
    const before = 'The toll\nwas 40 people.';
    const after = 'The toll was\n40 people.';
    assert.equal(before.indexOf('40'), after.indexOf('40'));
    const at = before.indexOf('40');
    const conflict = (): Finding => ({
      ...finding('a', 'one'), related: [{ uri: 'b', start: at, end: at + 2, text: '40', message: 'here' }],
    });
    const lines = new Map([['a', new LineIndex(text)], ['b', new LineIndex(before)]]);
    const linesOfNow = (uri: string) => lines.get(uri);
    const ranges: string[] = [];
    const p = new DiagnosticsPublisher({ send: (_uri, d: Diagnostic[]) => ranges.push(JSON.stringify(d[0]?.relatedInformation?.[0]?.location.range)) });
    p.publish(['a', 'b'], [conflict()], linesOfNow);
    p.publish(['a', 'b'], [conflict()], linesOfNow);
    assert.equal(ranges.length, 1, 'nothing changed: nothing sent');
    lines.set('b', new LineIndex(after));
    p.publish(['a', 'b'], [conflict()], linesOfNow);
    assert.deepEqual(ranges.map((r) => JSON.parse(r).start), [{ line: 1, character: 4 }, { line: 1, character: 0 }]);
  });

  it('diagnostics adopted from a snapshot are sent, and the next publish sends only what differs from them', () => {
    const { p, sent } = setup();
    p.publish(['a', 'b'], [finding('a', 'one'), finding('b', 'two')], linesOf);
    const saved = p.sent();
    assert.deepEqual([...saved.keys()].sort(), ['a', 'b']);
    const { p: next, sent: out } = setup();
    for (const [uri, json] of saved) next.adopt(uri, JSON.parse(json));
    assert.deepEqual(out.sort(), sent.sort());
    out.length = 0;
    // The index agrees about a, finds nothing in b any more: only b is sent (cleared).
    next.publish(['a', 'b'], [finding('a', 'one')], linesOf);
    assert.deepEqual(out, [['b', []]]);
  });
});
