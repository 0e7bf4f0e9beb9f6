// `--format sarif`: SARIF 2.1.0, the format code-scanning services and editors ingest.
// Columns are UTF-16 code units (SARIF's default `columnKind`, stated explicitly).
import type { Severity } from '../core/model';
import type { JsonFinding } from './report-json';
import type { ReportLocation } from './locations';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** SARIF has no "hint"; both informational severities become notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

const ROOT = 'CHECKEDROOT';

function physical(loc: ReportLocation) {
  return {
    artifactLocation: { uri: loc.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT },
    region: {
      startLine: loc.line,
      startColumn: loc.column,
      endLine: loc.endLine,
      endColumn: loc.endColumn,
      snippet: { text: loc.text },
    },
  };
}

export function buildSarif(opts: {
  rootUri: string;
  toolVersion: string;
  rules: readonly RuleInfo[];
  findings: readonly JsonFinding[];
}) {
  // Every rule that fired is listed even if the registry does not know it.
  const rules = [...opts.rules];
  for (const f of opts.findings) {
    if (!rules.some((r) => r.id === f.rule)) rules.push({ id: f.rule, description: f.rule, defaultSeverity: f.severity });
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'crosscheck',
          version: opts.toolVersion,
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { [ROOT]: { uri: opts.rootUri.endsWith('/') ? opts.rootUri : opts.rootUri + '/' } },
      results: opts.findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: physical(f) }],
        relatedLocations: f.related.map((r, i) => ({
          id: i + 1,
          physicalLocation: physical(r),
          message: { text: r.message },
        })),
        partialFingerprints: { 'crosscheckFindingId/v1': f.id },
        properties: { severity: f.severity, confidence: f.confidence },
      })),
    }],
  };
}
