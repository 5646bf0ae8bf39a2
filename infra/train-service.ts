import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ACTIVE_SCORER_KEY } from '../lib/adapters/dynamodb/active-scorer-store.js';
import { TrainEnvSchema } from '../lib/config/env.schema.js';
import { BUCKETS, TABLES } from '../lib/config/resources.js';
import { type DataAccess, grantDataAccess } from './data-access.js';
import type { FunctionEnv } from './function-env.js';
import type { TriageData } from './triage-data.js';
import { TriageFunction } from './triage-function.js';

/**
 * The route scorer's training run, on a schedule: it lists the labelled examples, trains a scorer
 * on all of them, keeps its out-of-fold scores as evidence, writes both under a new version and
 * then moves the active-scorer pointer to it. Too few examples or routes: the run is skipped. While
 * a scorer is active, a scheduled run trains only when the labels grew by `scorerRetrainGrowth` or
 * the scorer is `scorerRetrainAfterHours` old, so a backfill is trained on within one period.
 */

interface TrainSettings {
  readonly trainSchedule: string;
  readonly scorerMinExamples: number;
  readonly scorerRetrainGrowth: number;
  readonly scorerRetrainAfterHours: number;
  readonly needFlagBudget: number;
  readonly trainMemoryMb: number;
}

interface TrainServiceProps {
  readonly data: TriageData;
  readonly settings: TrainSettings;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/** Listing and reading tens of thousands of examples, then k + 1 fits: minutes, not seconds. */
const TRAIN_TIMEOUT = Duration.minutes(10);
/** A run the schedule could not deliver within this is skipped: the next one supersedes it. */
const MAX_EVENT_AGE = Duration.hours(6);

/**
 * lib/use-cases/train-route-scorer.ts through its stores: list and read the examples (ListBucket on
 * `examples/`, GetObject), write a version (PutObject on `scorers/*`; GetObject to read one back),
 * and read and move the active scorer's pointer (GetItem, conditional PutItem), on that one item of
 * the route-config table only: the training run can never change a route's config.
 */
const TRAIN_ACCESS: DataAccess = {
  tables: { routeConfig: ['dynamodb:GetItem', 'dynamodb:PutItem'] },
  onlyKeys: { routeConfig: [ACTIVE_SCORER_KEY] },
  objects: { examples: ['s3:GetObject'], scorers: ['s3:GetObject', 's3:PutObject'] },
  list: ['examples'],
};

class TrainService extends Construct {
  readonly fn: TriageFunction<typeof TrainEnvSchema>;
  readonly schedule: Rule;

  constructor(scope: Construct, id: string, props: TrainServiceProps) {
    super(scope, id);
    const { data, settings: s } = props;

    const environment: FunctionEnv<typeof TrainEnvSchema> = {
      [TABLES.routeConfig.envKey]: data.tables.routeConfig.tableName,
      [BUCKETS.scorer.envKey]: data.scorerBucket.bucket.bucketName,
      SCORER_KMS_KEY_ID: data.key.keyArn,
      MIN_EXAMPLES: String(s.scorerMinExamples),
      RETRAIN_GROWTH: String(s.scorerRetrainGrowth),
      RETRAIN_AFTER_HOURS: String(s.scorerRetrainAfterHours),
      NEED_FLAG_BUDGET: String(s.needFlagBudget),
    };
    this.fn = new TriageFunction(this, 'Train', {
      entry: 'functions/train.ts',
      description: 'Trains the route scorer on the labelled examples and activates the new version',
      envSchema: TrainEnvSchema,
      environment,
      timeout: TRAIN_TIMEOUT,
      memorySize: s.trainMemoryMb,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      // Two runs at once would train the same data; the conditional pointer write lets one win.
    });
    grantDataAccess(this.fn.role, data, TRAIN_ACCESS);

    this.schedule = new Rule(this, 'Schedule', {
      description: `Trains the route scorer: ${s.trainSchedule}`,
      schedule: Schedule.expression(s.trainSchedule),
      targets: [
        new LambdaFunction(this.fn.function, {
          // A manual invoke ({}) trains now; the schedule trains when the retrain rule says so.
          event: RuleTargetInput.fromObject({ trigger: 'schedule' }),
          maxEventAge: MAX_EVENT_AGE,
          retryAttempts: 2,
        }),
      ],
    });
  }
}

/**
 * The schedule's period in hours: the staleness alarm allows three of them past the retrain age. A
 * cron expression is taken as daily (the alarm would rather fire late than on every quiet weekend).
 */
const schedulePeriodHours = (expression: string): number => {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!rate) return 24;
  const n = Number(rate[1]);
  const unit = rate[2] ?? 'days';
  if (unit.startsWith('minute')) return n / 60;
  if (unit.startsWith('hour')) return n;
  return n * 24;
};

export type { TrainServiceProps, TrainSettings };
export { schedulePeriodHours, TRAIN_ACCESS, TrainService };
