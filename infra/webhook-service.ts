import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, type HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { WebhookEnvSchema } from '../lib/config/env.schema.js';
import { QUEUES } from '../lib/config/resources.js';
import type { FunctionEnv } from './function-env.js';
import type { TriageData } from './triage-data.js';
import { TriageFunction } from './triage-function.js';

/**
 * The outcomes webhook: an API Gateway HTTP API with one POST route per helpdesk adapter, in front
 * of the webhook function, which checks the adapter's HMAC signature (Freshdesk: its shared token), maps the payload to the
 * outcome contract and sends it to the outcomes queue. An HTTP API rather than a function URL:
 * the stage throttles (a flood of unsigned requests gets 429 before it costs an invocation), it
 * writes access logs, it answers 404 for any other path without invoking anything, and it
 * publishes 4xx/5xx/Count metrics per stage (docs/deploy.md, "The outcomes webhook").
 */

/** The routes: the function reads the adapter from the last path segment. */
const WEBHOOK_ADAPTERS = ['generic', 'zendesk', 'freshdesk'] as const;

interface WebhookSettings {
  readonly webhookRateLimit: number;
  readonly webhookBurstLimit: number;
  readonly webhookMaxBodyBytes: number;
  readonly webhookToleranceSeconds: number;
  readonly webhookSecretCacheSeconds: number;
  readonly webhookFieldMaps: Record<string, unknown>;
}

interface WebhookServiceProps {
  readonly data: TriageData;
  readonly secret: ISecret;
  readonly settings: WebhookSettings;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * One signature check and one SendMessage: well under a second warm. The cold start also reads
 * the secret, so the timeout leaves room for it, and stays below the HTTP API's 30 s limit.
 */
const WEBHOOK_FUNCTION = { timeout: Duration.seconds(10), memorySize: 256 } as const;

/** One JSON line per request: who called which route, and what came back. No headers, no body. */
const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  sourceIp: '$context.identity.sourceIp',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
};

class WebhookService extends Construct {
  readonly fn: TriageFunction<typeof WebhookEnvSchema>;
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: WebhookServiceProps) {
    super(scope, id);
    const { data, secret, settings: s } = props;
    const outcomes = data.queues.outcomes.queue;

    const environment: FunctionEnv<typeof WebhookEnvSchema> = {
      [QUEUES.outcomes.envKey]: outcomes.queueUrl,
      WEBHOOK_SECRET_ID: secret.secretArn,
      WEBHOOK_SECRET_CACHE_SECONDS: String(s.webhookSecretCacheSeconds),
      WEBHOOK_FIELD_MAPS: JSON.stringify(s.webhookFieldMaps),
      WEBHOOK_MAX_BODY_BYTES: String(s.webhookMaxBodyBytes),
      WEBHOOK_TOLERANCE_SECONDS: String(s.webhookToleranceSeconds),
    };
    this.fn = new TriageFunction(this, 'Webhook', {
      entry: 'functions/webhook.ts',
      description: 'Verifies signed helpdesk webhooks and sends their outcomes to the outcomes queue',
      envSchema: WebhookEnvSchema,
      environment,
      timeout: WEBHOOK_FUNCTION.timeout,
      memorySize: WEBHOOK_FUNCTION.memorySize,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.grantAccess(outcomes.queueArn, secret.secretArn, data.key.keyArn);

    this.api = new HttpApi(this, 'Api', {
      description:
        'Outcomes webhook: POST /generic, /zendesk, /freshdesk (HMAC-signed; freshdesk: shared token)',
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: s.webhookRateLimit, burstLimit: s.webhookBurstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    const integration = new HttpLambdaIntegration('Function', this.fn.function);
    for (const adapter of WEBHOOK_ADAPTERS) {
      const [route] = this.api.addRoutes({ path: `/${adapter}`, methods: [HttpMethod.POST], integration });
      Validations.of(route!).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Helpdesks cannot present IAM, JWT or Lambda-authorizer credentials; the function verifies every request against the adapter secret (an HMAC signature with a timestamp tolerance against replays; for Freshdesk, which cannot sign, a shared token) and answers 401 before reading the payload',
      });
    }
  }

  /** Exactly what the function calls: SendMessage (data key through SQS) and GetSecretValue (through Secrets Manager). */
  private grantAccess(queueArn: string, secretArn: string, keyArn: string): void {
    const { role } = this.fn;
    const { region } = Stack.of(this);
    role.addToPrincipalPolicy(
      new PolicyStatement({ sid: 'SendOutcomes', actions: ['sqs:SendMessage'], resources: [queueArn] }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'UseDataKeyThroughSqs',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: [keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `sqs.${region}.amazonaws.com` } },
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'ReadSigningSecret',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [secretArn],
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'DecryptSigningSecret',
        actions: ['kms:Decrypt'],
        resources: [keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${region}.amazonaws.com` } },
      }),
    );
  }
}

export type { WebhookServiceProps, WebhookSettings };
export { ACCESS_LOG_FORMAT, WEBHOOK_ADAPTERS, WEBHOOK_FUNCTION, WebhookService };
