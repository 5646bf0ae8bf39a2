import { createOutcomeHandler } from '../../functions/outcome-handler.js';
import { loadEnv, OutcomeEnvSchema } from '../../lib/config/env.schema.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { resourceEnv } from '../../tools/local/emulators.js';
import { SAMPLE } from '../../tools/local/sample-data.js';

/** The real outcome function on the emulators, from validated config as in Lambda, with its config. */
const outcomeHandlerOn = (emulators: Emulators) => {
  const config = loadEnv(OutcomeEnvSchema, { ...resourceEnv(emulators), TAXONOMY_PATH: SAMPLE.taxonomy });
  const { outcomeHandler } = createOutcomeHandler(config, {
    clients: { dynamo: emulators.dynamo, sqs: emulators.sqs, s3: emulators.s3 },
    logLevel: 'SILENT',
  });
  return { config, handler: outcomeHandler };
};

export { outcomeHandlerOn };
