// Shared by the vsix unit test and the end-to-end suite: where the .vsix is, building it
// when it is missing or older than the bundles, and listing what it holds.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yauzl from 'yauzl';

export const ROOT = resolve(import.meta.dirname, '../..');

export function manifest(root = ROOT): { name: string; publisher: string; version: string } {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

export function vsixPath(root = ROOT): string {
  const { name, version } = manifest(root);
  return join(root, `${name}-${version}.vsix`);
}

/** What the package is built from: a newer one of these means the .vsix is stale. */
const INPUTS = ['package.json', '.vscodeignore', 'dist/client.js', 'dist/server.js', 'models/ner.bin', 'README.md'];

function isStale(vsix: string, root: string): boolean {
  if (!existsSync(vsix)) return true;
  const built = statSync(vsix).mtimeMs;
  return INPUTS.some((f) => existsSync(join(root, f)) && statSync(join(root, f)).mtimeMs > built);
}

/**
 * Returns the .vsix path, running `npm run package` first when there is none or it is
 * older than its inputs (`always` forces a rebuild, as the end-to-end suite wants).
 */
export function ensureVsix(opts: { always?: boolean; root?: string } = {}): string {
  const root = opts.root ?? ROOT;
  const vsix = vsixPath(root);
  if (opts.always || isStale(vsix, root)) {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return vsix;
}

export interface ZipEntry {
  name: string;
  size: number;
}

export function listZip(file: string): Promise<ZipEntry[]> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      const entries: ZipEntry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push({ name: e.fileName, size: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolvePromise(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export function readZipEntry(file: string, name: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolvePromise(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in ${file}`)));
      zip.readEntry();
    });
  });
}
