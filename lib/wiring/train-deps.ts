import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createActiveScorerStore } from '../adapters/dynamodb/active-scorer-store.js';
import { createLabelledExampleStore } from '../adapters/s3/labelled-example-store.js';
import { createScorerStore } from '../adapters/s3/scorer-store.js';
import type { TrainEnv } from '../config/env.schema.js';
import { BUCKETS, TABLES } from '../config/resources.js';
import type { TrainRouteScorerDeps } from '../use-cases/train-route-scorer.js';
import { createDynamoClient } from './aws-clients.js';
import { createS3Client } from './s3-client.js';

/** The training run's adapters, built once per container from validated config. */
const createTrainDeps = (config: TrainEnv, clients: { dynamo?: DynamoDBClient; s3?: S3Client } = {}) => {
  const s3 = clients.s3 ?? createS3Client();
  const location = {
    client: s3,
    bucket: config[BUCKETS.scorer.envKey],
    ...(config.SCORER_KMS_KEY_ID ? { kmsKeyId: config.SCORER_KMS_KEY_ID } : {}),
  };
  const documents = DynamoDBDocumentClient.from(clients.dynamo ?? createDynamoClient(), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const deps: TrainRouteScorerDeps = {
    examples: createLabelledExampleStore(location),
    scorers: createScorerStore(location),
    active: createActiveScorerStore({ client: documents, configTable: config[TABLES.routeConfig.envKey] }),
    settings: {
      minExamples: config.MIN_EXAMPLES,
      folds: config.CV_FOLDS,
      retrain: { growth: config.RETRAIN_GROWTH, afterHours: config.RETRAIN_AFTER_HOURS },
      needFlagBudget: config.NEED_FLAG_BUDGET,
    },
  };
  return deps;
};

export { createTrainDeps };
