#!/usr/bin/env node
// The `chorus` command: runs the compiled CLI in dist/ (built by `npm run build`, or by `prepare` on install).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/apps/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('chorus: dist/ is missing; run `npm run build` first.\n');
  process.exit(2);
}
const { runCli } = await import(entry.href);
await runCli();
