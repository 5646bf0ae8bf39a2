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

const newTriageApp = (context: Record<string, unknown> = {}): App =>
  new App({ context: { ...CDK_CONTEXT, ...SKIP_BUNDLING, ...context } });

const synthTriage = (context: Record<string, unknown> = {}): SynthesizedTriage => {
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

export type { SynthesizedTriage };
export { CDK_CONTEXT, logicalId, newTriageApp, SKIP_BUNDLING, synthTriage, TEST_ENV };
