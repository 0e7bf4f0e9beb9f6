// Open-addressing map from 32-bit feature hashes to dense row numbers. Faster and far
// smaller than a Map for the hundreds of thousands of features the tagger looks up.

export class HashIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  /** Key and row side by side (key as int32), so a probe touches one cache line. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  /** `load`: the fill ratio to stay under (lower: fewer probes, more memory). */
  constructor(expected = 1024, load = 0.5) {
    let cap = 1024;
    while (cap * load < expected) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap).fill(-1);
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap - 1;
  }

  /** Row of key, or -1. */
  get(key: number): number {
    const slots = this.slots;
    const k = key | 0;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const r = slots[2 * i + 1];
      if (r < 0) return -1;
      if (slots[2 * i] === k) return r;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of key, adding it as the next row when absent. */
  add(key: number): number {
    key >>>= 0;
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.insert(key, this.size);
    return this.size++;
  }

  private insert(key: number, row: number): void {
    let i = (key ^ (key >>> 15)) & this.mask;
    while (this.rows[i] >= 0) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.rows[i] = row;
    this.slots[2 * i] = key | 0;
    this.slots[2 * i + 1] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2).fill(-1);
    this.slots = new Int32Array(oldKeys.length * 4).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) if (oldRows[i] >= 0) this.insert(oldKeys[i], oldRows[i]);
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < this.keys.length; i++) if (this.rows[i] >= 0) out[this.rows[i]] = this.keys[i];
    return out;
  }

  /** A read-only index over distinct keys (row = position), packed tighter for cache. */
  static fromKeys(keys: Uint32Array): HashIndex {
    const index = new HashIndex(keys.length, 0.7);
    for (let r = 0; r < keys.length; r++) index.insert(keys[r], r);
    index.size = keys.length;
    return index;
  }
}
