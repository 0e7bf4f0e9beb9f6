// The review flow of issue 6 on real articles: take the first warning's id from
// `crosscheck check --format json`, review it, and it is gone; insert a paragraph at the top of
// its article and it stays gone; change the conflicting words and it is reported again. The
// seed articles are copied to a temporary folder at test time (never into the repository);
// exports and the store's safety are checked on a copy of the invented samples.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { serializeStore } from '../../server/src/core/annotations/jsonl';
import { createAnnotation } from '../../server/src/core/annotations/model';
import type { Report } from './helpers';
import { REPO, copySamples, crosscheck, parseJson, removeDir, tempDir } from './helpers';

const SEEDS = join(REPO, '..', 'shared', 'seeds');
const dirs: string[] = [];
after(() => dirs.forEach(removeDir));

function copySeeds(): string {
  const dir = tempDir('review');
  dirs.push(dir);
  for (const name of readdirSync(SEEDS)) if (name.endsWith('.txt')) cpSync(join(SEEDS, name), join(dir, name));
  return dir;
}

interface ReviewedReport extends Omit<Report, 'findings'> {
  findings: Array<Report['findings'][number] & { reviewed?: boolean }>;
}
const check = (dir: string, ...args: string[]) => parseJson<ReviewedReport>(crosscheck(['check', '--format', 'json', ...args], dir));

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Another value of the same kind: a figure's last digit moved on, the next weekday or month, or a name with a letter changed. */
function changed(text: string): string {
  const digit = /\d(?=\D*$)/.exec(text);
  if (digit) return text.slice(0, digit.index) + ((Number(digit[0]) + 1) % 10) + text.slice(digit.index + 1);
  for (const names of [WEEKDAYS, MONTHS]) {
    const i = names.findIndex((n) => text.includes(n));
    if (i >= 0) return text.replace(names[i], names[(i + 1) % names.length]);
  }
  const word = /\p{L}{3,}/u.exec(text)!;
  const last = word.index + word[0].length - 1;
  return text.slice(0, last) + (text[last] === 'x' ? 'z' : 'x') + text.slice(last + 1);
}

describe('crosscheck review on the seed articles', { skip: !existsSync(SEEDS) && 'no ../shared/seeds here' }, () => {
  it('a review hides the finding, survives an insertion, lapses when the conflict changes', () => {
    const dir = copySeeds();
    const first = check(dir).findings.find((f) => f.severity === 'warning');
    assert.ok(first, 'the seeds have a warning');

    const r = crosscheck(['review', first.id], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`marked ${first.id} reviewed`));
    assert.ok(existsSync(join(dir, '.crosscheck', 'annotations.jsonl')));
    assert.ok(!check(dir).findings.some((f) => f.id === first.id), 'reviewed: left out');
    const shown = check(dir, '--show-reviewed').findings.find((f) => f.id === first.id);
    assert.equal(shown?.reviewed, true, '--show-reviewed shows it, flagged');

    const path = join(dir, first.path);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, 'A paragraph added at the top, about nothing in particular.\n\n' + original);
    assert.ok(!check(dir).findings.some((f) => f.id === first.id), 'still left out after the insertion');
    assert.ok(check(dir, '--show-reviewed').findings.some((f) => f.id === first.id && f.line === first.line + 2), 'same id, two lines down');

    writeFileSync(path, readFileSync(path, 'utf8').split(first.text).join(changed(first.text)));
    const again = check(dir).findings.filter((f) => f.path === first.path && f.rule === first.rule && f.line === first.line + 2);
    assert.equal(again.length, 1, 'the changed conflict is reported');
    assert.notEqual(again[0].id, first.id);
    assert.equal(again[0].reviewed, undefined);
  });
});

describe('crosscheck review and export on the samples', () => {
  const dir = copySamples('export');
  dirs.push(dir);
  const first = check(dir).findings[0];

  it('--note is kept, --undo brings the finding back, unknown ids are an error', () => {
    assert.equal(crosscheck(['review', first.id, '--note', 'checked with the desk'], dir).code, 0);
    const line = readFileSync(join(dir, '.crosscheck', 'annotations.jsonl'), 'utf8');
    assert.match(line, /"motivation":"moderating"/);
    assert.match(line, /checked with the desk/);
    assert.ok(!check(dir).findings.some((f) => f.id === first.id));
    assert.equal(crosscheck(['review', first.id, '--undo'], dir).code, 0);
    assert.ok(check(dir).findings.some((f) => f.id === first.id));
    const bad = crosscheck(['review', 'no-such-rule:0000'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no finding with id no-such-rule:0000/);
    assert.equal(crosscheck(['review'], dir).code, 2, 'FINDING_ID is required');
  });

  it('a store with an unreadable line: check warns with the line number, review refuses to write', () => {
    const store = join(dir, '.crosscheck', 'annotations.jsonl');
    const before = readFileSync(store, 'utf8') + '{ this is not json\n';
    writeFileSync(store, before);
    const r = crosscheck(['check'], dir);
    assert.match(r.stderr, /annotations\.jsonl:\d+: unreadable annotation, ignored: not JSON/);
    const w = crosscheck(['review', first.id], dir);
    assert.equal(w.code, 2);
    assert.match(w.stderr, /unreadable line/);
    assert.equal(readFileSync(store, 'utf8'), before, 'the file is left as it was');
    writeFileSync(store, '');
  });

  it('an annotation whose words are gone is named on stderr and kept', () => {
    const store = join(dir, '.crosscheck', 'annotations.jsonl');
    const target = { source: first.path, selector: [{ type: 'TextQuoteSelector' as const, exact: 'words that appear in no article at all' }] };
    const orphan = createAnnotation({ kind: 'note', text: 'lost' }, target, { id: 'urn:test:orphan', now: '2025-01-01T00:00:00.000Z' });
    writeFileSync(store, serializeStore([orphan]));
    const r = crosscheck(['check'], dir);
    assert.match(r.stderr, /annotation urn:test:orphan no longer fits .*words that appear in no article at all/);
    assert.equal(readFileSync(store, 'utf8'), serializeStore([orphan]));
    writeFileSync(store, '');
  });

  it('export --format w3c prints an AnnotationCollection with the reviewer’s annotations first', () => {
    assert.equal(crosscheck(['review', first.id], dir).code, 0);
    const r = crosscheck(['export', '--format', 'w3c'], dir);
    assert.equal(r.code, 0, r.stderr);
    const collection = JSON.parse(r.stdout);
    assert.equal(collection.type, 'AnnotationCollection');
    const items = collection.first.items;
    assert.equal(items[0].id, `urn:crosscheck:review:${first.id}`);
    assert.ok(items.some((a: { motivation: string }) => a.motivation === 'identifying'), 'entity mentions');
    for (const a of items) {
      assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.ok(a.target.selector.some((s: { type: string }) => s.type === 'TextQuoteSelector'));
    }
  });

  it('export --format brat writes .ann files whose spans match the article text', () => {
    const r = crosscheck(['export', '--format', 'brat'], dir);
    assert.equal(r.code, 0, r.stderr);
    const anns = readdirSync(dir).filter((n) => n.endsWith('.ann'));
    assert.equal(anns.length, readdirSync(dir).filter((n) => n.endsWith('.txt')).length);
    assert.ok(existsSync(join(dir, 'annotation.conf')));
    for (const ann of anns) {
      const chars = [...readFileSync(join(dir, ann.replace(/\.ann$/, '.txt')), 'utf8')];
      for (const line of readFileSync(join(dir, ann), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeAndSpan, text] = line.split('\t');
        const pieces = typeAndSpan.split(' ').slice(1).join(' ').split(';').map((p) => p.split(' ').map(Number));
        const covered = pieces.map(([s, e]) => chars.slice(s, e).join('')).join(' ');
        assert.equal(covered, text, `${ann}: ${line}`);
      }
    }
  });

  it('export --format csv writes entities.csv and findings.csv with the review flagged', () => {
    const out = join(dir, 'csv');
    assert.equal(crosscheck(['export', '--format', 'csv', '--out', out, '.'], dir).code, 0);
    const findings = readFileSync(join(out, 'findings.csv'), 'utf8').trimEnd().split('\r\n');
    assert.equal(findings[0], 'finding_id,rule,severity,path,line,text,message,related,reviewed,review_note');
    assert.ok(findings.some((l) => l.startsWith(`${first.id},`) && /,yes,/.test(l)));
    const entities = readFileSync(join(out, 'entities.csv'), 'utf8').trimEnd().split('\r\n');
    assert.equal(entities[0], 'entity_id,type,name,aliases,sources,mentions,first_path,first_line');
    assert.ok(entities.length > 1);
  });
});
