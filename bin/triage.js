#!/usr/bin/env node
// The installed `triage` command: load TypeScript through tsx, then run the CLI on this process.
import { register } from 'tsx/esm/api';

// The SDK warns once per process that its Node 20 support ends in 2027 (the Lambdas run Node 24).
// Node prints warnings from its own 'warning' listener; this one prints every other warning alike.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.message.startsWith('NodeVersionSupportWarning')) return;
  process.stderr.write(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
});

register();
const { main } = await import('./triage-cli.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
