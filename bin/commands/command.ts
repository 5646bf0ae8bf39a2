import type { z } from 'zod';
import { SAMPLE } from '../../tools/local/sample-data.js';

/**
 * Shared shape of the CLI's commands. Each option carries the zod schema that turns its raw text
 * into a typed value, its default included, so `run` receives typed values with no casts and the
 * help text shows the same default the code uses.
 */

/** Where a command writes and what it reads from its environment: the process, or a test's collectors. */
interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

interface OptionSpec<T = unknown> {
  type: 'string' | 'boolean';
  description: string;
  /** Parses the raw value (a string, `true`, or undefined when absent). */
  schema: z.ZodType<T>;
  /** Shown in the help as "(default …)"; the schema applies it. */
  shownDefault?: string | number;
  /** Placeholder of the value in the help (FILE, N, X). */
  placeholder?: string;
}

type Options = Record<string, OptionSpec>;

type Values<O extends Options> = { [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

interface CommandContext<O extends Options> {
  values: Values<O>;
  /** Positional arguments after the subcommand (a route). */
  positionals: string[];
  /** The subcommand, for commands that have them. */
  subcommand: string;
  io: CliIo;
}

interface CommandSpec<O extends Options = Options> {
  name: string;
  summary: string;
  usage: string;
  options: O;
  /** The sub-actions the command takes as its first positional (list, pin, …), if any. */
  subcommands?: readonly string[];
  /** How many positionals may follow the subcommand (default 0). */
  maxPositionals?: number;
  /** Returns the process exit code. */
  run(context: CommandContext<O>): Promise<number>;
}

/** A mistake on the command line: exit 2, one line, naming the flag. */
class UsageError extends Error {
  override name = 'UsageError';
}

const defineCommand = <O extends Options>(spec: CommandSpec<O>): CommandSpec<O> => spec;

const DEFAULTS = SAMPLE;

const helpText = (command: CommandSpec): string => {
  const flags = Object.entries(command.options).map(
    ([name, spec]) => `--${name}${spec.type === 'string' ? ` ${spec.placeholder ?? 'VALUE'}` : ''}`,
  );
  const width = Math.max(...flags.map((f) => f.length), '-h, --help'.length) + 2;
  const lines = Object.values(command.options).map((spec, i) => {
    const shown = spec.shownDefault === undefined ? '' : ` (default ${spec.shownDefault})`;
    return `  ${(flags[i] ?? '').padEnd(width)}${spec.description}${shown}`;
  });
  const subcommands = command.subcommands ? `\nSubcommands: ${command.subcommands.join(', ')}\n` : '';
  return [
    `${command.summary}\n`,
    `Usage: ${command.usage}`,
    subcommands,
    'Options:',
    ...lines,
    `  ${'-h, --help'.padEnd(width)}show this help`,
  ].join('\n');
};

export type { CliIo, CommandContext, CommandSpec, OptionSpec, Options, Values };
export { DEFAULTS, defineCommand, helpText, UsageError };
