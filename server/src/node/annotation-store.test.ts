import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serializeStore } from '../core/annotations/jsonl';
import { actionOf, createAnnotation, type Annotation } from '../core/annotations/model';
import { resourceFor } from '../core/annotations/selectors';
import { AnnotationStore, StoreError, findStoreRoot, sourceOf, uriOfSource } from './annotation-store';
import { fileUri } from './host';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempRoot(): string {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
  dirs.push(d);
  return d;
}

const TEXT = 'The harbour closed on Monday after the storm.';
function note(id: string, text: string, modified = '2025-01-01T00:00:00.000Z'): Annotation {
  return createAnnotation({ kind: 'note', text }, resourceFor('a.txt', TEXT, { start: 4, end: 11 }), { id, now: modified });
}
const notes = (store: AnnotationStore) => store.annotations().map((a) => `${a.id}=${(actionOf(a) as { text: string }).text}`);

test('written annotations load back in another instance; missing file is an empty store', async () => {
  const root = tempRoot();
  const a = new AnnotationStore(root);
  await a.load();
  assert.deepEqual(a.annotations(), []);
  await a.upsert([note('urn:2', 'second'), note('urn:1', 'first')]);
  const b = new AnnotationStore(root);
  await b.load();
  assert.deepEqual(notes(b), ['urn:1=first', 'urn:2=second']);
  assert.equal(readFileSync(b.path, 'utf8'), serializeStore(b.annotations()), 'sorted, one per line');
  assert.deepEqual(readdirSync(join(root, '.crosscheck')).sort(), ['.gitignore', 'annotations.jsonl'], 'no lock or temporary file left');
});

test('two writers who each know only their own change lose nothing; the later modified wins per id', async () => {
  const root = tempRoot();
  const a = new AnnotationStore(root);
  const b = new AnnotationStore(root);
  await Promise.all([a.load(), b.load()]);
  await Promise.all([a.upsert([note('urn:a', 'from a')]), b.upsert([note('urn:b', 'from b')])]);
  await a.upsert([note('urn:x', 'newer', '2025-02-01T00:00:00.000Z')]);
  await b.upsert([note('urn:x', 'older', '2025-01-15T00:00:00.000Z')]);
  assert.deepEqual(notes(b), ['urn:a=from a', 'urn:b=from b', 'urn:x=newer']);
});

test('a removal keeps an annotation someone changed after the remover saw it', async () => {
  const root = tempRoot();
  const a = new AnnotationStore(root);
  await a.upsert([note('urn:r', 'v1', '2025-01-01T00:00:00.000Z'), note('urn:s', 'v1')]);
  await a.upsert([note('urn:r', 'v2', '2025-03-01T00:00:00.000Z')]);
  await a.remove([{ id: 'urn:r', seen: '2025-01-01T00:00:00.000Z' }, { id: 'urn:s', seen: '2025-01-01T00:00:00.000Z' }]);
  assert.deepEqual(notes(a), ['urn:r=v2']);
  await a.remove(['urn:r']);
  assert.deepEqual(notes(a), []);
});

test('a corrupt store: bad lines reported by number, readable lines used, the file never rewritten', async () => {
  const root = tempRoot();
  mkdirSync(join(root, '.crosscheck'));
  const good = serializeStore([note('urn:good', 'kept')]);
  const corrupt = `${good}{"id": "urn:broken", "motivation":\n<<<<<<< HEAD\n`;
  const path = join(root, '.crosscheck', 'annotations.jsonl');
  writeFileSync(path, corrupt);
  const store = new AnnotationStore(root);
  await store.load();
  assert.deepEqual(notes(store), ['urn:good=kept']);
  assert.deepEqual(store.errors().map((e) => [e.line, e.raw]), [[2, '{"id": "urn:broken", "motivation":'], [3, '<<<<<<< HEAD']]);
  await assert.rejects(store.upsert([note('urn:new', 'x')]), (e: Error) => e instanceof StoreError && /line 2/.test(e.message) && /line 3/.test(e.message));
  await assert.rejects(store.remove(['urn:good']), StoreError);
  assert.equal(readFileSync(path, 'utf8'), corrupt, 'byte for byte as it was');
  writeFileSync(path, good);
  await store.upsert([note('urn:new', 'x')]);
  assert.deepEqual(notes(store), ['urn:good=kept', 'urn:new=x']);
  assert.deepEqual(store.errors(), []);
});

test('a hand edit while running is picked up by the watch', async () => {
  const root = tempRoot();
  const store = new AnnotationStore(root, { pollMs: 20 });
  await store.upsert([note('urn:1', 'one')]);
  const changed = new Promise<void>((resolve) => {
    const stop = store.onDidChange(() => {
      stop();
      resolve();
    });
  });
  // What an editor does: rewrite the file with a line added.
  writeFileSync(store.path, serializeStore([note('urn:1', 'one'), note('urn:2', 'typed by hand')]));
  const keepAlive = setInterval(() => undefined, 1000); // the watch itself does not hold the process open
  await changed;
  clearInterval(keepAlive);
  assert.deepEqual(notes(store), ['urn:1=one', 'urn:2=typed by hand']);
  assert.equal(await store.reloadIfChanged(), false, 'nothing new after the reload');
});

test('two processes writing at once lose nothing', async () => {
  const root = tempRoot();
  const module = join(__dirname, 'annotation-store.ts');
  const writer = (name: string) => new Promise<void>((resolve, reject) => {
    const script = `
      const { AnnotationStore } = require(${JSON.stringify(module)});
      const { createAnnotation } = require(${JSON.stringify(join(__dirname, '../core/annotations/model.ts'))});
      (async () => {
        const store = new AnnotationStore(${JSON.stringify(root)});
        for (let i = 0; i < 15; i++) {
          const target = { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: 'harbour' }] };
          await store.upsert([createAnnotation({ kind: 'note', text: '${name}' + i }, target, { id: 'urn:${name}:' + String(i).padStart(2, '0'), now: new Date().toISOString() })]);
        }
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(__dirname, '..', '..', '..'), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${name} exited ${code}: ${err}`))));
  });
  await Promise.all([writer('p'), writer('q')]);
  const store = new AnnotationStore(root);
  await store.load();
  assert.deepEqual(store.errors(), []);
  assert.equal(store.annotations().length, 30);
  assert.deepEqual(readdirSync(join(root, '.crosscheck')).sort(), ['.gitignore', 'annotations.jsonl']);
});

test('sources are paths relative to the store folder; the nearest store applies', async () => {
  const root = tempRoot();
  const article = join(root, 'news', 'a b.txt');
  assert.equal(sourceOf(root, fileUri(article)), 'news/a b.txt');
  assert.equal(uriOfSource(root, 'news/a b.txt'), fileUri(article));
  assert.equal(uriOfSource(root, 'file:///elsewhere/x.txt'), 'file:///elsewhere/x.txt');
  mkdirSync(join(root, 'news', 'deeper'), { recursive: true });
  assert.equal(await findStoreRoot(join(root, 'news', 'deeper'), join(root, 'news')), join(root, 'news'), 'no store yet: the fallback');
  await new AnnotationStore(root).upsert([note('urn:1', 'x')]);
  assert.ok(existsSync(join(root, '.crosscheck', 'annotations.jsonl')));
  assert.equal(await findStoreRoot(join(root, 'news', 'deeper'), join(root, 'news')), root);
});
