// The tagging-time weight table: an open-addressing hash from feature hash to that
// feature's non-zero weights, packed so a lookup touches two cache lines (the slot, then
// its entries) instead of four. Tagging is bound by these memory accesses.
//
//   slots[2i]     feature hash (as int32)
//   slots[2i + 1] (first entry << 5) | entry count, or -1 for an empty slot
//   entries[k]    (tag << 16) | (int16 weight & 0xffff)

/** Bits of the presence filter (256 KB: stays in the core's cache, unlike the table). */
const FILTER_BITS = 1 << 21;

export class SparseWeights {
  /**
   * One bit per value of the key's hash (as the slots hash it) modulo FILTER_BITS, set when a
   * key of the table has it. About half the features a tagger asks for are not in the model;
   * most of them are answered here without a read from the large table.
   */
  private readonly present = new Int32Array(FILTER_BITS / 32);

  private constructor(
    /** Exposed for the model file, which stores these two arrays as they are. */
    readonly slots: Int32Array,
    readonly entries: Int32Array,
    private readonly mask = slots.length / 2 - 1,
  ) {
    for (let i = 0; i < slots.length; i += 2) {
      if (slots[i + 1] < 0) continue;
      const h = (slots[i] ^ (slots[i] >>> 15)) & (FILTER_BITS - 1);
      this.present[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** From distinct feature keys (in a fixed order) and their dense quantised weights (rows x T). */
  static build(keys: Uint32Array, weights: Int16Array, T: number): SparseWeights {
    if (T > 31) throw new Error('at most 31 tags');
    let nnz = 0;
    let rows = 0;
    for (let r = 0; r < keys.length; r++) {
      const before = nnz;
      for (let j = 0; j < T; j++) if (weights[r * T + j] !== 0) nnz++;
      if (nnz > before) rows++;
    }
    let cap = 1024;
    while (cap * 0.8 < rows) cap *= 2; // linear probing stays short below 80 % full
    const mask = cap - 1;
    const slots = new Int32Array(cap * 2).fill(-1);
    if (nnz >= 1 << 26) throw new Error('too many weights');
    const entries = new Int32Array(nnz);
    let m = 0;
    for (let r = 0; r < keys.length; r++) {
      const first = m;
      for (let j = 0; j < T; j++) {
        const v = weights[r * T + j];
        if (v !== 0) entries[m++] = (j << 16) | (v & 0xffff);
      }
      if (m === first) continue;
      let i = (keys[r] ^ (keys[r] >>> 15)) & mask;
      while (slots[2 * i + 1] >= 0) i = (i + 1) & mask;
      slots[2 * i] = keys[r] | 0;
      slots[2 * i + 1] = (first << 5) | (m - first);
    }
    return new SparseWeights(slots, entries);
  }

  /**
   * From stored arrays; checks every slot points inside `entries` and that the table has an
   * empty slot (so lookups end), returning undefined when not.
   */
  static fromArrays(slots: Int32Array, entries: Int32Array): SparseWeights | undefined {
    const cap = slots.length / 2;
    if (cap < 1 || (cap & (cap - 1)) !== 0) return undefined;
    let empty = 0;
    for (let i = 1; i < slots.length; i += 2) {
      const p = slots[i];
      if (p < 0) {
        if (p !== -1) return undefined;
        empty++;
      } else if ((p >>> 5) + (p & 31) > entries.length) return undefined;
    }
    return empty > 0 ? new SparseWeights(slots, entries) : undefined;
  }

  /** Adds the weights of feature `key` to emit[off + tag]; a feature not in the model adds nothing. */
  add(key: number, emit: Float64Array, off: number): void {
    const slots = this.slots;
    const k = key | 0;
    const h = (key ^ (key >>> 15)) & (FILTER_BITS - 1);
    if ((this.present[h >>> 5] & (1 << (h & 31))) === 0) return;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const p = slots[2 * i + 1];
      if (p < 0) return;
      if (slots[2 * i] === k) {
        const entries = this.entries;
        for (let m = p >>> 5, e = m + (p & 31); m < e; m++) {
          const x = entries[m];
          emit[off + (x >>> 16)] += (x << 16) >> 16;
        }
        return;
      }
      i = (i + 1) & this.mask;
    }
  }
}
