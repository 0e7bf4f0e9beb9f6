// Usage errors and "nothing to do" exit 2 with one clear line on stderr and nothing on stdout;
// help goes to stdout and exits 0.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { crosscheck, removeDir, tempDir } from './helpers';

describe('crosscheck usage', () => {
  let dir: string;
  before(() => {
    dir = tempDir('usage');
    writeFileSync(join(dir, 'one.txt'), 'A short note without names.\n');
  });
  after(() => removeDir(dir));

  it('--help lists the commands; each command has its own help', () => {
    const r = crosscheck(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: crosscheck COMMAND/);
    assert.match(r.stdout, /^\s+check\s/m);
    assert.match(r.stdout, /^\s+tag\s/m);
    const check = crosscheck(['check', '--help']);
    assert.equal(check.code, 0);
    for (const option of ['--format', '--include', '--exclude', '--max-file-size', '--rule']) {
      assert.ok(check.stdout.includes(option), option);
    }
    assert.match(crosscheck(['tag', '-h']).stdout, /--conll FILE/);
    assert.match(crosscheck(['--version']).stdout, /^crosscheck \d+\.\d+\.\d+\n$/);
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['no command', [], /crosscheck: missing command/],
    ['unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['unknown option', ['check', '--colour'], /unknown option --colour/],
    ['bad format', ['check', '--format', 'xml'], /--format must be one of text, json, sarif, got 'xml'/],
    ['missing option value', ['check', '--format'], /option --format needs a value/],
    ['bad size', ['check', '--max-file-size', 'lots'], /--max-file-size expects a size in bytes/],
    ['bad rule', ['check', '--rule', 'date-mismatch'], /--rule expects id=severity/],
    ['bad severity', ['check', '--rule', 'date-mismatch=loud'], /--rule expects id=severity/],
    ['unknown rule', ['check', '--rule', 'no-such-rule=off'], /unknown rule 'no-such-rule' \(rules: .*date-mismatch/],
    ['missing path', ['check', 'no-such-folder'], /cannot read .*no-such-folder: no such file/],
    ['tag without file', ['tag'], /--conll FILE is required/],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`exit 2 on ${name}`, () => {
      const r = crosscheck(args, dir);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
      assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    });
  }

  it('exit 2 when a folder has no articles', () => {
    const empty = tempDir('no-articles');
    try {
      writeFileSync(join(empty, 'notes.md'), '# not an article by default');
      const r = crosscheck(['check', empty]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no article files found in .* \(include: \*\*\/\*\.txt\)/);
      assert.equal(crosscheck(['check', empty, '--include', '*.md', '--format', 'json']).code, 0);
    } finally {
      removeDir(empty);
    }
  });

  it('exit 0 on a single article with nothing to compare', () => {
    const r = crosscheck(['check', '--format', 'text'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /crosscheck: 1 article: no findings/);
  });
});
