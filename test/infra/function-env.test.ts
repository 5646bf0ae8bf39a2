import { Lazy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { type FunctionEnv, FunctionEnvError, validateFunctionEnv } from '../../infra/function-env.js';
import { ClassifyEnvSchema, RetuneEnvSchema } from '../../lib/config/env.schema.js';

type ClassifyEnvInput = FunctionEnv<typeof ClassifyEnvSchema>;

const token = (value: string) => Lazy.string({ produce: () => value });

const validEnv = (): ClassifyEnvInput => ({
  TICKETS_TABLE: token('tickets'),
  QUARANTINE_TABLE: token('quarantine'),
  ROUTE_CONFIG_TABLE: token('route-config'),
  OBSERVATIONS_TABLE: token('observations'),
  RESOLUTIONS_QUEUE_URL: token('https://sqs.eu-west-1.amazonaws.com/1/resolutions'),
  HUMAN_QUEUE_URL: token('https://sqs.eu-west-1.amazonaws.com/1/human'),
  QA_QUEUE_URL: token('https://sqs.eu-west-1.amazonaws.com/1/qa'),
  MODEL_ID: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
  BEDROCK_REGION: 'us-east-1',
  TAXONOMY_PATH: '/var/task/taxonomy.json',
  RECORD_CONCURRENCY: '5',
});

describe('function environment check at synth', () => {
  it('accepts deploy-time tokens for resource names and URLs', () => {
    const env = validateFunctionEnv(ClassifyEnvSchema, validEnv(), 'Classify');
    expect(env.MODEL_ID).toBe('us.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(Object.keys(env)).not.toContain('TICKET_RETENTION_DAYS');
  });

  it('fails synth, naming the key, when a required key is missing', () => {
    const { HUMAN_QUEUE_URL: _omitted, ...rest } = validEnv();
    expect(() => validateFunctionEnv(ClassifyEnvSchema, rest as ClassifyEnvInput, 'Classify')).toThrow(
      /HUMAN_QUEUE_URL/,
    );
  });

  it('fails synth when a literal value breaks the schema', () => {
    const env = { ...validEnv(), RECORD_CONCURRENCY: '500' };
    expect(() => validateFunctionEnv(ClassifyEnvSchema, env, 'Classify')).toThrow(/RECORD_CONCURRENCY/);
  });

  it('fails synth when a sampling rate is not a probability', () => {
    const env = { ...validEnv(), EXPLORATION_RATE: '1.5' };
    expect(() => validateFunctionEnv(ClassifyEnvSchema, env, 'Classify')).toThrow(/EXPLORATION_RATE/);
  });

  it('fails synth when the retune dry-run flag is not "true" or "false"', () => {
    const env: FunctionEnv<typeof RetuneEnvSchema> = {
      ROUTE_CONFIG_TABLE: token('route-config'),
      ROUTE_AUDIT_TABLE: token('route-audit'),
      OBSERVATIONS_TABLE: token('observations'),
      TAXONOMY_PATH: '/var/task/taxonomy.json',
      DRY_RUN: 'yes',
    };
    expect(() => validateFunctionEnv(RetuneEnvSchema, env, 'Retune')).toThrow(/DRY_RUN/);
    expect(validateFunctionEnv(RetuneEnvSchema, { ...env, DRY_RUN: 'true' }, 'Retune').DRY_RUN).toBe('true');
  });

  it('never lets the local-only BEDROCK_ENDPOINT reach AWS', () => {
    const env = { ...validEnv(), BEDROCK_ENDPOINT: 'http://localhost:4010' };
    expect(() => validateFunctionEnv(ClassifyEnvSchema, env, 'Classify')).toThrow(FunctionEnvError);
    expect(() => validateFunctionEnv(ClassifyEnvSchema, env, 'Classify')).toThrow(
      /BEDROCK_ENDPOINT: local-only/,
    );
  });

  it('rejects a key the function does not read', () => {
    const env = { ...validEnv(), TICKET_TABLE: 'typo' } as ClassifyEnvInput;
    expect(() => validateFunctionEnv(ClassifyEnvSchema, env, 'Classify')).toThrow(/TICKET_TABLE: not read/);
  });
});
