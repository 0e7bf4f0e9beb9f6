import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonFolder } from './inputs';

test('the report root is the deepest folder holding every input', () => {
  assert.equal(commonFolder(['/data/story']), '/data/story');
  assert.equal(commonFolder(['/data/story/a', '/data/story/b/c']), '/data/story');
  assert.equal(commonFolder(['/data/story', '/data/story-2']), '/data');
  assert.equal(commonFolder(['/a', '/b']), '/');
});
