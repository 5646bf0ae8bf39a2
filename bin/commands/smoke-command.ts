import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { unpricedModelProblem } from '../../lib/domain/classification/pricing.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { defineCommand, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';
import { runSmoke } from './smoke-check.js';

/** The infra default (infra/config.ts modelId), so `triage smoke` checks what a default deploy calls. */
const DEFAULT_MODEL_ID = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';

const smokeCommand = defineCommand({
  name: 'smoke',
  summary: 'Make one real Bedrock Converse call through the classifier and say what is missing if it fails.',
  usage: 'triage smoke [--region R] [--model-id ID] [--endpoint URL] [--taxonomy FILE]',
  options: {
    region: option.text('Bedrock region (default: AWS_REGION or the profile region)', 'R'),
    'model-id': option.text(
      `model or inference-profile id (default: MODEL_ID, else ${DEFAULT_MODEL_ID})`,
      'ID',
    ),
    endpoint: option.text('a Bedrock-compatible endpoint, e.g. the local stand-in', 'URL'),
    taxonomy: option.file('taxonomy JSON for the prompt', SAMPLE.taxonomy),
  },
  // Exit codes: 0 the model answered, 1 a check failed (the message says which), 2 usage.
  run: async ({ values, io }) => {
    const modelId = values['model-id'] ?? io.env.MODEL_ID ?? DEFAULT_MODEL_ID;
    if (modelId.startsWith('arn:'))
      throw new UsageError('--model-id takes the model or profile id, not its ARN');
    const { endpoint } = values;
    if (endpoint !== undefined && !URL.canParse(endpoint)) {
      throw new UsageError(`--endpoint must be a URL, not "${endpoint}"`);
    }
    const taxonomy = readFlagFile('taxonomy', values.taxonomy, loadTaxonomy);
    const unpriced = unpricedModelProblem(modelId);
    if (unpriced) io.stderr.write(`warning: ${unpriced}; a deployment would refuse it\n`);
    const result = await runSmoke({
      modelId,
      taxonomy,
      region: values.region,
      endpoint,
    });
    (result.check === 'ok' ? io.stdout : io.stderr).write(`${result.message}\n`);
    return result.check === 'ok' ? 0 : 1;
  },
});

export { DEFAULT_MODEL_ID, smokeCommand };
