// Crosscheck in a real VS Code (1.100.3, from code-server) driven through headless Chromium:
// the packaged .vsix is installed into a throw-away extensions folder and a copy of
// samples/ is opened, then each step does what a user would and checks what they would see.
// Every wait polls for a condition; nothing sleeps for a fixed time.
//
//   npm run test:e2e            (CROSSCHECK_E2E_EXTENSION_DIR=<unpacked extension> to test a
//                                modified copy of the built extension instead of the .vsix)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureVsix } from '../../scripts/e2e/vsix';
import { ROOT, installVsix, makeSandbox, removeSandbox, setupCodeServer, startCodeServer, type RunningCodeServer, type Sandbox } from './lib/code-server';
import { activationLine, extensionErrors, outputChannelLogs } from './lib/logs';
import { waitFor } from './lib/poll';
import { EXPECTED_MESSAGE, locate, readGold, type GoldConflict, type Place } from './lib/samples';
import { Workbench, launchChromium, type Problem } from './lib/workbench';

const SAMPLES = join(ROOT, 'samples');
const SHOTS = join(ROOT, 'test-results', 'e2e');
const CHANNEL = 'Crosscheck';
const SOURCE = 'crosscheck';
const gold = readGold(SAMPLES);

let box: Sandbox | undefined;
let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let wb: Workbench;
let extensionId = '';
let extensionDir = '';
const started = Date.now();

function log(message: string): void {
  console.log(`[e2e +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

before(async () => {
  const t0 = Date.now();
  const ownDir = process.env.CROSSCHECK_E2E_EXTENSION_DIR;
  const vsix = ownDir ? undefined : ensureVsix({ always: true });
  log(ownDir ? `extension folder ${ownDir}` : `built ${vsix} in ${Date.now() - t0} ms`);
  const bin = await setupCodeServer();
  log('code-server ready');
  box = makeSandbox(SAMPLES);
  if (ownDir) {
    const m = JSON.parse(readFileSync(join(ownDir, 'package.json'), 'utf8'));
    cpSync(ownDir, join(box.extensionsDir, `${m.publisher}.${m.name}-${m.version}`), { recursive: true });
  } else {
    await installVsix(bin, vsix!, box);
  }
  if (ownDir) {
    const m = JSON.parse(readFileSync(join(ownDir, 'package.json'), 'utf8'));
    extensionId = `${m.publisher}.${m.name}`;
    extensionDir = join(box.extensionsDir, `${m.publisher}.${m.name}-${m.version}`);
  } else {
    // VS Code records what it installed, and where, in extensions.json.
    const installed = JSON.parse(readFileSync(join(box.extensionsDir, 'extensions.json'), 'utf8')) as { identifier: { id: string }; relativeLocation: string }[];
    extensionId = installed[0]?.identifier.id ?? '';
    extensionDir = join(box.extensionsDir, installed[0]?.relativeLocation ?? '');
  }
  assert.ok(extensionId && existsSync(join(extensionDir, 'package.json')), `the extension did not install into ${box.extensionsDir}`);
  log(`installed ${extensionId}`);
  rmSync(SHOTS, { recursive: true, force: true });
  server = await startCodeServer(bin, box);
  log(`code-server on ${server.url}`);
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  wb = new Workbench(page, server.url, box.workspace, SHOTS);
  await wb.load();
  log('workbench loaded');
}, { timeout: 8 * 60_000 });

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  if (box && !process.env.CROSSCHECK_E2E_KEEP) removeSandbox(box);
  else if (box) log(`kept ${box.dir}`);
});

/** Runs one step and always leaves a screenshot of how the window looked at its end. */
function step(name: string, timeoutMs: number, fn: () => Promise<void>): void {
  test(name, { timeout: timeoutMs }, async () => {
    const t0 = Date.now();
    let failed = false;
    try {
      await fn();
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      const shot = name.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase();
      await wb?.screenshot(failed ? `${shot}-FAILED` : shot).catch(() => undefined);
      log(`${failed ? 'FAILED' : 'passed'} "${name}" in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  });
}

function manifest(): {
  contributes?: {
    semanticTokenScopes?: { language?: string; scopes: Record<string, string[]> }[];
  };
} {
  return JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
}

function conflictSides(c: GoldConflict): Place[] {
  return [c.a, ...c.b].map((ref) => locate(SAMPLES, ref));
}

/**
 * The crosscheck problem about a planted conflict on this side: same file and line (articles
 * are one paragraph per line; a finding spans its sentence), saying what the conflict says.
 */
function problemAt(problems: Problem[], place: Place, patterns: RegExp[] = []): Problem | undefined {
  return problems.find(
    (p) => p.source === SOURCE && p.file === place.doc && p.line === place.line && p.column <= place.endColumn && patterns.every((re) => re.test(p.message)),
  );
}

/**
 * Where a conflict is reported: the odd source out gets the problem, the sources it disagrees
 * with are linked as related information (one against one: both get a problem).
 */
function sideReported(problems: Problem[], c: GoldConflict, side: Place): boolean {
  const patterns = EXPECTED_MESSAGE[c.id] ?? [];
  if (problemAt(problems, side, patterns)) return true;
  if (side.doc === c.a.doc && side.text === c.a.text) return false;
  const a = locate(SAMPLES, c.a);
  return !!problemAt(problems, a, patterns)?.related.some((r) => r.file === side.doc && r.line === side.line);
}

function describe(problems: Problem[]): string {
  return (
    problems
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} [${p.source}(${p.code})] ${p.message}${p.related.map((r) => `\n      -> ${r.file}:${r.line}:${r.column} ${r.message}`).join('')}`)
      .join('\n  ') || '(none)'
  );
}

step('1 the extension activates without opening a file, and logs no error', 60_000, async () => {
  assert.equal(await wb.page.locator('.tabs-container .tab').count(), 0, 'an editor is open: activation must come from the workspace');
  const line = await waitFor(
    `the extension host to activate ${extensionId} (check activationEvents in package.json)`,
    () => activationLine(box!.userDataDir, extensionId),
    { timeoutMs: 30_000 },
  );
  log(line.replace(/^.*_doActivateExtension /, 'activated '));
  await waitFor(`an output channel named "${CHANNEL}"`, () => outputChannelLogs(box!.userDataDir, CHANNEL).length > 0, { timeoutMs: 15_000 });
  assert.deepEqual(extensionErrors(box!.userDataDir, extensionId, CHANNEL), [], 'errors logged by or about the extension');
});

step('2 the Problems panel lists every planted conflict, with its values, for files never opened', 90_000, async () => {
  assert.equal(await wb.page.locator('.tabs-container .tab').count(), 0, 'no article may be open in this step');
  for (const c of gold.conflicts) assert.ok(EXPECTED_MESSAGE[c.id], `no expected message for planted conflict "${c.id}": add it to EXPECTED_MESSAGE`);
  const missing = (problems: Problem[]) =>
    gold.conflicts.flatMap((c) =>
      conflictSides(c)
        .filter((side) => !sideReported(problems, c, side))
        .map((side) => `${c.id} at ${side.doc}:${side.line}:${side.column} ("${side.text}"), message matching ${EXPECTED_MESSAGE[c.id].join(' and ')}`),
    );
  let last: Problem[] = [];
  await waitFor(
    'each planted conflict (samples/expected.json) as a crosscheck problem on its odd source out, linked to the others',
    async () => {
      last = await wb.problems();
      return missing(last).length === 0;
    },
    { timeoutMs: 60_000, intervalMs: 1000 },
    () => `missing:\n  ${missing(last).join('\n  ')}\nproblems:\n  ${describe(last)}`,
  );
  for (const c of gold.conflicts) {
    const p = problemAt(last, locate(SAMPLES, c.a), EXPECTED_MESSAGE[c.id])!;
    assert.match(p.severity, /^(Error|Warning|Info)$/, `${c.id}: a conflict is reported at information level or above`);
  }
  log(`${last.filter((p) => p.source === SOURCE).length} crosscheck problems listed`);
  await wb.screenshot('readme-problems');
});

// One captain, two transliterations across sources: the hover on one spelling lists the other.
const captain = gold.variants.find((v) => v.id === 'captain-spelling')!;

step('3 hovering a name shows the other sources\' variants; a link opens the other article at its line', 60_000, async () => {
  const here = locate(SAMPLES, captain.b[0]);
  const there = locate(SAMPLES, captain.a);
  await wb.openFile(here.doc);
  await wb.goTo(here.line, here.column + 1);
  const hover = wb.visibleHover();
  await waitFor(
    `a hover on "${here.text}" naming ${there.doc} and "${there.text}"`,
    async () => {
      const p = await wb.cursorPoint();
      await wb.page.mouse.move(p.x + 4, p.y);
      const text = await hover.innerText({ timeout: 3000 }).catch(() => '');
      if (text.includes(there.doc) && text.includes(there.text)) return true;
      await wb.page.mouse.move(0, 0); // move away so the next pass hovers afresh
      return false;
    },
    { timeoutMs: 30_000, intervalMs: 500 },
    async () => (await hover.innerText({ timeout: 500 }).catch(() => '(no hover)')).slice(0, 800),
  );
  await wb.hoverSettled();
  await wb.screenshot('readme-hover');
  const link = hover.locator('a', { hasText: there.text }).first();
  await link.click();
  await wb.waitForActiveEditor(there.doc);
  await waitFor(`the cursor on line ${there.line} of ${there.doc}`, async () => (await wb.cursor())?.line === there.line, { timeoutMs: 10_000 }, async () => JSON.stringify(await wb.cursor()));
});

step('4 names are coloured by semantic tokens: a person and a place differ from plain text', 60_000, async () => {
  const scopes = Object.assign({}, ...(manifest().contributes?.semanticTokenScopes ?? []).map((s) => s.scopes)) as Record<string, string[]>;
  const person = locate(SAMPLES, gold.typed_mentions.find((m) => m.type === 'person' && m.doc === 'harbour-gazette.txt' && m.text === 'Ines Marwick')!);
  const place = locate(SAMPLES, gold.typed_mentions.find((m) => m.type === 'place' && m.doc === 'harbour-gazette.txt' && m.text === 'Vessick')!);
  await wb.openFile(person.doc);
  const plain = await wb.editorForeground();
  const colours: Record<string, string> = {};
  for (const [type, at] of [['person', person], ['place', place]] as const) {
    await wb.goTo(at.line, at.column + 1);
    const span = await waitFor(
      `"${at.text}" drawn in a colour of its own`,
      async () => {
        const p = await wb.cursorPoint();
        const s = await wb.spanAt({ x: p.x + 3, y: p.y });
        return s && s.color !== plain && at.text.includes(s.text.trim()) && s.text.trim().length > 0 ? s : undefined;
      },
      { timeoutMs: 20_000 },
      async () => `${JSON.stringify(await wb.spanAt({ x: (await wb.cursorPoint()).x + 3, y: (await wb.cursorPoint()).y }))}, plain text ${plain}`,
    );
    colours[type] = span.color;
    // The colour must come from the manifest's scopes for the token type, not from a fallback:
    // VS Code's token inspector names the semantic type and the scope the theme matched.
    await wb.command('Developer: Inspect Editor Tokens and Scopes');
    const inspector = wb.page.locator('.token-inspect-widget');
    const text = await waitFor(`the token inspector on "${at.text}"`, async () => {
      const t = await inspector.innerText({ timeout: 2000 }).catch(() => '');
      return /semantic token type/.test(t) ? t : undefined;
    }, { timeoutMs: 10_000 });
    await wb.screenshot(`4-inspect-${type}`);
    await wb.escape();
    assert.match(text, new RegExp(`semantic token type\\s+${type}\\b`), `"${at.text}" is not a "${type}" semantic token`);
    const foreground = /semantic token type[\s\S]*?foreground\s+(\S+)/.exec(text)?.[1];
    const declared = scopes[type] ?? [];
    assert.ok(
      foreground && declared.includes(foreground),
      `"${at.text}" is coloured through "${foreground}", not through package.json's semanticTokenScopes for ${type} (${declared.join(', ') || 'none declared'})`,
    );
  }
  log(`colours: plain ${plain}, person ${colours.person}, place ${colours.place}`);
  await wb.page.mouse.move(0, 0);
  await wb.screenshot('readme-highlighting');
  assert.notEqual(colours.person, colours.place, 'a person and a place are drawn in the same colour');
});

step('5 a quick fix from the lightbulb (Ctrl+.) works, and its effect survives a reload', 120_000, async () => {
  const toll = gold.conflicts.find((c) => c.id === 'death-toll')!;
  const at = locate(SAMPLES, toll.a);
  await wb.openFile(at.doc);
  let before: Problem[] = [];
  const target = await waitFor(`the ${toll.id} problem at ${at.doc}:${at.line} to fix`, async () => {
    before = await wb.problems();
    return problemAt(before, at, EXPECTED_MESSAGE[toll.id]);
  }, { timeoutMs: 30_000, intervalMs: 1000 });
  await wb.goTo(target.line, target.column);
  await wb.page.keyboard.press('Control+.');
  const menu = wb.page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 10_000 });
  const actions = await waitFor('quick fixes in the lightbulb menu', async () => {
    const labels = await menu.locator('.monaco-list-row.action').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.length ? labels : undefined;
  }, { timeoutMs: 10_000 });
  await wb.screenshot('readme-quick-fix');
  log(`quick fixes offered: ${actions.join(' | ')}`);
  const review = actions.find((a) => /review/i.test(a));
  assert.ok(review, `no "Mark finding as reviewed" quick fix among: ${actions.join(' | ')}`);
  // Walk the focus to the action and apply it with Enter, as a keyboard user does.
  for (let i = 0; i < actions.length + 2; i++) {
    if ((await menu.locator('.monaco-list-row.focused').getAttribute('aria-label')) === review) break;
    await wb.page.keyboard.press('ArrowDown');
  }
  await wb.page.keyboard.press('Enter');
  // A finding is the same finding when its rule reports it at the same place (message wording,
  // such as the order in which other sources are listed, may vary between analyses).
  const key = (p: Problem) => `${p.file}:${p.line}:${p.column}:${p.code}`;
  const stillThere = (problems: Problem[]) => problems.some((p) => key(p) === key(target));
  await waitFor('the reviewed finding to leave the Problems panel', async () => !stillThere(await wb.problems()), { timeoutMs: 15_000, intervalMs: 500 });
  const store = join(box!.workspace, '.crosscheck', 'annotations.jsonl');
  assert.ok(existsSync(store), 'the review was not written to .crosscheck/annotations.jsonl');
  await wb.reload();
  // After the reload every other finding comes back (so the server has published); the
  // reviewed one must not.
  const others = before.filter((p) => p.source === SOURCE && key(p) !== key(target));
  let listed: Problem[] = [];
  const afterReload = await waitFor(
    'the other findings to be listed again after the reload',
    async () => {
      listed = await wb.problems();
      const seen = new Set(listed.map(key));
      return others.every((o) => seen.has(key(o))) ? listed : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 1000 },
    () => `not listed again:\n  ${describe(others.filter((o) => !listed.some((p) => key(p) === key(o))))}\nlisted:\n  ${describe(listed)}`,
  );
  assert.ok(!stillThere(afterReload), 'the reviewed finding is back after a reload');
});

step('6 typing a conflicting figure into one article raises a problem in another within seconds', 60_000, async () => {
  // Two sources agree on the fund ("€2.5 million", "2.5 million euros"); make one say €4 million.
  const fund = gold.compatible.find((c) => c.id === 'fund-amount')!;
  // The amount as the article body states it (the headline repeats it, but makes no claim).
  const body = locate(SAMPLES, { doc: fund.a.doc, text: `pay ${fund.a.text}` });
  const edited = { ...body, text: fund.a.text, column: body.column + 'pay '.length };
  const other = locate(SAMPLES, fund.b[0]);
  const figure = /\d+(\.\d+)?/.exec(edited.text)!;
  const mentionsNew = (p: Problem) => p.source === SOURCE && p.file === other.doc && /\b4 million|€4\b/.test(p.message);
  await wb.openFile(edited.doc);
  assert.deepEqual((await wb.problems()).filter(mentionsNew), [], 'a problem about €4 million exists before the edit');
  await wb.goTo(edited.line, edited.column + figure.index);
  for (let i = 0; i < figure[0].length; i++) await wb.page.keyboard.press('Shift+ArrowRight');
  await wb.page.keyboard.type('4');
  const t0 = Date.now();
  const raised = await waitFor(
    `a problem in ${other.doc} (never edited) about the new figure`,
    async () => (await wb.problems()).find(mentionsNew),
    { timeoutMs: 10_000, intervalMs: 250 },
    async () => describe((await wb.problems()).filter((p) => p.file === other.doc || p.file === edited.doc)),
  );
  log(`new problem in ${raised.file} ${Date.now() - t0} ms after typing: ${raised.message}`);
});

step('7 nothing went wrong in the extension during the session', 15_000, async () => {
  assert.deepEqual(extensionErrors(box!.userDataDir, extensionId, CHANNEL), [], 'errors logged by or about the extension');
});
