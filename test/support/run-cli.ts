import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../bin/triage-cli.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS } from '../../tools/local/emulators.js';
import { ROOT } from '../../tools/local/sample-data.js';

const run = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The standard SDK variables an operator's shell would set to point the CLI at the emulators. */
const emulatorEnv = (emulators: Emulators): Record<string, string> => ({
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  AWS_ENDPOINT_URL_SQS: emulators.sqsEndpoint,
  AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
});

/** Runs the triage CLI in this process, with only the environment given, and collects its output. */
const runCli = async (args: string[], env: Record<string, string> = {}): Promise<CliResult> => {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
};

/** The triage CLI in process against the emulators. */
const runTriage = (
  emulators: Emulators,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> => runCli(args, { ...emulatorEnv(emulators), ...env });

/**
 * Runs a script (the installed CLI, an example) as a separate process, with the real SDK pointed
 * at the emulators through the standard endpoint variables, as an operator's shell would.
 */
const runScript = async (
  emulators: Emulators | undefined,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> => {
  const node = script.endsWith('.js') ? [] : ['--import', 'tsx'];
  try {
    const out = await run(process.execPath, [...node, resolve(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...(emulators ? emulatorEnv(emulators) : {}), ...env },
    });
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

export type { CliResult };
export { emulatorEnv, runCli, runScript, runTriage };
