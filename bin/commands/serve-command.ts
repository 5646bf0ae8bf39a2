import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUCKETS, TABLES } from '../../lib/config/resources.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import type { EndpointsFile } from '../../tools/local/endpoints-file.js';
import {
  endpointsEnv,
  inspectEndpointsPath,
  removeEndpointsFile,
  writeEndpointsFile,
} from '../../tools/local/endpoints-file.js';
import { createLabelBook, readLabelledFiles } from '../../tools/local/label-book.js';
import { ServeStoppedError, startServedStack } from '../../tools/local/served-stack.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { formatThreshold } from '../../tools/local/terminal.js';
import type { CliIo } from './command.js';
import { DEFAULTS, defineCommand, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';
import { resolveTaxonomy, taxonomyFile } from './taxonomy-args.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** The ready block: what is where, and the lines to paste into another shell. */
const readyBlock = (e: EndpointsFile, secretGiven: boolean, acceptHistory: boolean): string => {
  const exports: Record<string, string> = {
    ...endpointsEnv(e),
    INGEST_QUEUE_URL: e.queues.ingest,
    HUMAN_QUEUE_URL: e.queues.human,
    RESOLUTIONS_QUEUE_URL: e.queues.resolutions,
    OUTCOMES_QUEUE_URL: e.queues.outcomes,
    [TABLES.routeConfig.envKey]: e.tables.routeConfig,
    [TABLES.routeAudit.envKey]: e.tables.routeAudit,
    [BUCKETS.scorer.envKey]: e.buckets.scorer,
  };
  const queue = (name: string, url: string, dlq: string) =>
    `  ${name.padEnd(12)}${url}\n  ${''.padEnd(12)}${dlq} (DLQ)`;
  return [
    'triage serve: the stack is up',
    `  region      ${e.region}`,
    `  SQS         ${e.sqsEndpoint}`,
    `  DynamoDB    ${e.dynamodbEndpoint}`,
    `  S3          ${e.s3Endpoint} (bucket ${e.buckets.scorer})`,
    `  webhook     ${e.webhookUrl}/generic, /zendesk, /freshdesk`,
    `  secrets     generic ${e.webhookSecrets.generic}${secretGiven ? '' : ' (random, for this run only)'}`,
    `              zendesk ${e.webhookSecrets.zendesk} (random, for this run only)`,
    `              freshdesk ${e.webhookSecrets.freshdesk} (random, for this run only)`,
    'queues:',
    queue('ingest', e.queues.ingest, e.queues.ingestDlq),
    queue('resolutions', e.queues.resolutions, e.queues.resolutionsDlq),
    queue('human', e.queues.human, e.queues.humanDlq),
    queue('qa', e.queues.qa, e.queues.qaDlq),
    queue('outcomes', e.queues.outcomes, e.queues.outcomesDlq),
    `tables: ${Object.entries(e.tables)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
    `taxonomy: ${e.taxonomyPath}`,
    `simulated people: ${e.people ? 'on (they answer only tickets whose label they know)' : 'off'}`,
    `history tickets: ${acceptHistory ? 'scored as evidence' : 'refused (quarantined as history_not_accepted)'}`,
    '',
    '# paste into another shell:',
    `export ${Object.entries(exports)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n');
};

/**
 * The first SIGINT or SIGTERM asks for a clean stop (the abort signal); a second one ends the
 * process at once, after `onForce` (which must be synchronous) has tidied what it can.
 */
const stopSignals = (log: (m: string) => void, onForce: () => void) => {
  const controller = new AbortController();
  const received = new Promise<void>((resolve) =>
    controller.signal.addEventListener('abort', () => resolve(), { once: true }),
  );
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      log(`${signal}: stopping (send it again to exit at once)`);
      controller.abort();
      return;
    }
    onForce();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    signal: controller.signal,
    received,
    remove: () => {
      for (const s of SIGNALS) process.off(s, onSignal);
    },
  };
};

/**
 * Checks the --endpoints path before anything starts: a stale file (its serve died) is removed, and
 * anything else already there (a running serve's file, a directory, a file that is not an
 * endpoints file) is refused and left as it is.
 */
const claimEndpointsPath = (file: string, log: (m: string) => void): void => {
  const state = inspectEndpointsPath(file);
  switch (state.kind) {
    case 'live':
      throw new UsageError(
        `--endpoints: ${file} belongs to a triage serve that is running (pid ${state.pid})`,
      );
    case 'directory':
      throw new UsageError(`--endpoints: ${file} is a directory; give the path of a file to write`);
    case 'foreign':
      throw new UsageError(
        `--endpoints: ${file} exists and is not a triage serve endpoints file, so it is left as it is; give another path`,
      );
    case 'free':
      if (!existsSync(dirname(file)))
        throw new UsageError(`--endpoints: the directory of ${file} does not exist`);
      if (state.stalePid !== undefined) {
        // A file left by a serve that died would tell a waiting script the stack is up.
        removeEndpointsFile(file, state.stalePid);
        log(`--endpoints: replacing ${file}, left by a triage serve that is gone (pid ${state.stalePid})`);
      }
  }
};

const printer = (io: CliIo) => (m: string) => io.stderr.write(`${m}\n`);

const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Keep the embedded stack running, with a webhook, for the AWS CLI, operator commands and scripts.',
  usage:
    'triage serve [--endpoints FILE] [--webhook-secret SECRET] [--no-people] [--train FILE] [--taxonomy FILE | --policy FILE] [--cold-start] [--no-history] [--retune-every SECONDS] [--seed N]',
  options: {
    endpoints: option.optionalFile('once everything is up, write the endpoints JSON here (removed on stop)'),
    'webhook-secret': option.text(
      'the signing secret of the generic webhook adapter (default: a random one, printed); the zendesk and freshdesk adapters each get their own random one',
      'SECRET',
    ),
    'no-people': option.flag(
      'no simulated agents, customers or QA: the queues are yours to drain, outcomes come only from outside',
    ),
    train: option.file('labelled CSV the stand-in model learns from', DEFAULTS.train),
    taxonomy: option.optionalFile(
      'taxonomy JSON (default: the sample taxonomy when the --train labels are its own, else one derived from them with every route auto-eligible)',
    ),
    policy: option.optionalFile(
      'derive the taxonomy from the --train labels with this policy CSV (intent,policy,team,priority)',
    ),
    'cold-start': option.flag(
      'do not use the --train labels as first evidence: every route starts in shadow mode',
    ),
    'no-history': option.flag(
      'refuse history tickets (triage backfill): quarantined as history_not_accepted, as on a stack deployed with -c acceptHistory=false; needs --cold-start',
    ),
    'retune-every': option.positiveInt('seconds between retunes', 2),
    seed: option.positiveInt('seed of the simulated agents, customers and QA', 1),
  },
  run: async ({ values, io }) => {
    const log = printer(io);
    const training = readFlagFile('train', values.train, readLabelledCsv);
    const resolved = resolveTaxonomy(values, training, log);
    const taxonomyPath = taxonomyFile(values, resolved);
    if (values['no-history'] && !values['cold-start'])
      throw new UsageError(
        '--no-history refuses the history tickets the warm start sends the --train labels as: give --cold-start too',
      );
    const file = values.endpoints;
    if (file !== undefined) claimEndpointsPath(file, log);
    const secretGiven = values['webhook-secret'] !== undefined;
    // One secret per adapter, as deployed: the Freshdesk token is sent in clear, so it must sign
    // nothing for the other two.
    const random = () => randomBytes(18).toString('base64url');
    const webhookSecrets = {
      generic: values['webhook-secret'] ?? random(),
      zendesk: random(),
      freshdesk: random(),
    };
    const routes = resolved.taxonomy.routes.map((r) => r.id);
    let people: { labels: ReturnType<typeof createLabelBook>['lookup']; random: () => number } | undefined;
    if (!values['no-people']) {
      const book = createLabelBook(readLabelledFiles([values.train, DEFAULTS.tickets]), routes);
      log(
        `simulated people know the routes of ${book.size} ticket texts (--train and the sample tickets); items of other tickets go back on their queue`,
      );
      people = { labels: book.lookup, random: mulberry32(values.seed) };
    }

    const stop = stopSignals(log, () => {
      if (file !== undefined) removeEndpointsFile(file);
    });
    // The handlers' JSON logs and EMF lines are CloudWatch's, not the terminal's: stdout keeps the
    // ready block alone.
    const telemetry = captureTelemetry(false);
    try {
      const served = await startServedStack({
        trainPath: values.train,
        taxonomyPath,
        taxonomy: resolved.taxonomy,
        coldStart: values['cold-start'],
        acceptHistory: !values['no-history'],
        retuneEveryMs: values['retune-every'] * 1000,
        webhookSecrets,
        ...(people ? { people } : {}),
        signal: stop.signal,
        onStatus: log,
        onRetune: (report) => {
          for (const c of report.changes)
            log(
              `retune: ${c.routeId} ${c.before.mode}@${formatThreshold(c.before.threshold)} -> ${c.after.mode}@${formatThreshold(c.after.threshold)}`,
            );
        },
        onError: (what, error) => log(`${what} failed: ${(error as Error).message ?? String(error)}`),
      });
      try {
        const endpoints: EndpointsFile = { ...served.endpoints, pid: process.pid };
        if (!stop.signal.aborted) {
          io.stdout.write(readyBlock(endpoints, secretGiven, !values['no-history']));
          if (file !== undefined) {
            try {
              writeEndpointsFile(file, endpoints);
            } catch (error) {
              throw new UsageError(`--endpoints: cannot write ${file}: ${(error as Error).message}`);
            }
            log(`endpoints written to ${file}`);
          }
        }
        await stop.received;
      } finally {
        await served.stop();
        if (file !== undefined) removeEndpointsFile(file);
      }
    } catch (error) {
      // A stop asked for while starting is a clean stop, not a failure.
      if (!(error instanceof ServeStoppedError)) throw error;
    } finally {
      telemetry.restore();
      stop.remove();
    }
    log('stopped');
    return 0;
  },
});

export { serveCommand };
