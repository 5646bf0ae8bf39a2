import { Duration, Stack } from 'aws-cdk-lib';
import { Metric, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import {
  EventBus,
  type IRuleTarget,
  Rule,
  type RuleTargetConfig,
  RuleTargetInput,
  type RuleTargetInputProperties,
} from 'aws-cdk-lib/aws-events';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * Outcomes from Salesforce through Amazon EventBridge: a Salesforce Event Relay publishes a
 * platform event to its partner event source, the partner event bus here receives it, and a rule
 * sends it to the outcomes queue, turned by an input transformer into a `human_resolution` the
 * outcome function reads like any other (docs/contracts.md, "Outcomes").
 *
 * It lives in the stateful stack, beside the queue and the data key: the queue's policy names the
 * rule, and a rule in the stateless stack would make the two stacks depend on each other.
 */

/** Where each outcome field is read in the event (EventBridge InputPathsMap paths). */
interface SalesforceFieldPaths {
  readonly ticketId: string;
  readonly finalRoute: string;
  readonly handleSeconds: string;
  readonly resolvedAt: string;
  readonly agentId?: string;
}

interface OutcomeEventsProps {
  /** `aws.partner/salesforce.com/<orgId>/<channelId>`: also the partner event bus's name. */
  readonly eventSource: string;
  /** Only events of this detail-type (the platform event's API name); all of the source when unset. */
  readonly detailType?: string;
  readonly fieldPaths: SalesforceFieldPaths;
  /** Fixed, so that the key policy can name the rule's ARN without referring to the rule. */
  readonly ruleName: string;
  readonly queue: IQueue;
  readonly encryptionKey: IKey;
}

const EVENTS_PRINCIPAL = 'events.amazonaws.com';

/** Template fields in the order of the contract; agentId only when a path for it is configured. */
const templateFields = (paths: SalesforceFieldPaths): (keyof SalesforceFieldPaths)[] => [
  'ticketId',
  'finalRoute',
  'handleSeconds',
  'resolvedAt',
  ...(paths.agentId === undefined ? [] : ['agentId' as const]),
];

/**
 * The queue message body. Placeholders stand unquoted: EventBridge writes a string value with its
 * quotes and a number as a number, so handleSeconds stays a JSON number, as OutcomeSchema needs.
 */
const outcomeInputTemplate = (paths: SalesforceFieldPaths): string =>
  `{"type":"human_resolution",${templateFields(paths)
    .map((f) => `"${f}":<${f}>`)
    .join(',')}}`;

/** An input transformer written out exactly; CDK's own object input would quote the number. */
class HumanResolutionInput extends RuleTargetInput {
  constructor(private readonly paths: SalesforceFieldPaths) {
    super();
  }

  bind(): RuleTargetInputProperties {
    return {
      inputPathsMap: Object.fromEntries(templateFields(this.paths).map((f) => [f, this.paths[f] as string])),
      inputTemplate: outcomeInputTemplate(this.paths),
    };
  }
}

/** The ARN EventBridge gives a rule on a custom or partner bus. */
/** Deliveries to the queue that failed for good (after EventBridge's retries, 24 h by default). */
const failedDeliveries = (eventBusName: string, ruleName: string): Metric =>
  new Metric({
    namespace: 'AWS/Events',
    metricName: 'FailedInvocations',
    // A rule on a custom or partner bus publishes with both dimensions.
    dimensionsMap: { EventBusName: eventBusName, RuleName: ruleName },
    statistic: Stats.SUM,
    period: Duration.minutes(5),
  });

class OutcomeEvents extends Construct {
  readonly bus: EventBus;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: OutcomeEventsProps) {
    super(scope, id);
    const { queue } = props;
    this.bus = new EventBus(this, 'Bus', { eventSourceName: props.eventSource });

    // The target's grants are written below, scoped to this rule: CDK's SqsQueue target drops the
    // rule condition on an encrypted queue, and would leave the key policy to the account.
    const target: IRuleTarget = {
      bind: (): RuleTargetConfig => ({
        arn: queue.queueArn,
        input: new HumanResolutionInput(props.fieldPaths),
        targetResource: queue,
      }),
    };
    this.rule = new Rule(this, 'Rule', {
      ruleName: props.ruleName,
      description: 'Salesforce resolutions to the outcomes queue, as human_resolution outcomes',
      eventBus: this.bus,
      eventPattern: {
        source: [props.eventSource],
        detailType: props.detailType === undefined ? undefined : [props.detailType],
      },
      targets: [target],
    });

    queue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'SalesforceOutcomeEvents',
        principals: [new ServicePrincipal(EVENTS_PRINCIPAL)],
        actions: ['sqs:SendMessage'],
        resources: [queue.queueArn],
        conditions: { ArnEquals: { 'aws:SourceArn': this.rule.ruleArn } },
      }),
    );
    // SQS asks KMS for a data key on EventBridge's behalf. The key statement is scoped to this
    // account; which rule may send is the queue policy's business (above), so a delivery never
    // depends on whether SQS passes the rule's ARN on to KMS.
    const stack = Stack.of(this);
    props.encryptionKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'SalesforceOutcomeEventsThroughSqs',
        principals: [new ServicePrincipal(EVENTS_PRINCIPAL)],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
  }
}

export type { OutcomeEventsProps, SalesforceFieldPaths };
export { failedDeliveries, OutcomeEvents, outcomeInputTemplate };
