// Fails CI when the seed evaluation falls below the bar the issues set, so quality cannot
// silently regress. Reads the scorer's JSON output.
// Usage: node scripts/ci/seed-bar.mjs GOLD.json REPORT.json
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const [gold, report] = process.argv.slice(2);
const scorer = join(dirname(gold), '..', 'tools', 'score-report.mjs');
const s = JSON.parse(execFileSync(process.execPath, [scorer, gold, report, '--json'], { encoding: 'utf8' }));
// The issues' bars: every core conflict and the anomaly, no false alarm, every same-entity group,
// no wrong merge, warnings within budget (the scorer's PASS), and 48 of the 53 typed mentions exact.
const problems = [];
if (!s.pass) problems.push('the scorer does not print PASS');
if (s.typed.exact < 48) problems.push(`typed mentions exact ${s.typed.exact} < 48`);
if (s.conflicts.found < s.conflicts.total) problems.push(`core conflicts ${s.conflicts.found}/${s.conflicts.total}`);
if (s.falseAlarms.length > 0) problems.push(`false alarms: ${s.falseAlarms.join(', ')}`);
if (s.wrongMerges.length > 0) problems.push(`wrong merges: ${s.wrongMerges.join(', ')}`);
if (s.clusters.ok < s.clusters.total) problems.push(`same-entity groups ${s.clusters.ok}/${s.clusters.total}`);
if (s.noise.warnings > s.noise.budget) problems.push(`warnings ${s.noise.warnings} over budget ${s.noise.budget}`);
if (problems.length) {
  console.error('seed bar not met: ' + problems.join('; '));
  process.exit(1);
}
console.log('seed bar met');
