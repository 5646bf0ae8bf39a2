import { loadEnv, OutcomeEnvSchema } from '../lib/config/env.schema.js';
import { createOutcomeHandler } from './outcome-handler.js';

const { handler } = createOutcomeHandler(loadEnv(OutcomeEnvSchema, process.env));

export { handler };
