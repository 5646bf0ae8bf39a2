import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS } from '../../tools/local/emulators.js';
import { ROOT } from '../../tools/local/sample-data.js';

const run = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script (the triage CLI, an example) as a separate process, with the real SDK pointed at
 * the emulators through the standard endpoint variables, as an operator's shell would.
 */
const runScript = async (
  emulators: Emulators,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> => {
  try {
    const out = await run(process.execPath, ['--import', 'tsx', resolve(ROOT, script), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL_SQS: emulators.sqsEndpoint,
        AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
        ...env,
      },
    });
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

const runTriage = (
  emulators: Emulators,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> => runScript(emulators, 'bin/triage-cli.ts', args, env);

export type { CliResult };
export { runScript, runTriage };
