// Test support: runs the `chorus` CLI in-process on in-memory streams and returns its exit code and output.
import { Writable } from 'node:stream';
import { main } from '../../src/apps/cli/main.js';
import { createContext } from '../../src/apps/context.js';
import { resolveConfig } from '../../src/config.js';
import type { Config, StageContext } from '../../src/model/stage.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const contexts = new Map<string, StageContext>();

/** One context per config, shared across tests (loading the model and lexicons costs about a second). */
function contextFor(config: Partial<Config>): StageContext {
  const key = JSON.stringify(config);
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = createContext(config);
    contexts.set(key, ctx);
  }
  return ctx;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function runCli(argv: readonly string[], config: Partial<Config> = {}): Promise<CliRun> {
  const out = collector();
  const err = collector();
  const code = await main(argv, {
    stdout: out.stream,
    stderr: err.stream,
    stderrIsTTY: false,
    config: () => resolveConfig(config),
    context: () => contextFor(config),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** The JSON Lines of a run's stdout, parsed. */
export function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
