// What a CLI command is: its spec (declared as data, parsed by parse-args.ts) and a run function over injected streams.
import type { Writable } from 'node:stream';
import type { Config, StageContext } from '../../../model/stage.js';
import { DEFAULT_BATCH_SIZE } from '../../batches.js';
import type { CommandSpec, OptionSpec, OptionValues } from '../parse-args.js';

/** Everything a command may touch, injected so tests run commands in-process. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  /** whether stderr is a terminal (progress is drawn only then) */
  stderrIsTTY: boolean;
  /** The resolved config alone: cheap, for commands that hand the analysis to worker threads. */
  config(): Config;
  /** The stage context (config, lexicons, NLP model), created on first use. */
  context(): StageContext;
}

export interface CommandArgs {
  positionals: string[];
  values: OptionValues;
}

export interface Command extends CommandSpec {
  /** Returns the exit code; throws ChorusError when the run cannot go on. */
  run(args: CommandArgs, io: CliIo): Promise<number>;
}

/** Reads an option the parser has already checked against its spec. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function numberOption(values: OptionValues, name: string, fallback: number): number {
  const value = values[name];
  return typeof value === 'number' ? value : fallback;
}

/** `--quiet`, shared by the commands that draw progress. */
export const QUIET_OPTION: OptionSpec = {
  name: 'quiet',
  short: 'q',
  type: 'boolean',
  description: 'no progress and no summary on stderr',
};

/** `--workers N`, shared by the commands that analyse; `order` says what stays in input order. */
export function workersOption(order: string): OptionSpec {
  return {
    name: 'workers',
    short: 'w',
    type: 'integer',
    min: 1,
    default: 1,
    value: 'N',
    description: `worker threads analysing in parallel (${order})`,
  };
}

/** `--batch N`, shared by the commands that analyse. */
export const BATCH_OPTION: OptionSpec = {
  name: 'batch',
  short: 'b',
  type: 'integer',
  min: 1,
  default: DEFAULT_BATCH_SIZE,
  value: 'N',
  description:
    'articles analysed together, stage by stage (15-25% less CPU; a batch never waits long for input); 1: one at a time',
};
