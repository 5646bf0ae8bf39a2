import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InfraConfigError, parseInfraConfig } from '../../infra/config.js';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { OutcomeSchema } from '../../lib/domain/outcomes/outcome.schema.js';
import { logicalId, type SynthesizedTriage, synthTriage } from './synth-triage.js';

/** What a Salesforce Event Relay puts on the partner bus for one platform event (fields in detail.payload). */
const EVENT = JSON.parse(
  readFileSync(fromProjectRoot('test/infra/fixtures/salesforce-resolution-event.json'), 'utf8'),
) as Record<string, unknown>;
const SOURCE = EVENT.source as string;

interface Transformer {
  InputPathsMap: Record<string, string>;
  InputTemplate: string;
}
interface PolicyStatement {
  Sid?: string;
  Effect: string;
  Principal?: unknown;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** The value at an EventBridge path (`$.detail.payload.X`) in an event. */
const valueAt = (event: unknown, path: string): unknown =>
  path
    .slice(2)
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], event);

/**
 * What EventBridge sends for an input transformer: each `<name>` outside quotes becomes the JSON
 * of the value its path selects (a string with its quotes, a number as it is, null when absent).
 */
const render = (transformer: Transformer, event: unknown): string =>
  transformer.InputTemplate.replace(/<([A-Za-z0-9_-]+)>/g, (_m, name: string) => {
    const path = transformer.InputPathsMap[name];
    if (path === undefined) throw new Error(`no path for <${name}>`);
    return JSON.stringify(valueAt(event, path) ?? null);
  });

const rulesOf = (triage: SynthesizedTriage) =>
  Object.values(triage.statefulTemplate.findResources('AWS::Events::Rule'));
const transformerOf = (triage: SynthesizedTriage): Transformer =>
  rulesOf(triage)[0]?.Properties.Targets[0].InputTransformer as Transformer;
const keyStatements = (triage: SynthesizedTriage): PolicyStatement[] =>
  Object.values(triage.statefulTemplate.findResources('AWS::KMS::Key'))[0]?.Properties.KeyPolicy.Statement;
const outcomesQueuePolicy = (triage: SynthesizedTriage): PolicyStatement[] => {
  const queueRef = { Ref: logicalId(triage.stateful, triage.stateful.data.queues.outcomes.queue) };
  const policy = Object.values(triage.statefulTemplate.findResources('AWS::SQS::QueuePolicy')).find(
    (p) => JSON.stringify(p.Properties.Queues) === JSON.stringify([queueRef]),
  );
  return policy?.Properties.PolicyDocument.Statement;
};

describe('Salesforce outcomes through EventBridge', () => {
  let triage: SynthesizedTriage;
  let tuned: SynthesizedTriage;

  beforeAll(() => {
    triage = synthTriage({ salesforceEventSource: SOURCE });
    tuned = synthTriage({
      salesforceEventSource: SOURCE,
      salesforceDetailType: 'Ticket_Resolved__e',
      salesforceFieldPaths: JSON.stringify({
        ticketId: '$.detail.payload.Case_Number__c',
        agentId: '$.detail.payload.Agent_Id__c',
      }),
    });
  });

  it('deploys no bus, rule or delivery alarm unless salesforceEventSource is set', () => {
    const plain = synthTriage();
    plain.statefulTemplate.resourceCountIs('AWS::Events::EventBus', 0);
    plain.statefulTemplate.resourceCountIs('AWS::Events::Rule', 0);
    expect(plain.stateful.outcomeEvents).toBeUndefined();
    expect(plain.stateless.alarms.alarms.SalesforceDeliveryFailures).toBeUndefined();
    expect(JSON.stringify(keyStatements(plain))).not.toContain('events.amazonaws.com');
  });

  it('associates a partner event bus with the Salesforce event source, in the stateful stack', () => {
    triage.statefulTemplate.resourceCountIs('AWS::Events::EventBus', 1);
    triage.statefulTemplate.hasResourceProperties('AWS::Events::EventBus', {
      Name: SOURCE,
      EventSourceName: SOURCE,
    });
    triage.statefulTemplate.hasOutput('SalesforceEventBusName', {
      Value: { Ref: logicalId(triage.stateful, triage.stateful.outcomeEvents!.bus) },
    });
  });

  it('matches the source on that bus, and the detail-type only when one is configured', () => {
    const busRef = { Ref: logicalId(triage.stateful, triage.stateful.outcomeEvents!.bus) };
    expect(rulesOf(triage)).toHaveLength(1);
    expect(rulesOf(triage)[0]?.Properties).toMatchObject({
      Name: 'TicketTriage-salesforce-outcomes',
      EventBusName: busRef,
      EventPattern: { source: [SOURCE] },
      State: 'ENABLED',
    });
    expect(rulesOf(triage)[0]?.Properties.EventPattern['detail-type']).toBeUndefined();
    expect(rulesOf(tuned)[0]?.Properties.EventPattern).toEqual({
      source: [SOURCE],
      'detail-type': ['Ticket_Resolved__e'],
    });
  });

  it('targets the outcomes queue with the default paths into the platform event payload', () => {
    const [target, ...others] = (rulesOf(triage)[0]?.Properties.Targets ?? []) as Record<string, unknown>[];
    expect(others).toHaveLength(0);
    expect(target?.Arn).toEqual({
      'Fn::GetAtt': [logicalId(triage.stateful, triage.stateful.data.queues.outcomes.queue), 'Arn'],
    });
    expect(target?.RoleArn).toBeUndefined();
    expect(transformerOf(triage).InputPathsMap).toEqual({
      ticketId: '$.detail.payload.Ticket_Id__c',
      finalRoute: '$.detail.payload.Final_Route__c',
      handleSeconds: '$.detail.payload.Handle_Seconds__c',
      resolvedAt: '$.detail.payload.CreatedDate',
    });
  });

  it('renders a human_resolution the strict OutcomeSchema accepts, with handleSeconds a number', () => {
    const transformer = transformerOf(triage);
    // Quoted, the placeholder would turn 312 into "312", which the schema refuses.
    expect(transformer.InputTemplate).not.toMatch(/"<\w+>"/);
    const body = JSON.parse(render(transformer, EVENT));
    expect(OutcomeSchema.parse(body)).toEqual({
      type: 'human_resolution',
      ticketId: 'sf-500Qy00000AbCdE',
      finalRoute: 'payment_schedule',
      handleSeconds: 312,
      resolvedAt: '2026-11-20T10:02:00.412Z',
    });
  });

  it('renders an event without a mapped field as a body the schema refuses (the outcome function quarantines it)', () => {
    const detail = EVENT.detail as { payload: Record<string, unknown> };
    const { Ticket_Id__c: _dropped, ...payload } = detail.payload;
    const body = JSON.parse(render(transformerOf(triage), { ...EVENT, detail: { ...detail, payload } }));
    expect(body.ticketId).toBeNull();
    expect(OutcomeSchema.safeParse(body).success).toBe(false);
  });

  it('takes configured paths, keeps the defaults of the others, and adds agentId only when mapped', () => {
    const transformer = transformerOf(tuned);
    expect(transformer.InputPathsMap).toEqual({
      ticketId: '$.detail.payload.Case_Number__c',
      finalRoute: '$.detail.payload.Final_Route__c',
      handleSeconds: '$.detail.payload.Handle_Seconds__c',
      resolvedAt: '$.detail.payload.CreatedDate',
      agentId: '$.detail.payload.Agent_Id__c',
    });
    const event = {
      ...EVENT,
      detail: { payload: { ...(EVENT.detail as { payload: object }).payload, Case_Number__c: '00001042' } },
    };
    expect(OutcomeSchema.parse(JSON.parse(render(transformer, event)))).toMatchObject({
      ticketId: '00001042',
      agentId: '005Qy000001XyZa',
      handleSeconds: 312,
    });
    expect(transformerOf(triage).InputTemplate).not.toContain('agentId');
  });

  it('lets only this rule send to the outcomes queue, and still denies it non-TLS access', () => {
    const statements = outcomesQueuePolicy(triage);
    const ruleId = logicalId(triage.stateful, triage.stateful.outcomeEvents!.rule);
    const queueArn = {
      'Fn::GetAtt': [logicalId(triage.stateful, triage.stateful.data.queues.outcomes.queue), 'Arn'],
    };
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Sid: 'SalesforceOutcomeEvents',
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [ruleId, 'Arn'] } } },
      },
    ]);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sqs:*',
        Resource: queueArn,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('lets EventBridge use the data key only in this account, leaving which rule may send to the queue policy', () => {
    const statement = keyStatements(triage).find((s) => s.Sid === 'SalesforceOutcomeEventsThroughSqs');
    expect(statement).toEqual({
      Sid: 'SalesforceOutcomeEventsThroughSqs',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } },
    });
  });

  it('keeps the stateful stack free of references to the stateless one (no cycle)', () => {
    expect(triage.stateful.dependencies).toEqual([]);
    expect(triage.stateless.dependencies).toEqual([triage.stateful]);
    expect(JSON.stringify(triage.statefulTemplate.toJSON())).not.toMatch(
      /Fn::GetStackOutput|Fn::ImportValue/,
    );
  });

  it('alarms when EventBridge gives up delivering to the queue, on the rule of the partner bus', () => {
    const alarm = triage.stateless.alarms.alarms.SalesforceDeliveryFailures;
    expect(alarm).toBeDefined();
    triage.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Events',
      MetricName: 'FailedInvocations',
      Dimensions: [
        { Name: 'EventBusName', Value: SOURCE },
        { Name: 'RuleName', Value: 'TicketTriage-salesforce-outcomes' },
      ],
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('rejects a source that is not a Salesforce partner source, a malformed path, and a detail-type or paths without a source', () => {
    const fails = (context: Record<string, unknown>, key: string) =>
      expect(() => parseInfraConfig(context)).toThrow(
        expect.objectContaining({
          name: InfraConfigError.name,
          message: expect.stringContaining(`context "${key}"`),
        }),
      );
    fails({ salesforceEventSource: 'aws.partner/zendesk.com/123/abc' }, 'salesforceEventSource');
    fails(
      { salesforceEventSource: SOURCE, salesforceFieldPaths: { ticketId: 'detail.payload.Id' } },
      'salesforceFieldPaths.ticketId',
    );
    fails(
      { salesforceEventSource: SOURCE, salesforceFieldPaths: { ticketID: '$.detail.x' } },
      'salesforceFieldPaths',
    );
    fails({ salesforceDetailType: 'Ticket_Resolved__e' }, 'salesforceDetailType');
    fails({ salesforceFieldPaths: { ticketId: '$.detail.payload.Id' } }, 'salesforceFieldPaths');
  });
});
