import { parseArgs } from 'node:util';
import type { CommandSpec } from './commands/command.js';
import { helpText, UsageError } from './commands/command.js';
import { dlqCommand } from './commands/dlq-command.js';
import { evalCommand } from './commands/eval-command.js';
import { publishCommand } from './commands/publish-command.js';
import { runCommand } from './commands/run-command.js';
import { simulateCommand } from './commands/simulate-command.js';
import { smokeCommand } from './commands/smoke-command.js';
import { thresholdsCommand } from './commands/thresholds-command.js';

// The SDK warns on every client that Node 20 support ends in 2027; the Lambdas run Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const COMMANDS: readonly CommandSpec[] = [
  runCommand,
  evalCommand,
  simulateCommand,
  thresholdsCommand,
  publishCommand,
  dlqCommand,
  smokeCommand,
];

const usage = (): string =>
  [
    'triage: support-ticket triage that automates a route only when evidence bounds its error rate.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run "triage COMMAND --help" for its options.',
  ].join('\n');

const main = async (argv: string[]): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"\n\n${usage()}`);
  const options = Object.fromEntries(
    Object.entries({ ...command.options, help: { type: 'boolean' as const } }).map(([k, v]) => [
      k,
      { type: v.type },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options,
      strict: true,
      allowPositionals: command.positionals === true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${helpText(command)}`);
  }
  if (values.help) {
    process.stdout.write(`${helpText(command)}\n`);
    return 0;
  }
  return command.run(values, positionals);
};

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const e = error as Error;
    process.stderr.write(`triage: ${e.name === 'UsageError' ? '' : `${e.name}: `}${e.message}\n`);
    process.exitCode = e.name === 'UsageError' ? 2 : 1;
  },
);
