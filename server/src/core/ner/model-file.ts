// The model file: a small little-endian binary. Only features with a non-zero weight are
// stored, each as its 32-bit hash, a bit mask of the tags it has weights for and those
// weights quantised to int16. A trailing FNV-1a checksum catches truncation and corruption.
//
//   "CCNER-v1"  u32 headerLength  header (UTF-8 JSON)  pad to 4
//   u32 rows    rows x { u32 key, u32 tagMask, i16 x popcount(tagMask) }  pad to 4
//   f32 x (T*T + 2T)   transitions, start, end (unquantised)
//   u32 clusters   clusters x { u32 wordHash, u32 path }   (reserved for word clusters; empty today)
//   u32 checksum of everything before it
import { sparsify, type LinearModel } from './decode';
import { HashIndex } from './hash-index';
import { labelsOfTags, transitionMasks } from './tags';

const MAGIC = 'CCNER-v1';

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
  /** Word-hash -> cluster path pairs, if the model uses clusters. */
  clusters: { keys: Uint32Array; paths: Uint32Array };
}

export function checksum(bytes: Uint8Array, end = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

export function encodeModel(file: ModelFile): Uint8Array {
  const { model, header, clusters } = file;
  const T = model.T;
  const weights = model.weights;
  const keys = model.index.keysByRow();
  // Quantise: the largest weight maps to 32767.
  let maxAbs = 0;
  for (let k = 0; k < weights.length; k++) maxAbs = Math.max(maxAbs, Math.abs(weights[k]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const rows: Array<{ key: number; mask: number; values: number[] }> = [];
  for (let r = 0; r < keys.length; r++) {
    let mask = 0;
    const values: number[] = [];
    for (let j = 0; j < T; j++) {
      const q = Math.round(weights[r * T + j] / scale);
      if (q !== 0) {
        mask |= 1 << j;
        values.push(q);
      }
    }
    if (mask) rows.push({ key: keys[r], mask: mask >>> 0, values });
  }
  rows.sort((a, b) => a.key - b.key);
  const json = new TextEncoder().encode(JSON.stringify({ ...header, scale }));
  const pad4 = (n: number): number => (n + 3) & ~3;
  let size = 8 + 4 + pad4(json.length) + 4;
  for (const r of rows) size += 8 + 2 * r.values.length;
  size = pad4(size) + 4 * (T * T + 2 * T) + 4 + 8 * clusters.keys.length + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let o = 0;
  for (let i = 0; i < MAGIC.length; i++) bytes[o++] = MAGIC.charCodeAt(i);
  view.setUint32(o, json.length, true);
  o += 4;
  bytes.set(json, o);
  o = pad4(o + json.length);
  view.setUint32(o, rows.length, true);
  o += 4;
  for (const r of rows) {
    view.setUint32(o, r.key, true);
    view.setUint32(o + 4, r.mask, true);
    o += 8;
    for (const v of r.values) {
      view.setInt16(o, v, true);
      o += 2;
    }
  }
  o = pad4(o);
  const tr = model.transitions;
  for (const arr of [tr.trans, tr.start, tr.end]) {
    for (const v of arr) {
      view.setFloat32(o, v, true);
      o += 4;
    }
  }
  view.setUint32(o, clusters.keys.length, true);
  o += 4;
  for (let i = 0; i < clusters.keys.length; i++) {
    view.setUint32(o, clusters.keys[i], true);
    view.setUint32(o + 4, clusters.paths[i], true);
    o += 8;
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
  const pad4 = (n: number): number => (n + 3) & ~3;
  let o = 8;
  const jsonLength = view.getUint32(o, true);
  o += 4;
  if (o + jsonLength > bytes.length) fail('header overruns the file');
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + jsonLength))) as ModelHeader;
  } catch {
    return fail('header is not JSON');
  }
  const T = header.tags?.length ?? 0;
  if (T < 1 || T > 32 || !(header.scale > 0)) fail('header lacks tags or scale');
  o = pad4(o + jsonLength);
  const need = (n: number): void => {
    if (o + n > bytes.length - 4) fail('data overruns the file');
  };
  need(4);
  const rowCount = view.getUint32(o, true);
  o += 4;
  const keys = new Uint32Array(rowCount);
  const weights = new Int16Array(rowCount * T);
  for (let r = 0; r < rowCount; r++) {
    need(8);
    keys[r] = view.getUint32(o, true);
    const mask = view.getUint32(o + 4, true);
    o += 8;
    for (let j = 0; j < T; j++) {
      if (!(mask & (1 << j))) continue;
      need(2);
      weights[r * T + j] = view.getInt16(o, true);
      o += 2;
    }
  }
  o = pad4(o);
  const floats = (n: number): Float64Array => {
    need(4 * n);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++, o += 4) out[i] = view.getFloat32(o, true) / header.scale;
    return out;
  };
  // Transitions are kept in the same (quantised) units as the emission sums.
  const trans = floats(T * T);
  const start = floats(T);
  const end = floats(T);
  need(4);
  const clusterCount = view.getUint32(o, true);
  o += 4;
  need(8 * clusterCount);
  const ckeys = new Uint32Array(clusterCount);
  const cpaths = new Uint32Array(clusterCount);
  for (let i = 0; i < clusterCount; i++, o += 8) {
    ckeys[i] = view.getUint32(o, true);
    cpaths[i] = view.getUint32(o + 4, true);
  }
  if (o !== bytes.length - 4) fail('unexpected trailing data');
  const masks = transitionMasks(header.tags);
  const labelOfTag = labelsOfTags(header.tags);
  return {
    header,
    model: {
      T,
      index: HashIndex.fromKeys(keys),
      weights,
      sparse: sparsify(weights, T),
      labelOfTag,
      transitions: { trans, start, end, allowStart: masks.start, allowTrans: masks.trans, allowEnd: masks.end },
    },
    clusters: { keys: ckeys, paths: cpaths },
  };
}
