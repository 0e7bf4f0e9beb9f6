// `crosscheck check samples` reports every conflict planted in the samples and none of the
// agreements (samples/expected.json, described in samples/README.md), and nothing on page
// furniture. Spans are matched the way shared/tools/score-report.mjs matches them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Loc, Report } from './helpers';
import { SAMPLES, crosscheck, parseJson } from './helpers';

interface GoldRef { doc: string; text: string; nth?: number }
interface GoldPair { id: string; a: GoldRef; b: GoldRef[] }
interface Gold { conflicts: GoldPair[]; compatible: GoldPair[]; variants: GoldPair[] }

const gold: Gold = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8'));
const texts = new Map<string, string>();
const text = (doc: string) => {
  if (!texts.has(doc)) texts.set(doc, readFileSync(join(SAMPLES, doc), 'utf8'));
  return texts.get(doc)!;
};

interface Range { doc: string; start: number; end: number }
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The nth whole-word occurrence of the text in its document. */
function goldRange(ref: GoldRef): Range {
  const t = text(ref.doc);
  let seen = 0;
  for (let i = t.indexOf(ref.text); i >= 0; i = t.indexOf(ref.text, i + 1)) {
    const end = i + ref.text.length;
    if ((!isWord(ref.text[0]) || !isWord(t[i - 1])) && (!isWord(ref.text.at(-1)) || !isWord(t[end])) && ++seen === (ref.nth ?? 1)) {
      return { doc: ref.doc, start: i, end };
    }
  }
  throw new Error(`expected.json: '${ref.text}' not found in ${ref.doc}`);
}

function reportRange(loc: Loc): Range {
  const t = text(loc.path);
  const starts = [0];
  for (let i = 0; i < t.length; i++) if (t[i] === '\n') starts.push(i + 1);
  return { doc: loc.path, start: starts[loc.line - 1] + loc.column - 1, end: starts[loc.endLine - 1] + loc.endColumn - 1 };
}

const overlaps = (a: Range, b: Range) => a.doc === b.doc && a.start < b.end && b.start < a.end;
const RANK: Record<string, number> = { hint: 0, information: 1, warning: 2, error: 3 };

describe('crosscheck check samples', () => {
  let report: Report;
  let findings: Array<{ rule: string; severity: string; message: string; at: Range; related: Range[] }>;

  before(() => {
    const r = crosscheck(['check', SAMPLES, '--format', 'json']);
    report = parseJson(r);
    findings = report.findings.map((f) => ({ ...f, at: reportRange(f), related: f.related.map(reportRange) }));
  });

  /** Findings of at least information severity that link one side of the pair to the other. */
  function linking(pair: GoldPair) {
    const a = goldRange(pair.a);
    const bs = pair.b.map(goldRange);
    return findings.filter((f) => RANK[f.severity] >= 1 && (
      (overlaps(f.at, a) && f.related.some((r) => bs.some((b) => overlaps(r, b)))) ||
      (bs.some((b) => overlaps(f.at, b)) && f.related.some((r) => overlaps(r, a)))));
  }

  const describeFindings = () => findings.map((f) => `${f.severity} ${f.rule} ${f.at.doc}@${f.at.start}: ${f.message}`).join('\n');

  for (const pair of gold.conflicts) {
    it(`reports the planted conflict ${pair.id} ('${pair.a.text}' vs '${pair.b[0].text}')`, () => {
      assert.ok(linking(pair).length > 0, `not reported; findings:\n${describeFindings()}`);
    });
  }

  for (const pair of [...gold.compatible, ...gold.variants]) {
    it(`does not report the agreement ${pair.id} ('${pair.a.text}' / '${pair.b[0].text}')`, () => {
      const wrong = linking(pair);
      assert.deepEqual(wrong.map((f) => `${f.rule}: ${f.message}`), []);
    });
  }

  it('finds nothing in page furniture', () => {
    const FURNITURE = /^(Related|Read more|You might also like|Most read|Related articles):|^Subscribe|^Sign up|^Advertisement$|^Share this article|©|^Copyright/;
    for (const f of report.findings) {
      for (const loc of [f, ...f.related]) {
        const line = text(loc.path).split('\n')[loc.line - 1];
        assert.ok(!FURNITURE.test(line), `${f.rule} on furniture: ${loc.path}:${loc.line}: ${line}`);
      }
    }
    for (const c of report.claims) {
      const line = text(c.path).split('\n')[c.line - 1];
      assert.ok(!FURNITURE.test(line), `claim on furniture: ${c.path}:${c.line}: ${line}`);
    }
  });
});
