import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspaceOf } from '../testing/fixture';

const typeOf = (files: Record<string, string>, name: string) => workspaceOf(files).entities().find((e) => e.name === name)?.type;

test('a misc name used like an organisation becomes one', () => {
  assert.equal(typeOf({ 'a.txt': '[[Ravenna|misc]] fighters took the town; the [[Ravenna|misc]] government said so.' }, 'Ravenna'), 'organization');
  assert.equal(typeOf({ 'a.txt': 'The road runs through [[Ravenna|misc]]-controlled land.' }, 'Ravenna'), 'organization');
});

test('names say what they are by their last word', () => {
  assert.equal(typeOf({ 'a.txt': 'Planes left [[Kestowe Air Base|misc]] at dawn.' }, 'Kestowe Air Base'), 'place');
  assert.equal(typeOf({ 'a.txt': 'The [[Green Dawn Party|misc]] won.' }, 'Green Dawn Party'), 'organization');
});

test('mastheads are organisations whatever the tagger said', () => {
  assert.equal(typeOf({ 'a.txt': 'Reporting by the [[Marlow Gazette|person]] team.' }, 'Marlow Gazette'), 'organization');
  assert.equal(typeOf({ 'a.txt': 'Via [[Delta Newswire|place]].' }, 'Delta Newswire'), 'organization');
});

test('nationalities and plain misc names stay misc', () => {
  assert.equal(typeOf({ 'a.txt': 'The [[Italian|misc]] government said so.' }, 'Italian'), 'misc');
  assert.equal(typeOf({ 'a.txt': 'He won the [[Golden Lyre|misc]] award.' }, 'Golden Lyre'), 'misc');
});
