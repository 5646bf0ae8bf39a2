import type { CommandSpec, Options, Values } from './command.js';
import { UsageError } from './command.js';

/**
 * Reads a command's argv against its option specs. Written here rather than with node:util's
 * parseArgs because that one refuses `--limit -5` with a message about ambiguity instead of letting
 * the option say what it needs, and returns untyped values.
 */

interface ParsedArgs<O extends Options> {
  help: boolean;
  values: Values<O>;
  subcommand: string;
  positionals: string[];
}

const tokenize = (command: CommandSpec, argv: readonly string[]) => {
  const raw: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    const spec = Object.hasOwn(command.options, name) ? command.options[name] : undefined;
    if (!arg.startsWith('--') || !spec) throw new UsageError(`unknown option ${arg.split('=')[0]}`);
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      raw[name] = true;
      continue;
    }
    const next = argv[i + 1];
    const value =
      eq !== -1
        ? arg.slice(eq + 1)
        : next !== undefined && !(next.startsWith('--') && next.length > 2)
          ? next
          : undefined;
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (eq === -1) i += 1;
    raw[name] = value;
  }
  return { raw, positionals, help };
};

const parseCommandArgs = <O extends Options>(
  command: CommandSpec<O>,
  argv: readonly string[],
): ParsedArgs<O> => {
  const { raw, positionals, help } = tokenize(command as unknown as CommandSpec, argv);
  if (help) return { help, values: {} as Values<O>, subcommand: '', positionals };
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const result = spec.schema.safeParse(raw[name]);
    if (!result.success) throw new UsageError(`--${name} ${result.error.issues[0]?.message ?? 'is invalid'}`);
    values[name] = result.data;
  }
  let subcommand = '';
  let rest = positionals;
  if (command.subcommands) {
    const [first, ...others] = positionals;
    const valid = command.subcommands.join(', ');
    if (first === undefined) throw new UsageError(`needs a subcommand: ${valid}`);
    if (!command.subcommands.includes(first))
      throw new UsageError(`unknown subcommand "${first}"; valid: ${valid}`);
    subcommand = first;
    rest = others;
  }
  const extra = rest[command.maxPositionals ?? 0];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return { help, values: values as Values<O>, subcommand, positionals: rest };
};

export type { ParsedArgs };
export { parseCommandArgs };
