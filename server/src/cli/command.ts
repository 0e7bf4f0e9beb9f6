// The shape of a subcommand. main.ts keeps the table; issue 6 adds `review` and `export`
// by writing one file each and one line in that table.
import type { CliIO } from './io';

export interface CliCommand {
  name: string;
  /** One line for `crosscheck --help`. */
  summary: string;
  /** Full text for `crosscheck NAME --help`. */
  help: string;
  /** Returns the exit code; throws UsageError/FatalError for exit 2. */
  run(args: string[], io: CliIO): Promise<number>;
}
