// Driving the VS Code web workbench the way a user does: keyboard shortcuts, Quick Open,
// the command palette, the mouse on a word. Selectors are VS Code 1.100's DOM.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { waitFor } from './poll';

// These run inside the page (page.evaluate); declared here rather than pulling the DOM
// library into the whole project's type-check.
declare const document: { elementFromPoint(x: number, y: number): { closest(s: string): unknown; textContent: string | null; className: string } | null };
declare function getComputedStyle(el: unknown): { color: string; opacity: string };
declare function requestAnimationFrame(cb: () => void): void;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Related {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Problem {
  file: string;
  severity: string;
  message: string;
  /** The diagnostic's source ("crosscheck") and code (the rule id), shown as `source(code)`. */
  source: string;
  code: string;
  line: number;
  column: number;
  /** Related-information rows under the problem (the other sources of a conflict). */
  related: Related[];
}

export interface ScreenPoint {
  x: number;
  y: number;
}

export class Workbench {
  constructor(
    readonly page: Page,
    readonly url: string,
    readonly workspace: string,
    readonly screenshotDir: string,
  ) {
    mkdirSync(screenshotDir, { recursive: true });
  }

  async load(): Promise<void> {
    await this.page.goto(`${this.url}/?folder=${encodeURIComponent(this.workspace)}`);
    await this.ready();
  }

  /** Reloads the window (what "Developer: Reload Window" does in the browser). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  private async ready(): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 90_000 });
    await this.page.waitForSelector('.monaco-workbench .explorer-folders-view, .monaco-workbench .explorer-viewlet', { timeout: 60_000 });
  }

  async screenshot(name: string): Promise<string> {
    const file = join(this.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes whatever popup has the focus (hover, widget, quick input). */
  async escape(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Escape');
  }

  private async quickInput(shortcut: string, text: string, pick: (label: string) => boolean, what: string): Promise<void> {
    await this.escape();
    await this.page.keyboard.press(shortcut);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(text);
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    // The list re-sorts while results arrive: move the keyboard focus onto the wanted entry
    // and accept it with Enter, rather than clicking a row that may be replaced meanwhile.
    await waitFor(
      what,
      async () => {
        const items = await rows.evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? e.textContent ?? '', focused: e.classList.contains('focused') })));
        const focused = items.find((i) => i.focused);
        if (focused && pick(focused.label)) return true;
        if (items.some((i) => pick(i.label))) await this.page.keyboard.press('ArrowDown');
        return false;
      },
      { timeoutMs: 15_000, intervalMs: 150 },
      async () => JSON.stringify(await rows.evaluateAll((els) => els.map((e) => `${e.classList.contains('focused') ? '*' : ''}${e.getAttribute('aria-label')}`))),
    );
    await this.page.keyboard.press('Enter');
  }

  /** Runs a command by its palette title, as typed into Ctrl+Shift+P. */
  async command(title: string): Promise<void> {
    await this.quickInput('Control+Shift+P', `>${title}`, (l) => l.toLowerCase().startsWith(title.toLowerCase()), `command "${title}" in the palette`);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor is active. */
  async openFile(name: string): Promise<void> {
    await this.quickInput('Control+P', name, (l) => l.split(',')[0].trim() === name, `"${name}" in Quick Open`);
    await this.waitForActiveEditor(name);
  }

  async waitForActiveEditor(name: string, timeoutMs = 15_000): Promise<void> {
    await waitFor(
      `the editor of ${name} to be active`,
      async () => (await this.activeTab()) === name && (await this.page.locator('.editor-instance .monaco-editor .view-line').count()) > 0,
      { timeoutMs },
      async () => `active tab ${await this.activeTab()}`,
    );
  }

  async activeTab(): Promise<string | undefined> {
    const label = await this.page.locator('.tabs-container .tab.active').first().getAttribute('aria-label').catch(() => null);
    return label?.split(',')[0].trim();
  }

  /** Cursor position from the status bar ("Ln 12, Col 5"), 1-based. */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const texts = await this.page.locator('.part.statusbar .statusbar-item').allTextContents();
    for (const t of texts) {
      const m = /Ln (\d+), Col (\d+)/.exec(t);
      if (m) return { line: Number(m[1]), column: Number(m[2]) };
    }
    return undefined;
  }

  /** Moves the cursor with Go to Line (Ctrl+G), 1-based, and waits for the status bar to agree. */
  async goTo(line: number, column: number): Promise<void> {
    await this.escape();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await waitFor(`the cursor at ${line}:${column}`, async () => {
      const c = await this.cursor();
      return c?.line === line && c.column === column;
    }, { timeoutMs: 10_000 }, async () => JSON.stringify(await this.cursor()));
  }

  /** Where the (primary) cursor is drawn on screen. */
  async cursorPoint(): Promise<ScreenPoint> {
    const box = await this.page.locator('.editor-instance .monaco-editor.focused .cursors-layer .cursor').first().boundingBox();
    if (!box) throw new Error('no visible cursor in the active editor');
    return { x: box.x, y: box.y + box.height / 2 };
  }

  /** The rendered token span at a screen point, with its colour and text. */
  async spanAt(p: ScreenPoint): Promise<{ text: string; color: string; className: string } | undefined> {
    return this.page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      if (!el || !el.closest('.view-line')) return undefined;
      return { text: el.textContent ?? '', color: getComputedStyle(el).color, className: el.className };
    }, p);
  }

  /** The editor's default text colour (what an uncoloured word is drawn in). */
  async editorForeground(): Promise<string> {
    return this.page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((el) => getComputedStyle(el).color);
  }

  visibleHover() {
    return this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  }

  /** Waits for the hover's fade-in to finish (for a screenshot that shows it fully). */
  async hoverSettled(): Promise<void> {
    const hover = this.visibleHover();
    await waitFor('the hover to finish fading in', () => hover.evaluate((el) => getComputedStyle(el).opacity === '1'), { timeoutMs: 5000, intervalMs: 50 });
  }

  /** Resolves after the workbench has rendered twice (scrolls and list updates are drawn). */
  async nextFrame(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  }

  /** Rows of the Problems panel, read by scrolling through its (virtualised) tree. */
  async problems(): Promise<Problem[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
    }
    const list = panel.locator('.monaco-list').first();
    if (!(await list.isVisible().catch(() => false))) return []; // "No problems have been detected"
    type Row = { index: number; level: string; aria: string; message: string; source: string; code: string; lineCol: string; text: string };
    const read = () =>
      list.locator('.monaco-list-row').evaluateAll((els) =>
        els.map((e) => ({
          index: Number(e.getAttribute('data-index')),
          level: e.getAttribute('aria-level') ?? '',
          aria: e.getAttribute('aria-label') ?? '',
          message: [...e.querySelectorAll('.marker-message')].map((m) => m.textContent ?? '').join('\n'),
          source: e.querySelector('.marker-source')?.textContent ?? '',
          code: e.querySelector('.marker-code')?.textContent ?? '',
          lineCol: e.querySelector('.marker-line')?.textContent ?? '',
          text: e.textContent ?? '',
        })),
      );
    const rows = new Map<number, Row>();
    const box = await list.boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const step = (box?.height ?? 200) * 0.8;
    // Scroll back to the top (a page at a time: one huge wheel event does not get there),
    // then down a page at a time until no new rows appear.
    const toTop = async () => {
      let previous = '';
      for (let i = 0; i < 200; i++) {
        const indices = (await read()).map((r) => r.index).sort((a, b) => a - b).join(',');
        if (indices === previous && indices.startsWith('0')) break;
        previous = indices;
        await this.page.mouse.wheel(0, -step * 4);
        await this.nextFrame();
      }
    };
    await toTop();
    let stale = 0;
    while (stale < 2) {
      const before = rows.size;
      for (const r of await read()) rows.set(r.index, r);
      stale = rows.size === before ? stale + 1 : 0;
      await this.page.mouse.wheel(0, step);
      await this.nextFrame();
    }
    await toTop(); // leave the panel as a reader would first see it
    const out: Problem[] = [];
    let file = '';
    for (const r of [...rows.values()].sort((a, b) => a.index - b.index)) {
      const fileRow = /problems? in file (.+?) of folder/.exec(r.aria);
      if (r.level === '1' && fileRow) {
        file = fileRow[1];
      } else if (r.level === '2') {
        const pos = /\[Ln (\d+), Col (\d+)\]/.exec(r.lineCol);
        out.push({
          file,
          severity: r.aria.split(':')[0],
          message: r.message,
          source: r.source.trim(),
          code: r.code.trim(),
          line: pos ? Number(pos[1]) : 0,
          column: pos ? Number(pos[2]) : 0,
          related: [],
        });
      } else if (r.level === '3' && out.length) {
        // "other.txt[Ln 6, Col 1]: what the other source says"
        const rel = /^\s*(.+?)\[Ln (\d+), Col (\d+)\]:\s*([\s\S]*)$/.exec(r.text);
        if (rel) out[out.length - 1].related.push({ file: rel[1].trim(), line: Number(rel[2]), column: Number(rel[3]), message: rel[4].trim() });
      }
    }
    return out;
  }
}
