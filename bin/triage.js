#!/usr/bin/env node
// The installed `triage` command: load TypeScript through tsx, then run the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./triage-cli.ts');
