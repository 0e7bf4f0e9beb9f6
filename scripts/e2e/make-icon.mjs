// Draws the 128x128 extension icon (two overlapping article pages, one line on each
// marked as conflicting) and writes it as a PNG with node's zlib: no image library needed.
// Usage: node scripts/e2e/make-icon.mjs [out=images/icon.png]
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SIZE = 128;
const out = process.argv[2] ?? 'images/icon.png';
const px = new Uint8Array(SIZE * SIZE * 4); // RGBA, transparent

function blend(x, y, [r, g, b], a = 1) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE || a <= 0) return;
  const i = (y * SIZE + x) * 4;
  const da = px[i + 3] / 255;
  const oa = a + da * (1 - a);
  const mix = (s, d) => Math.round((s * a + d * da * (1 - a)) / oa);
  px[i] = mix(r, px[i]);
  px[i + 1] = mix(g, px[i + 1]);
  px[i + 2] = mix(b, px[i + 2]);
  px[i + 3] = Math.round(oa * 255);
}

/** Rounded rectangle with a one-pixel anti-aliased edge. */
function roundRect(x0, y0, x1, y1, radius, color) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      const cx = x + 0.5, cy = y + 0.5;
      const dx = Math.max(x0 + radius - cx, 0, cx - (x1 - radius));
      const dy = Math.max(y0 + radius - cy, 0, cy - (y1 - radius));
      const d = Math.hypot(dx, dy) - radius; // < 0 inside
      blend(x, y, color, Math.min(1, Math.max(0, 0.5 - d)));
    }
  }
}

const NAVY = [27, 42, 74];
const PAPER = [244, 241, 232];
const INK = [120, 130, 150];
const MARK = [232, 93, 63];
const CHECK = [64, 186, 120];

roundRect(0, 0, 128, 128, 22, NAVY);
// back page (left) and front page (right), each with text lines
for (const [x, y, hit] of [[16, 18, 3], [50, 38, 2]]) {
  roundRect(x, y, x + 62, y + 76, 6, PAPER);
  for (let line = 0; line < 5; line++) {
    const ly = y + 12 + line * 12;
    const width = line === 4 ? 28 : 44;
    roundRect(x + 9, ly, x + 9 + width, ly + 5, 2.5, line === hit ? MARK : INK);
  }
}
// a check badge in the corner
roundRect(84, 84, 120, 120, 18, CHECK);
for (let t = 0; t <= 1; t += 0.01) {
  const seg = (ax, ay, bx, by) => roundRect(ax + (bx - ax) * t - 2.5, ay + (by - ay) * t - 2.5, ax + (bx - ax) * t + 2.5, ay + (by - ay) * t + 2.5, 2.5, PAPER);
  seg(93, 103, 99, 109);
  seg(99, 109, 111, 95);
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  Buffer.from(px.buffer, y * SIZE * 4, SIZE * 4).copy(raw, y * (SIZE * 4 + 1) + 1);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
