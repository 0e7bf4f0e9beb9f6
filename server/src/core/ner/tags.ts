// Tag schemes over the four CoNLL types. The model decodes in BILOU or BIO internally;
// everything it hands out is spans (or IOB2 for the CoNLL output).

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof ENTITY_TYPES)[number];
export type Scheme = 'BIO' | 'BILOU';

/** An entity as a half-open range of token indices. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

export function tagSet(scheme: Scheme): string[] {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const out = ['O'];
  for (const t of ENTITY_TYPES) for (const p of prefixes) out.push(`${p}-${t}`);
  return out;
}

/**
 * Entities in a tag sequence, read leniently the way conlleval reads it: any of IOB1, IOB2,
 * BIOES/BILOU or bare types. A new entity starts at B/S/U, or at I/E/L of a different type.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  return new TagReader(tags).spans(tags.map((_, i) => i), tags.length);
}

/** spansFromTags over indices into a fixed tag set, each tag parsed once: the tagger's output. */
export class TagReader {
  private readonly prefixes: string[] = [];
  /** Entity type of each tag, '' for outside. */
  private readonly types: string[] = [];

  constructor(tags: readonly string[]) {
    for (const tag of tags) {
      const outside = tag === 'O' || tag === '' || tag === '-';
      const dash = tag.indexOf('-');
      this.prefixes.push(outside ? 'O' : dash === 1 ? tag[0] : 'I');
      this.types.push(outside ? '' : dash === 1 ? tag.slice(2) : tag);
    }
  }

  /** The spans of tags[path[0]], …, tags[path[n - 1]]. */
  spans(path: ArrayLike<number>, n: number): TokenSpan[] {
    const out: TokenSpan[] = [];
    let type = '';
    let start = -1;
    for (let i = 0; i < n; i++) {
      const t = this.types[path[i]];
      if (!t) {
        if (type) out.push({ start, end: i, type });
        type = '';
        continue;
      }
      const prefix = this.prefixes[path[i]];
      if (prefix === 'B' || prefix === 'S' || prefix === 'U' || t !== type) {
        if (type) out.push({ start, end: i, type });
        type = t;
        start = i;
      }
      if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') {
        out.push({ start, end: i + 1, type });
        type = '';
      }
    }
    if (type) out.push({ start, end: n, type });
    return out;
  }
}

export function tagsFromSpans(spans: readonly TokenSpan[], length: number, scheme: Scheme): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1 && scheme === 'BILOU') {
      tags[s.start] = `U-${s.type}`;
      continue;
    }
    tags[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = `I-${s.type}`;
    if (scheme === 'BILOU') tags[s.end - 1] = `L-${s.type}`;
  }
  return tags;
}

/** IOB2 tags for the spans: what `crosscheck tag --conll` prints. */
export function iob2(spans: readonly TokenSpan[], length: number): string[] {
  return tagsFromSpans(spans, length, 'BIO');
}

/** Which tag may follow which (index -1 = sentence start), and which may end a sentence. */
export function transitionMasks(tags: readonly string[]): { start: Uint8Array; trans: Uint8Array; end: Uint8Array } {
  const T = tags.length;
  const part = (t: string): [string, string] => (t === 'O' ? ['O', ''] : [t[0], t.slice(2)]);
  const opens = (p: string): boolean => p === 'B' || p === 'I'; // BILOU: an entity still open after this tag
  const bilou = tags.some((t) => t.startsWith('L-'));
  const start = new Uint8Array(T);
  const end = new Uint8Array(T);
  const trans = new Uint8Array(T * T);
  for (let j = 0; j < T; j++) {
    const [p] = part(tags[j]);
    start[j] = bilou ? (p === 'I' || p === 'L' ? 0 : 1) : p === 'I' ? 0 : 1;
    end[j] = bilou ? (opens(p) ? 0 : 1) : 1;
    for (let i = 0; i < T; i++) {
      const [pp, pt] = part(tags[i]);
      const [cp, ct] = part(tags[j]);
      let ok: boolean;
      if (bilou) {
        const inside = cp === 'I' || cp === 'L';
        ok = opens(pp) ? inside && pt === ct : !inside;
      } else {
        ok = cp === 'I' ? pp !== 'O' && pt === ct : true;
      }
      trans[i * T + j] = ok ? 1 : 0;
    }
  }
  return { start, trans, end };
}

/** For each tag: 0 for O, else 1 + its type's index in ENTITY_TYPES (the history label). */
export function labelsOfTags(tags: readonly string[]): Int32Array {
  return Int32Array.from(tags, (t) => (t === 'O' ? 0 : 1 + ENTITY_TYPES.indexOf(t.slice(2) as ConllType)));
}
