// `npm run test:vscode:code-server`: the same mocha suite as `npm run test:vscode`, run in
// the VS Code of code-server (scripts/e2e/setup-code-server.sh) where Microsoft's update
// service cannot be reached. The web workbench takes extensionDevelopmentPath and
// extensionTestsPath from its `payload` URL parameter (as @vscode/test-web does); the
// extension and the suite then run in code-server's Node extension host, and the workbench
// reports the exit code through window.codeAutomationExit.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, makeSandbox, removeSandbox, setupCodeServer, startCodeServer, type RunningCodeServer, type Sandbox } from '../e2e/lib/code-server';
import { launchChromium } from '../e2e/lib/workbench';
import { bundleSuite } from './bundle';

const TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<number> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const suite = await bundleSuite();
  const bin = await setupCodeServer();
  let box: Sandbox | undefined;
  let server: RunningCodeServer | undefined;
  const browser = await launchChromium();
  try {
    box = makeSandbox(join(ROOT, 'samples'));
    const output = join(box.dir, 'mocha.txt');
    server = await startCodeServer(bin, box, [], { CROSSCHECK_TEST_OUTPUT: output });
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    const remote = (path: string) => `vscode-remote://127.0.0.1:${server!.port}${path}`;
    const payload = [
      // CROSSCHECK_E2E_EXTENSION_DIR: test an unpacked (e.g. deliberately broken) copy instead.
      ['extensionDevelopmentPath', remote(process.env.CROSSCHECK_E2E_EXTENSION_DIR ?? ROOT)],
      ['extensionTestsPath', remote(suite)],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(box.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([
      exit,
      new Promise<number>((resolve) => setTimeout(() => resolve(-1), TIMEOUT_MS).unref()),
    ]);
    if (existsSync(output)) process.stdout.write(readFileSync(output, 'utf8'));
    if (code === -1) console.error(`test:vscode:code-server: no result after ${TIMEOUT_MS / 1000} s (see ${server.logFile})`);
    else if (!existsSync(output)) console.error('test:vscode:code-server: the suite did not run (is the extension loading? see the extension host log)');
    return code === 0 && existsSync(output) ? 0 : 1;
  } finally {
    await browser.close().catch(() => undefined);
    await server?.stop();
    if (box && !process.env.CROSSCHECK_E2E_KEEP) removeSandbox(box);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`test:vscode:code-server: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
