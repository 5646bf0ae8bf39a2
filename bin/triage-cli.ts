import { readFileSync } from 'node:fs';
import { AwsConfigError, asAwsConfigError } from '../tools/queues/aws-config.js';
import { backfillCommand } from './commands/backfill-command.js';
import type { CliIo, CommandSpec } from './commands/command.js';
import { helpText, UsageError } from './commands/command.js';
import { dlqCommand } from './commands/dlq-command.js';
import { errorLine } from './commands/error-line.js';
import { evalCommand } from './commands/eval-command.js';
import { parseCommandArgs } from './commands/parse-args.js';
import { publishCommand } from './commands/publish-command.js';
import { runCommand } from './commands/run-command.js';
import { serveCommand } from './commands/serve-command.js';
import { simulateCommand } from './commands/simulate-command.js';
import { smokeCommand } from './commands/smoke-command.js';
import { thresholdsCommand } from './commands/thresholds-command.js';

/**
 * The `triage` CLI as a function: `main(argv, io)` returns the exit code and writes only to io,
 * so tests call it in process. bin/triage.js runs it on the real process.
 * Exit codes: 0 done, 1 the work failed (tickets lost, messages left), 2 a usage or setup error.
 */

const COMMANDS: readonly CommandSpec[] = [
  runCommand,
  serveCommand,
  evalCommand,
  simulateCommand,
  thresholdsCommand,
  publishCommand,
  backfillCommand,
  dlqCommand,
  smokeCommand,
];

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;

const usage = (): string =>
  [
    'triage: support-ticket triage that automates a route only when evidence bounds its error rate.',
    '',
    'Usage: triage COMMAND [OPTIONS]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(11)}${c.summary}`),
    `  ${'help'.padEnd(11)}show this list, or "triage help COMMAND" for a command's options`,
    '',
    'Options: -h, --help (on every command), --version',
  ].join('\n');

const find = (name: string): CommandSpec => {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command)
    throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  return command;
};

const dispatch = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === 'help') {
    io.stdout.write(`${helpText(find(rest[0] as string))}\n`);
    return 0;
  }
  const command = find(name);
  let parsed: ReturnType<typeof parseCommandArgs>;
  try {
    parsed = parseCommandArgs(command, rest);
  } catch (error) {
    if (error instanceof UsageError)
      throw new UsageError(`${command.name}: ${error.message} (see "triage ${command.name} --help")`);
    throw error;
  }
  if (parsed.help) {
    io.stdout.write(`${helpText(command)}\n`);
    return 0;
  }
  return command.run({ ...parsed, io });
};

/** Runs one command line; every failure becomes one line on stderr and an exit code. */
const main = async (argv: readonly string[], io: CliIo): Promise<number> => {
  try {
    return await dispatch(argv, io);
  } catch (thrown) {
    // A command that does not classify the SDK's setup failures itself still reports them as setup.
    const error = asAwsConfigError(thrown, 'the AWS endpoint') ?? thrown;
    const setup = error instanceof UsageError || error instanceof AwsConfigError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(errorLine(message));
    return setup ? 2 : 1;
  }
};

export { COMMANDS, main };
