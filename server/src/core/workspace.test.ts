import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MarkedRecognizer, stripMarkers, uriOf, workspaceOf } from './testing/fixture';
import { Workspace } from './workspace';

const files = {
  'a.txt': 'The fire in [[Dunmore|place]] killed 12 people, the [[Red Cross|organization]] said.',
  'b.txt': 'The fire in [[Dunmore|place]] killed 15 people on Sunday.',
  'c.txt': 'Officials in [[Dunmore|place]] said the fire killed 12 people.',
};

/** The counters that say whether work was redone. */
const work = (ws: Workspace) => ({ documentAnalyses: ws.stats.documentAnalyses, indexBuilds: ws.stats.indexBuilds });

test('an edit re-analyses only the edited document and updates the index once', () => {
  const ws = workspaceOf(files);
  ws.findings();
  assert.deepEqual(work(ws), { documentAnalyses: 3, indexBuilds: 1 });
  ws.findings();
  assert.deepEqual(work(ws), { documentAnalyses: 3, indexBuilds: 1 }, 'a second question reuses the index');
  const b = ws.analysis(uriOf('b.txt'))!;
  ws.setDocument({ uri: b.uri, text: b.text, version: 2 });
  ws.findings();
  assert.deepEqual(work(ws), { documentAnalyses: 3, indexBuilds: 1 }, 'same text, new version: nothing redone');
  const collected = ws.stats.collectedDocuments;
  ws.setDocument({ uri: b.uri, text: b.text.replace('15', '12'), version: 3 });
  assert.equal(ws.findings().filter((f) => f.rule === 'quantity-mismatch').length, 0);
  assert.deepEqual(work(ws), { documentAnalyses: 4, indexBuilds: 2 });
  assert.equal(ws.stats.collectedDocuments - collected, 1, 'only the edited document\'s facts are made again');
});

test('an analysis made elsewhere (a worker, a cache) answers like one made here, without re-analysing', () => {
  const here = workspaceOf(files);
  const there = new Workspace({ recognizer: new MarkedRecognizer(), config: { today: '2026-01-01' } });
  // Round-trip through JSON: what a worker thread or the disk cache hands back is plain data.
  for (const uri of here.uris()) there.setAnalysis(JSON.parse(JSON.stringify(here.analysis(uri))));
  assert.deepEqual(there.findings(), here.findings());
  assert.deepEqual(work(there), { documentAnalyses: 0, indexBuilds: 1 });
  const b = here.analysis(uriOf('b.txt'))!;
  there.setAnalysis({ ...b, version: 7 });
  there.findings();
  assert.deepEqual(work(there), { documentAnalyses: 0, indexBuilds: 1 }, 'same text: only the version moves');
  assert.equal(there.analysis(b.uri)!.version, 7);
  const fixed = here.setDocument({ uri: b.uri, text: b.text.replace('15', '12'), version: 8 })!;
  there.setAnalysis(fixed);
  assert.deepEqual(there.findings(), here.findings());
  assert.equal(there.findings().filter((f) => f.rule === 'quantity-mismatch').length, 0);
});

test('prepareForEdits runs the analysis code once when every analysis came from elsewhere, and changes no answer', () => {
  const here = workspaceOf(files);
  let calls = 0;
  const marked = new MarkedRecognizer();
  const counting = { id: marked.id, recognize: (...args: Parameters<MarkedRecognizer['recognize']>) => (calls++, marked.recognize(...args)) };
  const there = new Workspace({ recognizer: counting, config: { today: '2026-01-01' } });
  for (const uri of here.uris()) there.setAnalysis(JSON.parse(JSON.stringify(here.analysis(uri))));
  const answers = (ws: Workspace) => JSON.stringify([ws.findings(), ws.uris().map((u) => ws.analysis(u))]);
  const before = answers(there);
  there.prepareForEdits();
  there.prepareForEdits();
  assert.equal(calls, 1, 'one rehearsal, however often it is asked');
  assert.deepEqual(work(there), { documentAnalyses: 0, indexBuilds: 1 });
  assert.equal(answers(there), before);

  const local = new Workspace({ recognizer: counting, config: { today: '2026-01-01' } });
  for (const uri of here.uris()) local.setDocument({ uri, text: here.analysis(uri)!.text, version: 1 });
  local.findings();
  const analysed = calls;
  local.prepareForEdits();
  assert.equal(calls, analysed, 'the code already ran here: no rehearsal');
});

test('an edit in one source changes findings in another', () => {
  const ws = workspaceOf({ 'a.txt': files['a.txt'], 'c.txt': files['c.txt'] });
  assert.equal(ws.findings(uriOf('a.txt')).length, 0);
  const c = ws.analysis(uriOf('c.txt'))!;
  ws.setDocument({ uri: c.uri, text: c.text.replace('12', '19'), version: 2 });
  assert.deepEqual(ws.findings(uriOf('a.txt')).map((f) => f.rule), ['quantity-mismatch']);
});

test('removing a document removes its findings everywhere', () => {
  const ws = workspaceOf({ 'a.txt': files['a.txt'], 'b.txt': files['b.txt'] });
  assert.ok(ws.findings(uriOf('a.txt')).length > 0);
  ws.removeDocument(uriOf('b.txt'));
  assert.equal(ws.findings().length, 0);
});

test('the core never throws: hostile input gives partial results', () => {
  const recognizer = new MarkedRecognizer();
  const ws = new Workspace({ recognizer });
  const inputs = ['', '\u0000\u0001\u0002', '\uD800 lone surrogate', 'x'.repeat(50_000), 'é'.repeat(10_000) + '\r\r\n\n', '“unbalanced quote'];
  inputs.forEach((text, i) => ws.setDocument({ uri: `file:///h/${i}.txt`, text, version: 1 }));
  assert.doesNotThrow(() => ws.report());
  assert.doesNotThrow(() => ws.hover('file:///h/0.txt', 5));
  assert.doesNotThrow(() => ws.highlights('file:///h/3.txt'));
  const { text, names } = stripMarkers('[[Ann|person]]');
  recognizer.add(text, names);
});

test('hover lists every source with its own words, references reach all sources', () => {
  const ws = workspaceOf(files);
  const a = ws.analysis(uriOf('a.txt'))!;
  const at = a.text.indexOf('Dunmore') + 2;
  const info = ws.hover(a.uri, at)!;
  assert.equal(info.entity.name, 'Dunmore');
  assert.deepEqual(info.sources.map((s) => s.uri), [uriOf('a.txt'), uriOf('b.txt'), uriOf('c.txt')]);
  assert.equal(ws.references(a.uri, at).length, 3);
  const figure = a.text.indexOf('12 people');
  const fig = ws.hover(a.uri, figure)!;
  assert.ok(fig.sources.some((s) => s.facts.some((f) => f.text === '15')), 'the other sources’ figures show');
});

test('the same documents in another order give the same findings', () => {
  const forward = workspaceOf(files).findings();
  const reversed = workspaceOf(Object.fromEntries(Object.entries(files).reverse())).findings();
  assert.deepEqual(reversed, forward);
});
