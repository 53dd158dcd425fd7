// The command-line options of our npm scripts, read by node:util's parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * parseArgs, except that a mistyped or unknown option is answered with one line naming it and the usage, and exit
 * code 2, rather than a stack trace.
 */
export function readCliArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    // Node's message goes on to explain "--" for positionals that start with a dash: the first sentence is the news.
    const message = (error instanceof Error ? error.message : String(error)).split('. ')[0]!.replace(/\.?$/, '.');
    console.error(`${message} Usage: ${usage}`);
    process.exit(2);
  }
}
