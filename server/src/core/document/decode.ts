// Bytes of an article file -> the text the editor would show. Offsets everywhere else are
// UTF-16 offsets into this text, so nothing here may change it beyond what VS Code does on
// load: one leading byte-order mark is dropped, line endings are left exactly as they are,
// and invalid UTF-8 becomes U+FFFD (the editor shows the same). Uses the global TextDecoder
// (Node and browsers), not a node import. Never throws.

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

/** Default for `crosscheck.maxFileSize`; pass `maxBytes: Infinity` for no limit. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** How much of the start of a file is sniffed for binary content. */
const SNIFF_BYTES = 8192;
/** Above this share of control characters (other than \t \n \f \r) the file is not text. */
const MAX_CONTROL_SHARE = 0.3;

export function decodeArticle(bytes: Uint8Array, options?: { maxBytes?: number }): Decoded {
  try {
    const requested = options?.maxBytes;
    const maxBytes = typeof requested === 'number' && !Number.isNaN(requested) ? requested : DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      return { ok: false, reason: `file is ${formatSize(bytes.length, 1)}, over the ${formatSize(maxBytes, 0)} limit (crosscheck.maxFileSize)` };
    }
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return decodeUtf8(bytes, 3, ['UTF-8 byte-order mark removed']);
    }
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      return decodeUtf16(bytes, 2, true, ['UTF-16LE byte-order mark: decoded as UTF-16LE']);
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      return decodeUtf16(bytes, 2, false, ['UTF-16BE byte-order mark: decoded as UTF-16BE']);
    }
    const guessed = guessBomlessUtf16(bytes);
    if (guessed) return decodeUtf16(bytes, 0, guessed === 'le', [`no byte-order mark; looks like UTF-16${guessed.toUpperCase()}, decoded as such`]);
    return decodeUtf8(bytes, 0, []);
  } catch (err) {
    // TextDecoder should not throw with fatal:false; if a runtime lacks it, say so instead.
    return { ok: false, reason: `could not decode: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function decodeUtf8(bytes: Uint8Array, from: number, notes: string[]): Decoded {
  if (looksBinary(bytes, from)) return { ok: false, reason: 'binary file' };
  const body = bytes.subarray(from);
  // ignoreBOM: the one mark we strip is already skipped; a second one stays, as in the editor.
  // Valid UTF-8, nearly every file, is checked by the platform's decoder (a tenth of the time
  // the scan below takes, on the main thread while a folder is indexed); only invalid bytes
  // are scanned, to say where they are. Both decoders give the same text for valid input.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), notes };
  } catch {
    // invalid somewhere: replaced below, and named
  }
  const invalid = scanUtf8(bytes, from);
  if (invalid.count > 0) {
    const more = invalid.count > 1 ? ` (${invalid.count} invalid sequences in all)` : '';
    notes.push(`invalid UTF-8 at byte ${invalid.first}; replaced${more}`);
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return { ok: true, text, notes };
}

function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean, notes: string[]): Decoded {
  let body = bytes.subarray(from);
  if (body.length % 2 === 1) notes.push('UTF-16 text has an odd number of bytes; the last byte was replaced');
  if (!littleEndian) {
    // Swap to little-endian: 'utf-16le' is the one UTF-16 label every TextDecoder supports.
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1];
      swapped[i + 1] = body[i];
    }
    if (body.length % 2 === 1) swapped[body.length - 1] = body[body.length - 1];
    body = swapped;
  }
  const text = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(body);
  if (textLooksBinary(text)) return { ok: false, reason: 'binary file' };
  return { ok: true, text, notes };
}

/** NUL bytes, or mostly control bytes, in the first 8 KB. */
function looksBinary(bytes: Uint8Array, from: number): boolean {
  const end = Math.min(bytes.length, from + SNIFF_BYTES);
  let control = 0;
  for (let i = from; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return end > from && control / (end - from) > MAX_CONTROL_SHARE;
}

function textLooksBinary(text: string): boolean {
  const end = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return end > 0 && control / end > MAX_CONTROL_SHARE;
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}

/**
 * Mostly-ASCII UTF-16 without a BOM has a NUL in every other byte; UTF-8 text never has
 * NULs, so this only rescues files that would otherwise be refused as binary.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (end < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = end / 2;
  if (oddZeros / pairs > 0.5 && evenZeros / pairs < 0.02) return 'le';
  if (evenZeros / pairs > 0.5 && oddZeros / pairs < 0.02) return 'be';
  return undefined;
}

/** First invalid UTF-8 byte offset and the number of invalid sequences (WHATWG-style maximal subparts). */
function scanUtf8(bytes: Uint8Array, from: number): { first: number; count: number } {
  let first = -1;
  let count = 0;
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1;
      const min = k === 0 ? lo : 0x80;
      const max = k === 0 ? hi : 0xbf;
      if (c < min || c > max) ok = false;
    }
    if (ok) {
      i = j;
    } else {
      if (first < 0) first = i;
      count++;
      // The bad sequence ends before the byte that broke it (which starts the next one).
      i = need > 0 ? Math.max(i + 1, j - 1) : i + 1;
    }
  }
  return { first, count };
}

function formatSize(bytes: number, decimals: number): string {
  if (!Number.isFinite(bytes)) return 'unlimited';
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${trim(bytes / mb, decimals)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024, decimals)} KB`;
  return `${Math.max(0, Math.floor(bytes))} bytes`;
}

/** `decimals` 0 means "as few as needed" (5 MB, 2.5 MB); otherwise fixed. */
function trim(value: number, decimals: number): string {
  if (decimals > 0) return value.toFixed(decimals);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
