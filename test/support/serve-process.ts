import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EndpointsFile } from '../../tools/local/endpoints-file.js';
import { EndpointsFileSchema } from '../../tools/local/endpoints-file.js';
import { ROOT } from '../../tools/local/sample-data.js';

/**
 * `triage serve` as a person starts it: the installed bin in its own process, given only the
 * environment a test chooses. It is up when its endpoints file appears, which it writes whole.
 */

interface ServeProcess {
  child: ChildProcess;
  file: string;
  endpoints: EndpointsFile;
  stdout(): string;
  stderr(): string;
  /** The exit code, once it has exited. */
  exited: Promise<number | null>;
  /** The variables of the printed `export` line, as a shell would set them. */
  exported(): Record<string, string>;
}

const waitFor = async <T>(
  what: string,
  read: () => Promise<T | undefined>,
  timeoutMs = 8_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** The `export A=1 B=2` line of the ready block as a record. */
const exportedVariables = (stdout: string): Record<string, string> => {
  const line = stdout.split('\n').find((l) => l.startsWith('export ')) ?? '';
  return Object.fromEntries(
    line
      .slice('export '.length)
      .split(' ')
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
};

/** Starts `triage serve --endpoints FILE ARGS` and resolves once FILE is there. */
const startServeProcess = async (
  file: string,
  args: string[],
  env: Record<string, string>,
): Promise<ServeProcess> => {
  let stdout = '';
  let stderr = '';
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/triage.js'), 'serve', '--endpoints', file, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  await waitFor(
    'the endpoints file',
    async () => {
      if (gone) throw new Error(`triage serve exited early: ${stderr}`);
      return existsSync(file) ? true : undefined;
    },
    30_000,
  );
  const endpoints = EndpointsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return {
    child,
    file,
    endpoints,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    exported: () => exportedVariables(stdout),
  };
};

export type { ServeProcess };
export { exportedVariables, startServeProcess, waitFor };
