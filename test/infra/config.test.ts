import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, InfraConfigError, loadInfraConfig, parseInfraConfig } from '../../infra/config.js';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { buildTriageApp } from '../../infra/triage-app.js';
import { newTriageApp } from './synth-triage.js';

describe('infra config', () => {
  it('applies the documented defaults when no context is given', () => {
    const config = parseInfraConfig({});
    expect(config).toMatchObject({
      stackPrefix: 'TicketTriage',
      modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
      modelRegions: ['us-east-1', 'us-east-2', 'us-west-2'],
      bedrockRegion: 'us-east-1',
      targetError: 0.02,
      humanCostPerTicket: 4,
      wrongAutoCost: 25,
      explorationRate: 0.05,
      auditRate: 0.02,
      routeConfigCacheSeconds: 60,
      minSamples: 30,
      maxStepDown: 0.1,
      windowDays: 90,
      retuneDryRun: false,
      retuneSchedule: 'rate(1 hour)',
      batchSize: 10,
      maxBatchingWindowSeconds: 2,
      maxConcurrency: 2,
      recordConcurrency: 5,
      functionTimeoutSeconds: 60,
      functionMemoryMb: 512,
      logRetentionDays: 30,
      removalPolicy: 'retain',
      taxonomyFile: 'data/bnpl/taxonomy.json',
    });
    expect(config.alarmEmail).toBeUndefined();
    expect(config.reservedConcurrency).toBeUndefined();
  });

  it('coerces command-line strings into numbers and comma-separated lists', () => {
    const config = parseInfraConfig({
      batchSize: '20',
      maxBatchingWindowSeconds: '5',
      functionTimeoutSeconds: '120',
      modelRegions: 'eu-west-1, eu-central-1',
      bedrockRegion: 'eu-central-1',
      alarmEmail: '',
    });
    expect(config.batchSize).toBe(20);
    expect(config.modelRegions).toEqual(['eu-west-1', 'eu-central-1']);
    expect(config.alarmEmail).toBeUndefined();
  });

  it('reads the retune dry-run flag from a boolean or a command-line string', () => {
    expect(parseInfraConfig({ retuneDryRun: 'true' }).retuneDryRun).toBe(true);
    expect(parseInfraConfig({ retuneDryRun: true }).retuneDryRun).toBe(true);
    expect(parseInfraConfig({ retuneDryRun: 'false' }).retuneDryRun).toBe(false);
    expect(() => parseInfraConfig({ retuneDryRun: 'yes' })).toThrow(/context "retuneDryRun"/);
  });

  it('rejects sampling rates outside 0..1 and a retune window shorter than the breaker window', () => {
    expect(() => parseInfraConfig({ explorationRate: '1.2' })).toThrow(/context "explorationRate"/);
    expect(() => parseInfraConfig({ auditRate: '-0.1' })).toThrow(/context "auditRate"/);
    expect(() => parseInfraConfig({ maxStepDown: '0' })).toThrow(/context "maxStepDown"/);
    expect(() => parseInfraConfig({ windowDays: '7' })).toThrow(/context "windowDays"/);
  });

  it('rejects a retune schedule that is neither rate(...) nor cron(...)', () => {
    expect(() => parseInfraConfig({ retuneSchedule: 'hourly' })).toThrow(/context "retuneSchedule"/);
  });

  it('names the context key when a value is invalid', () => {
    expect(() => parseInfraConfig({ batchSize: 'ten', removalPolicy: 'keep' })).toThrow(InfraConfigError);
    expect(() => parseInfraConfig({ batchSize: 'ten' })).toThrow(/context "batchSize"/);
    expect(() => parseInfraConfig({ removalPolicy: 'keep' })).toThrow(/context "removalPolicy"/);
    expect(() => parseInfraConfig({ alarmEmail: 'on-call' })).toThrow(/context "alarmEmail"/);
  });

  it('rejects a model timeout that does not fit in the function timeout', () => {
    expect(() => parseInfraConfig({ functionTimeoutSeconds: 20, modelTimeoutMs: 20_000 })).toThrow(
      /context "modelTimeoutMs"/,
    );
  });

  it('rejects reserved concurrency below the event source maxConcurrency', () => {
    expect(() => parseInfraConfig({ maxConcurrency: 10, reservedConcurrency: 5 })).toThrow(
      /context "reservedConcurrency"/,
    );
  });

  it('rejects a batch size above 10 without a batching window', () => {
    expect(() => parseInfraConfig({ batchSize: 20, maxBatchingWindowSeconds: 0 })).toThrow(
      /context "maxBatchingWindowSeconds"/,
    );
  });

  it('rejects a Bedrock region the inference profile does not route from', () => {
    expect(() => parseInfraConfig({ bedrockRegion: 'eu-west-1' })).toThrow(/context "bedrockRegion"/);
  });

  it('rejects a log retention CloudWatch Logs does not offer', () => {
    expect(() => parseInfraConfig({ logRetentionDays: 10 })).toThrow(/context "logRetentionDays"/);
  });

  it('rejects a model ARN where a model or inference-profile id is expected', () => {
    expect(() =>
      parseInfraConfig({ modelId: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0' }),
    ).toThrow(/context "modelId"/);
  });

  it('reads its values from CDK context', () => {
    const config = loadInfraConfig(
      newTriageApp({ functionMemoryMb: '1024', alarmEmail: 'oncall@example.com' }),
    );
    expect(config.functionMemoryMb).toBe(1024);
    expect(config.alarmEmail).toBe('oncall@example.com');
  });

  it('fails synth when the taxonomy file does not exist', () => {
    expect(() => buildTriageApp(newTriageApp({ taxonomyFile: 'data/missing.json' }))).toThrow(
      /cannot read taxonomy/,
    );
  });

  it('documents every context key in docs/deploy.md', () => {
    const doc = readFileSync(fromProjectRoot('docs/deploy.md'), 'utf8');
    const undocumented = CONFIG_KEYS.filter((key) => !doc.includes(`| \`${key}\` |`));
    expect(undocumented).toEqual([]);
  });
});
