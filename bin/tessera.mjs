#!/usr/bin/env node
// The `tessera` command: runs the TypeScript CLI through tsx so the checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/index.ts');
