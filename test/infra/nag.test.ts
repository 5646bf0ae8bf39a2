import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTriageApp } from '../../infra/triage-app.js';
import { CDK_CONTEXT, SKIP_BUNDLING, TEST_ENV } from './synth-triage.js';

interface ValidationReport {
  pluginReports: { pluginName: string; violations?: unknown[] }[];
}

const outdirs: string[] = [];
const appWithOutdir = (context: Record<string, unknown> = {}): App => {
  const outdir = mkdtempSync(join(tmpdir(), 'triage-nag-'));
  outdirs.push(outdir);
  return new App({ outdir, context: { ...CDK_CONTEXT, ...SKIP_BUNDLING, ...context } });
};
/** Every optional part on: the webhook (on by default) and the Salesforce rule. */
const EVERYTHING = { salesforceEventSource: 'aws.partner/salesforce.com/00D5e000000abcd/0YL5e000000wxyz' };

describe('cdk-nag (AwsSolutions)', () => {
  afterAll(() => {
    for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reports no unacknowledged finding, error or warning, with the webhook and the Salesforce rule', () => {
    const app = appWithOutdir(EVERYTHING);
    const { stateful, stateless } = buildTriageApp(app, TEST_ENV);
    expect(stateful.outcomeEvents).toBeDefined();
    expect(stateless.webhook).toBeDefined();
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} (${v.severity})`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('synthesizes with an empty validation report and no CDK warnings or errors', () => {
    const app = appWithOutdir();
    const { stateful, stateless } = buildTriageApp(app, TEST_ENV);
    const assembly = app.synth();
    const report = JSON.parse(
      readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
    expect(report.pluginReports.flatMap((r) => r.violations ?? [])).toEqual([]);
    for (const stack of [stateful, stateless]) {
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
      expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
    }
    // The one synth with the built-in CloudFormation validation on (its rule engine starts in seconds):
    // about 15 s alone, and twice that while the whole suite shares two cores.
  }, 60_000);

  it('fails synth on a finding nobody acknowledged', () => {
    const app = appWithOutdir();
    const { stateless } = buildTriageApp(app, TEST_ENV);
    new Queue(stateless, 'UncheckedQueue');
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => v.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-SQS4']),
    );
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS3/);
  });

  it('acknowledges the X-Ray wildcard per function role, one scorer-bucket prefix per grant, the bucket access log, the webhook routes without an authorizer, and the vendor secret rotation', () => {
    const app = appWithOutdir();
    buildTriageApp(app, TEST_ENV);
    const acknowledged = app.node.findAll().flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) =>
          Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
            path: c.node.path,
            id: id.replace(/^annotation::/i, ''),
            reason,
          })),
        ),
    );
    const roles = [
      'ClassifyService/Classify',
      'OutcomeService/Outcome',
      'RetuneService/Retune',
      'TrainService/Train',
      'WebhookService/Webhook',
    ];
    const bucket = 'arn:aws:s3:::tickettriage-scorer-123456789012-eu-west-1';
    const prefixGrants: [string, string][] = [
      ['ClassifyService/Classify', 'examples'],
      ['ClassifyService/Classify', 'scorers'],
      ['OutcomeService/Outcome', 'examples'],
      ['RetuneService/Retune', 'scorers'],
      ['TrainService/Train', 'examples'],
      ['TrainService/Train', 'scorers'],
    ];
    const byPathThenId = (a: { path: string; id: string }, b: { path: string; id: string }) =>
      a.path.localeCompare(b.path) || a.id.localeCompare(b.id);
    expect(acknowledged.sort(byPathThenId)).toEqual(
      [
        ...roles.map((fn) => ({
          path: `TicketTriageStateless/${fn}/Role`,
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: expect.stringMatching(/X-Ray/),
        })),
        ...prefixGrants.map(([fn, prefix]) => ({
          path: `TicketTriageStateless/${fn}/Role`,
          id: `AwsSolutions-IAM5[Resource::${bucket}/${prefix}/*]`,
          reason: expect.stringMatching(/one prefix of the scorer bucket/),
        })),
        {
          path: 'TicketTriageStateful/Data/Scorer/Bucket',
          id: 'AwsSolutions-S1',
          reason: expect.stringMatching(/Only the stack’s own functions/),
        },
        ...['generic', 'zendesk', 'freshdesk'].map((adapter) => ({
          path: `TicketTriageStateless/WebhookService/Api/POST--${adapter}`,
          id: 'AwsSolutions-APIG4',
          reason: expect.stringMatching(/HMAC signature/),
        })),
        {
          path: 'TicketTriageStateful/WebhookSecret/Secret',
          id: 'AwsSolutions-SMG4',
          reason: expect.stringMatching(/rotated at the vendor/),
        },
      ].sort(byPathThenId),
    );
  });
});
