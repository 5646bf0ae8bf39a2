import { describe, expect, it } from 'vitest';
import { InfraConfigError, parseInfraConfig } from '../../../../infra/config.js';
import { ClassifyEnvSchema, ConfigError, loadEnv } from '../../../../lib/config/env.schema.js';
import { costUsd, PRICED_MODEL_IDS } from '../../../../lib/domain/classification/pricing.js';

const classifyEnv = (modelId: string) => ({
  TICKETS_TABLE: 'tickets',
  QUARANTINE_TABLE: 'quarantine',
  ROUTE_CONFIG_TABLE: 'route-config',
  OBSERVATIONS_TABLE: 'observations',
  RESOLUTIONS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/resolutions',
  HUMAN_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/human',
  QA_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/qa',
  MODEL_ID: modelId,
  TAXONOMY_PATH: '/var/task/taxonomy.json',
});

const UNPRICED = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';

describe('model id validation', () => {
  it('fails the cold start on an unpriced model id, naming it and the priced ones', () => {
    expect(() => loadEnv(ClassifyEnvSchema, classifyEnv(UNPRICED))).toThrow(ConfigError);
    expect(() => loadEnv(ClassifyEnvSchema, classifyEnv(UNPRICED))).toThrow(
      new RegExp(`MODEL_ID: .*${UNPRICED.replace(/\./g, '\\.')}.*anthropic\\.claude-haiku-4-5-20251001-v1:0`),
    );
  });

  it('accepts a priced model, bare or behind an inference profile', () => {
    for (const id of [
      'anthropic.claude-haiku-4-5-20251001-v1:0',
      'eu.amazon.nova-lite-v1:0',
      'local.stand-in',
    ]) {
      expect(loadEnv(ClassifyEnvSchema, classifyEnv(id)).MODEL_ID).toBe(id);
    }
  });

  it('fails synth on an unpriced model id, naming it and the priced ones', () => {
    expect(() => parseInfraConfig({ modelId: UNPRICED })).toThrow(InfraConfigError);
    expect(() => parseInfraConfig({ modelId: UNPRICED })).toThrow(
      /context "modelId"[^\n]*claude-3-5-haiku[^\n]*amazon\.nova-micro-v1:0/,
    );
    expect(parseInfraConfig({ modelId: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' }).modelId).toBe(
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
  });

  it('prices every configurable model, so no ticket reports cost 0 by omission', () => {
    for (const id of PRICED_MODEL_IDS) {
      expect(costUsd(id, { inputTokens: 1, outputTokens: 1 }), id).toBeDefined();
    }
  });
});
