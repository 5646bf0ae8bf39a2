import { SAMPLE } from '../../tools/local/sample-data.js';

/** Shared shape and helpers of the CLI's commands. */

interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
}

interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Whether the command takes positional arguments (a sub-action, a route). */
  positionals?: boolean;
  /** Returns the process exit code. */
  run(values: Record<string, string | boolean | undefined>, positionals?: string[]): Promise<number>;
}

class UsageError extends Error {
  override name = 'UsageError';
}

const DEFAULTS = SAMPLE;

const intOption = (value: unknown, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive whole number, not "${value}"`);
  return n;
};

const numberOption = (value: unknown, name: string, min: number, max: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= min || n >= max) {
    throw new UsageError(`--${name} must be a number between ${min} and ${max}, not "${value}"`);
  }
  return n;
};

const helpText = (command: CommandSpec): string => {
  const width = Math.max(...Object.keys(command.options).map((k) => k.length)) + 4;
  const lines = Object.entries(command.options).map(
    ([name, spec]) => `  --${name}${spec.type === 'string' ? ' ' : ''}`.padEnd(width + 6) + spec.description,
  );
  return `${command.summary}\n\nUsage: ${command.usage}\n\nOptions:\n${lines.join('\n')}\n  --help`.trimEnd();
};

export type { CommandSpec, OptionSpec };
export { DEFAULTS, helpText, intOption, numberOption, UsageError };
