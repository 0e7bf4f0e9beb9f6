// The `crosscheck` command line: dispatches to the subcommands in COMMANDS. Free of
// process globals so it can be run in-process; main.ts binds it to the real process.
import { version } from '../../../package.json';
import { checkCommand } from './check';
import type { CliCommand } from './command';
import type { CliIO } from './io';
import { EXIT_ERROR, EXIT_OK, FatalError, UsageError } from './io';
import { exportCommand } from './export';
import { reviewCommand } from './review';
import { tagCommand } from './tag-command';

/** The subcommands. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, tagCommand, reviewCommand, exportCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: crosscheck COMMAND [options]

Cross-source fact checking for folders of news articles.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'crosscheck COMMAND --help' for a command's options.
Options: -h, --help   show this help;  --version   print the version
`;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  let command: CliCommand | undefined;
  try {
    if (name === undefined) throw new UsageError('missing command');
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout.write(topic ? topic.help : mainHelp());
      return EXIT_OK;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`crosscheck ${version}\n`);
      return EXIT_OK;
    }
    command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command '${name}' (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
    return await command.run([...rest], io);
  } catch (err) {
    if (err instanceof UsageError) {
      const help = command ? `crosscheck ${command.name} --help` : 'crosscheck --help';
      io.stderr.write(`crosscheck: ${err.message}\nTry '${help}' for usage.\n`);
      return EXIT_ERROR;
    }
    if (err instanceof FatalError) {
      io.stderr.write(`crosscheck: ${err.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr.write(`crosscheck: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return EXIT_ERROR;
  }
}
