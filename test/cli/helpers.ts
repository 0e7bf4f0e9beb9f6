// Shared by the CLI tests: run the built binary, make temporary article folders, and check
// report locations against the files with a line splitter of their own (not the product's).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');
export const SAMPLES = join(REPO, 'samples');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` (what bin/crosscheck.js loads) and waits for it. */
export function crosscheck(args: string[], cwd: string = REPO): RunResult {
  assert.ok(existsSync(CLI), `${CLI} is missing: run 'npm run build' first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `crosscheck-cli-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A temporary copy of samples/ (articles only). */
export function copySamples(label: string): string {
  const dir = tempDir(label);
  for (const name of readdirSync(SAMPLES)) {
    if (name.endsWith('.txt')) cpSync(join(SAMPLES, name), join(dir, name));
  }
  return dir;
}

/** sha256 of every regular file under dir (symlinks by their target path), keyed by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = prefix + name;
      const st = lstatSync(path);
      if (st.isDirectory()) walk(path, rel + '/');
      else if (st.isFile()) out[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
      else out[rel] = st.isSymbolicLink() ? 'symlink' : 'special';
    }
  };
  walk(dir, '');
  return out;
}

export interface Loc {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * The text a report location points at in the file as the editor shows it (a UTF-8 BOM is
 * not shown). Lines end at \n, \r\n or a lone \r; columns are UTF-16 code units, 1-based.
 */
export function textAt(root: string, loc: Loc): string {
  let text = readFileSync(join(root, loc.path), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  const offset = (line: number, column: number) => {
    assert.ok(line >= 1 && line <= starts.length, `line ${line} out of range in ${loc.path}`);
    return starts[line - 1] + column - 1;
  };
  return text.slice(offset(loc.line, loc.column), offset(loc.endLine, loc.endColumn));
}

/** Asserts that a location has the report fields with sane values and points at its text. */
export function assertLocation(root: string, loc: Loc, what: string): void {
  assert.equal(typeof loc.path, 'string', `${what}: path`);
  assert.ok(!loc.path.includes('\\') && !loc.path.startsWith('/') && !loc.path.startsWith('..'), `${what}: path '${loc.path}' must be relative with /`);
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
    assert.ok(Number.isInteger(loc[k]) && loc[k] >= 1, `${what}: ${k} = ${loc[k]}`);
  }
  assert.ok(loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn >= loc.column), `${what}: end before start`);
  assert.equal(textAt(root, loc), loc.text, `${what}: text at ${loc.path}:${loc.line}:${loc.column}`);
}

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'misc', 'date', 'quantity'];
export const SEVERITIES = ['error', 'warning', 'information', 'hint'];

// The report schema of shared/gold/README.md, as far as the tests read it.
export interface Report {
  version: number;
  root: string;
  documents: Array<{ path: string; title: string | null; published: string | null }>;
  entities: Array<{ id: string; name: string; type: string; mentions: Loc[] }>;
  claims: Array<Loc & { id: string; entities: string[]; sources: number }>;
  findings: Array<Loc & { id: string; rule: string; severity: string; message: string; related: Array<Loc & { message: string }> }>;
}

/** Checks every field of the JSON report schema and every location against the files. */
export function assertReport(root: string, report: Report): void {
  assert.equal(report.version, 1);
  assert.equal(report.root, root);
  assert.ok(Array.isArray(report.documents) && report.documents.length > 0, 'documents');
  for (const d of report.documents) {
    assert.ok(existsSync(join(root, d.path)), `document ${d.path} exists`);
    assert.ok(d.title === null || typeof d.title === 'string');
    assert.ok(d.published === null || /^\d{4}-\d{2}-\d{2}$/.test(d.published), `published ${d.published}`);
  }
  const ids = new Set<string>();
  for (const e of report.entities) {
    assert.ok(typeof e.id === 'string' && !ids.has(e.id), `entity id ${e.id}`);
    ids.add(e.id);
    assert.ok(typeof e.name === 'string' && e.name.length > 0, `entity ${e.id} name`);
    assert.ok(ENTITY_TYPES.includes(e.type), `entity ${e.id} type ${e.type}`);
    assert.ok(e.mentions.length > 0, `entity ${e.id} has mentions`);
    for (const m of e.mentions) assertLocation(root, m, `mention of ${e.id}`);
  }
  for (const c of report.claims) {
    assertLocation(root, c, `claim ${c.id}`);
    assert.ok(c.entities.every((id) => ids.has(id)), `claim ${c.id} entities exist`);
    assert.ok(Number.isInteger(c.sources) && c.sources >= 1, `claim ${c.id} sources`);
  }
  for (const f of report.findings) {
    assert.ok(typeof f.id === 'string' && f.id.length > 0, 'finding id');
    assert.match(f.rule, /^[a-z0-9-]+$/);
    assert.ok(SEVERITIES.includes(f.severity), `severity ${f.severity}`);
    assert.ok(f.message.length > 0, 'finding message');
    assertLocation(root, f, `finding ${f.id}`);
    for (const r of f.related) {
      assertLocation(root, r, `related of ${f.id}`);
      assert.equal(typeof r.message, 'string');
    }
  }
}

export function parseJson<T = Report>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    assert.fail(`stdout is not JSON (exit ${r.code}):\n${r.stdout.slice(0, 500)}\nstderr:\n${r.stderr.slice(0, 2000)}`);
  }
}
