// The shape of a subcommand. main.ts keeps the table; issue 6 adds `review` and `export`
// by writing one file each and one line in that table.
import type { CliIO } from './io';
import { EXIT_OK } from './io';

export interface CliCommand {
  name: string;
  /** One line for `crosscheck --help`. */
  summary: string;
  /** Full text for `crosscheck NAME --help`. */
  help: string;
  /** Returns the exit code; throws UsageError/FatalError for exit 2. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** `run` for a command that parses its options (or asks for help) and then does its work. */
export function parsedRun<O>(help: () => string, parse: (args: string[]) => O | 'help', work: (opts: O, io: CliIO) => Promise<number>): CliCommand['run'] {
  return async (args, io) => {
    const opts = parse(args);
    if (opts === 'help') {
      io.stdout.write(help());
      return EXIT_OK;
    }
    return work(opts, io);
  };
}
