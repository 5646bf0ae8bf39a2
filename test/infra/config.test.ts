import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, InfraConfigError, loadInfraConfig, parseInfraConfig } from '../../infra/config.js';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { buildTriageApp } from '../../infra/triage-app.js';
import { CDK_CONTEXT, newTriageApp } from './synth-triage.js';

describe('infra config', () => {
  it('prices a wrong auto-resolution at the break-even of its own target and human cost, unless given', () => {
    expect(parseInfraConfig({ humanCostPerTicket: '6', targetError: '0.03' }).wrongAutoCost).toBeCloseTo(200);
    expect(parseInfraConfig({ humanCostPerTicket: '5', targetError: '0.01' }).wrongAutoCost).toBeCloseTo(500);
    expect(parseInfraConfig({ wrongAutoCost: '75' }).wrongAutoCost).toBe(75);
  });

  it('applies the documented defaults when no context is given', () => {
    const config = parseInfraConfig({});
    expect(config).toMatchObject({
      stackPrefix: 'TicketTriage',
      modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
      modelRegions: ['us-east-1', 'us-east-2', 'us-west-2'],
      bedrockRegion: 'us-east-1',
      targetError: 0.02,
      humanCostPerTicket: 4,
      // The break-even price: 4 USD human cost / 0.02 target error.
      wrongAutoCost: 200,
      explorationRate: 0.05,
      auditRate: 0.02,
      routeConfigCacheSeconds: 60,
      acceptHistory: true,
      minSamples: 30,
      maxStepDown: 0.1,
      windowDays: 90,
      retuneDryRun: false,
      retuneSchedule: 'rate(1 hour)',
      batchSize: 10,
      maxBatchingWindowSeconds: 2,
      maxConcurrency: 2,
      recordConcurrency: 5,
      modelTimeoutMs: 20_000,
      // Derived: the time budget's minimum for the defaults above (see time-budget.test.ts).
      functionTimeoutSeconds: 204,
      functionMemoryMb: 512,
      humanQueueVisibilitySeconds: 300,
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
      functionTimeoutSeconds: '400',
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

  it('rejects a function timeout below what the time budget needs, naming the keys it depends on', () => {
    expect(() => parseInfraConfig({ functionTimeoutSeconds: 60, modelTimeoutMs: 20_000 })).toThrow(
      /^invalid CDK context: context "functionTimeoutSeconds" = 60: 60 s is below the 204 s the time budget of modelTimeoutMs 20000, batchSize 10, recordConcurrency 5 needs/,
    );
    expect(parseInfraConfig({ functionTimeoutSeconds: 204 }).functionTimeoutSeconds).toBe(204);
  });

  it('rejects a model timeout whose time budget no Lambda timeout can hold', () => {
    expect(() => parseInfraConfig({ modelTimeoutMs: 120_000 })).toThrow(
      /context "modelTimeoutMs" = 120000: the time budget of modelTimeoutMs 120000, batchSize 10, recordConcurrency 5 needs a \d+ s function timeout, above Lambda's 900 s/,
    );
  });

  it('sets the ingest age alarm past one redelivery when unset, and rejects one that a retry would trip', () => {
    // Ingest visibility 6 x 204 + 2 = 1226 s: 21 minutes, plus 10.
    expect(parseInfraConfig({}).ingestQueueMaxAgeMinutes).toBe(31);
    expect(parseInfraConfig({ ingestQueueMaxAgeMinutes: '45' }).ingestQueueMaxAgeMinutes).toBe(45);
    expect(() => parseInfraConfig({ ingestQueueMaxAgeMinutes: '15' })).toThrow(
      /context "ingestQueueMaxAgeMinutes" = "15": must exceed the ingest visibility timeout \(1226 s/,
    );
  });

  it('rejects a human queue age alarm that one failed helpdesk handoff would trip', () => {
    expect(() =>
      parseInfraConfig({ humanQueueMaxAgeMinutes: '5', humanQueueVisibilitySeconds: '600' }),
    ).toThrow(/context "humanQueueMaxAgeMinutes" = "5": must exceed humanQueueVisibilitySeconds \(600 s\)/);
  });

  it('returns the time budget with the config, and the timeout it derives when none is set', () => {
    const config = parseInfraConfig({ modelTimeoutMs: '5000', batchSize: '4', recordConcurrency: '4' });
    expect(config.functionTimeoutSeconds).toBe(config.classifyBudget.minFunctionTimeoutSeconds);
    expect(config.classifyBudget.minVisibilityTimeoutSeconds).toBe(6 * config.functionTimeoutSeconds + 2);
  });

  it('fails on an unknown context key and names the closest known one', () => {
    expect(() => parseInfraConfig({ maxConcurrecy: '8' })).toThrow(
      /^invalid CDK context: unknown context key maxConcurrecy; did you mean maxConcurrency\?$/,
    );
    expect(() => parseInfraConfig({ funtionTimeoutSeconds: '300' })).toThrow(
      /did you mean functionTimeoutSeconds\?/,
    );
    expect(() => parseInfraConfig({ colour: 'blue' })).toThrow(
      /unknown context key colour \(the keys are listed/,
    );
  });

  it('leaves the keys of CDK, its feature flags, lookups and libraries alone', () => {
    const config = loadInfraConfig(
      newTriageApp({
        'aws:cdk:enable-path-metadata': true,
        'aws:cdk:version-reporting': false,
        'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a'],
        'acknowledged-issue-numbers': [34892],
        'cdk-nag:suppressions': true,
        batchSize: '5',
      }),
    );
    expect(config.batchSize).toBe(5);
    // The feature flags of cdk.json are in this app's context too (newTriageApp adds them).
    expect(newTriageApp().node.tryGetContext('@aws-cdk/core:checkSecretUsage')).toBe(true);
  });

  it('puts every problem on one line that names the key and the allowed range', () => {
    let message = '';
    try {
      parseInfraConfig({ maxConcurrency: '1', explorationRate: '2' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'invalid CDK context: context "explorationRate" = "2": a number from 0 to 1; context "maxConcurrency" = "1": an integer from 2 to 1000',
    );
  });

  it('fails `cdk synth` with that one line and no stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', fromProjectRoot('infra/app.ts')], {
      env: {
        ...process.env,
        CDK_CONTEXT_JSON: JSON.stringify({ ...CDK_CONTEXT, maxConcurrecy: '8' }),
        CDK_OUTDIR: mkdtempSync(join(tmpdir(), 'triage-config-')),
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'invalid CDK context: unknown context key maxConcurrecy; did you mean maxConcurrency?',
    );
  }, 30_000);

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
