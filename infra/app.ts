import { App } from 'aws-cdk-lib';
import { InfraConfigError } from './config.js';
import { buildTriageApp } from './triage-app.js';

// Entry of `cdk synth` / `cdk deploy` (cdk.json: "app": "npx tsx infra/app.ts").
const app = new App();
try {
  buildTriageApp(app, { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION });
} catch (error) {
  // A bad context value is the operator's to fix: one line that names the key, not a stack trace.
  if (!(error instanceof InfraConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
app.synth();
