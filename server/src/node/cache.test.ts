import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEVER_CANCELLED } from '../core/api';
import type { DocumentAnalysis, DocumentInput } from '../core/model';
import { analyzeDocument } from '../core/pipeline';
import { MarkedRecognizer, stripMarkers } from '../core/testing/fixture';
import { AnalysisCache, CACHE_FORMAT, analysisCodeId, decodeAnalysis, encodeAnalysis, isInside, withLazyTokens } from './cache';
import { PackStore } from './pack-store';

const recognizer = new MarkedRecognizer();
/** As data: a property set to undefined and a missing one are the same analysis. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
function analysed(source: string, uri = 'file:///story/a.txt', version = 1): DocumentAnalysis {
  const { text, names } = stripMarkers(source);
  recognizer.add(text, names);
  return analyzeDocument({ uri, text, version }, recognizer, NEVER_CANCELLED)!;
}

const A = analysed('Ferry sinks near [[Dunmore|place]]\nThe ferry sank on 3 March, killing 27 people, [[Ana Ruiz|person]] of the “[[Lake Rescue Service|organization]]” said.');
const B = analysed('Divers in [[Dunmore|place]] searched for 11 missing people on Monday.', 'file:///story/b.txt');

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
const open = (dir: string, over: Partial<ConstructorParameters<typeof AnalysisCache>[0]> = {}) =>
  new AnalysisCache({ dir, modelId: 'model-1', codeId: 'code-1', ...over });
const inputOf = (a: DocumentAnalysis, uri = a.uri, version = a.version): DocumentInput => ({ uri, text: a.text, version });
/** The folder of the (one) code and model version a test stored entries for. */
const packDir = (dir: string): string => {
  const formatDir = path.join(dir, `v${CACHE_FORMAT}`);
  return path.join(formatDir, readdirSync(formatDir)[0]);
};
const packs = (dir: string): string[] => readdirSync(packDir(dir)).filter((f) => f.endsWith('.pack'));

test('an entry decodes to the analysis it encodes, for the uri and version asked', () => {
  const key = 'k';
  const back = decodeAnalysis(encodeAnalysis(A, key), key, inputOf(A, 'file:///elsewhere/a.txt', 9));
  assert.deepEqual(back, plain({ ...A, uri: 'file:///elsewhere/a.txt', version: 9 }));
  assert.ok(A.tokens.length > 10 && A.mentions.length >= 4, 'the fixture exercises tokens and mentions');
});

test('an entry never decodes for another key, another text, or when damaged', () => {
  const entry = encodeAnalysis(A, 'k');
  assert.equal(decodeAnalysis(entry, 'other', inputOf(A)), undefined);
  assert.equal(decodeAnalysis(entry, 'k', { ...inputOf(A), text: A.text + ' ' }), undefined);
  assert.equal(decodeAnalysis(entry.slice(0, entry.length / 2), 'k', inputOf(A)), undefined);
  assert.equal(decodeAnalysis('null', 'k', inputOf(A)), undefined);
  const wrongSpans = JSON.parse(entry);
  wrongSpans.rest.mentions[1].end = A.text.length + 5;
  assert.equal(decodeAnalysis(JSON.stringify(wrongSpans), 'k', inputOf(A)), undefined);
  const wrongText = JSON.parse(entry);
  wrongText.rest.claims[0].text = 7;
  assert.equal(decodeAnalysis(JSON.stringify(wrongText), 'k', inputOf(A)), undefined);
});

test('an entry leaves out what the text gives: its tokens and the words of mentions and claims', () => {
  const entry = JSON.parse(encodeAnalysis(A, 'k'));
  assert.equal(entry.tokens, undefined);
  assert.equal(entry.tokenized, true);
  assert.ok(entry.rest.mentions.every((m: { text: unknown }) => m.text === 0));
  assert.ok(entry.rest.claims.every((c: { text: unknown }) => c.text === 0));
  const back = decodeAnalysis(JSON.stringify(entry), 'k', inputOf(A))!;
  assert.deepEqual(back.tokens, A.tokens);
  assert.deepEqual(back.mentions.map((m) => m.text), A.mentions.map((m) => m.text));
  // Tokens equal to the tokenizer's but not the list it made are checked, and left out too.
  assert.equal(JSON.parse(encodeAnalysis({ ...A, tokens: A.tokens.map((t) => ({ ...t })) }, 'k')).tokenized, true);
});

test('tokens and words that are not what the tokenizer and the text give are kept as they are', () => {
  const odd: DocumentAnalysis = {
    ...A,
    tokens: A.tokens.map((t, i) => (i === 2 ? { ...t, text: 'ferry' } : t)),
    mentions: A.mentions.map((m, i) => (i === 0 ? { ...m, text: 'Dunmore Harbour' } : m)),
  };
  const entry = encodeAnalysis(odd, 'k');
  assert.equal(JSON.parse(entry).tokenized, undefined);
  assert.deepEqual(decodeAnalysis(entry, 'k', inputOf(odd)), plain(odd));
});

test('an analysis made here drops tokens the tokenizer gives, and makes them again when read', () => {
  const fresh = analyzeDocument({ uri: 'file:///story/c.txt', text: B.text, version: 1 }, recognizer, NEVER_CANCELLED)!;
  const expected = plain(fresh);
  const lean = withLazyTokens(fresh);
  assert.equal(typeof Object.getOwnPropertyDescriptor(lean, 'tokens')?.get, 'function', 'no token objects held');
  assert.deepEqual(plain(lean), expected);
  assert.equal(Object.getOwnPropertyDescriptor(lean, 'tokens')?.get, undefined, 'made once, then kept');
  const odd = { ...analyzeDocument({ uri: 'file:///story/d.txt', text: B.text, version: 1 }, recognizer, NEVER_CANCELLED)! };
  odd.tokens = odd.tokens.slice(1); // not what the tokenizer gives: kept as they are
  assert.equal(withLazyTokens(odd).tokens.length, expected.tokens.length - 1);
  assert.equal(Object.getOwnPropertyDescriptor(odd, 'tokens')?.get, undefined);
});

test('a stored analysis comes back in a later process; other texts, models and code versions miss', async () => {
  const { dir, remove } = tempDir();
  try {
    const first = open(dir);
    first.put(A);
    await first.flush();
    const later = open(dir);
    assert.deepEqual(await later.get(inputOf(A, A.uri, 5)), plain({ ...A, version: 5 }));
    assert.equal(await later.get(inputOf(B)), undefined);
    assert.equal(await open(dir, { modelId: 'model-2' }).get(inputOf(A)), undefined, 'another model');
    assert.equal(await open(dir, { codeId: 'code-2' }).get(inputOf(A)), undefined, 'another analysis code');
    assert.deepEqual(later.stats, { hits: 1, misses: 1, corrupt: 0, writes: 0, writeErrors: 0 });
    assert.equal(later.size, 1);
    assert.equal(packs(dir).length, 1, 'one pack: the first process wrote, the later one only read');
  } finally {
    remove();
  }
});

test('a corrupt or misplaced entry is ignored and stored again', async () => {
  const { dir, remove } = tempDir();
  try {
    const cache = open(dir);
    cache.put(A);
    cache.put(B);
    await cache.flush();
    // Damage A's entry where it lies (same length), and store A's entry under B's key.
    const file = path.join(packDir(dir), packs(dir)[0]);
    const bytes = readFileSync(file);
    const at = bytes.indexOf(`{"format":${CACHE_FORMAT},"key":"${cache.key(A.text)}"`);
    assert.ok(at > 0);
    bytes.write('[', at);
    writeFileSync(file, bytes);
    new PackStore(packDir(dir)).put(cache.key(B.text), encodeAnalysis(A, cache.key(A.text)));
    const later = open(dir);
    assert.equal(await later.get(inputOf(A)), undefined);
    assert.equal(await later.get(inputOf(B)), undefined);
    assert.equal(later.stats.corrupt, 2);
    later.put(A);
    assert.deepEqual(await later.get(inputOf(A)), plain(A));
    assert.deepEqual(await open(dir).get(inputOf(A)), plain(A), 'the new entry wins in the next process too');
  } finally {
    remove();
  }
});

test('the first write removes what other versions left untouched for a day, nothing else', async () => {
  const { dir, remove } = tempDir();
  try {
    const made = (rel: string, ageDays: number) => {
      const folder = path.join(dir, rel);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'x.pack'), 'old');
      const when = new Date(Date.now() - ageDays * 24 * 3600 * 1000);
      utimesSync(path.join(folder, 'x.pack'), when, when);
      utimesSync(folder, when, when);
      return folder;
    };
    const oldVersion = made(`v${CACHE_FORMAT}/0123456789abcdef`, 3);
    const recentVersion = made(`v${CACHE_FORMAT}/fedcba9876543210`, 0);
    const oldFormat = made('v2/ab', 3);
    utimesSync(path.join(dir, 'v2'), new Date(0), new Date(0));
    const elsewhere = made('not-a-version', 3);
    const cache = open(dir);
    assert.equal(await cache.get(inputOf(A)), undefined);
    assert.ok(existsSync(oldVersion), 'reading removes nothing');
    cache.put(A);
    await cache.flush(); // the removal runs in the background
    assert.deepEqual([oldVersion, recentVersion, oldFormat, elsewhere].map((f) => existsSync(f)), [false, true, false, true]);
  } finally {
    remove();
  }
});

test('a cache that cannot be written says so once and keeps answering', async () => {
  const { dir, remove } = tempDir();
  try {
    const blocked = path.join(dir, 'file');
    writeFileSync(blocked, 'not a folder');
    const messages: string[] = [];
    const cache = open(blocked, { onWriteError: (m) => messages.push(m) });
    cache.put(A);
    cache.put(B);
    await cache.flush();
    assert.equal(messages.length, 1);
    assert.match(messages[0], /not written/);
    assert.equal(await cache.get(inputOf(A)), undefined);
  } finally {
    remove();
  }
});

test('the key covers text, model and code', () => {
  const cache = open('/nowhere');
  assert.equal(cache.key(A.text), open('/nowhere').key(A.text));
  assert.notEqual(cache.key(A.text), cache.key(B.text));
  assert.notEqual(cache.key(A.text), open('/nowhere', { modelId: 'model-2' }).key(A.text));
  assert.notEqual(cache.key(A.text), open('/nowhere', { codeId: 'code-2' }).key(A.text));
});

test('the code id follows the analysis code: found from source, stable, and absent where there is none', () => {
  const id = analysisCodeId();
  assert.match(id ?? '', /^[0-9a-f]{16}$/);
  assert.equal(analysisCodeId(), id);
  assert.equal(analysisCodeId(path.join(tmpdir(), 'no-such-bundle-dir')), undefined);
});

test('isInside tells whether a folder is within another', () => {
  assert.ok(isInside('/a/b/c', '/a/b'));
  assert.ok(isInside('/a/b', '/a/b'));
  assert.ok(!isInside('/a/bc', '/a/b'));
  assert.ok(!isInside('/a', '/a/b'));
});
