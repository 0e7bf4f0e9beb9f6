import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, listArticleFiles, readArticle, relativePath, uriToPath } from './host';

const LIMIT = 1000;

/** Builds a folder from { 'a/b.txt': 'text' } (a trailing '/' makes an empty folder). */
function makeTree(root: string, tree: Record<string, string>): void {
  for (const [rel, content] of Object.entries(tree)) {
    const path = join(root, rel);
    if (rel.endsWith('/')) {
      mkdirSync(path, { recursive: true });
      continue;
    }
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
}

describe('listArticleFiles', () => {
  let root: string;
  const tree: Record<string, string> = {
    'b.txt': 'second',
    'a.txt': 'first',
    'notes.md': 'not an article by default',
    'sub/c.txt': 'third',
    'node_modules/pkg/readme.txt': 'dependency',
    '.git/info.txt': 'hidden folder',
    'drafts/old.txt': 'excluded by the caller',
    'big.txt': 'x'.repeat(LIMIT + 1),
      'folder.txt/inner.txt': 'a folder named like a file is walked, not read',
  };
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'crosscheck-host-'));
    makeTree(root, tree);
    symlinkSync(root, join(root, 'sub', 'loop')); // a cycle back to the root
    symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    symlinkSync(join(root, 'a.txt'), join(root, 'alias.txt'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists articles sorted, with default and caller excludes, and says why it skipped the rest', async () => {
    const { files, skipped } = await listArticleFiles(root, { include: ['**/*.txt'], exclude: ['drafts/**'], maxFileSize: LIMIT });
    assert.deepEqual(files.map((f) => relativePath(root, f.path)), ['a.txt', 'b.txt', 'folder.txt/inner.txt', 'sub/c.txt']);
    assert.deepEqual(files.map((f) => f.size), files.map((f) => Buffer.byteLength(tree[relativePath(root, f.path)])));
    assert.equal(files[0].uri, fileUri(join(root, 'a.txt')));
    const reasons = Object.fromEntries(skipped.map((s) => [relativePath(root, s.path), s.reason]));
    assert.match(reasons['big.txt'], /too large: 1001 bytes \(limit 1000 bytes\)/);
    assert.match(reasons['dangling.txt'], /broken symbolic link/);
    assert.match(reasons['alias.txt'], /same file as .*a\.txt/);
    assert.equal(Object.keys(reasons).length, 3, JSON.stringify(reasons));
  });

  it('honours include globs relative to the root', async () => {
    const { files } = await listArticleFiles(root, { include: ['*.md', 'sub/*.txt'], exclude: [], maxFileSize: LIMIT });
    assert.deepEqual(files.map((f) => relativePath(root, f.path)), ['notes.md', 'sub/c.txt']);
  });

  it('can list inside default-excluded folders when asked to', async () => {
    const { files } = await listArticleFiles(root, { include: ['node_modules/**/*.txt'], exclude: [], maxFileSize: LIMIT, noDefaultExcludes: true });
    assert.deepEqual(files.map((f) => relativePath(root, f.path)), ['node_modules/pkg/readme.txt']);
  });

  it('skips special files without opening them', async (t) => {
    const fifo = join(root, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      t.skip('mkfifo not available');
      return;
    }
    try {
      const { skipped } = await listArticleFiles(root, { include: ['pipe.txt'], exclude: [], maxFileSize: LIMIT });
      assert.deepEqual(skipped, [{ path: fifo, reason: 'not a regular file' }]);
      assert.deepEqual(await readArticle(fifo, LIMIT), { ok: false, reason: 'not a regular file' });
    } finally {
      unlinkSync(fifo);
    }
  });
});

describe('readArticle', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'crosscheck-read-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('decodes text and passes on the decoder notes', async () => {
    const path = join(root, 'bom.txt');
    writeFileSync(path, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Héllo\r\nworld')]));
    const r = await readArticle(path, LIMIT);
    assert.deepEqual(r, { ok: true, text: 'Héllo\r\nworld', notes: ['UTF-8 byte-order mark removed'] });
  });

  it('reads each file whole and nothing else, long after short, short after long and over 1 MB', async () => {
    const texts = ['a long one '.repeat(300), 'short', 'é'.repeat(700_000), 'mid-sized “text”\n'.repeat(20), ''];
    const big = 4 * 1024 * 1024;
    for (const [i, text] of texts.entries()) writeFileSync(join(root, `seq-${i}.txt`), text);
    for (const [i, text] of texts.entries()) assert.deepEqual(await readArticle(join(root, `seq-${i}.txt`), big), { ok: true, text, notes: [] });
  });

  it('says when a listed file was deleted before it was read', async () => {
    const path = join(root, 'gone.txt');
    writeFileSync(path, 'here for a moment');
    const { files } = await listArticleFiles(root, { include: ['gone.txt'], exclude: [], maxFileSize: LIMIT });
    assert.equal(files.length, 1);
    unlinkSync(path);
    const r = await readArticle(files[0].path, LIMIT);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /no longer exists \(deleted or renamed while indexing\?\)/);
  });

  it('refuses folders, oversized files and binary files with a reason', async () => {
    mkdirSync(join(root, 'dir.txt'));
    assert.deepEqual(await readArticle(join(root, 'dir.txt'), LIMIT), { ok: false, reason: 'is a directory' });
    writeFileSync(join(root, 'big.txt'), 'y'.repeat(LIMIT + 5));
    assert.deepEqual(await readArticle(join(root, 'big.txt'), LIMIT), { ok: false, reason: 'too large: 1005 bytes (limit 1000 bytes)' });
    writeFileSync(join(root, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    assert.deepEqual(await readArticle(join(root, 'image.txt'), LIMIT), { ok: false, reason: 'binary file' });
  });

  it('round-trips paths and uris, spaces and non-ASCII included', () => {
    const path = join(root, 'Zürich report #2.txt');
    const uri = fileUri(path);
    assert.match(uri, /^file:\/\/\/.*Z%C3%BCrich%20report%20%232\.txt$/);
    assert.equal(uriToPath(uri), path);
  });
});
