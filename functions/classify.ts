import { ClassifyEnvSchema, loadEnv } from '../lib/config/env.schema.js';
import { createClassifyHandler } from './classify-handler.js';

// Cold start: config is validated once (a missing key fails here, by name) and clients are built once.
const { handler } = createClassifyHandler(loadEnv(ClassifyEnvSchema, process.env));

export { handler };
