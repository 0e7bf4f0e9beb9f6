// Debounced, superseding queue of document updates. While the user types, each change replaces
// the one queued for the same document (only the newest version is ever analysed); the batch
// runs once the typing pauses, or at once when a request needs the current text (flush). The
// first change after a pause runs at once: a single edit (a corrected figure, a paste) shows
// without waiting, and only a burst of typing is held back.
import type { DocumentInput } from '../core/model';

export type Update = { kind: 'set'; input: DocumentInput } | { kind: 'remove'; uri: string };

export class UpdateQueue {
  private readonly pending = new Map<string, Update>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPush = -Infinity;

  /** `apply` runs a whole batch (synchronously); it is never called with an empty batch. */
  constructor(private readonly delayMs: number, private readonly apply: (batch: Update[]) => void) {}

  push(update: Update, delayMs = this.delayMs): void {
    const uri = update.kind === 'set' ? update.input.uri : update.uri;
    const old = this.pending.get(uri);
    // An older version never replaces a newer one that is already queued.
    if (old?.kind === 'set' && update.kind === 'set' && old.input.version > update.input.version) return;
    this.pending.set(uri, update);
    const now = Date.now();
    const quiet = now - this.lastPush >= delayMs;
    this.lastPush = now;
    this.arm(quiet ? 0 : delayMs);
  }

  /** Drops whatever is queued for a document (e.g. it was closed before the timer fired). */
  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  has(uri: string): boolean {
    return this.pending.has(uri);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Applies everything queued now. Returns true when there was anything to apply. */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return false;
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.apply(batch);
    return true;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private arm(delayMs: number): void {
    // Restart the wait on every change: the batch runs after a pause in typing.
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delayMs);
  }
}
