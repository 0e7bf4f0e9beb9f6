// `crosscheck check` on a copy of the samples, in all three formats: the JSON report follows
// the schema, SARIF 2.1.0 says the same as JSON, and text lines read like a compiler's.
import assert from 'node:assert/strict';
import { basename, dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Report } from './helpers';
import { assertLocation, assertReport, copySamples, crosscheck, parseJson, removeDir, snapshot } from './helpers';

const TEXT_LINE = /^(.+?):(\d+):(\d+): (error|warning|information|hint) ([a-z0-9-]+): (.+)$/;
const RELATED_LINE = /^  (.+?):(\d+):(\d+): related: (.*)$/;

describe('crosscheck check: output formats', () => {
  let root: string;
  let before_: Record<string, string>;
  let report: Report;
  let jsonExit: number | null;
  let sarif: any;
  const ruleIds = (): string[] => sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);

  before(() => {
    root = copySamples('formats');
    before_ = snapshot(root);
    const r = crosscheck(['check', root, '--format', 'json']);
    jsonExit = r.code;
    report = parseJson(r);
    const sr = crosscheck(['check', root, '--format', 'sarif']);
    assert.equal(sr.code, jsonExit);
    sarif = parseJson<any>(sr);
  });
  after(() => removeDir(root));

  it('json: follows the report schema, every location points at its text', () => {
    assertReport(root, report);
    assert.deepEqual(report.documents.map((d) => d.path), Object.keys(before_).filter((p) => p.endsWith('.txt')));
    assert.ok(report.entities.length > 0 && report.claims.length > 0 && report.findings.length > 0);
  });

  it('json: documents carry their title and dateline', () => {
    const byPath = Object.fromEntries(report.documents.map((d) => [d.path, d]));
    assert.equal(byPath['harbour-gazette.txt'].title, 'Ferry capsizes on Lake Tervana, killing 23');
    assert.equal(byPath['harbour-gazette.txt'].published, '2026-03-15');
    assert.equal(byPath['northern-wire.txt'].published, '2026-03-15');
    assert.equal(byPath['daily-ledger.txt'].published, '2026-03-16');
    assert.equal(byPath['evening-courier.txt'].published, '2026-04-02');
  });

  it('exits 1 exactly when a finding is a warning or an error', () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
    assert.equal(jsonExit, warnings.length ? 1 : 0);
  });

  it('text: one compiler-style line per finding, in the JSON order; exit 1 on warnings', () => {
    assert.ok(report.findings.length > 0, 'the samples have planted conflicts');
    // Every rule raised to warning, so the exit code does not depend on the rules' defaults.
    const raise = ruleIds().flatMap((id) => ['--rule', `${id}=warning`]);
    const text = crosscheck(['check', root, '--format', 'text', ...raise], root);
    assert.equal(text.code, 1);
    const lines = text.stdout.trimEnd().split('\n');
    const main = lines.filter((l) => !l.startsWith('  '));
    assert.equal(main.length, report.findings.length);
    for (const [i, line] of main.entries()) {
      const m = TEXT_LINE.exec(line);
      assert.ok(m, `not a compiler-style line: ${line}`);
      const f = report.findings[i];
      // Run from inside the root, so paths print as the report has them.
      assert.deepEqual([m[1], Number(m[2]), Number(m[3]), m[4], m[5]], [f.path, f.line, f.column, 'warning', f.rule]);
    }
    const related = lines.filter((l) => l.startsWith('  '));
    assert.equal(related.length, report.findings.reduce((n, f) => n + f.related.length, 0));
    for (const line of related) assert.match(line, RELATED_LINE);
    assert.match(text.stderr, new RegExp(`crosscheck: 5 articles: ${report.findings.length} warnings?\n$`));
    assert.ok(!text.stderr.includes('\r'), 'no progress bar when stderr is not a terminal');
  });

  it('text paths are relative to the current folder', () => {
    const r = crosscheck(['check', basename(root)], dirname(root));
    const first = r.stdout.split('\n')[0];
    assert.ok(first.startsWith(basename(root) + '/'), first);
  });

  it('sarif: 2.1.0 with the rules, locations, related locations and fingerprints', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'crosscheck');
    assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
    const ruleIds = run.tool.driver.rules.map((x: any) => x.id);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
    }
    const base = run.originalUriBaseIds.CHECKEDROOT.uri;
    assert.equal(base, `file://${root}/`);
    assert.equal(run.results.length, report.findings.length);
    const toLoc = (p: any, text?: string) => ({
      path: decodeURIComponent(p.artifactLocation.uri),
      line: p.region.startLine, column: p.region.startColumn,
      endLine: p.region.endLine, endColumn: p.region.endColumn,
      text: text ?? p.region.snippet.text,
    });
    const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as Record<string, string>;
    for (const [i, res] of run.results.entries()) {
      const f = report.findings[i];
      assert.equal(res.ruleId, f.rule);
      assert.ok(ruleIds.includes(res.ruleId));
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.equal(res.level, level[f.severity]);
      assert.equal(res.message.text, f.message);
      assert.equal(res.partialFingerprints['crosscheckFindingId/v1'], f.id);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uriBaseId, 'CHECKEDROOT');
      const { text, ...where } = toLoc(loc);
      assert.deepEqual(where, { path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });
      assertLocation(root, { ...where, text }, `sarif result ${i}`);
      assert.equal(res.relatedLocations.length, f.related.length);
      for (const rel of res.relatedLocations) assertLocation(root, toLoc(rel.physicalLocation), `sarif related of ${i}`);
    }
  });

  it('--rule lowers or turns off rules; exit 0 when nothing is a warning', () => {
    const rules = ruleIds();
    const args = rules.flatMap((id) => ['--rule', `${id}=hint`]);
    const r = crosscheck(['check', root, '--format', 'json', ...args]);
    assert.equal(r.code, 0, r.stderr);
    const lowered = parseJson(r);
    assert.ok(lowered.findings.length > 0 && lowered.findings.every((f) => f.severity === 'hint'));

    const off = crosscheck(['check', root, '--format', 'json', ...rules.flatMap((id) => ['--rule', `${id}=off`])]);
    assert.equal(off.code, 0, off.stderr);
    assert.deepEqual(parseJson(off).findings, []);
  });

  it('checks named files, and never writes into the articles', () => {
    const r = crosscheck(['check', `${root}/harbour-gazette.txt`, `${root}/tervana-today.txt`, '--format', 'json']);
    const two = parseJson(r);
    assert.equal(two.root, root);
    assert.deepEqual(two.documents.map((d) => d.path), ['harbour-gazette.txt', 'tervana-today.txt']);
    assert.deepEqual(snapshot(root), before_);
  });
});
