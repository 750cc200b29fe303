// The registry of CLI commands: add a command by adding its file beside this one and one line below.
import { analyzeCommand } from './analyze.js';
import type { Command } from './command.js';
import { evalCommand } from './eval.js';

export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand];
