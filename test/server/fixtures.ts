// Made-up articles about one invented story (a mine collapse in the fictional town of
// Brenholt), written for these tests, and helpers to place them in a temporary workspace.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NORTH_POST = [
  'Miners killed in Brenholt pit collapse',
  'By Sara Lindgren',
  'October 9, 2025',
  'A tunnel collapsed on Tuesday at the Brenholt coal mine, which is run by Kestrel Mining Group.',
  'The collapse in Brenholt killed 14 miners, officials said.',
  'Regional Governor Ilse Marrow said rescuers had reached the lower shaft. “We will not stop until every family has answers,” Marrow said.',
  'The mine employs 800 people in Brenholt.',
  '© 2025 North Post. All rights reserved.',
].join('\n');

export const VALLEY_HERALD = [
  'Death toll rises at Brenholt mine',
  'By Tomas Reyes',
  '9 October 2025',
  'The collapse in Brenholt killed 19 miners on Tuesday, Kestrel Mining Group said.',
  'Regional Governor Ilse Marrow visited the site on Wednesday and promised an independent inquiry.',
  'Subscribe to the Valley Herald for daily news.',
].join('\n');

export const EAST_BULLETIN = [
  'Kestrel Mining Group suspends work at its coal pits',
  'By Ana Costa',
  '10 October 2025',
  'Kestrel Mining Group halted all work at its coal mines after Tuesday’s collapse.',
  'Governor Ilse Marrow said the inquiry would report within three months.',
].join('\n');

export function tempWorkspace(files: Record<string, string | Uint8Array>): { dir: string; uri(name: string): string; path(name: string): string; remove(): void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'crosscheck-lsp-')));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return {
    dir,
    uri: (name) => pathToFileURL(join(dir, name)).href,
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** LSP position of the `nth` occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`“${needle}” not in text`);
  }
  offset += delta;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text a single-line range covers. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line !== range.end.line) return `${lines[range.start.line].slice(range.start.character)}…`;
  return lines[range.start.line].slice(range.start.character, range.end.character);
}
