// The held-out article sets of test/corpora/ (README.md there): `crosscheck check` on each
// set, scored against its gold.json by ../shared/tools/score-report.mjs. Prints the score
// line per set and asserts the floor the engine reached when the sets were written, so a
// change that loses a conflict, a same-entity group or typed mentions, or adds false alarms,
// wrong merges or noise fails here. Raise the floors when the engine gets better.
// Run after `npm run build`: node scripts/run-tests.mjs test/corpora.test.ts
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const REPO = resolve(__dirname, '..');
const CLI = join(REPO, 'bin', 'crosscheck.js');
const SCORER = resolve(REPO, '..', 'shared', 'tools', 'score-report.mjs');

/** What score-report.mjs --json prints (the fields read here). */
interface Score {
  typed: { total: number; exact: number; overlap: number };
  clusters: { total: number; ok: number; missed: string[] };
  wrongMerges: string[];
  conflicts: { total: number; found: number; stretchTotal: number; stretchFound: number; missed: string[] };
  anomalies: { total: number; found: number; missed: string[] };
  falseAlarms: string[];
  noise: { warnings: number; budget: number; total: number };
  pass: boolean;
}

interface Floor {
  conflicts: number; // core conflicts found, at least
  anomalies: number; // at least
  clusters: number; // same-entity groups found, at least
  typedOverlap: number; // typed mentions covered, at least
  falseAlarms: number; // at most
  wrongMerges: number; // at most
}

// Measured on the sets as written (score lines in the commit that set them).
const FLOORS: Record<string, Floor> = {
  'quake-kessari': { conflicts: 6, anomalies: 1, clusters: 8, typedOverlap: 32, falseAlarms: 0, wrongMerges: 0 },
  'takeover-kestrel': { conflicts: 5, anomalies: 1, clusters: 7, typedOverlap: 36, falseAlarms: 0, wrongMerges: 0 },
  'election-veldria': { conflicts: 6, anomalies: 1, clusters: 8, typedOverlap: 36, falseAlarms: 0, wrongMerges: 0 },
  'trial-seldane': { conflicts: 5, anomalies: 1, clusters: 9, typedOverlap: 36, falseAlarms: 0, wrongMerges: 0 },
  'crash-brask': { conflicts: 6, anomalies: 1, clusters: 6, typedOverlap: 34, falseAlarms: 0, wrongMerges: 0 },
  'transfer-vasquell': { conflicts: 5, anomalies: 1, clusters: 7, typedOverlap: 33, falseAlarms: 0, wrongMerges: 0 },
  'outbreak-kivelu': { conflicts: 3, anomalies: 1, clusters: 7, typedOverlap: 33, falseAlarms: 4, wrongMerges: 0 },
};

function run(args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  // crosscheck exits 1 when it reports warnings; anything else is a failure.
  assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

const scoreLine = (s: Score) =>
  `conflicts ${s.conflicts.found}/${s.conflicts.total}, stretch ${s.conflicts.stretchFound}/${s.conflicts.stretchTotal}, ` +
  `anomalies ${s.anomalies.found}/${s.anomalies.total}, false alarms ${s.falseAlarms.length}, clusters ${s.clusters.ok}/${s.clusters.total}, ` +
  `wrong merges ${s.wrongMerges.length}, typed ${s.typed.exact}/${s.typed.total} (overlap ${s.typed.overlap}), ` +
  `warnings ${s.noise.warnings}/${s.noise.budget} -> ${s.pass ? 'PASS' : 'FAIL'}`;

describe('held-out article sets (test/corpora)', () => {
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-corpora-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('has a built CLI and the shared scorer', () => {
    assert.ok(existsSync(join(REPO, 'dist', 'cli.js')), "dist/cli.js is missing: run 'npm run build' first");
    assert.ok(existsSync(SCORER), `${SCORER} is missing (the shared folder sits beside the repo)`);
  });

  for (const [story, floor] of Object.entries(FLOORS)) {
    it(`${story}: scores at least its floor`, (t) => {
      const dir = join('test', 'corpora', story);
      const report = join(work, `${story}.json`);
      writeFileSync(report, run([CLI, 'check', dir, '--format', 'json']));
      const s: Score = JSON.parse(run([SCORER, join(REPO, dir, 'gold.json'), report, '--json']));
      const line = `${story}: ${scoreLine(s)}`;
      t.diagnostic(line);

      const missed = `missed conflicts: ${s.conflicts.missed.join(', ') || 'none'}`;
      assert.ok(s.conflicts.found >= floor.conflicts, `conflicts ${s.conflicts.found} < ${floor.conflicts}; ${missed}`);
      assert.ok(s.anomalies.found >= floor.anomalies, `anomalies ${s.anomalies.found} < ${floor.anomalies}; missed: ${s.anomalies.missed.join(', ')}`);
      assert.ok(s.clusters.ok >= floor.clusters, `same-entity groups ${s.clusters.ok} < ${floor.clusters}; missed: ${s.clusters.missed.join(', ')}`);
      assert.ok(s.typed.overlap >= floor.typedOverlap, `typed mentions covered ${s.typed.overlap} < ${floor.typedOverlap}`);
      assert.ok(s.falseAlarms.length <= floor.falseAlarms, `false alarms ${s.falseAlarms.length} > ${floor.falseAlarms}: ${s.falseAlarms.join(', ')}`);
      assert.ok(s.wrongMerges.length <= floor.wrongMerges, `wrong merges ${s.wrongMerges.length} > ${floor.wrongMerges}: ${s.wrongMerges.join(', ')}`);
      assert.ok(s.noise.warnings <= s.noise.budget, `warnings ${s.noise.warnings} over the budget of ${s.noise.budget}`);
    });
  }
});
