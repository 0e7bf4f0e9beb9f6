// `npm run test:vscode`: the @vscode/test-electron harness. Downloads VS Code (or uses
// VSCODE_EXECUTABLE_PATH), starts it as an Extension Development Host on a copy of
// samples/, and runs the mocha suite in suite/ against the VS Code API.
// Where Microsoft's update service cannot be reached, it says so in one line and exits 1:
// `npm run test:vscode:code-server` runs the same suite in code-server's VS Code there.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle';

const ROOT = resolve(import.meta.dirname, '../..');

async function vscodeExecutable(): Promise<string> {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  const version = process.env.VSCODE_VERSION ?? 'stable';
  try {
    // A silent reporter: the one line below is what a reader should see on failure.
    return await downloadAndUnzipVSCode({ version, timeout: 20_000, reporter: { report: () => undefined, error: () => undefined } });
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    console.error(`test:vscode: cannot download VS Code ${version} from Microsoft's update service (${reason}); set VSCODE_EXECUTABLE_PATH, or run the same suite in code-server: \`npm run test:vscode:code-server\`.`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const executable = await vscodeExecutable();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const extensionTestsPath = await bundleSuite();
  const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-vscode-test-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  try {
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(scratch, 'user-data')],
    });
    process.exitCode = code;
  } catch (err) {
    console.error(`test:vscode: the suite failed (${err instanceof Error ? err.message : String(err)})`);
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main();
