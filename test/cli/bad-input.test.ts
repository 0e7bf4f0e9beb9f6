// The bad inputs of issue 2: each is reported on stderr and skipped (or read with a note),
// the rest is checked with exact columns whatever the line ends, and no file is touched.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Report, RunResult } from './helpers';
import { SAMPLES, assertReport, crosscheck, parseJson, removeDir, snapshot, tempDir, textAt } from './helpers';

const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

/** 20 MB of plain text: over the default 5 MB limit. */
function hugeText(): string {
  const line = 'The harbour office logged another routine crossing without incident.\n';
  return line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
}

/** One 50,000-character line of sentences with names and figures in it. */
function longLine(): string {
  const sentence = 'Rescuers from Vessick searched the northern shore of Lake Tervana for 6 hours. ';
  return sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000) + '\n';
}

const NON_ENGLISH = [
  'Fähre auf dem Tervana-See gekentert',
  'Von Jörg Schäfer',
  '15. März 2026',
  'Die Fähre „Aldemar“ ist am Samstag auf dem Tervana-See gekentert. 😢 Verkehrsministerin Helena Varga kündigte eine Untersuchung an.',
  'Η Ελένη Βάργκα μίλησε στους δημοσιογράφους στο λιμάνι. 渡轮在风暴中倾覆。',
  '',
].join('\n');

describe('crosscheck check: bad input', () => {
  let root: string;
  let before_: Record<string, string>;
  let run: RunResult;
  let report: Report;
  let hasFifo = true;
  const asRoot = process.getuid?.() === 0;

  before(() => {
    root = tempDir('bad-input');
    writeFileSync(join(root, 'good.txt'), sample('harbour-gazette.txt'));
    writeFileSync(join(root, 'crlf.txt'), sample('tervana-today.txt').replace(/\n/g, '\r\n'));
    writeFileSync(join(root, 'lone-cr.txt'), sample('daily-ledger.txt').replace(/\n/g, '\r'));
    writeFileSync(join(root, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample('northern-wire.txt'))]));
    // Latin-1 bytes in the middle of a UTF-8 article.
    const courier = Buffer.from(sample('evening-courier.txt'));
    const cut = courier.indexOf('When the ferry');
    writeFileSync(join(root, 'invalid-utf8.txt'), Buffer.concat([courier.subarray(0, cut), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]), courier.subarray(cut)]));
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(root, 'huge.txt'), hugeText());
    writeFileSync(join(root, 'long-line.txt'), longLine());
    writeFileSync(join(root, 'deutsch.txt'), NON_ENGLISH);
    // Deleted after it was linked: what a file removed between listing and reading looks like.
    symlinkSync(join(root, 'was-here.txt'), join(root, 'deleted.txt'));
    mkdirSync(join(root, 'folder.txt'));
    try {
      execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    } catch {
      hasFifo = false;
    }
    if (!asRoot) {
      writeFileSync(join(root, 'locked.txt'), 'No one may read this.\n');
      chmodSync(join(root, 'locked.txt'), 0o000);
    }
    before_ = snapshot(root);
    run = crosscheck(['check', root, '--format', 'json']);
    report = parseJson(run);
  });
  after(() => {
    if (!asRoot) chmodSync(join(root, 'locked.txt'), 0o644);
    removeDir(root);
  });

  it('goes on past every bad file and exits by the findings, not 2', () => {
    assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
    const readable = ['bom.txt', 'crlf.txt', 'deutsch.txt', 'empty.txt', 'good.txt', 'invalid-utf8.txt', 'lone-cr.txt', 'long-line.txt'];
    assert.deepEqual(report.documents.map((d) => d.path), readable);
  });

  it('says on stderr what it skipped and why', () => {
    const expected: Array<[string, RegExp]> = [
      ['binary.txt', /binary file/],
      ['huge.txt', /too large: 20\.0 MB \(limit 5\.0 MB\)/],
      ['deleted.txt', /broken symbolic link/],
    ];
    if (hasFifo) expected.push(['pipe.txt', /not a regular file/]);
    if (!asRoot) expected.push(['locked.txt', /permission denied/]);
    for (const [file, reason] of expected) {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`crosscheck: skipped ${root}/${file}: `));
      assert.ok(line, `no skip line for ${file} in:\n${run.stderr}`);
      assert.match(line, reason);
    }
    assert.match(run.stderr, new RegExp(`crosscheck: ${root}/invalid-utf8\\.txt: invalid UTF-8 at byte \\d+; replaced`));
    assert.match(run.stderr, new RegExp(`crosscheck: ${root}/bom\\.txt: UTF-8 byte-order mark removed`));
    assert.match(run.stderr, new RegExp(`crosscheck: 8 articles: .*; skipped ${expected.length} files`));
  });

  it('locations are exact with CRLF, lone CR, a BOM, astral characters and a long line', () => {
    assertReport(root, report);
    const mentioned = new Set(report.entities.flatMap((e) => e.mentions.map((m) => m.path)));
    for (const doc of ['crlf.txt', 'lone-cr.txt', 'bom.txt', 'deutsch.txt', 'long-line.txt', 'invalid-utf8.txt']) {
      assert.ok(mentioned.has(doc), `entities found in ${doc}`);
    }
    // Names after the emoji (two UTF-16 units) on line 4 of the German article: a column
    // counted in code points would be one short, and assertReport would have caught it.
    const emojiColumn = NON_ENGLISH.split('\n')[3].indexOf('😢') + 1;
    const after = report.entities.flatMap((e) => e.mentions).filter((m) => m.path === 'deutsch.txt' && m.line === 4 && m.column > emojiColumn);
    assert.ok(after.length > 0, 'a name after the emoji is found');
    for (const m of after) assert.equal(textAt(root, m), m.text);
    const lines = report.entities.flatMap((e) => e.mentions).filter((m) => m.path === 'lone-cr.txt').map((m) => m.line);
    assert.ok(Math.max(...lines) > 3, 'lone CR counts as a line end');
  });

  it('never writes into the folder', () => {
    assert.deepEqual(snapshot(root), before_);
  });

  it('exit 2 when nothing at all could be read', () => {
    const bad = tempDir('nothing-readable');
    try {
      writeFileSync(join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff]));
      writeFileSync(join(bad, 'big.txt'), 'x'.repeat(2048));
      const r = crosscheck(['check', bad, '--max-file-size', '1k']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /skipped .*binary\.txt: binary file/);
      assert.match(r.stderr, /skipped .*big\.txt: too large: 2\.0 KB \(limit 1\.0 KB\)/);
      assert.match(r.stderr, /crosscheck: nothing could be read \(2 files skipped\)/);
      assert.equal(r.stdout, '');
    } finally {
      removeDir(bad);
    }
  });
});
