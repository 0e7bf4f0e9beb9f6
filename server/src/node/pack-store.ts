// An append-only store of strings by key, in "pack" files: what the analysis cache keeps on
// disk. One file per entry cost the main thread ~0.3 ms of file creation and rename each
// (3 CPU-s for a 10,000-article folder); appending a record to an open file costs ~10 µs.
//
// A folder holds any number of packs. Each process appends to a pack of its own (named with
// its pid and a random suffix), so no two writers ever share a file and a record is written by
// one write() call. A record is a header line `CCP1 <key> <bytes>\n`, the value's UTF-8 bytes
// and a newline. Readers index every pack the first time they are asked; a record cut short
// (a writer that died, or one still writing) ends the scan of that pack, everything before it
// stays readable. Values are not checked here: the caller validates what it reads (cache.ts
// decodes and checks every entry) and forgets a key whose value is unusable.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const MAGIC = 'CCP1';
const NEWLINE = 0x0a;
/** A pack this large is closed and a new one started (keeps any one file a manageable size). */
const PACK_LIMIT = 256 * 1024 * 1024;
/** Packs this process has opened for writing (orders its pack names). */
let packsOpened = 0;

interface Located {
  file: string;
  offset: number;
  length: number;
}

export interface PackStoreOptions {
  /** Told once when writing fails (disk full, read-only folder): the store then stops writing. */
  onWriteError?: (message: string) => void;
}

export class PackStore {
  private index: Map<string, Located> | undefined;
  private own: { file: string; fd: number; size: number } | undefined;
  private writable = true;

  constructor(readonly dir: string, private readonly options: PackStoreOptions = {}) {}

  /** Records this store can read (the packs' records when first asked, and what it wrote since). */
  get size(): number {
    return this.located().size;
  }

  /** The value stored under `key`, or undefined (none, or its pack cannot be read now). */
  get(key: string): string | undefined {
    const at = this.located().get(key);
    if (!at) return undefined;
    let fd: number | undefined;
    try {
      fd = openSync(at.file, 'r');
      const bytes = Buffer.allocUnsafe(at.length);
      if (readSync(fd, bytes, 0, at.length, at.offset) !== at.length) return undefined;
      return bytes.toString('utf8');
    } catch {
      return undefined; // removed or unreadable since it was indexed: a miss
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Appends `value` under `key` (a later record wins). Never throws; false when not written. */
  put(key: string, value: string): boolean {
    if (!this.writable || !key || /\s/.test(key)) return false;
    try {
      const body = Buffer.from(value, 'utf8');
      const header = Buffer.from(`${MAGIC} ${key} ${body.length}\n`, 'latin1');
      const record = Buffer.concat([header, body, Buffer.from([NEWLINE])]);
      const own = this.ownPack(record.length);
      writeSync(own.fd, record);
      this.located().set(key, { file: own.file, offset: own.size + header.length, length: body.length });
      own.size += record.length;
      return true;
    } catch (e) {
      this.writable = false;
      this.close();
      this.options.onWriteError?.(`${this.dir} not written: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  /** Stops reading `key` in this process (its value was unusable; a new put replaces it). */
  forget(key: string): void {
    this.located().delete(key);
  }

  /** Closes this process's pack (a later put opens a new one). */
  close(): void {
    if (!this.own) return;
    try {
      closeSync(this.own.fd);
    } catch {
      // already closed
    }
    this.own = undefined;
  }

  private ownPack(adding: number): { file: string; fd: number; size: number } {
    if (this.own && this.own.size + adding > PACK_LIMIT) this.close();
    if (!this.own) {
      mkdirSync(this.dir, { recursive: true });
      // Names sort in the order packs were opened (time, then this process's count), so a
      // later record wins across packs as within one.
      const opened = `${Date.now().toString(36)}-${String(process.pid).padStart(10, '0')}-${String(++packsOpened).padStart(6, '0')}`;
      const file = path.join(this.dir, `${opened}-${randomBytes(4).toString('hex')}.pack`);
      const fd = openSync(file, 'a');
      this.own = { file, fd, size: fstatSync(fd).size };
    }
    return this.own;
  }

  private located(): Map<string, Located> {
    if (!this.index) {
      this.index = new Map();
      let names: string[] = [];
      try {
        names = readdirSync(this.dir).filter((n) => n.endsWith('.pack')).sort();
      } catch {
        // no folder yet: nothing stored
      }
      for (const name of names) scanPack(path.join(this.dir, name), this.index);
    }
    return this.index;
  }
}

/** Adds the complete records of one pack to `index`; stops at the first one that is not. */
function scanPack(file: string, index: Map<string, Located>): void {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return;
  }
  let pos = 0;
  while (pos < buf.length) {
    const eol = buf.indexOf(NEWLINE, pos);
    if (eol < 0 || eol - pos > 200) return;
    const parts = buf.toString('latin1', pos, eol).split(' ');
    const length = Number(parts[2]);
    if (parts.length !== 3 || parts[0] !== MAGIC || !parts[1] || !Number.isInteger(length) || length < 0) return;
    const offset = eol + 1;
    if (offset + length >= buf.length || buf[offset + length] !== NEWLINE) return;
    index.set(parts[1], { file, offset, length });
    pos = offset + length + 1;
  }
}
