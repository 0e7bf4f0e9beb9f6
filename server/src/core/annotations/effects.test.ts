// Each annotation action's effect on the analysis, through the Workspace as hosts use it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MarkedRecognizer, render, stripMarkers, uriOf, workspaceOf } from '../testing/fixture';
import { Workspace } from '../workspace';
import { createAnnotation, reviewAnnotationId, type Action, type Annotation } from './model';
import { resourceFor } from './selectors';

let seq = 0;
/** An annotation on the nth occurrence of `words` in `file`, created at `now`. */
function on(ws: Workspace, file: string, words: string, action: Action, opts: { nth?: number; now?: string; id?: string } = {}): Annotation {
  const r = target(ws, file, words, opts.nth);
  return createAnnotation(action, r, { id: opts.id ?? `urn:test:${++seq}`, now: opts.now ?? '2025-01-01T00:00:00.000Z' });
}

function target(ws: Workspace, file: string, words: string, nth = 1) {
  const text = ws.analysis(uriOf(file))!.text;
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `${words} in ${file}`);
  return resourceFor(uriOf(file), text, { start: at, end: at + words.length });
}

const entityOf = (ws: Workspace, file: string, words: string) => {
  const text = ws.analysis(uriOf(file))!.text;
  return ws.hover(uriOf(file), text.indexOf(words) + 1)?.entity;
};

const mentionTexts = (ws: Workspace, file: string) => ws.analysis(uriOf(file))!.mentions.filter((m) => m.type !== 'date' && m.type !== 'quantity').map((m) => `${m.text}|${m.type}`);

test('mark a span as an entity of a type: a user mention that resolves across sources', () => {
  const ws = workspaceOf({
    'a.txt': 'Divers from the Harbour Authority searched the wreck.',
    'b.txt': 'The [[Harbour Authority|organization]] closed the port.',
  });
  assert.deepEqual(mentionTexts(ws, 'a.txt'), []);
  ws.setAnnotations([on(ws, 'a.txt', 'Harbour Authority', { kind: 'entity', type: 'organization' })]);
  const m = ws.analysis(uriOf('a.txt'))!.mentions.find((x) => x.text === 'Harbour Authority')!;
  assert.equal(m.source, 'user');
  assert.equal(m.type, 'organization');
  assert.deepEqual(new Set(entityOf(ws, 'a.txt', 'Harbour Authority')!.mentions.map((r) => r.uri)), new Set([uriOf('a.txt'), uriOf('b.txt')]));
});

test('change a mention’s type, and mark a mention as not an entity', () => {
  const ws = workspaceOf({ 'a.txt': '[[Dunmore|person]] was flooded, [[Officials|organization]] said on Monday.' });
  ws.setAnnotations([
    on(ws, 'a.txt', 'Dunmore', { kind: 'entity', type: 'place' }),
    on(ws, 'a.txt', 'Officials', { kind: 'not-entity' }),
  ]);
  assert.deepEqual(mentionTexts(ws, 'a.txt'), ['Dunmore|place']);
  assert.equal(entityOf(ws, 'a.txt', 'Dunmore')!.type, 'place');
  assert.equal(entityOf(ws, 'a.txt', 'Officials'), undefined);
  ws.setAnnotations([]);
  assert.deepEqual(mentionTexts(ws, 'a.txt'), ['Dunmore|person', 'Officials|organization'], 'removing the annotations restores the analysis');
});

test('merge: two names become one entity everywhere, and its facts are compared', () => {
  const files = {
    'a.txt': 'The ferry operator [[Northline|organization]] said 40 crew were aboard.',
    'b.txt': 'The ferry operator [[Baltic Sea Lines|organization]] said 52 crew were aboard.',
  };
  const ws = workspaceOf(files);
  assert.notEqual(entityOf(ws, 'a.txt', 'Northline')!.id, entityOf(ws, 'b.txt', 'Baltic Sea Lines')!.id);
  ws.setAnnotations([on(ws, 'a.txt', 'Northline', { kind: 'merge', other: target(ws, 'b.txt', 'Baltic Sea Lines') })]);
  const merged = entityOf(ws, 'a.txt', 'Northline')!;
  assert.equal(merged.id, entityOf(ws, 'b.txt', 'Baltic Sea Lines')!.id);
  assert.deepEqual([...merged.aliases].sort(), ['Baltic Sea Lines', 'Northline']);
  const hover = ws.hover(uriOf('b.txt'), ws.analysis(uriOf('b.txt'))!.text.indexOf('Baltic') + 1)!;
  assert.deepEqual(hover.sources.map((s) => s.uri), [uriOf('b.txt'), uriOf('a.txt')]);
});

test('split: this surname is someone else', () => {
  const ws = workspaceOf({
    'a.txt': 'Harbour master [[Maria Ortega|person]] led the rescue.',
    'b.txt': 'A fisherman, [[Ortega|person]], saw the ferry list.',
  });
  assert.equal(entityOf(ws, 'a.txt', 'Maria Ortega')!.id, entityOf(ws, 'b.txt', 'Ortega')!.id, 'joined automatically');
  ws.setAnnotations([on(ws, 'b.txt', 'Ortega', { kind: 'split', from: target(ws, 'a.txt', 'Maria Ortega') })]);
  assert.notEqual(entityOf(ws, 'a.txt', 'Maria Ortega')!.id, entityOf(ws, 'b.txt', 'Ortega')!.id);
});

test('claim verdicts and free notes show in the hover of the words they cover', () => {
  const ws = workspaceOf({ 'a.txt': 'The fire in [[Dunmore|place]] killed 12 people. It started at night.' });
  ws.setAnnotations([
    on(ws, 'a.txt', 'The fire in Dunmore killed 12 people.', { kind: 'verdict', verdict: 'disputed', note: 'hospital says 9' }),
    on(ws, 'a.txt', 'Dunmore', { kind: 'note', text: 'spelled Dunmor in the council release' }),
    on(ws, 'a.txt', 'It started', { kind: 'note', text: 'elsewhere' }),
  ]);
  const info = ws.hover(uriOf('a.txt'), 14)!;
  assert.deepEqual(info.verdicts?.map((v) => [v.verdict, v.note]), [['disputed', 'hospital says 9']]);
  assert.deepEqual(info.notes?.map((n) => n.text), ['spelled Dunmor in the council release']);
});

/** A workspace whose documents can be replaced by marked text (the fixture recogniser learns each text). */
function editable(files: Record<string, string>) {
  const recognizer = new MarkedRecognizer();
  const ws = new Workspace({ recognizer, config: { today: '2026-01-01' } });
  let version = 0;
  const put = (file: string, source: string) => {
    const { text, names } = stripMarkers(source);
    recognizer.add(text, names);
    ws.setDocument({ uri: uriOf(file), text, version: ++version });
  };
  for (const [file, source] of Object.entries(files)) put(file, source);
  return { ws, put };
}

const RAIN = 'Rain fell all week in the valley and the river rose.\n\n';

const FIRE = {
  'a.txt': 'The fire in [[Dunmore|place]] killed 12 people, the [[Red Cross|organization]] said.',
  'b.txt': 'The fire in [[Dunmore|place]] killed 15 people on Sunday.',
};

test('review: the finding leaves findings, hovers and highlights; undo brings it back', () => {
  const ws = workspaceOf(FIRE);
  const before = ws.findings().map(render);
  const finding = ws.findings(uriOf('b.txt'))[0];
  const review = on(ws, 'b.txt', finding.text, { kind: 'review', findingId: finding.id }, { id: reviewAnnotationId(finding.id) });
  ws.setAnnotations([review]);
  assert.deepEqual(ws.findings(uriOf('b.txt')), []);
  assert.equal(ws.findings().length, before.length - 1);
  assert.deepEqual(ws.findingsWithReviewed(uriOf('b.txt')).map((f) => [f.id, f.reviewed]), [[finding.id, true]]);
  assert.equal(ws.report().findings.length, before.length - 1);
  assert.equal(ws.report({ includeReviewed: true }).findings.length, before.length);
  const at = ws.analysis(uriOf('b.txt'))!.text.indexOf('15');
  assert.ok(!ws.hover(uriOf('b.txt'), at + 1)!.findings.some((f) => f.id === finding.id));
  const other = ws.findings()[0];
  ws.setAnnotations([review, on(ws, other.uri.slice(other.uri.lastIndexOf('/') + 1), other.text, { kind: 'review', findingId: other.id })]);
  assert.deepEqual(ws.findings(), []);
  assert.ok(!ws.highlights(uriOf('b.txt')).some((t) => t.modifiers.includes('conflicted')), 'nothing left to mark conflicted');
  ws.setAnnotations([]);
  assert.deepEqual(ws.findings().map(render), before);
});

test('finding ids: kept when a paragraph is inserted, changed when the conflicting value changes', () => {
  const { ws, put } = editable(FIRE);
  const ids = () => ws.findings().map((f) => f.id).sort();
  const original = ids();
  assert.equal(original.length, 2);
  put('b.txt', RAIN + FIRE['b.txt']);
  assert.deepEqual(ids(), original);
  put('b.txt', RAIN + FIRE['b.txt'].replace('15', '17'));
  assert.equal(ids().length, 2);
  assert.equal(ids().filter((id) => original.includes(id)).length, 0, 'both sides of the conflict changed');
});

test('a review survives an insertion elsewhere and lapses when the conflict changes', () => {
  const { ws, put } = editable(FIRE);
  const finding = ws.findings(uriOf('b.txt'))[0];
  ws.setAnnotations([on(ws, 'b.txt', finding.text, { kind: 'review', findingId: finding.id })]);
  put('b.txt', RAIN + FIRE['b.txt']);
  assert.deepEqual(ws.findings(uriOf('b.txt')), []);
  put('b.txt', RAIN + FIRE['b.txt'].replace('15', '17'));
  assert.equal(ws.findings(uriOf('b.txt')).length, 1);
});

test('corrections follow their words through edits; orphans are listed, not dropped', () => {
  const { ws, put } = editable({ 'a.txt': 'Divers from the Harbour Authority searched the wreck.' });
  ws.setAnnotations([on(ws, 'a.txt', 'Harbour Authority', { kind: 'entity', type: 'organization' })]);
  const uri = uriOf('a.txt');
  put('a.txt', RAIN + 'Divers from the Harbour Authority searched the wreck.');
  assert.deepEqual(mentionTexts(ws, 'a.txt'), ['Harbour Authority|organization']);
  assert.equal(ws.annotations()[0].orphaned, false);
  put('a.txt', RAIN + 'Divers searched the wreck.');
  assert.deepEqual(mentionTexts(ws, 'a.txt'), []);
  assert.deepEqual(ws.annotations().map((a) => a.orphaned), [true]);
  ws.removeDocument(uri);
  assert.deepEqual(ws.annotations().map((a) => a.orphaned), [true], 'an article that is gone orphans its annotations');
});

test('annotations cost no re-analysis, and the same annotations again rebuild nothing', () => {
  const ws = workspaceOf(FIRE);
  ws.findings();
  const note = on(ws, 'a.txt', 'Red Cross', { kind: 'note', text: 'call them' });
  const retype = on(ws, 'a.txt', 'Red Cross', { kind: 'entity', type: 'organization' });
  ws.setAnnotations([note]);
  ws.findings();
  assert.deepEqual(work(ws), { documentAnalyses: 2, indexBuilds: 1 }, 'a note changes no analysis');
  ws.setAnnotations([note, retype]);
  ws.findings();
  assert.deepEqual(work(ws), { documentAnalyses: 2, indexBuilds: 2 }, 'a correction updates the index, re-analyses nothing');
  ws.setAnnotations([note, retype]);
  ws.findings();
  assert.deepEqual(work(ws), { documentAnalyses: 2, indexBuilds: 2 });
});

/** The counters that say whether work was redone. */
function work(ws: Workspace) {
  return { documentAnalyses: ws.stats.documentAnalyses, indexBuilds: ws.stats.indexBuilds };
}

test('malformed annotations handed to the core are ignored, never thrown on', () => {
  const ws = workspaceOf(FIRE);
  const before = ws.findings().length;
  const junk = [
    null, {}, { target: {} }, { id: 'x', motivation: 'linking', body: [{ source: 5 }], target: { source: uriOf('a.txt'), selector: [] } },
    { id: 'z', motivation: 'linking', body: [{ source: uriOf('b.txt') }], target: { source: uriOf('a.txt'), selector: [{ type: 'TextQuoteSelector', exact: 'Dunmore' }] } },
    { id: 'w', motivation: 'identifying', body: [{ type: 'TextualBody', value: 'distinct' }, { source: uriOf('b.txt'), selector: 'x' }], target: { source: uriOf('a.txt'), selector: [{ type: 'TextQuoteSelector', exact: 'Dunmore' }] } },
    { id: 'y', motivation: 'classifying', body: [{ type: 'TextualBody', value: 'person' }], target: { source: uriOf('a.txt'), selector: [{ type: 'TextQuoteSelector', exact: '' }] } },
  ] as unknown as Annotation[];
  assert.doesNotThrow(() => ws.setAnnotations(junk, () => {
    throw new Error('bad source');
  }));
  assert.doesNotThrow(() => ws.setAnnotations(junk));
  assert.equal(ws.findings().length, before);
  assert.doesNotThrow(() => ws.hover(uriOf('a.txt'), 14));
});
