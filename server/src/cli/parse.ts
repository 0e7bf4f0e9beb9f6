// node:util parseArgs throws TypeErrors with codes for unknown options and missing values;
// turn those into short usage errors so the user sees a message, not a stack trace.
import { UsageError } from './io';

export function parseArgsOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw err;
    const message = (err as Error).message;
    // "Option '-f, --format <value>' argument missing": name the long form.
    const option = /'(?:-\w, )?(--?[^' ,]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /missing/.test(message)) {
      throw new UsageError(`option ${option} needs a value`);
    }
    throw new UsageError(message.split('\n')[0]);
  }
}
