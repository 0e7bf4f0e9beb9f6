// `crosscheck tag --conll FILE`: tags a CoNLL-2003 file with the default recogniser and
// prints it with a predicted-tag column (see tag.ts), for conll-score.mjs.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeError } from '../node/host';
import type { CliCommand } from './command';
import { FatalError, UsageError } from './io';
import { parseArgsOrUsage } from './parse';
import { defaultRecognizerOrFail } from './recognizer';
import { tagConll } from './tag';

export const tagCommand: CliCommand = {
  name: 'tag',
  summary: 'tag a CoNLL-2003 file with the entity recogniser (for scoring)',
  help: `Usage: crosscheck tag --conll FILE

Reads a CoNLL-2003 file (FILE, or - for standard input) and prints it with the
recogniser's predicted tag added to each token line, ready for conll-score.mjs.

Options:
  --conll FILE   the CoNLL file to tag (required)
  -h, --help     show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgsOrUsage(() => parseArgs({
      args,
      options: { conll: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
    if (values.help) {
      io.stdout.write(tagCommand.help);
      return 0;
    }
    if (positionals.length) throw new UsageError(`tag: unexpected argument '${positionals[0]}'`);
    const file = values.conll;
    if (!file) throw new UsageError('tag: --conll FILE is required');
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
    } catch (err) {
      throw new FatalError(`cannot read ${file}: ${describeError(err)}`);
    }
    io.stdout.write(tagConll(text, defaultRecognizerOrFail()));
    return 0;
  },
};
