import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeArticle, DEFAULT_MAX_BYTES, type Decoded } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>) => {
  const all: number[] = [];
  for (const p of parts) all.push(...p);
  return new Uint8Array(all);
};
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}
function ok(d: Decoded): { text: string; notes: string[] } {
  assert.ok(d.ok, `expected text, got: ${d.ok ? '' : d.reason}`);
  return d;
}

test('plain UTF-8 passes through untouched, with no notes', () => {
  const d = ok(decodeArticle(utf8('Héllo “world” 😀\n')));
  assert.equal(d.text, 'Héllo “world” 😀\n');
  assert.deepEqual(d.notes, []);
});

test('an empty file is empty text', () => {
  assert.deepEqual(decodeArticle(new Uint8Array(0)), { ok: true, text: '', notes: [] });
});

test('a UTF-8 BOM is removed and noted; a second one is kept as the editor keeps it', () => {
  const d = ok(decodeArticle(bytes([0xef, 0xbb, 0xbf], utf8('Title\n'))));
  assert.equal(d.text, 'Title\n');
  assert.match(d.notes.join(), /byte-order mark/);
  const twice = ok(decodeArticle(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('x'))));
  assert.equal(twice.text, '\ufeffx');
});

test('CRLF and lone CR line ends are kept exactly (offsets must match the editor)', () => {
  const text = 'one\r\ntwo\rthree\n\r\nfour';
  assert.equal(ok(decodeArticle(utf8(text))).text, text);
});

test('UTF-16 with either BOM is decoded, including astral characters', () => {
  const text = 'Grüße 😀\r\nline two';
  const le = ok(decodeArticle(bytes([0xff, 0xfe], utf16(text, true))));
  assert.equal(le.text, text);
  assert.match(le.notes.join(), /UTF-16LE/);
  const be = ok(decodeArticle(bytes([0xfe, 0xff], utf16(text, false))));
  assert.equal(be.text, text);
  assert.match(be.notes.join(), /UTF-16BE/);
});

test('UTF-16 without a BOM is recognised instead of being refused as binary', () => {
  const text = 'A plain English article\nwith two lines.';
  assert.equal(ok(decodeArticle(utf16(text, true))).text, text);
  assert.equal(ok(decodeArticle(utf16(text, false))).text, text);
});

test('UTF-16 with an odd byte count keeps going and says so', () => {
  const d = ok(decodeArticle(bytes([0xff, 0xfe], utf16('ab', true), [0x41])));
  assert.equal(d.text, 'ab\ufffd');
  assert.match(d.notes.join(), /odd number of bytes/);
});

test('invalid UTF-8 is replaced with U+FFFD and the first bad byte is named', () => {
  const d = ok(decodeArticle(bytes(utf8('café '), [0xe9], utf8(' ok'))));
  assert.equal(d.text, 'café \ufffd ok');
  assert.deepEqual(d.notes, ['invalid UTF-8 at byte 6; replaced']);
});

test('several invalid sequences are counted; truncated and overlong sequences are invalid', () => {
  // 0xC0 0xAF is an overlong "/", 0xED 0xA0 0x80 a surrogate, 0xE2 0x82 is cut short.
  const d = ok(decodeArticle(bytes(utf8('a'), [0xc0, 0xaf], utf8('b'), [0xed, 0xa0, 0x80], utf8('c'), [0xe2, 0x82])));
  assert.match(d.notes[0], /^invalid UTF-8 at byte 1; replaced \(\d+ invalid sequences in all\)$/);
  assert.ok(d.text.startsWith('a\ufffd'));
  assert.ok(d.text.includes('b') && d.text.includes('c'));
});

test('a NUL byte early on means a binary file', () => {
  assert.deepEqual(decodeArticle(bytes(utf8('PK'), [3, 4, 0, 0], utf8('rest'))), { ok: false, reason: 'binary file' });
});

test('mostly control characters means a binary file; tabs, form feeds and line ends do not count', () => {
  const noisy = new Uint8Array(1000).map((_, i) => (i % 2 === 0 ? 0x01 : 0x41));
  assert.deepEqual(decodeArticle(noisy), { ok: false, reason: 'binary file' });
  const layout = utf8('a\tb\fc\r\nd\n'.repeat(200));
  assert.ok(decodeArticle(layout).ok);
  const fewControls = utf8('text with one \x07 bell in it');
  assert.ok(decodeArticle(fewControls).ok);
});

test('a file over the size limit is refused with a message naming the setting', () => {
  const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
  assert.deepEqual(decodeArticle(big), {
    ok: false,
    reason: 'file is 20.0 MB, over the 5 MB limit (crosscheck.maxFileSize)',
  });
  assert.deepEqual(decodeArticle(utf8('x'.repeat(3000)), { maxBytes: 2048 }), {
    ok: false,
    reason: 'file is 2.9 KB, over the 2 KB limit (crosscheck.maxFileSize)',
  });
  assert.equal(DEFAULT_MAX_BYTES, 5 * 1024 * 1024);
});

test('a 20 MB file decodes when the limit allows it', () => {
  const line = utf8('A line of article text with “quotes”.\r\n');
  const big = new Uint8Array(20 * 1024 * 1024);
  for (let i = 0; i + line.length <= big.length; i += line.length) big.set(line, i);
  const d = decodeArticle(big, { maxBytes: Infinity });
  assert.ok(d.ok);
  assert.ok(d.text.startsWith('A line of article text'));
});

test('never throws and always answers on random bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
      const d = decodeArticle(b);
      if (d.ok) assert.equal(typeof d.text, 'string');
      else assert.equal(typeof d.reason, 'string');
    }),
    { numRuns: 500 },
  );
});

test('any Unicode text round-trips through UTF-8, with or without a BOM', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (s, bom) => {
      // Control-heavy strings may legitimately be refused as binary; everything else round-trips.
      const d = decodeArticle(bom ? bytes([0xef, 0xbb, 0xbf], utf8(s)) : utf8(s));
      // Without our own BOM, a leading U+FEFF in the text is itself the mark and is dropped.
      if (d.ok) assert.equal(d.text, bom ? s : s.replace(/^\ufeff/, ''));
      else assert.equal(d.reason, 'binary file');
    }),
    { numRuns: 300 },
  );
});

test('an invalid-UTF-8 note appears exactly when strict decoding would fail', () => {
  fc.assert(
    // `a` starts with a letter so the junk can never form a UTF-16 byte-order mark.
    fc.property(fc.string({ maxLength: 40 }).map((s) => 'x' + s), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 40 }), (a, junk, b) => {
      const d = decodeArticle(bytes(utf8(a), junk, utf8(b)));
      if (!d.ok) return;
      const note = d.notes.find((n) => n.startsWith('invalid UTF-8'));
      const strict = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes(utf8(a), junk, utf8(b)));
          return true;
        } catch {
          return false;
        }
      })();
      assert.equal(note === undefined, strict);
      if (note) {
        // Everything before the named byte is well-formed UTF-8.
        const at = Number(/byte (\d+)/.exec(note)![1]);
        assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes(utf8(a), junk, utf8(b)).subarray(0, at)));
      }
    }),
    { numRuns: 300 },
  );
});
