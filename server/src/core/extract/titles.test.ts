import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from './fixture';
import { compareTitles, findTitleFor, leadingTitleLength, type Role } from './titles';

/**
 * Fixtures mark the title and the name: "[[Deputy Trade Minister]] [[Ana Ruiz]] said" (title
 * before) or "[[Ana Ruiz]], [[the trade minister]], said" (appositive). With one mark, it is
 * the name and no title may be found. Returns the role, after checking the title span.
 */
function titleOf(fixture: string, appositive = false): Role | undefined {
  const { text, spans } = marked(fixture);
  const name = appositive ? spans[0] : spans[spans.length - 1];
  const found = findTitleFor(text, name);
  if (spans.length === 1) {
    assert.equal(found, undefined, `no title expected, got “${found?.text}”`);
    return undefined;
  }
  const title = appositive ? spans[1] : spans[0];
  assert.ok(found, 'a title');
  assert.equal(found.text, text.slice(title.start, title.end));
  assert.deepEqual({ start: found.start, end: found.end }, title);
  return found.role;
}

test('a title right before the name', () => {
  assert.deepEqual(titleOf('[[Deputy Trade Minister]] [[Ana Ruiz]] said.'), { office: 'trade minister', modifiers: ['deputy'] });
  assert.deepEqual(titleOf('Talks with [[Spanish Acting Interior Minister]] [[Ana Ruiz]].'), {
    office: 'interior minister', modifiers: ['acting'], jurisdiction: 'spain',
  });
  assert.deepEqual(titleOf('as [[U.S. President]] [[Tom Reed]] spoke'), { office: 'president', modifiers: [], jurisdiction: 'united states' });
  assert.deepEqual(titleOf('“Yes,” said [[Norway’s ambassador to Rome]], [[Per Lund]].'), {
    office: 'ambassador', modifiers: [], jurisdiction: 'norway', post: 'rome',
  });
  assert.deepEqual(titleOf('said [[Hamas Ambassador]] [[Omar Said]] later'), { office: 'ambassador', modifiers: [], jurisdiction: 'hamas' });
  assert.deepEqual(titleOf('[[Foreign Ministry spokesperson]] [[Li Wen]] said'), { office: 'spokesperson', modifiers: [], org: 'foreign ministry' });
  assert.deepEqual(titleOf('[[Sen.]] [[Jo Park]] objected'), { office: 'senator', modifiers: [] });
  assert.deepEqual(titleOf('the [[former Minister of Foreign Affairs]] [[Ana Ruiz]]'), { office: 'foreign minister', modifiers: ['former'] });
  assert.deepEqual(titleOf('[[Vice-President]] [[Ana Ruiz]]'), { office: 'president', modifiers: ['vice'] });
  assert.deepEqual(titleOf('the [[CEO]] [[Sam Hill]]'), { office: 'chief executive', modifiers: [] });
});

test('an appositive title after the name', () => {
  assert.deepEqual(titleOf('[[Ana Ruiz]], [[the country’s foreign minister]], said', true), { office: 'foreign minister', modifiers: [] });
  assert.deepEqual(titleOf('[[Per Lund]], [[Norway’s ambassador to Rome]], said', true), {
    office: 'ambassador', modifiers: [], jurisdiction: 'norway', post: 'rome',
  });
  assert.deepEqual(titleOf('[[Sam Hill]], [[a senior analyst at Acme Bank]]. Later', true), {
    office: 'analyst', modifiers: ['senior'], org: 'acme bank',
  });
  assert.deepEqual(titleOf('[[Ana Ruiz]], [[foreign minister of Chile]], told us', true), {
    office: 'foreign minister', modifiers: [], jurisdiction: 'chile',
  });
});

test('no title: honorifics, ordinary words, a place or a list before or after the name', () => {
  titleOf('Then [[Ana Ruiz]] spoke.');
  titleOf('Mr. [[Ana Ruiz]] spoke.');
  titleOf('They met in Paris [[Ana Ruiz]] and others.');
  titleOf('[[Ana Ruiz]], Per Lund and Li Wen arrived.');
  titleOf('The minister said. [[Ana Ruiz]] left.');
});

test('leadingTitleLength strips titles and honorifics, never the whole name', () => {
  const strip = (s: string) => s.slice(leadingTitleLength(s, { start: 0, end: s.length }));
  assert.equal(strip('Deputy Interior Minister Ana Ruiz'), 'Ana Ruiz');
  assert.equal(strip('Dr. Ana Ruiz'), 'Ana Ruiz');
  assert.equal(strip('President Tom Reed'), 'Tom Reed');
  assert.equal(strip('U.S. Secretary of State Tom Reed'), 'Tom Reed');
  assert.equal(strip('Ana Ruiz'), 'Ana Ruiz');
  assert.equal(strip('President'), 'President');
  assert.equal(strip(''), '');
  const text = 'met Minister Ana Ruiz';
  assert.equal(leadingTitleLength(text, { start: 4, end: text.length }), 'Minister '.length);
});

const role = (office: string, modifiers: string[] = [], more: Partial<Role> = {}): Role => ({ office, modifiers, ...more });

test('compareTitles: a different rank or office conflicts', () => {
  assert.equal(compareTitles(role('interior minister', ['acting']), role('interior minister')), 'conflict');
  assert.equal(compareTitles(role('trade minister', ['deputy']), role('trade minister')), 'conflict');
  assert.equal(compareTitles(role('president', ['vice']), role('president')), 'conflict');
  assert.equal(compareTitles(role('president', ['former']), role('president')), 'conflict');
  assert.equal(compareTitles(role('foreign minister'), role('defence minister')), 'conflict');
  assert.equal(compareTitles(role('trade minister', ['first', 'deputy']), role('trade minister', ['deputy'])), 'conflict');
});

test('compareTitles: missing detail, synonyms and demonyms agree', () => {
  assert.equal(compareTitles(role('ambassador', [], { post: 'rome' }), role('ambassador', [], { jurisdiction: 'norway' })), 'compatible');
  assert.equal(compareTitles(role('ambassador', [], { jurisdiction: 'norwegian' }), role('ambassador', [], { jurisdiction: 'norway' })), 'equal');
  assert.equal(compareTitles(role('minister'), role('foreign minister')), 'compatible');
  assert.equal(compareTitles(role('ambassador'), role('envoy')), 'compatible');
  assert.equal(compareTitles(role('interior minister', ['acting']), role('interior minister', ['interim'])), 'equal');
  assert.equal(compareTitles(role('analyst', ['senior']), role('analyst')), 'equal');
  assert.equal(compareTitles(role('ambassador', [], { jurisdiction: 'hamas' }), role('ambassador', [], { jurisdiction: 'norway' })), 'compatible');
});

test('compareTitles: different known countries conflict', () => {
  assert.equal(compareTitles(role('ambassador', [], { jurisdiction: 'norway' }), role('ambassador', [], { jurisdiction: 'sweden' })), 'conflict');
  assert.equal(compareTitles(role('ambassador', [], { post: 'chile' }), role('ambassador', [], { post: 'peru' })), 'conflict');
  assert.equal(compareTitles(role(''), role('president')), 'unknown');
});

test('titles found in text compare as the roles they name', () => {
  const read = (s: string) => {
    const { text, spans } = marked(s);
    return findTitleFor(text, spans[0])!.role;
  };
  assert.equal(compareTitles(read('Acting Trade Minister [[Ana Ruiz]]'), read('Trade Minister [[Ana Ruiz]]')), 'conflict');
  assert.equal(compareTitles(read('Norway’s ambassador to Rome, [[Per Lund]]'), read('Norwegian Ambassador [[Per Lund]]')), 'compatible');
});
