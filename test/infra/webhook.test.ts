import { beforeAll, describe, expect, it } from 'vitest';
import { InfraConfigError, parseInfraConfig } from '../../infra/config.js';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../lib/adapters/metrics/metric-names.js';
import { WebhookEnvSchema } from '../../lib/config/env.schema.js';
import {
  actionsOf,
  logicalId,
  referencedKey,
  resourcesOf,
  roleStatements,
  type SynthesizedTriage,
  synthTriage,
} from './synth-triage.js';

type Resources = Record<string, { Properties: Record<string, unknown>; DeletionPolicy?: string }>;

const ADAPTERS = ['generic', 'zendesk', 'freshdesk'];
/** A Zendesk map in the shape lib/domain/ingress/field-map.schema.ts accepts. */
const ZENDESK_MAP = {
  zendesk: {
    rules: [
      {
        type: 'human_resolution',
        ticketId: { path: 'ticket.id', prefix: 'zen-' },
        finalRoute: 'ticket.route',
        handleSeconds: 'ticket.handle_seconds',
        resolvedAt: 'ticket.solved_at',
      },
    ],
  },
};

describe('outcomes webhook', () => {
  let triage: SynthesizedTriage;
  let tuned: SynthesizedTriage;
  let ids: { api: string; fn: string; stage: string; accessLogs: string; secret: string };

  const webhookOf = (t: SynthesizedTriage) => {
    const { webhook } = t.stateless;
    if (!webhook) throw new Error('no webhook deployed');
    return webhook;
  };
  const environmentOf = (t: SynthesizedTriage): Record<string, unknown> => {
    const fnId = logicalId(t.stateless, webhookOf(t).fn.function);
    const fn = (t.statelessTemplate.findResources('AWS::Lambda::Function') as Resources)[fnId];
    return (
      (fn?.Properties.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables ?? {}
    );
  };

  beforeAll(() => {
    triage = synthTriage();
    tuned = synthTriage({
      webhookRateLimit: '5',
      webhookBurstLimit: '10',
      webhookMaxBodyBytes: '16384',
      webhookToleranceSeconds: '120',
      webhookSecretCacheSeconds: '60',
      webhookFieldMaps: JSON.stringify(ZENDESK_MAP),
      logRetentionDays: '90',
    });
    const webhook = webhookOf(triage);
    ids = {
      api: logicalId(triage.stateless, webhook.api),
      fn: logicalId(triage.stateless, webhook.fn.function),
      stage: logicalId(triage.stateless, webhook.stage),
      accessLogs: logicalId(triage.stateless, webhook.accessLogs),
      secret: logicalId(triage.stateful, triage.stateful.webhookSecret!.secret),
    };
  });

  it('serves POST /generic, /zendesk and /freshdesk from one HTTP API, each through the function (payload 2.0)', () => {
    triage.statelessTemplate.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    triage.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    const routes = Object.values(
      triage.statelessTemplate.findResources('AWS::ApiGatewayV2::Route') as Resources,
    );
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(ADAPTERS.map((a) => `POST /${a}`).sort());
    const integrations = triage.statelessTemplate.findResources(
      'AWS::ApiGatewayV2::Integration',
    ) as Resources;
    expect(Object.values(integrations)).toHaveLength(1);
    const [integrationId] = Object.keys(integrations);
    expect(integrations[integrationId!]?.Properties).toMatchObject({
      ApiId: { Ref: ids.api },
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [ids.fn, 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
    for (const route of routes) {
      // No authorizer: the function checks each request's HMAC signature (nag.test.ts has the reason).
      expect(route.Properties).toMatchObject({
        ApiId: { Ref: ids.api },
        AuthorizationType: 'NONE',
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
      });
    }
  });

  it('lets API Gateway invoke the function only through those three routes of this API', () => {
    const permissions = Object.values(
      triage.statelessTemplate.findResources('AWS::Lambda::Permission') as Resources,
    ).filter(
      (p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify({ 'Fn::GetAtt': [ids.fn, 'Arn'] }),
    );
    expect(permissions).toHaveLength(ADAPTERS.length);
    const sourceArns = permissions.map((p) => {
      expect(p.Properties).toMatchObject({
        Action: 'lambda:InvokeFunction',
        Principal: 'apigateway.amazonaws.com',
      });
      const parts = (p.Properties.SourceArn as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
      expect(parts).toContainEqual({ Ref: ids.api });
      return String(parts.at(-1));
    });
    expect(sourceArns.sort()).toEqual(ADAPTERS.map((a) => `/*/*/${a}`).sort());
  });

  it('throttles at the $default stage, 50 requests/s with a burst of 100 unless configured', () => {
    const stageOf = (t: SynthesizedTriage) =>
      (t.statelessTemplate.findResources('AWS::ApiGatewayV2::Stage') as Resources)[
        logicalId(t.stateless, webhookOf(t).stage)
      ]?.Properties;
    expect(stageOf(triage)).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    expect(stageOf(tuned)).toMatchObject({
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
  });

  it('writes a JSON access log line per request to its own log group, with status and route but no headers or body', () => {
    const stage = (triage.statelessTemplate.findResources('AWS::ApiGatewayV2::Stage') as Resources)[
      ids.stage
    ];
    const settings = stage?.Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(settings.DestinationArn).toEqual({ 'Fn::GetAtt': [ids.accessLogs, 'Arn'] });
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      integrationError: '$context.integrationErrorMessage',
    });
    expect(settings.Format).not.toMatch(/header|body|authorizer/i);
    const logs = triage.statelessTemplate.findResources('AWS::Logs::LogGroup') as Resources;
    expect(logs[ids.accessLogs]).toMatchObject({
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: 'Retain',
    });
    const tunedLogs = tuned.statelessTemplate.findResources('AWS::Logs::LogGroup') as Resources;
    expect(
      tunedLogs[logicalId(tuned.stateless, webhookOf(tuned).accessLogs)]?.Properties.RetentionInDays,
    ).toBe(90);
  });

  it('runs the webhook through the one function construct: Node.js 24, arm64, tracing, own log group, 10 s', () => {
    const fn = (triage.statelessTemplate.findResources('AWS::Lambda::Function') as Resources)[ids.fn];
    expect(fn?.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Timeout: 10,
      MemorySize: 256,
      LoggingConfig: { LogGroup: { Ref: logicalId(triage.stateless, webhookOf(triage).fn.logGroup) } },
    });
  });

  it('keeps the signing secret in the stateful stack, encrypted with the data key, generating only the generic value', () => {
    const secrets = triage.statefulTemplate.findResources('AWS::SecretsManager::Secret') as Resources;
    expect(Object.keys(secrets)).toEqual([ids.secret]);
    expect(secrets[ids.secret]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        KmsKeyId: { 'Fn::GetAtt': [logicalId(triage.stateful, triage.stateful.data.key), 'Arn'] },
        GenerateSecretString: {
          SecretStringTemplate: '{}',
          GenerateStringKey: 'generic',
          PasswordLength: 48,
          ExcludePunctuation: true,
        },
      },
    });
    // Secrets Manager has no rotation for it: the vendor values change at the vendor.
    triage.statefulTemplate.resourceCountIs('AWS::SecretsManager::RotationSchedule', 0);
  });

  it('gives the function every key WebhookEnvSchema reads, the queue and secret as references, the limits from config', () => {
    const variables = environmentOf(triage);
    expect(variables).toMatchObject({
      WEBHOOK_SECRET_CACHE_SECONDS: '300',
      WEBHOOK_FIELD_MAPS: '{}',
      WEBHOOK_MAX_BODY_BYTES: '65536',
      WEBHOOK_TOLERANCE_SECONDS: '300',
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
    });
    const queues = Object.fromEntries(
      Object.entries(triage.stateful.data.queues).map(([k, q]) => [k, q.queue]),
    ) as Record<string, { node: { defaultChild?: unknown } }>;
    expect(referencedKey(triage, variables.OUTCOMES_QUEUE_URL, queues, 'Ref')).toBe('outcomes');
    expect(JSON.stringify(variables.WEBHOOK_SECRET_ID)).toContain(`PublishOutputRef${ids.secret}`);
    const env = Object.fromEntries(
      Object.entries(variables)
        .filter(([k]) => !k.startsWith('POWERTOOLS_') && k !== 'NODE_OPTIONS')
        .map(([k, v]) => [
          k,
          typeof v === 'string'
            ? v
            : k.endsWith('_URL')
              ? 'https://sqs.eu-west-1.amazonaws.com/1/q'
              : 'arn:secret',
        ]),
    );
    expect(WebhookEnvSchema.strict().safeParse(env).error?.issues ?? []).toEqual([]);
    expect(environmentOf(tuned)).toMatchObject({
      WEBHOOK_SECRET_CACHE_SECONDS: '60',
      WEBHOOK_MAX_BODY_BYTES: '16384',
      WEBHOOK_TOLERANCE_SECONDS: '120',
    });
  });

  it('passes webhookFieldMaps as given, and fails synth on a map the field-map schema refuses or one too long for Lambda', () => {
    expect(JSON.parse(environmentOf(tuned).WEBHOOK_FIELD_MAPS as string)).toEqual(ZENDESK_MAP);
    const refused = (webhookFieldMaps: unknown, message: RegExp) =>
      expect(() => parseInfraConfig({ webhookFieldMaps })).toThrow(
        expect.objectContaining({ name: InfraConfigError.name, message: expect.stringMatching(message) }),
      );
    refused({ zendesk: { rules: [] } }, /context "webhookFieldMaps".*zendesk\.rules/);
    refused({ helpscout: {} }, /context "webhookFieldMaps".*helpscout/);
    refused('{not json', /context "webhookFieldMaps"/);
    const long = {
      zendesk: {
        ...ZENDESK_MAP.zendesk,
        routes: Object.fromEntries(
          Array.from({ length: 150 }, (_, i) => [`helpdesk-tag-${i}`, 'payment_schedule']),
        ),
      },
    };
    refused(long, /above the 3072 a Lambda environment/);
  });

  it('grants exactly SendMessage on the outcomes queue, GetSecretValue on the secret, and the data key only through SQS and Secrets Manager', () => {
    const statements = roleStatements(triage, webhookOf(triage).fn.role);
    const bySid = Object.fromEntries(statements.filter((s) => s.Sid).map((s) => [s.Sid, s]));
    expect(Object.keys(bySid).sort()).toEqual(
      ['DecryptSigningSecret', 'ReadSigningSecret', 'SendOutcomes', 'UseDataKeyThroughSqs'].sort(),
    );
    const queues = Object.fromEntries(
      Object.entries(triage.stateful.data.queues).map(([k, q]) => [k, q.queue]),
    ) as Record<string, { node: { defaultChild?: unknown } }>;
    expect(actionsOf(bySid.SendOutcomes!)).toEqual(['sqs:SendMessage']);
    expect(resourcesOf(bySid.SendOutcomes!).map((r) => referencedKey(triage, r, queues, 'Arn'))).toEqual([
      'outcomes',
    ]);
    expect(actionsOf(bySid.ReadSigningSecret!)).toEqual(['secretsmanager:GetSecretValue']);
    expect(JSON.stringify(resourcesOf(bySid.ReadSigningSecret!))).toContain(`PublishOutputRef${ids.secret}`);
    const key = { key: triage.stateful.data.key };
    expect(bySid.UseDataKeyThroughSqs).toMatchObject({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Condition: { StringEquals: { 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } },
    });
    expect(bySid.DecryptSigningSecret).toMatchObject({
      Action: 'kms:Decrypt',
      Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } },
    });
    for (const sid of ['UseDataKeyThroughSqs', 'DecryptSigningSecret']) {
      expect(resourcesOf(bySid[sid]!).map((r) => referencedKey(triage, r, key, 'Arn'))).toEqual(['key']);
    }
    // Besides these, only the X-Ray trace writes and the function's own log group.
    const others = statements
      .filter((s) => !s.Sid)
      .flatMap(actionsOf)
      .sort();
    expect(others.every((a) => a.startsWith('xray:') || a.startsWith('logs:'))).toBe(true);
    expect(
      statements.flatMap(actionsOf).some((a) => a.startsWith('dynamodb:') || a === 'sqs:ReceiveMessage'),
    ).toBe(false);
  });

  it('outputs the webhook URL (the $default stage at the root, no trailing slash) and the secret ARN', () => {
    // https://<api id>.execute-api.<region>.amazonaws.com, which the $default stage serves.
    triage.statelessTemplate.hasOutput('WebhookUrl', { Value: { 'Fn::GetAtt': [ids.api, 'ApiEndpoint'] } });
    triage.statefulTemplate.hasOutput('WebhookSecretArn', { Value: { Ref: ids.secret } });
  });

  it('alarms on any API 5xx and on function errors, to the alarm topic', () => {
    const topic = { Ref: logicalId(triage.stateless, triage.stateless.alarms.topic) };
    triage.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: ids.api } }],
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [topic],
      OKActions: [topic],
    });
    triage.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids.fn } }],
      Threshold: 0,
      AlarmActions: [topic],
    });
  });

  it("graphs accepted against rejected from the function's counts, per adapter and reason, beside the API's", () => {
    const [dashboard] = Object.values(triage.statelessTemplate.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    expect(body).toContain('Outcomes webhook: accepted and rejected');
    // The dimension sets the handler publishes: service and Adapter, plus Reason for refusals.
    const search = (metric: string, dims: string) =>
      `SEARCH('{${METRICS_NAMESPACE},service,${dims}} MetricName=\\\\\\"${metric}\\\\\\"', 'Sum', 300)`;
    expect(body).toContain(`SUM(${search(METRIC.webhookAccepted, 'Adapter')})`);
    expect(body).toContain(`SUM(${search(METRIC.webhookRejected, 'Adapter,Reason')})`);
    expect(body).toContain(search(METRIC.webhookErrors, 'Adapter,Reason'));
    expect(body).toMatch(/AWS\/ApiGateway.*4xx/);
  });

  it('deploys no API, function, secret, output or alarm of the webhook with webhook=false', () => {
    const off = synthTriage({ webhook: 'false' });
    expect(off.stateless.webhook).toBeUndefined();
    off.statelessTemplate.resourceCountIs('AWS::ApiGatewayV2::Api', 0);
    // Classify, outcome, retune and train.
    off.statelessTemplate.resourceCountIs('AWS::Lambda::Function', 4);
    off.statefulTemplate.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(Object.keys(off.statelessTemplate.findOutputs('WebhookUrl'))).toEqual([]);
    expect(Object.keys(off.statefulTemplate.findOutputs('WebhookSecretArn'))).toEqual([]);
    expect(Object.keys(off.stateless.alarms.alarms).filter((a) => a.startsWith('Webhook'))).toEqual([]);
    expect(JSON.stringify(off.statelessTemplate.toJSON())).not.toContain('Outcomes webhook');
  });
});
