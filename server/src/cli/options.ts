// Parsing of option values shared by subcommands. Each throws UsageError with a message
// that says what was wrong and what is accepted.
import type { RuleSeverity } from '../core/api';
import { RULES } from '../core/rules/registry';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE } from '../node/host';
import { UsageError } from './io';

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "5000000", "512k", "5MB" -> bytes. */
export function parseSize(value: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    throw new UsageError(`${option} expects a size in bytes (e.g. 5000000, 512k, 5MB), got '${value}'`);
  }
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes <= 0) throw new UsageError(`${option} must be more than 0`);
  return bytes;
}

const SEVERITY_WORDS: Record<string, RuleSeverity> = {
  error: 'error', warning: 'warning', warn: 'warning', information: 'information', info: 'information',
  hint: 'hint', off: 'off', none: 'off',
};

/** ["name-mismatch=off", "date-conflict=error"] -> { 'name-mismatch': 'off', … }. */
export function parseRuleSeverities(values: readonly string[], knownRules?: readonly string[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  for (const v of values) {
    const m = /^\s*([\w.-]+)\s*[=:]\s*(\w+)\s*$/.exec(v);
    const severity = m ? SEVERITY_WORDS[m[2].toLowerCase()] : undefined;
    if (!m || !severity) {
      throw new UsageError(`--rule expects id=severity with severity error|warning|information|hint|off, got '${v}'`);
    }
    if (knownRules && knownRules.length && !knownRules.includes(m[1])) {
      throw new UsageError(`--rule: unknown rule '${m[1]}' (rules: ${knownRules.join(', ')})`);
    }
    out[m[1]] = severity;
  }
  return out;
}

export function parseChoice<T extends string>(value: string | undefined, choices: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${choices.join(', ')}, got '${value}'`);
}

/** The options every command that reads articles shares: which files, their size limit, rule severities. */
export interface ArticleSelection {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severities: Record<string, RuleSeverity>;
}

export function parseArticleSelection(values: { include?: string[]; exclude?: string[]; 'max-file-size'?: string; rule?: string[] }): ArticleSelection {
  return {
    include: values.include ?? [...DEFAULT_INCLUDE],
    exclude: values.exclude ?? [],
    maxFileSize: values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values['max-file-size'], '--max-file-size'),
    severities: parseRuleSeverities(values.rule ?? [], RULES.map((r) => r.id)),
  };
}
