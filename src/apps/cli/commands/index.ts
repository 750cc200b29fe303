// The registry of CLI commands: add a command by adding its file beside this one and one line below.
import { analyzeCommand } from './analyze.js';
import type { Command } from './command.js';
import { evalCommand } from './eval.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { reactionsCommand } from './reactions.js';
import { serveCommand } from './serve.js';

export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  ingestCommand,
  eventsCommand,
  reactionsCommand,
  exportCommand,
  serveCommand,
  evalCommand,
];
