import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEVER_CANCELLED } from '../core/api';
import type { DocumentAnalysis, DocumentInput } from '../core/model';
import { analyzeDocument } from '../core/pipeline';
import { MarkedRecognizer, stripMarkers } from '../core/testing/fixture';
import { AnalysisCache, analysisCodeId, decodeAnalysis, encodeAnalysis, isInside } from './cache';

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
const entryFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

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
    assert.equal(entryFiles(dir).length, 1);
    assert.ok(!readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.tmp')), 'no temporary file left');
  } finally {
    remove();
  }
});

test('a corrupt or misplaced entry is ignored and rewritten', async () => {
  const { dir, remove } = tempDir();
  try {
    const cache = open(dir);
    cache.put(A);
    cache.put(B);
    await cache.flush();
    const fileOf = (a: DocumentAnalysis) => path.join(dir, entryFiles(dir).find((f) => f.includes(cache.key(a.text)))!);
    writeFileSync(fileOf(A), '{"format":1,"key":"'); // cut short
    writeFileSync(fileOf(B), readFileSync(fileOf(A))); // another text's bytes
    assert.equal(await cache.get(inputOf(A)), undefined);
    assert.equal(await cache.get(inputOf(B)), undefined);
    assert.equal(cache.stats.corrupt, 2);
    cache.put(A);
    await cache.flush();
    assert.deepEqual(await cache.get(inputOf(A)), plain(A));
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
