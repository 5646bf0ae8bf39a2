import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * The endpoints file `triage serve` writes once the stack is up: everything a script or another
 * command needs to talk to it. It appears whole (written to a temporary name, then renamed) or not
 * at all, so a script can wait for the file to exist; it is removed when the stack stops.
 */

const url = z.string().url();

const EndpointsFileSchema = z.object({
  version: z.literal(1),
  /** The serving process, so a script can stop it (SIGINT or SIGTERM). */
  pid: z.number().int().positive(),
  region: z.string().min(1),
  sqsEndpoint: url,
  dynamodbEndpoint: url,
  /** Path-style: `{s3Endpoint}/{bucket}/{key}`. */
  s3Endpoint: url,
  /** The emulators accept any credentials; these are the ones the printed exports use. */
  credentials: z.object({ accessKeyId: z.string().min(1), secretAccessKey: z.string().min(1) }),
  /** POST {webhookUrl}/generic, /zendesk or /freshdesk. */
  webhookUrl: url,
  /** The generic adapter's signing secret (`webhookSecrets.generic`), as the first files had it. */
  webhookSecret: z.string().min(1),
  /**
   * Each adapter's own secret, as the deployed stack keeps them: the Freshdesk token travels in
   * clear in a header, so it must not also be the key that signs generic or Zendesk requests.
   */
  webhookSecrets: z.object({
    generic: z.string().min(1),
    zendesk: z.string().min(1),
    freshdesk: z.string().min(1),
  }),
  queues: z.object({
    ingest: url,
    ingestDlq: url,
    resolutions: url,
    resolutionsDlq: url,
    human: url,
    humanDlq: url,
    qa: url,
    qaDlq: url,
    outcomes: url,
    outcomesDlq: url,
  }),
  tables: z.object({
    tickets: z.string().min(1),
    outcomes: z.string().min(1),
    observations: z.string().min(1),
    quarantine: z.string().min(1),
    routeConfig: z.string().min(1),
    routeAudit: z.string().min(1),
  }),
  /** The scorer bucket: labelled examples and trained route scorers. */
  buckets: z.object({ scorer: z.string().min(1) }),
  /** The taxonomy the handlers read (a derived one is a temporary file). */
  taxonomyPath: z.string().min(1),
  /** Whether simulated agents, customers and QA answer the tickets whose labels they know. */
  people: z.boolean(),
});

type EndpointsFile = z.infer<typeof EndpointsFileSchema>;

class EndpointsFileError extends Error {
  override name = 'EndpointsFileError';
}

/** Writes the file atomically: a reader sees no file or the whole of it, never a part. */
const writeEndpointsFile = (path: string, endpoints: EndpointsFile): void => {
  const body = `${JSON.stringify(EndpointsFileSchema.parse(endpoints), null, 2)}\n`;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // It carries the local signing secret: readable by its owner only.
  writeFileSync(temporary, body, { mode: 0o600 });
  renameSync(temporary, path);
};

const readEndpointsFile = (path: string): EndpointsFile => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EndpointsFileError(`${path} is not JSON (${(error as Error).message})`);
  }
  const parsed = EndpointsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EndpointsFileError(
      `${path} is not a triage serve endpoints file (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    );
  }
  return parsed.data;
};

/** Whether a process with this id exists (EPERM: it does, under another user). */
const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * What is at the path `triage serve --endpoints` was given, before it writes there:
 * - `free`: nothing, or an endpoints file left by a serve that died (`stalePid`), which would tell a
 *   waiting script the stack is up, so it is to be replaced;
 * - `live`: the endpoints file of a serve that is running;
 * - `directory`, or `foreign`: some other file, which is not serve's to delete or overwrite.
 */
type EndpointsPathState =
  | { kind: 'free'; stalePid?: number }
  | { kind: 'live'; pid: number }
  | { kind: 'directory' }
  | { kind: 'foreign'; reason: string };

const inspectEndpointsPath = (
  path: string,
  alive: (pid: number) => boolean = processAlive,
): EndpointsPathState => {
  if (!existsSync(path)) return { kind: 'free' };
  if (statSync(path).isDirectory()) return { kind: 'directory' };
  let pid: number;
  try {
    pid = readEndpointsFile(path).pid;
  } catch (error) {
    return { kind: 'foreign', reason: (error as Error).message };
  }
  return pid !== process.pid && alive(pid) ? { kind: 'live', pid } : { kind: 'free', stalePid: pid };
};

/**
 * Removes the endpoints file at `path` only if it is the one process `pid` wrote: a file put there
 * since, by a person or another serve, is not this process's to delete.
 */
const removeEndpointsFile = (path: string, pid: number = process.pid): boolean => {
  let owner: number;
  try {
    owner = readEndpointsFile(path).pid;
  } catch {
    return false;
  }
  if (owner !== pid) return false;
  rmSync(path, { force: true });
  return true;
};

/**
 * The standard variables that point a client (the CLI, the AWS CLI, a script) at the stack. The
 * SDKs and the AWS CLI v2 read AWS_REGION; the AWS CLI v1 reads only AWS_DEFAULT_REGION.
 */
const endpointsEnv = (endpoints: EndpointsFile): Record<string, string> => ({
  AWS_REGION: endpoints.region,
  AWS_DEFAULT_REGION: endpoints.region,
  AWS_ENDPOINT_URL_SQS: endpoints.sqsEndpoint,
  AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodbEndpoint,
  AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
  AWS_ACCESS_KEY_ID: endpoints.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: endpoints.credentials.secretAccessKey,
});

export type { EndpointsFile, EndpointsPathState };
export {
  EndpointsFileError,
  EndpointsFileSchema,
  endpointsEnv,
  inspectEndpointsPath,
  processAlive,
  readEndpointsFile,
  removeEndpointsFile,
  writeEndpointsFile,
};
