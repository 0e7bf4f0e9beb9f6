// On-disk cache of per-document analyses, so reopening a workspace does not re-analyse what
// has not changed. An entry is keyed by the SHA-256 of everything the analysis depends on: the
// text, the entity model (recognizer.id) and the analysis code (codeId: a hash of the bundled
// analysis code, so any change to the core invalidates every entry; see analysisCodeId). A
// stale entry can therefore never be found, only an identical one. Entries are appended to
// pack files (pack-store.ts: a record cut short is never read); an entry that does not parse or
// does not fit its text is ignored and stored again. The cache lives where the host says (the
// editor's storage folder, `--cache DIR`), never beside the articles.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { version as packageVersion } from '../../../package.json';
import type { Claim, DocumentAnalysis, DocumentInput, Mention, Sentence, Span, Token } from '../core/model';
import { isTokenizationOf, tokenize } from '../core/text/tokenize';
import { PackStore } from './pack-store';

/** Bump when the entry encoding below or the storage changes (3: pack files). */
export const CACHE_FORMAT = 3;

// --- the entry encoding ------------------------------------------------------------------------

/**
 * One analysis as stored. The document text itself is not stored (the caller has it, and the key
 * is its hash), nor anything that is a function of it: tokens that are exactly what the
 * tokenizer makes of the text are left out (made again if anyone reads them), other tokens are
 * kept as flat offsets; a mention's or claim's text that is its slice of the document is stored
 * as 0 and restored as that slice (which also shares the document's memory).
 */
interface Entry {
  format: number;
  key: string;
  /** Length of the text, a cheap check that the entry belongs to it. */
  length: number;
  /** The tokens are tokenize(text). */
  tokenized?: true;
  /** start,end per token, when they are not tokenize(text). */
  tokens?: number[];
  /** Tokens whose text is not the plain slice, by index. */
  tokenTexts?: Record<string, string>;
  /** start,end,tokenStart,tokenEnd per sentence. */
  sentences: number[];
  rest: Omit<DocumentAnalysis, 'uri' | 'version' | 'text' | 'tokens' | 'sentences'>;
}

/** A span's text as stored: 0 when it is the slice of the document at the span. */
type StoredText<T extends { text: string }> = Omit<T, 'text'> & { text: string | 0 };

function tokensAreTokenized(text: string, tokens: readonly Token[]): boolean {
  if (isTokenizationOf(tokens, text)) return true;
  const again = tokenize(text);
  if (again.length !== tokens.length) return false;
  for (let i = 0; i < again.length; i++) {
    const a = again[i];
    const t = tokens[i];
    if (a.start !== t.start || a.end !== t.end || a.text !== t.text) return false;
  }
  return true;
}

function storeText<T extends Span & { text: string }>(list: readonly T[], text: string): Array<T | StoredText<T>> {
  return list.map((x) => (x.text === text.slice(x.start, x.end) ? { ...x, text: 0 as const } : x));
}

/** The analysis as an entry string (also what worker threads send back). */
export function encodeAnalysis(analysis: DocumentAnalysis, key: string): string {
  const text = analysis.text;
  // Tokens made lazily from the text are tokenize(text): reading them would only make them again.
  const tokens = tokenizedLazily.has(analysis) ? undefined : analysis.tokens;
  const rest: Entry['rest'] = {
    meta: analysis.meta, mentions: storeText(analysis.mentions, text) as Mention[], claims: storeText(analysis.claims, text) as Claim[],
    links: analysis.links, notes: analysis.notes,
  };
  const entry: Entry = { format: CACHE_FORMAT, key, length: text.length, sentences: flatSentences(analysis.sentences), rest };
  if (!tokens || tokensAreTokenized(text, tokens)) {
    entry.tokenized = true;
  } else {
    const flat = new Array<number>(tokens.length * 2);
    let tokenTexts: Record<string, string> | undefined;
    tokens.forEach((t, i) => {
      flat[2 * i] = t.start;
      flat[2 * i + 1] = t.end;
      if (t.text !== text.slice(t.start, t.end)) (tokenTexts ??= {})[i] = t.text;
    });
    entry.tokens = flat;
    if (tokenTexts) entry.tokenTexts = tokenTexts;
  }
  return JSON.stringify(entry);
}

function flatSentences(sentences: readonly Sentence[]): number[] {
  const flat = new Array<number>(sentences.length * 4);
  sentences.forEach((s, i) => {
    flat[4 * i] = s.start;
    flat[4 * i + 1] = s.end;
    flat[4 * i + 2] = s.tokenStart;
    flat[4 * i + 3] = s.tokenEnd;
  });
  return flat;
}

/**
 * The analysis an entry string holds for `input`, or undefined when the string is not a sound
 * entry for this key and text (corrupt, truncated, another format, another text).
 */
export function decodeAnalysis(raw: string, key: string, input: DocumentInput): DocumentAnalysis | undefined {
  let e: Entry;
  try {
    e = JSON.parse(raw) as Entry;
  } catch {
    return undefined;
  }
  const text = input.text;
  if (!e || typeof e !== 'object' || e.format !== CACHE_FORMAT || e.key !== key || e.length !== text.length) return undefined;
  if (!Array.isArray(e.sentences) || e.sentences.length % 4) return undefined;
  if (e.tokenized !== true && (!Array.isArray(e.tokens) || e.tokens.length % 2)) return undefined;
  const r = e.rest;
  if (!r || typeof r !== 'object' || !r.meta || !Array.isArray(r.meta.boilerplate)) return undefined;
  if (!Array.isArray(r.mentions) || !Array.isArray(r.claims) || !Array.isArray(r.links) || !Array.isArray(r.notes)) return undefined;
  const inText = (s: unknown, t: unknown) => Number.isInteger(s) && Number.isInteger(t) && 0 <= (s as number) && (s as number) <= (t as number) && (t as number) <= text.length;
  const flat = e.tokens ?? [];
  for (let i = 0; i < flat.length; i += 2) if (!inText(flat[i], flat[i + 1])) return undefined;
  const sentences: Sentence[] = new Array(e.sentences.length / 4);
  for (let i = 0; i < sentences.length; i++) {
    const [start, end, tokenStart, tokenEnd] = e.sentences.slice(4 * i, 4 * i + 4);
    if (!inText(start, end) || !Number.isInteger(tokenStart) || !Number.isInteger(tokenEnd)) return undefined;
    if (e.tokenized !== true && tokenEnd > flat.length / 2) return undefined;
    sentences[i] = { start, end, tokenStart, tokenEnd };
  }
  const storedText = (x: { start: number; end: number; text: string | 0 }) => {
    if (x.text === 0) x.text = text.slice(x.start, x.end);
    return typeof x.text === 'string';
  };
  for (const m of r.mentions) if (!m || !inText(m.start, m.end) || typeof m.id !== 'string' || !storedText(m)) return undefined;
  for (const c of r.claims) if (!c || !inText(c.start, c.end) || !Array.isArray(c.mentions) || !Array.isArray(c.subjects) || !storedText(c)) return undefined;
  const analysis = { uri: input.uri, version: input.version, text, meta: r.meta, tokens: [] as Token[], sentences, mentions: r.mentions, claims: r.claims, links: r.links, notes: r.notes };
  const tokenCount = flat.length / 2;
  const texts = e.tokenTexts;
  if (e.tokenized === true) return defineLazyTokens(analysis, () => tokenize(text), true);
  return defineLazyTokens(analysis, () => {
    const tokens: Token[] = new Array(tokenCount);
    for (let i = 0; i < tokenCount; i++) {
      const start = flat[2 * i];
      const end = flat[2 * i + 1];
      const own = texts?.[i];
      tokens[i] = { text: typeof own === 'string' ? own : text.slice(start, end), start, end };
    }
    return tokens;
  });
}

/**
 * The same analysis, its tokens made again when read (as a decoded entry has them) when they are
 * exactly what the tokenizer made of the text: an analysis kept for the index then holds no
 * token objects, which are a large part of its memory and which every garbage collection
 * would otherwise copy while the index is built. For analyses the main thread makes itself.
 */
export function withLazyTokens(analysis: DocumentAnalysis): DocumentAnalysis {
  if (!isTokenizationOf(analysis.tokens, analysis.text)) return analysis;
  const text = analysis.text;
  return defineLazyTokens(analysis, () => tokenize(text), true);
}

/** Analyses whose tokens are made lazily by tokenize(text) (withLazyTokens, decodeAnalysis). */
const tokenizedLazily = new WeakSet<DocumentAnalysis>();

/**
 * Tokens are a large part of an analysis and rarely read once it is made (the index works on
 * mentions and claims): they are made when someone reads them, then kept.
 */
function defineLazyTokens(analysis: DocumentAnalysis, make: () => Token[], tokenized = false): DocumentAnalysis {
  if (tokenized) tokenizedLazily.add(analysis);
  Object.defineProperty(analysis, 'tokens', {
    configurable: true,
    enumerable: true,
    get(this: DocumentAnalysis): Token[] {
      const tokens = make();
      Object.defineProperty(this, 'tokens', { value: tokens, writable: true, enumerable: true, configurable: true });
      return tokens;
    },
    set(this: DocumentAnalysis, value: Token[]) {
      tokenizedLazily.delete(this);
      Object.defineProperty(this, 'tokens', { value, writable: true, enumerable: true, configurable: true });
    },
  });
  return analysis;
}

// --- versions -----------------------------------------------------------------------------------

/**
 * What identifies the analysis code: a hash of the bundled worker script (dist/workers.js holds
 * the whole analysis pipeline) when running from the bundle, else of the core's sources (tests
 * and scripts under tsx), else of the running bundle. Either way an edit to the core changes
 * it. Undefined when none can be found: then nothing may be cached.
 */
export function analysisCodeId(here: string = typeof __dirname === 'string' ? __dirname : process.cwd()): string | undefined {
  const h = createHash('sha256');
  h.update(`crosscheck ${packageVersion} cache ${CACHE_FORMAT}\0`);
  const bundle = path.join(here, 'workers.js');
  const core = path.resolve(here, '..', 'core');
  if (existsSync(bundle)) {
    h.update(readFileSync(bundle));
  } else if (existsSync(path.join(core, 'pipeline.ts'))) {
    for (const file of sourceFiles(core)) {
      h.update(path.relative(core, file) + '\0');
      h.update(readFileSync(file));
    }
  } else if (typeof __filename === 'string' && __filename.endsWith('.js') && existsSync(__filename)) {
    h.update(readFileSync(__filename)); // a bundle without the worker script: the bundle itself
  } else {
    return undefined;
  }
  return h.digest('hex').slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|json|bin|txt)$/.test(name) && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// --- the cache ----------------------------------------------------------------------------------

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that did not parse or did not fit their text (ignored, then rewritten). */
  corrupt: number;
  writes: number;
  writeErrors: number;
}

export interface AnalysisCacheOptions {
  /** Folder the cache owns (created on first write). */
  dir: string;
  /** recognizer.id of the model that makes the analyses. */
  modelId: string;
  /** analysisCodeId(), or a test's own. */
  codeId: string;
  /** Told once when writing fails (disk full, read-only): the cache then stops writing. */
  onWriteError?: (message: string) => void;
}

export class AnalysisCache {
  readonly dir: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writes: 0, writeErrors: 0 };
  private readonly prefix: string;
  private readonly store: PackStore;
  /** Removing other versions' folders, started at the first write (see pruneOtherVersions). */
  private pruning: Promise<void> | undefined;

  constructor(private readonly options: AnalysisCacheOptions) {
    this.dir = path.resolve(options.dir);
    this.prefix = `${CACHE_FORMAT}\0${options.codeId}\0${options.modelId}\0`;
    // One folder per code and model version: a new version neither reads nor scans the
    // packs of the old ones, and removes those left untouched for a day (pruneOtherVersions).
    const version = createHash('sha256').update(this.prefix).digest('hex').slice(0, 16);
    this.store = new PackStore(path.join(this.dir, `v${CACHE_FORMAT}`, version), {
      onWriteError: (message) => {
        this.stats.writeErrors++;
        this.options.onWriteError?.(`analysis cache ${message}`);
      },
    });
  }

  /** The key of a text: every input of the analysis, hashed. */
  key(text: string): string {
    return createHash('sha256').update(this.prefix).update(text).digest('hex');
  }

  /** The cached analysis of this exact text, or undefined. Never throws. */
  async get(input: DocumentInput, key = this.key(input.text)): Promise<DocumentAnalysis | undefined> {
    return this.getSync(input, key);
  }

  /**
   * The same, read at once: entries are small, and a thread-pool round trip per read costs
   * more than the read (a warm start reads one entry per article).
   */
  getSync(input: DocumentInput, key = this.key(input.text)): DocumentAnalysis | undefined {
    const raw = this.store.get(key);
    if (raw === undefined) {
      this.stats.misses++;
      return undefined;
    }
    const analysis = decodeAnalysis(raw, key, input);
    if (analysis) this.stats.hits++;
    else {
      this.store.forget(key); // unusable: analysed again and stored anew
      this.stats.corrupt++;
      this.stats.misses++;
    }
    return analysis;
  }

  /** Stores an analysis. Never throws. */
  put(analysis: DocumentAnalysis, key = this.key(analysis.text)): void {
    this.putEncoded(key, encodeAnalysis(analysis, key));
  }

  /**
   * Stores an entry string made by encodeAnalysis (a worker's answer, as it came), appended at
   * once to this process's pack (pack-store.ts). Never throws: a cache that cannot be written
   * says so once and stops writing.
   */
  putEncoded(key: string, entry: string): void {
    this.pruning ??= pruneOtherVersions(this.dir, this.store.dir);
    if (this.store.put(key, entry)) this.stats.writes++;
  }

  /** Entries readable here (those stored before this cache was first read, and its own). */
  get size(): number {
    return this.store.size;
  }

  /**
   * Nothing is buffered (every write is done at once): closes this process's pack file and
   * waits for the removal of other versions' folders.
   */
  async flush(): Promise<void> {
    this.store.close();
    await this.pruning;
  }
}

/** Versions unused this long are removed when another version writes (entries can never match). */
const STALE_VERSION_MS = 24 * 3600 * 1000;

/**
 * Removes the folders of other code or model versions, and of older cache formats, whose files
 * have not changed for a day: their entries can never be read again. The removal runs in the
 * background (an old per-file cache may hold hundreds of thousands of files). Best effort:
 * never rejects.
 */
async function pruneOtherVersions(cacheDir: string, keep: string): Promise<void> {
  const now = Date.now();
  const stale = (dir: string): boolean => {
    try {
      return readdirSync(dir).every((n) => now - statSync(path.join(dir, n)).mtimeMs > STALE_VERSION_MS) && now - statSync(dir).mtimeMs > STALE_VERSION_MS;
    } catch {
      return false;
    }
  };
  const formatDir = path.dirname(keep);
  const others = (dir: string, wanted: (name: string) => boolean): string[] => {
    try {
      return readdirSync(dir).filter(wanted).map((n) => path.join(dir, n)).filter((p) => p !== keep && p !== formatDir);
    } catch {
      return []; // no folder yet
    }
  };
  const candidates = [...others(formatDir, () => true), ...others(cacheDir, (n) => /^v\d+$/.test(n))];
  const stales = candidates.filter(stale);
  // In use or not ours to remove: left as it is.
  await Promise.all(stales.map((dir) => rm(dir, { recursive: true, force: true }).catch(() => undefined)));
}

/** True when `dir` is `folder` or inside it: the cache must never write among the articles. */
export function isInside(dir: string, folder: string): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
