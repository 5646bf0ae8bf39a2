import { loadEnv, RetuneEnvSchema } from '../lib/config/env.schema.js';
import { createRetuneHandler } from './retune-handler.js';

const { handler } = createRetuneHandler(loadEnv(RetuneEnvSchema, process.env));

export { handler };
