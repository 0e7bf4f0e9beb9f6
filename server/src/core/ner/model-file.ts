// The model file: a small little-endian binary holding the tagging-time weight table as it
// sits in memory (sparse-weights.ts), so loading is two array copies and a checksum.
//
//   "CCNER-v2"  u32 headerLength  header (UTF-8 JSON)  pad to 4
//   i32 x slotCount     hash slots: feature hash, (first entry << 5) | entry count
//   i32 x entryCount    entries: (tag << 16) | int16 weight
//   f32 x (T*T + 2T)    transitions, start, end (unquantised)
//   u32 checksum (FNV-1a of everything before it)
//
// Only features with a non-zero weight are stored, their weights quantised to int16.
import type { LinearModel } from './decode';
import { HashIndex } from './hash-index';
import { SparseWeights } from './sparse-weights';
import { labelsOfTags, transitionMasks } from './tags';

const MAGIC = 'CCNER-v2';

export interface ModelHeader {
  /** Tag names in score order. */
  tags: string[];
  /** Real weight = stored int16 * scale. */
  scale: number;
  /** gazetteerFingerprint() and FEATURES_VERSION at training time. */
  gazetteers: number;
  features: number;
  /** Free-form training facts (epochs, seed, data): shown by tools, not used. */
  trainedWith: Record<string, string | number>;
}

export interface ModelFile {
  header: ModelHeader;
  model: LinearModel;
}

export function checksum(bytes: Uint8Array, end = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function encodeModel(file: { header: ModelHeader; model: LinearModel }): Uint8Array {
  const { model, header } = file;
  const T = model.T;
  const weights = model.weights;
  // Quantise: the largest weight maps to 32767. Rows in key order, so the table is deterministic.
  let maxAbs = 0;
  for (let k = 0; k < weights.length; k++) maxAbs = Math.max(maxAbs, Math.abs(weights[k]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const byRow = model.index.keysByRow();
  const order = Array.from(byRow.keys()).sort((a, b) => byRow[a] - byRow[b]);
  const keys = new Uint32Array(order.length);
  const quantised = new Int16Array(order.length * T);
  order.forEach((r, i) => {
    keys[i] = byRow[r];
    for (let j = 0; j < T; j++) quantised[i * T + j] = Math.round(weights[r * T + j] / scale);
  });
  const table = SparseWeights.build(keys, quantised, T);
  const json = new TextEncoder().encode(JSON.stringify({ ...header, scale, slots: table.slots.length, entries: table.entries.length }));
  const pad4 = (n: number): number => (n + 3) & ~3;
  const size = 8 + 4 + pad4(json.length) + 4 * (table.slots.length + table.entries.length + T * T + 2 * T) + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let o = 0;
  for (let i = 0; i < MAGIC.length; i++) bytes[o++] = MAGIC.charCodeAt(i);
  view.setUint32(o, json.length, true);
  o += 4;
  bytes.set(json, o);
  o = pad4(o + json.length);
  for (const arr of [table.slots, table.entries]) {
    for (const v of arr) {
      view.setInt32(o, v, true);
      o += 4;
    }
  }
  const tr = model.transitions;
  for (const arr of [tr.trans, tr.start, tr.end]) {
    for (const v of arr) {
      view.setFloat32(o, v, true);
      o += 4;
    }
  }
  view.setUint32(o, checksum(bytes, o), true);
  return bytes;
}

/** Reads a model file; throws an Error naming what is wrong when the bytes are not one. */
export function decodeModel(bytes: Uint8Array): ModelFile {
  const fail = (why: string): never => {
    throw new Error(`corrupt entity model file: ${why}`);
  };
  if (!(bytes instanceof Uint8Array) || bytes.length < 24) fail('too short');
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) fail('not a Crosscheck NER model (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(bytes.length - 4, true) !== checksum(bytes, bytes.length - 4)) fail('checksum mismatch (truncated or damaged)');
  if (!littleEndian) fail('this platform is big-endian; the model file is little-endian');
  let o = 8;
  const jsonLength = view.getUint32(o, true);
  o += 4;
  if (o + jsonLength > bytes.length) fail('header overruns the file');
  let header: ModelHeader & { slots: number; entries: number };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + jsonLength)));
  } catch {
    return fail('header is not JSON');
  }
  const T = Array.isArray(header.tags) ? header.tags.length : 0;
  if (T < 1 || T > 31 || !(header.scale > 0) || !(header.slots >= 2) || !(header.entries >= 0)) fail('header lacks tags, scale or table sizes');
  o = (o + jsonLength + 3) & ~3;
  const words = header.slots + header.entries + T * T + 2 * T;
  if (o + 4 * words !== bytes.length - 4) fail('sections do not add up to the file size');
  // Copy into an aligned buffer (the input may be a view at any offset).
  const ints = new Int32Array(bytes.slice(o, o + 4 * words).buffer);
  const table = SparseWeights.fromArrays(ints.subarray(0, header.slots), ints.subarray(header.slots, header.slots + header.entries));
  if (!table) fail('weight table is inconsistent');
  const floats = new Float32Array(ints.buffer, 4 * (header.slots + header.entries), T * T + 2 * T);
  // Transitions are kept in the same (quantised) units as the emission sums.
  const scaled = (from: number, n: number): Float64Array => Float64Array.from(floats.subarray(from, from + n), (v) => v / header.scale);
  const masks = transitionMasks(header.tags);
  return {
    header,
    model: {
      T,
      // Tagging reads only the packed table; the dense index and weights are for training.
      index: new HashIndex(0),
      weights: new Int16Array(0),
      sparse: table,
      labelOfTag: labelsOfTags(header.tags),
      transitions: {
        trans: scaled(0, T * T),
        start: scaled(T * T, T),
        end: scaled(T * T + T, T),
        allowStart: masks.start,
        allowTrans: masks.trans,
        allowEnd: masks.end,
      },
    },
  };
}

/** The checksum stored in a model file (valid once decodeModel accepted the bytes). */
export function storedChecksum(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 4, true);
}
