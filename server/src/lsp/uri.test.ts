import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileUri } from '../node/host';
import { ArticleMatcher, canonicalUri, displayName } from './uri';
import { parseSettings, DEFAULT_SETTINGS } from './settings';

describe('uris and article matching', () => {
  it('gives editor-encoded and file-system URIs of one file the same key', () => {
    assert.equal(canonicalUri('file:///tmp/a%20b/c%3Ad.txt'), canonicalUri('file:///tmp/a b/c:d.txt'));
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(displayName('file:///tmp/a%20b/report%201.txt'), 'report 1.txt');
  });

  it('takes a listed file\'s URI as it is: fileUri already gives the canonical form', () => {
    // Indexing uses ArticleFile.uri (fileUri of the path) as the key without canonicalising it.
    const paths = ['/tmp/a b/c:d.txt', '/tmp/100%/x#1?.txt', '/tmp/déjà vu/Ünïcode — 記事.txt', '/tmp/[x]/@y/a\\b.txt', '/tmp/t\tab/n\nl.txt', '/tmp/./x/../y.txt'];
    for (const p of paths) assert.equal(canonicalUri(fileUri(p)), fileUri(p), p);
  });

  it('matches the settings globs relative to the workspace folder', () => {
    const m = new ArticleMatcher(['/ws'], DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
    assert.equal(m.matches('/ws/story/a.txt'), true);
    assert.equal(m.matches('/ws/node_modules/x/a.txt'), false);
    assert.equal(m.matches('/ws/.git/a.txt'), false);
    assert.equal(m.matches('/ws/story/a.md'), false);
    assert.equal(m.matches('/elsewhere/a.txt'), false, 'outside the open folders');
    assert.equal(new ArticleMatcher([], ['**/*.txt'], []).matches('/loose/a.txt'), true, 'no folder open');
  });
});

describe('settings', () => {
  it('falls back to defaults for missing or malformed values', () => {
    assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
    const s = parseSettings({ include: 'x', exclude: [3, '**/drafts/**'], maxFileSize: -1, rules: { 'date-mismatch': 'off', bad: 'loud', arr: [] } });
    assert.deepEqual(s.include, DEFAULT_SETTINGS.include);
    assert.deepEqual(s.exclude, ['**/drafts/**']);
    assert.equal(s.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(s.rules, { 'date-mismatch': 'off' });
  });
});
