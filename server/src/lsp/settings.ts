// The `crosscheck.*` settings as the server uses them. Whatever the client sends (missing keys,
// wrong types, a hand-edited settings.json) becomes a valid Settings; bad values fall back to
// the defaults instead of breaking indexing.
import type { RuleSeverity } from '../core/api';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE } from '../node/host';

export interface Settings {
  include: string[];
  exclude: string[];
  /** Bytes; larger files are skipped with a log line. */
  maxFileSize: number;
  rules: Record<string, RuleSeverity>;
}

export const DEFAULT_SETTINGS: Settings = {
  include: [...DEFAULT_INCLUDE],
  exclude: [...DEFAULT_EXCLUDE],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  rules: {},
};

const SEVERITIES = new Set<RuleSeverity>(['error', 'warning', 'information', 'hint', 'off']);

function globList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
}

export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = {};
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev as RuleSeverity)) rules[id] = sev as RuleSeverity;
    }
  }
  const size = r.maxFileSize;
  // No include globs would mean no articles at all; the file lister reads it as the default too.
  const include = globList(r.include, DEFAULT_SETTINGS.include);
  return {
    include: include.length ? include : DEFAULT_SETTINGS.include,
    exclude: globList(r.exclude, DEFAULT_SETTINGS.exclude),
    maxFileSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSize,
    rules,
  };
}

/** True when a change to these settings means the set of article files must be re-listed. */
export function filesChanged(a: Settings, b: Settings): boolean {
  return a.maxFileSize !== b.maxFileSize
    || JSON.stringify(a.include) !== JSON.stringify(b.include)
    || JSON.stringify(a.exclude) !== JSON.stringify(b.exclude);
}
