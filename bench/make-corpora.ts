// The benchmark's corpora, generated at bench time under bench/corpora/ (gitignored; CoNLL
// text is never committed or shipped):
//   conll/  one article per -DOCSTART- document of ../shared/data/conll2003/{train,dev,test}.txt,
//           detokenised (1,393 real Reuters articles of realistic size);
//   mix-N/  N articles recombined from conll/'s paragraphs with a fixed seed (N up to 10,000);
//   long/   one article of about 10,000 words (for semantic tokens on a long file).
// Each folder is written once and reused while the source data and this generator are unchanged
// (a stamp file records both).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConll } from '../server/src/core/ner/conll';
import { rng } from '../server/src/core/ner/train';

export const ROOT = path.resolve(__dirname, '..');
export const CORPORA = path.join(ROOT, 'bench', 'corpora');
const CONLL = path.join(ROOT, '..', 'shared', 'data', 'conll2003');
const SPLITS = ['train', 'dev', 'test'];
/** Bump when the generated text changes, so stale folders are rebuilt. */
const GENERATOR_VERSION = 2;

export interface Article {
  name: string;
  /** Headline line. */
  title: string;
  /** Body lines (one paragraph each). */
  paragraphs: string[];
}

export const articleText = (a: Article): string => [a.title, ...a.paragraphs].join('\n') + '\n';

// --- detokenising ---------------------------------------------------------------------------

const NO_SPACE_BEFORE = new Set(["'", ',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '#']);

/** Penn-Treebank-style tokens back to running text: "U.S. ( AP ) 's" -> "U.S. (AP)'s". */
export function detokenize(words: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = true;
  for (const raw of words) {
    const w = raw === '``' || raw === "''" ? '"' : raw;
    let space = !glueNext;
    if (NO_SPACE_BEFORE.has(w)) space = false;
    glueNext = NO_SPACE_AFTER.has(w);
    if (w === '"') {
      if (quoteOpen) space = false; // closing quote hugs the word before it
      else glueNext = true; // opening quote hugs the word after it
      quoteOpen = !quoteOpen;
    }
    out += (space ? ' ' : '') + w;
  }
  return out;
}

/** Every CoNLL-2003 document as an article: first sentence the headline, then one line per sentence. */
export function conllArticles(): Article[] {
  const out: Article[] = [];
  for (const split of SPLITS) {
    const docs = parseConll(readFileSync(path.join(CONLL, `${split}.txt`), 'utf8'));
    docs.forEach((d, i) => {
      const lines = d.sentences.map((s) => detokenize(s.words));
      out.push({ name: `${split}-${String(i + 1).padStart(4, '0')}.txt`, title: lines[0], paragraphs: lines.slice(1) });
    });
  }
  return out;
}

// --- recombining ----------------------------------------------------------------------------

/**
 * `count` articles built from the real ones: each takes the length (in paragraphs) of a random
 * real article, a random headline, and that many paragraphs drawn from random articles. The
 * text is real news, the size distribution is the real one, and names recur across articles
 * as they do in an archive.
 */
export function recombine(source: readonly Article[], count: number, seed = 20250707): Article[] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const withBody = source.filter((a) => a.paragraphs.length > 0);
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    const n = pick(withBody).paragraphs.length;
    for (let k = 0; k < n; k++) paragraphs.push(pick(pick(withBody).paragraphs));
    out.push({ name: `mix-${String(i + 1).padStart(5, '0')}.txt`, title: pick(withBody).title, paragraphs });
  }
  return out;
}

/** One article of at least `words` words, paragraphs taken in order from the real articles. */
export function longArticle(source: readonly Article[], words: number): Article {
  const paragraphs: string[] = [];
  let count = 0;
  for (const a of source) {
    for (const p of a.paragraphs) {
      paragraphs.push(p);
      count += p.split(/\s+/).length;
      if (count >= words) return { name: 'long.txt', title: source[0].title, paragraphs };
    }
  }
  return { name: 'long.txt', title: source[0].title, paragraphs };
}

// --- writing --------------------------------------------------------------------------------

function sourceStamp(extra: string): string {
  const h = createHash('sha256');
  h.update(`v${GENERATOR_VERSION}|${extra}|`);
  for (const split of SPLITS) h.update(readFileSync(path.join(CONLL, `${split}.txt`)));
  return h.digest('hex').slice(0, 16);
}

let stampCache: Map<string, string> | undefined;
/** Writes `articles` into bench/corpora/<name>/ unless an identical folder is already there. */
function materialise(name: string, build: () => Article[]): string {
  const dir = path.join(CORPORA, name);
  stampCache ??= new Map();
  const stamp = stampCache.get(name) ?? sourceStamp(name);
  stampCache.set(name, stamp);
  const stampFile = path.join(CORPORA, `${name}.stamp`);
  if (existsSync(dir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of build()) writeFileSync(path.join(dir, a.name), articleText(a));
  writeFileSync(stampFile, stamp);
  return dir;
}

let conllCache: Article[] | undefined;
const conll = (): Article[] => (conllCache ??= conllArticles());

/** bench/corpora/conll: the 1,393 real articles. */
export function conllCorpus(): string {
  return materialise('conll', conll);
}

/** bench/corpora/mix-<count>: `count` recombined articles (the same seed for every size). */
export function mixCorpus(count: number): string {
  return materialise(`mix-${count}`, () => recombine(conll(), count));
}

/** bench/corpora/long: one article of about 10,000 words. */
export function longCorpus(words = 10_000): string {
  return materialise('long', () => [longArticle(conll(), words)]);
}

/** The texts of a generated folder, by file name (sorted). */
export function readCorpus(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}
