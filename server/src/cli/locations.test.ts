import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LocationMapper } from './locations';

/** Text with «marked» spans -> the text without markers and the marked spans. */
function marked(source: string): { text: string; spans: Array<{ start: number; end: number; text: string }> } {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let text = '';
  let open = -1;
  for (const ch of source) {
    if (ch === '«') open = text.length;
    else if (ch === '»') {
      spans.push({ start: open, end: text.length, text: text.slice(open, text.length) });
    } else text += ch;
  }
  return { text, spans };
}

test('1-based lines and UTF-16 columns, end exclusive, across LF, CRLF and lone CR', () => {
  const { text, spans } = marked('Title\r\nBy «Ana Li»\rDate\n😀 «Oskar» met «Ines\nMarwick».');
  const map = new LocationMapper();
  map.add('file:///x/a.txt', 'a.txt', text);
  const [ana, oskar, ines] = spans.map((s) => map.location({ uri: 'file:///x/a.txt', ...s }));
  assert.deepEqual(ana, { path: 'a.txt', line: 2, column: 4, endLine: 2, endColumn: 10, text: 'Ana Li' });
  assert.deepEqual(oskar, { path: 'a.txt', line: 4, column: 4, endLine: 4, endColumn: 9, text: 'Oskar' });
  assert.deepEqual(ines, { path: 'a.txt', line: 4, column: 14, endLine: 5, endColumn: 8, text: 'Ines\nMarwick' });
});

test('an unknown document or a reversed span does not throw', () => {
  const map = new LocationMapper();
  map.add('file:///x/a.txt', 'a.txt', 'abc');
  assert.deepEqual(map.range('file:///x/a.txt', { start: 2, end: 1 }), { line: 1, column: 3, endLine: 1, endColumn: 3 });
  assert.equal(map.path('file:///elsewhere.txt'), 'file:///elsewhere.txt');
});
