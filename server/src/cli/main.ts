// Entry point of the `crosscheck` command (bundled to dist/cli.js, started by
// bin/crosscheck.js): binds runCli to the real process.
import '../node/tiering'; // first: sets V8 flags before any analysis code runs
import { runCli } from './run';

function readStdin(): Promise<string> {
  return new Promise((resolveText, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveText(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

// A closed pipe (`crosscheck check | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  readStdin,
}).then((code) => {
  process.exitCode = code;
});
