import { readFileSync } from 'node:fs';
import { App, type CfnResource, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { buildTriageApp, type TriageApp } from '../../infra/triage-app.js';

/**
 * Builds the real app as `cdk synth` does (same feature flags from cdk.json), with bundling skipped
 * so tests need neither esbuild runs nor the handler to compile.
 */

const CDK_CONTEXT = JSON.parse(readFileSync(fromProjectRoot('cdk.json'), 'utf8')).context as Record<
  string,
  unknown
>;
const TEST_ENV = { account: '123456789012', region: 'eu-west-1' };
const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

interface SynthesizedTriage extends TriageApp {
  readonly app: App;
  readonly statefulTemplate: Template;
  readonly statelessTemplate: Template;
}

/**
 * The built-in CloudFormation validation (a WASM rule engine, ~3 s to start in each test file) is
 * off here: these apps are for reading templates. nag.test.ts synthesizes with it on and asserts
 * an empty validation report, and `cdk synth` always runs it.
 */
const newTriageApp = (context: Record<string, unknown> = {}): App =>
  new App({
    context: { ...CDK_CONTEXT, ...SKIP_BUNDLING, ...context },
    builtinCloudFormationValidation: false,
  });

let defaultTriage: SynthesizedTriage | undefined;

/** Builds and synthesizes the app; the default (no context) one once per test file, as no test changes it. */
const synthTriage = (context: Record<string, unknown> = {}): SynthesizedTriage => {
  if (Object.keys(context).length === 0) {
    defaultTriage ??= synthTriageWith({});
    return defaultTriage;
  }
  return synthTriageWith(context);
};

const synthTriageWith = (context: Record<string, unknown>): SynthesizedTriage => {
  const app = newTriageApp(context);
  const built = buildTriageApp(app, TEST_ENV);
  return {
    app,
    ...built,
    statefulTemplate: Template.fromStack(built.stateful),
    statelessTemplate: Template.fromStack(built.stateless),
  };
};

/** The logical id CloudFormation knows a construct's resource by. */
const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } }): string =>
  stack.getLogicalId(construct.node.defaultChild as CfnResource);

type FunctionKey = 'classify' | 'outcome' | 'retune';
const FUNCTION_KEYS: readonly FunctionKey[] = ['classify', 'outcome', 'retune'];

/** The TriageFunction of each service. */
const triageFunction = (triage: TriageApp, key: FunctionKey) => triage.stateless[key].fn;

interface Statement {
  Sid?: string;
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: Record<string, Record<string, unknown>>;
}

const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resourcesOf = (s: Statement): unknown[] => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);
const grantsAction = (prefix: string) => (s: Statement) => actionsOf(s).some((a) => a.startsWith(prefix));

/** The statements of the stateless stack's identity policies attached to one role, or to any. */
const roleStatements = (
  triage: SynthesizedTriage,
  role?: { node: { defaultChild?: unknown } },
): Statement[] => {
  const roleRef = role && { Ref: logicalId(triage.stateless, role) };
  return Object.values(triage.statelessTemplate.findResources('AWS::IAM::Policy'))
    .filter((p) => !roleRef || JSON.stringify(p.Properties.Roles) === JSON.stringify([roleRef]))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
};

/** Every statement of the stateless stack's identity policies, or only those of one function's role. */
const statementsOf = (triage: SynthesizedTriage, key?: FunctionKey): Statement[] =>
  roleStatements(triage, key && triageFunction(triage, key).role);

/**
 * Which of the given stateful constructs a cross-stack reference points at: its output is named
 * after the construct's logical id and the attribute (`Arn`) or `Ref`. Undefined when none does,
 * or when more than one does.
 */
const referencedKey = <K extends string>(
  triage: SynthesizedTriage,
  value: unknown,
  constructs: Record<K, { node: { defaultChild?: unknown } }>,
  attribute: 'Arn' | 'Ref',
): K | undefined => {
  const text = JSON.stringify(value);
  const outputName = (id: string) => (attribute === 'Ref' ? `PublishOutputRef${id}` : `FnGetAtt${id}Arn`);
  const hits = (Object.keys(constructs) as K[]).filter((k) =>
    text.includes(outputName(logicalId(triage.stateful, constructs[k]))),
  );
  return hits.length === 1 ? hits[0] : undefined;
};

/** The synthesized properties of one function. */
const functionProperties = (triage: SynthesizedTriage, key: FunctionKey): Record<string, unknown> => {
  const id = logicalId(triage.stateless, triageFunction(triage, key).function);
  return triage.statelessTemplate.findResources('AWS::Lambda::Function')[id]?.Properties as Record<
    string,
    unknown
  >;
};

export type { FunctionKey, Statement, SynthesizedTriage };
export {
  actionsOf,
  CDK_CONTEXT,
  FUNCTION_KEYS,
  functionProperties,
  grantsAction,
  logicalId,
  newTriageApp,
  referencedKey,
  resourcesOf,
  roleStatements,
  SKIP_BUNDLING,
  statementsOf,
  synthTriage,
  TEST_ENV,
  triageFunction,
};
