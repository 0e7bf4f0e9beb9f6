// `check --cache DIR` and `--threads N`: the report is the same with and without them, a second
// run takes every analysis from the cache, an edited article is analysed again, and the cache
// refuses to live among the articles.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MarkedRecognizer } from '../core/testing/fixture';
import { CACHE_FORMAT } from '../node/cache';
import { PackStore } from '../node/pack-store';
import { readArticle } from '../node/host';
import { parseCheckArgs, runCheck, type CheckOptions } from './check';
import { UsageError } from './io';
import { capture } from './testing-io';

const ARTICLES = {
  'a.txt': 'Ferry sinks\nThe ferry sank on 3 March, killing 27 people, officials said.\n',
  'b.txt': 'Ferry disaster\nThe ferry sank on 3 March, killing 23 people, officials said.\n',
  'c.txt': 'Ferry toll rises\nThe ferry sank on 4 March and killed 27 people.\n',
};

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-cache-cli-'));
  const articles = join(root, 'articles');
  mkdirSync(articles);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(articles, name), text);
  const deps = { recognizer: () => new MarkedRecognizer(), today: () => '2026-06-01', read: readArticle };
  const run = async (...args: string[]) => {
    const { out, io } = capture(root);
    await runCheck(parseCheckArgs([articles, '--format', 'json', ...args]) as CheckOptions, io, deps);
    return out;
  };
  return { root, articles, run, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Entries stored in the cache folder (the packs of every code and model version). */
const entries = (dir: string) => {
  const formatDir = join(dir, `v${CACHE_FORMAT}`);
  return readdirSync(formatDir).reduce((n, version) => n + new PackStore(join(formatDir, version)).size, 0);
};

test('a cached run reports exactly what an uncached one does, and an edit is analysed again', async () => {
  const s = setup();
  try {
    const cache = join(s.root, 'cache');
    const plain = await s.run('--threads', '0');
    const first = await s.run('--cache', cache);
    assert.equal(first.stdout, plain.stdout);
    assert.equal(entries(cache), 3);
    const second = await s.run('--cache', cache);
    assert.equal(second.stdout, plain.stdout);
    assert.equal(entries(cache), 3, 'nothing new to store');
    writeFileSync(join(s.articles, 'b.txt'), ARTICLES['b.txt'].replace('23', '27'));
    const edited = await s.run('--cache', cache);
    assert.notEqual(edited.stdout, plain.stdout, 'the edit shows');
    assert.equal(entries(cache), 4, 'the edited text has its own entry');
  } finally {
    s.remove();
  }
});

test('the cache may not be inside the articles folder', async () => {
  const s = setup();
  try {
    await assert.rejects(s.run('--cache', join(s.articles, '.cache')), (e: unknown) => e instanceof UsageError && /inside the articles/.test(e.message));
  } finally {
    s.remove();
  }
});

test('--threads takes a count', () => {
  assert.equal((parseCheckArgs(['--threads', '3']) as CheckOptions).threads, 3);
  assert.throws(() => parseCheckArgs(['--threads', 'many']), UsageError);
});
