// Entry point VS Code calls inside the Extension Development Host (extensionTestsPath):
// runs the mocha suite bundled beside it and reports failures by rejecting.
// Results go to the console (test-electron pipes it to the terminal) and, when
// CROSSCHECK_TEST_OUTPUT names a file, there too: code-server's extension host has no
// terminal, so its runner prints that file.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

/** A spec-like reporter that writes plain lines wherever they are wanted. */
class LineReporter {
  constructor(runner: Mocha.Runner) {
    const file = process.env.CROSSCHECK_TEST_OUTPUT;
    const out = (line: string) => {
      console.log(line);
      if (file) appendFileSync(file, `${line}\n`);
    };
    let passed = 0;
    let failed = 0;
    runner.on(EVENT_SUITE_BEGIN, (s: Mocha.Suite) => s.title && out(s.title));
    runner.on(EVENT_TEST_PASS, (t: Mocha.Test) => {
      passed++;
      out(`  ✔ ${t.title} (${t.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_PENDING, (t: Mocha.Test) => out(`  - ${t.title} (skipped)`));
    runner.on(EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) => {
      failed++;
      out(`  ✘ ${t.title}\n      ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n      ')}`);
    });
    runner.once(EVENT_RUN_END, () => out(`${passed} passing, ${failed} failing`));
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, reporter: LineReporter as unknown as typeof Mocha.reporters.Base });
  mocha.addFile(join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
