import { App } from 'aws-cdk-lib';
import { buildTriageApp } from './triage-app.js';

// Entry of `cdk synth` / `cdk deploy` (cdk.json: "app": "npx tsx infra/app.ts").
const app = new App();
buildTriageApp(app, { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION });
app.synth();
