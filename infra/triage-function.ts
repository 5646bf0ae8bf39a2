import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import { type IRole, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type ICommandHooks, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../lib/adapters/metrics/metric-names.js';
import { type EnvSchema, type FunctionEnv, validateFunctionEnv } from './function-env.js';
import { fromProjectRoot, PROJECT_ROOT } from './project-paths.js';

/**
 * The one Lambda function construct: every function of the app gets the same runtime, architecture,
 * bundling, logging, tracing and Powertools settings from here, and only states what differs.
 */

/** A file copied next to the bundled handler (e.g. the taxonomy the function reads at cold start). */
interface BundledFile {
  /** Path relative to the project root, or absolute. */
  readonly source: string;
  /** File name inside the bundle (read at /var/task/<name>). */
  readonly target: string;
}

interface TriageFunctionProps<S extends EnvSchema> {
  /** Handler file relative to the project root, exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  /** The zod schema the function parses its environment with, and the values for it. */
  readonly envSchema: S;
  readonly environment: FunctionEnv<S>;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  readonly reservedConcurrentExecutions?: number;
  readonly bundledFiles?: readonly BundledFile[];
}

/** Lambda reads bundled files from the task root. */
const TASK_ROOT = '/var/task';

/**
 * Every function reads the taxonomy at cold start (TAXONOMY_PATH): the configured file is copied
 * into each bundle under one name, so the path is the same for all of them.
 */
const TAXONOMY_BUNDLE_NAME = 'taxonomy.json';
const TAXONOMY_PATH = `${TASK_ROOT}/${TAXONOMY_BUNDLE_NAME}`;
const bundledTaxonomy = (taxonomyFile: string): BundledFile => ({
  source: taxonomyFile,
  target: TAXONOMY_BUNDLE_NAME,
});

// ESM bundles still contain CommonJS dependencies that call `require`; this gives them one.
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

const copyHooks = (files: readonly BundledFile[]): ICommandHooks => ({
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (_inputDir, outputDir) =>
    files.map((f) => `cp "${fromProjectRoot(f.source)}" "${outputDir}/${f.target}"`),
});

class TriageFunction<S extends EnvSchema = EnvSchema> extends Construct {
  readonly function: NodejsFunction;
  readonly role: IRole;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: TriageFunctionProps<S>) {
    super(scope, id);
    const environment = validateFunctionEnv(props.envSchema, props.environment, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // An own role instead of the default one: no AWS managed policy, and log writes scoped to
    // this function's log group only.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${id}`,
    });
    this.logGroup.grantWrite(role);
    this.role = role;

    this.function = new NodejsFunction(this, 'Function', {
      entry: fromProjectRoot(props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: fromProjectRoot('package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...environment,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        // Stack traces point at the TypeScript sources through the bundled source map.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        target: 'node24',
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Bundle with the esbuild from package.json; never fall back to Docker.
        forceDockerBundling: false,
        // The AWS SDK v3 is bundled, not taken from the runtime: package.json pins exact client
        // versions (tests and the local runner use them), while the runtime's copy changes with
        // Lambda runtime updates without a deploy. Bundled and minified, only the used commands
        // ship, and the cold start does not depend on the runtime's SDK version.
        bundleAwsSDK: true,
        commandHooks: copyHooks(props.bundledFiles ?? []),
      },
    });
    // Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords on "*": X-Ray has no
    // resource-level permissions for them. test/infra asserts no other action is granted on "*".
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray trace writes (xray:PutTraceSegments, xray:PutTelemetryRecords) support only Resource "*"',
    });
  }
}

export type { BundledFile, TriageFunctionProps };
export { bundledTaxonomy, TASK_ROOT, TAXONOMY_BUNDLE_NAME, TAXONOMY_PATH, TriageFunction };
