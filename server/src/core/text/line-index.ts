// Offset <-> (line, character) conversion over UTF-16 offsets. The one place that knows
// how lines end: "\n", "\r\n" and a lone "\r" each end a line, as in LSP and the editor.

export interface LineChar {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit within the line. */
  character: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of an offset; offsets outside the text are clamped. */
  position(offset: number): LineChar {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** Offset of a position; a character past the line's end is clamped to the end of the line. */
  offset(pos: LineChar): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just before the line break (or the text end) of a line. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length + 1;
    let end = next - 1;
    if (line + 1 >= this.starts.length) return this.text.length;
    if (this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
