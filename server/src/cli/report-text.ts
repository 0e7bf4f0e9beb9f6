// `--format text`: one compiler-style line per finding, so terminals and editors make the
// location clickable, each followed by indented lines for the related locations.
import type { Severity } from '../core/model';
import type { JsonFinding } from './report-json';

export function formatTextFindings(findings: readonly JsonFinding[], displayPath: (path: string) => string): string {
  const out: string[] = [];
  for (const f of findings) {
    const reviewed = f.reviewed ? ' (reviewed)' : '';
    out.push(`${displayPath(f.path)}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${oneLine(f.message)}${reviewed}`);
    for (const r of f.related) {
      out.push(`  ${displayPath(r.path)}:${r.line}:${r.column}: related: ${oneLine(r.message || r.text)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'information' ? '' : 's'}`;
}

/** "5 articles: 1 error, 4 warnings, 2 hints; skipped 1 file". */
export function summaryLine(articles: number, findings: readonly { severity: Severity }[], skipped: number): string {
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s));
  const parts = `${plural(articles, 'article')}: ${counts.length ? counts.join(', ') : 'no findings'}`;
  return skipped ? `${parts}; skipped ${plural(skipped, 'file')}` : parts;
}
