// 32-bit hashing for feature identities. Features are never stored as strings: each is
// the mix of a template number and hashes of the token attributes it looks at, which
// keeps both the tagger's hot loop and the model file small.

export const FNV_SEED = 0x811c9dc5;

export function hashString(s: string, seed = FNV_SEED): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Order-sensitive mix of two 32-bit values (murmur3 finaliser over a combined word). */
export function mix(a: number, b: number): number {
  return mixBits(a, b) >>> 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mixBits(a, b), c);
}

/**
 * mix as a signed 32-bit integer: the same bits, so the same feature once stored in a
 * Uint32Array, and a call the compiler does not inline returns it without allocating (an
 * unsigned value above 2^31 is a heap number).
 */
export function mixBits(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

export function mix3Bits(a: number, b: number, c: number): number {
  return mixBits(mixBits(a, b), c);
}
