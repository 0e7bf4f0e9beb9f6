// Fails CI when the seed evaluation falls below the bar the project has reached, so quality
// cannot silently regress. Reads the scorer's JSON output; thresholds are the accepted floor.
// Usage: node scripts/ci/seed-bar.mjs GOLD.json REPORT.json
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const [gold, report] = process.argv.slice(2);
const scorer = join(dirname(gold), '..', 'tools', 'score-report.mjs');
const s = JSON.parse(execFileSync(process.execPath, [scorer, gold, report, '--json'], { encoding: 'utf8' }));
const floor = { typedOverlap: 40, clusters: 6, conflicts: 2, anomalies: 1, maxFalseAlarms: 2 };
const problems = [];
if (s.typed.overlap < floor.typedOverlap) problems.push(`typed mentions overlapping ${s.typed.overlap} < ${floor.typedOverlap}`);
if (s.clusters.ok < floor.clusters) problems.push(`same-entity groups ${s.clusters.ok} < ${floor.clusters}`);
if (s.conflicts.found < floor.conflicts) problems.push(`core conflicts ${s.conflicts.found} < ${floor.conflicts}`);
if (s.anomalies.found < floor.anomalies) problems.push(`anomalies ${s.anomalies.found} < ${floor.anomalies}`);
if (s.falseAlarms.length > floor.maxFalseAlarms) problems.push(`false alarms ${s.falseAlarms.length} > ${floor.maxFalseAlarms}`);
if (s.noise.warnings > s.noise.budget) problems.push(`warnings ${s.noise.warnings} over budget ${s.noise.budget}`);
if (problems.length) {
  console.error('seed bar not met: ' + problems.join('; '));
  process.exit(1);
}
console.log('seed bar met');
