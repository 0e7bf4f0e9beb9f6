// What a command needs from the process, passed in so commands can be run in-process too.
import type { ProgressStream } from './progress';

export interface CliIO {
  stdout: { write(chunk: string): boolean };
  stderr: ProgressStream;
  cwd: string;
  /** Read standard input (for `-` arguments). */
  readStdin(): Promise<string>;
}

/** Bad command line: main prints the message and the usage hint, and exits 2. */
export class UsageError extends Error {}

/** Nothing could be done (no readable input): main prints the message and exits 2. */
export class FatalError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
