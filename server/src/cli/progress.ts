// A one-line progress bar on stderr. It appears only on a terminal and only once the work
// has taken longer than a moment, so quick runs, pipes and CI logs never see it.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

export class ProgressBar {
  private readonly started: number;
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly delayMs = 300,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Cheap to call often: draws at most every 50 ms. */
  update(done: number, total: number, label: string): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < this.delayMs || (this.shown && t - this.lastDraw < 50 && done < total)) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write('\r' + renderBar(done, total, label, this.stream.columns || 80) + '\x1b[K');
  }

  /** Erases the bar so the next output starts on a clean line. */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

export function renderBar(done: number, total: number, label: string, columns: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const counter = `${done}/${total}`;
  const width = Math.max(10, Math.min(30, columns - counter.length - 20));
  const filled = Math.round(ratio * width);
  const head = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counter} `;
  const room = Math.max(0, columns - head.length - 1);
  const tail = label.length > room ? '…' + label.slice(label.length - room + 1) : label;
  return head + (room > 0 ? tail : '');
}
