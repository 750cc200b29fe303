// `chorus` entry point: argv -> parsed command -> its run, with one central handler turning errors into messages and exit codes.
import { readFileSync } from 'node:fs';
import { resolveConfig } from '../../config.js';
import { ChorusError } from '../../errors.js';
import { defaultContext } from '../context.js';
import type { CliIo } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { formatCommandHelp, formatMainHelp } from './help.js';
import { parseArgs } from './parse-args.js';

/** 0: all inputs analysed; 1: some inputs reported (or an eval gate failed); 2: usage error or failed run. */
export const EXIT = { ok: 0, reported: 1, failed: 2 } as const;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, COMMANDS);
  switch (parsed.kind) {
    case 'version':
      io.stdout.write(`${readVersion()}\n`);
      return EXIT.ok;
    case 'help': {
      const command = COMMANDS.find((c) => c.name === parsed.command);
      if (parsed.command !== undefined && !command) {
        io.stderr.write(`chorus: no command "${parsed.command}". See chorus --help.\n`);
        return EXIT.failed;
      }
      io.stdout.write(command ? formatCommandHelp(command) : formatMainHelp(COMMANDS, readVersion()));
      return EXIT.ok;
    }
    case 'usage-error':
      io.stderr.write(
        `chorus: ${parsed.message}\n${parsed.command ? `Usage: see chorus ${parsed.command} --help` : 'See chorus --help'}\n`,
      );
      return EXIT.failed;
    case 'run': {
      const command = COMMANDS.find((c) => c.name === parsed.command);
      if (!command) return EXIT.failed;
      try {
        return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
      } catch (error) {
        return reportError(error, io);
      }
    }
  }
}

/** The one error handler: a ChorusError's code and message; anything else is a bug, printed with its stack. */
export function reportError(error: unknown, io: Pick<CliIo, 'stderr'>): number {
  if (error instanceof ChorusError) {
    io.stderr.write(`chorus: ${error.code}: ${error.message}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`chorus: internal error (please report it): ${detail}\n`);
  }
  return EXIT.failed;
}

export function readVersion(): string {
  const file = new URL('../../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Runs the CLI on the real process: used by bin/chorus.js. */
export async function runCli(): Promise<void> {
  // "chorus analyze big.jsonl | head": a closed pipe ends the run quietly, it is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    process.exitCode = reportError(error, process);
  });
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
    config: () => resolveConfig(),
    context: defaultContext,
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
