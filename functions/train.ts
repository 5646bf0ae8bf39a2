import { loadEnv, TrainEnvSchema } from '../lib/config/env.schema.js';
import { createTrainHandler } from './train-handler.js';

const { handler } = createTrainHandler(loadEnv(TrainEnvSchema, process.env));

export { handler };
