import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../bin/triage-cli.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { ROOT } from '../../tools/local/sample-data.js';
import { runCli, runScript } from '../support/run-cli.js';

/** How every command presents itself and its mistakes, in process; then the installed bin, end to end. */

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const missing = join(ROOT, 'no-such-dir', 'nope.csv');

/** One line on stderr, nothing on stdout, exit 2, and no internal class or errno names. */
const expectUsageError = (out: { code: number; stdout: string; stderr: string }, pattern: RegExp) => {
  expect(out.code).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(pattern)]);
  expect(out.stderr).not.toMatch(/\w+Error:|ENOENT|EACCES/);
};

describe('triage CLI presentation', () => {
  it('prints the package version with --version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(COMMANDS.map((c) => c.name))(
    'shows the help of %s with --help, -h and "help NAME"',
    async (name) => {
      const long = await runCli([name, '--help']);
      expect(long.code).toBe(0);
      expect(long.stdout).toContain(`Usage: triage ${name}`);
      expect(long.stdout).toMatch(/-h, --help/);
      expect(await runCli([name, '-h'])).toEqual(long);
      expect(await runCli(['help', name])).toEqual(long);
    },
  );

  it('lists the commands, on stdout for help and on stderr with exit 2 when none is given', async () => {
    const help = await runCli(['help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c.name}`);
    const none = await runCli([]);
    expect(none).toMatchObject({ code: 2, stdout: '', stderr: help.stdout });
  });

  it('names the flag that needs a positive whole number', async () => {
    expectUsageError(
      await runCli(['run', '--limit', '-5']),
      /--limit needs a positive whole number, not "-5"/,
    );
    expectUsageError(await runCli(['run', '--limit=0']), /--limit needs a positive whole number, not "0"/);
    expectUsageError(await runCli(['eval', '--seed', '1.5']), /--seed needs a positive whole number/);
  });

  it('names an unknown subcommand and lists the valid ones', async () => {
    expectUsageError(
      await runCli(['thresholds', 'frobnicate']),
      /unknown subcommand "frobnicate"; valid: list, history, pin, unpin/,
    );
    expectUsageError(await runCli(['dlq']), /needs a subcommand: inspect, redrive/);
  });

  it('names an unknown option, a missing value and an unknown command', async () => {
    expectUsageError(await runCli(['run', '--bogus']), /run: unknown option --bogus/);
    expectUsageError(await runCli(['publish', '--input']), /--input needs a value/);
    expectUsageError(await runCli(['frobnicate']), /unknown command "frobnicate"; commands: run, /);
  });

  it('escapes control characters and terminal escapes it echoes, so the error stays one plain line', async () => {
    const limit = await runCli(['run', '--limit', '\u001b[2J5\r\n6']);
    expectUsageError(limit, /--limit needs a positive whole number, not "\\u001b\[2J5\\r\\n6"/);
    const command = await runCli(['\u001b]0;owned\u0007\u009b31m']);
    expectUsageError(command, /unknown command "\\u001b\]0;owned\\u0007\\u009b31m"/);
    for (const out of [limit, command]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be left.
      expect(out.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it.each([
    ['run', ['--input', missing], 'input'],
    ['run', ['--train', missing], 'train'],
    ['run', ['--taxonomy', missing], 'taxonomy'],
    ['simulate', ['--stream', missing], 'stream'],
    ['simulate', ['--policy', missing], 'policy'],
    ['eval', ['--test', missing], 'test'],
    ['publish', ['--queue-url', 'http://127.0.0.1:1/q', '--input', missing], 'input'],
    ['thresholds', ['list', '--taxonomy', missing, '--config-table', 'c', '--audit-table', 'a'], 'taxonomy'],
  ])('%s names the flag of a missing file (%s) and exits 2', async (name, args, flag) => {
    expectUsageError(
      await runCli([name, ...args]),
      new RegExp(`^triage: --${flag}: cannot read .*nope\\.csv: no such file$`),
    );
  });

  it('names the flag of a malformed file and the columns it found', async () => {
    const out = await runCli(['eval', '--train', join(ROOT, 'package.json')]);
    expectUsageError(out, /^triage: --train: .*package\.json: /);
  });
});

describe('the installed bin/triage.js', () => {
  let emulators: Emulators;
  beforeAll(async () => {
    emulators = await startEmulators();
  }, 60_000);
  afterAll(async () => {
    await emulators?.stop();
  });

  // The SDK would warn that its Node 20 support ends; the launcher keeps that off the CLI's stderr.
  it('runs a command against the emulators with clean output and its exit code', async () => {
    const out = await runScript(
      emulators,
      'bin/triage.js',
      ['dlq', 'inspect', '--queue-url', emulators.queues.ingest.dlqUrl],
      { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: '' },
    );
    expect(out).toEqual({ code: 0, stdout: 'the queue is empty\n', stderr: '' });
  });

  it('exits 2 with one line for a usage error', async () => {
    const out = await runScript(undefined, 'bin/triage.js', ['run', '--limit', 'x']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'triage: run: --limit needs a positive whole number, not "x" (see "triage run --help")\n',
    );
  });
});
