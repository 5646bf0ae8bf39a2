import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { RetuneEnvSchema } from '../lib/config/env.schema.js';
import { BUCKETS, TABLES } from '../lib/config/resources.js';
import { type DataAccess, grantDataAccess } from './data-access.js';
import type { FunctionEnv } from './function-env.js';
import type { TriageData } from './triage-data.js';
import { bundledTaxonomy, TAXONOMY_PATH, TriageFunction } from './triage-function.js';

/**
 * The retune function, run on a schedule: for each route it bounds the error rate from the labelled
 * observations of the window and moves the route's threshold and mode (auto or shadow), writing
 * every change to the audit trail. A manual invoke with `{ "dryRun": true }` reports without
 * writing; `retuneDryRun` makes every scheduled run a dry run.
 */

interface RetuneSettings {
  readonly retuneSchedule: string;
  readonly retuneDryRun: boolean;
  readonly targetError: number;
  readonly routeCap: number;
  readonly humanCostPerTicket: number;
  readonly wrongAutoCost: number;
  readonly explorationRate: number;
  readonly auditRate: number;
  readonly minSamples: number;
  readonly maxStepDown: number;
  readonly windowDays: number;
  readonly taxonomyFile: string;
}

interface RetuneServiceProps {
  readonly data: TriageData;
  readonly settings: RetuneSettings;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/** Reads the window's observations of every route: DynamoDB queries only, no model call. */
const RETUNE_TIMEOUT = Duration.minutes(5);
const RETUNE_MEMORY_MB = 512;
/** A run the schedule could not deliver within this is skipped: the next one supersedes it. */
const MAX_EVENT_AGE = Duration.hours(1);

/**
 * lib/use-cases/retune-routes.ts through its stores: list the configs (Scan), re-read one after a
 * version conflict (Get), save a change (conditional Put), append it to the audit trail
 * (conditional Put), and read each route's observations (Query). The retune never reads the audit
 * trail (the store's `history` Query is for `triage thresholds history`), so it may not. The route
 * scorer: the active version's pointer (GetItem of its route-config item) and its evidence
 * (`scorers/*`), the out-of-fold scores that certify that version.
 */
const RETUNE_ACCESS: DataAccess = {
  tables: {
    routeConfig: ['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem'],
    routeAudit: ['dynamodb:PutItem'],
    observations: ['dynamodb:Query'],
  },
  objects: { scorers: ['s3:GetObject'] },
};

class RetuneService extends Construct {
  readonly fn: TriageFunction<typeof RetuneEnvSchema>;
  readonly schedule: Rule;

  constructor(scope: Construct, id: string, props: RetuneServiceProps) {
    super(scope, id);
    const { data, settings: s } = props;
    const { tables } = data;

    const environment: FunctionEnv<typeof RetuneEnvSchema> = {
      [TABLES.routeConfig.envKey]: tables.routeConfig.tableName,
      [TABLES.routeAudit.envKey]: tables.routeAudit.tableName,
      [TABLES.observations.envKey]: tables.observations.tableName,
      [BUCKETS.scorer.envKey]: data.scorerBucket.bucket.bucketName,
      TAXONOMY_PATH,
      TARGET_ERROR: String(s.targetError),
      ROUTE_CAP: String(s.routeCap),
      HUMAN_COST_PER_TICKET: String(s.humanCostPerTicket),
      WRONG_AUTO_COST: String(s.wrongAutoCost),
      EXPLORATION_RATE: String(s.explorationRate),
      AUDIT_RATE: String(s.auditRate),
      MIN_SAMPLES: String(s.minSamples),
      MAX_STEP_DOWN: String(s.maxStepDown),
      WINDOW_DAYS: String(s.windowDays),
      DRY_RUN: String(s.retuneDryRun),
    };
    this.fn = new TriageFunction(this, 'Retune', {
      entry: 'functions/retune.ts',
      description: 'Re-certifies each route threshold from labelled evidence, on a schedule',
      envSchema: RetuneEnvSchema,
      environment,
      timeout: RETUNE_TIMEOUT,
      memorySize: RETUNE_MEMORY_MB,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      bundledFiles: [bundledTaxonomy(s.taxonomyFile)],
    });
    grantDataAccess(this.fn.role, data, RETUNE_ACCESS);

    // An events rule invokes the function through a resource policy scoped to the rule, so no
    // role (and no wildcard on function versions) is needed.
    this.schedule = new Rule(this, 'Schedule', {
      description: `Runs the retune: ${s.retuneSchedule}${s.retuneDryRun ? ' (dry run)' : ''}`,
      schedule: Schedule.expression(s.retuneSchedule),
      targets: [
        new LambdaFunction(this.fn.function, {
          event: RuleTargetInput.fromObject({}),
          maxEventAge: MAX_EVENT_AGE,
          retryAttempts: 2,
        }),
      ],
    });
  }
}

export type { RetuneServiceProps, RetuneSettings };
export { RETUNE_ACCESS, RetuneService };
