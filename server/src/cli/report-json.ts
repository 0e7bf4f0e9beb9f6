// `--format json`: the report whose schema is fixed in shared/gold/README.md (other tools
// read it). Extra fields (ids, aliases, confidence) are additions; none are renamed.
import type { CoreReport } from '../core/api';
import type { Finding, Severity } from '../core/model';
import type { LocationMapper, ReportLocation } from './locations';

export interface JsonFinding extends ReportLocation {
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  confidence: number;
  related: Array<ReportLocation & { message: string }>;
  /** Marked reviewed in the annotation store (only with --show-reviewed). */
  reviewed?: boolean;
}

export interface JsonReport {
  version: 1;
  root: string;
  documents: Array<{ path: string; title: string | null; published: string | null }>;
  entities: Array<{ id: string; name: string; type: string; aliases: string[]; mentions: ReportLocation[] }>;
  claims: Array<ReportLocation & { id: string; entities: string[]; sources: number }>;
  findings: JsonFinding[];
}

const byPosition = (a: ReportLocation, b: ReportLocation): number =>
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;

export function jsonFinding(f: Finding, map: LocationMapper): JsonFinding {
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    confidence: f.confidence,
    ...map.location(f),
    related: f.related.map((r) => ({ ...map.location(r), message: r.message })),
    ...(f.reviewed ? { reviewed: true } : {}),
  };
}

/** Findings in reading order: by path, then position, then rule. */
export function sortedFindings(findings: readonly Finding[], map: LocationMapper): JsonFinding[] {
  return findings
    .map((f) => jsonFinding(f, map))
    .sort((a, b) => byPosition(a, b) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

export function buildJsonReport(report: CoreReport, root: string, map: LocationMapper): JsonReport {
  return {
    version: 1,
    root,
    documents: report.documents
      .map((d) => ({ path: map.path(d.uri), title: d.title ?? null, published: d.published ?? null }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    entities: report.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentionLocations.map((l) => map.location(l)).sort(byPosition),
    })),
    claims: report.claims.map((c) => ({
      id: c.id,
      ...map.location(c),
      entities: c.entities,
      sources: c.sources,
    })),
    findings: sortedFindings(report.findings, map),
  };
}
