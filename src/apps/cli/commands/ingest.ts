// `chorus ingest <paths…>`: files and folders -> analysed and stored in the SQLite store, with a progress line and a summary.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { listInputFiles, readInputs } from '../../../adapters/input/read-inputs.js';
import { createArticleWriter } from '../../../adapters/sqlite/article-writer.js';
import {
  type IngestSummary,
  ingestArticles,
  type SerialisedAnalysis,
} from '../../../adapters/sqlite/ingest-articles.js';
import { openStore } from '../../../adapters/sqlite/open-store.js';
import { startStoreThread } from '../../../adapters/sqlite/store-thread.js';
import type { Analysis } from '../../../model/analysis.js';
import { type InputError, isInputError } from '../../../model/input-error.js';
import { DEFAULT_BATCH_SIZE } from '../../batches.js';
import { analyzeInputs, findFailure } from '../../run.js';
import { analyzeParallelToJson, type EncodedAnalysis } from '../../workers/index.js';
import type { OptionSpec } from '../parse-args.js';
import { createProgress } from '../progress.js';
import {
  BATCH_OPTION,
  type CliIo,
  type Command,
  numberOption,
  QUIET_OPTION,
  stringOption,
  workersOption,
} from './command.js';

export const DEFAULT_DB = 'chorus.db';

/** The `--db` option every store command shares. */
export const DB_OPTION: OptionSpec = {
  name: 'db',
  type: 'string',
  default: DEFAULT_DB,
  value: 'FILE',
  description: 'the SQLite store',
};

/** Articles per transaction: an interrupt loses at most this many analyses, which the next run redoes. */
const ARTICLES_PER_TRANSACTION = 64;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Analyse articles and store them in a SQLite store (idempotent, resumable, wire copies linked).',
  positionals: [
    {
      name: 'paths',
      description: 'files (.txt, .jsonl, .html) or folders, read recursively in sorted order',
      variadic: true,
    },
  ],
  options: [DB_OPTION, QUIET_OPTION, workersOption('articles are stored in input order'), BATCH_OPTION],
  examples: ['chorus ingest examples', 'chorus ingest feeds/*.jsonl --db news.db --workers 4'],
  async run({ positionals, values }, io) {
    // Ctrl-C stops reading: the batch in hand is still written, so a rerun resumes where this one stopped.
    // A second Ctrl-C ends the process at once (the listeners are gone); the last transaction is atomic.
    const stop = { requested: false };
    const onSignal = (): void => {
      stop.requested = true;
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      return await ingestPaths(
        positionals,
        {
          db: stringOption(values, 'db') ?? DEFAULT_DB,
          quiet: values.quiet === true,
          workers: numberOption(values, 'workers', 1),
          batchSize: numberOption(values, 'batch', DEFAULT_BATCH_SIZE),
          stop,
        },
        io,
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};

export interface IngestRun {
  db: string;
  quiet: boolean;
  /** worker threads; 1 analyses in this thread */
  workers?: number;
  /** articles analysed together, stage by stage (src/apps/batches.ts) */
  batchSize?: number;
  /** read before each input: once true, reading stops, what was analysed is stored and the run says so */
  stop: { readonly requested: boolean };
}

/** Analyses and stores every input under `paths`; returns the exit code (130 when stopped). */
export async function ingestPaths(paths: readonly string[], run: IngestRun, io: CliIo): Promise<number> {
  const config = io.config();
  const workers = run.workers ?? 1;
  const batchSize = run.batchSize ?? DEFAULT_BATCH_SIZE;
  // Storing overlaps analysis either way: analysed here, articles are written by a thread of their own (this
  // connection brings the schema up to date and answers what is stored); analysed by workers, they are written
  // here, between two results.
  const db = openStore(run.db);
  const writer = workers > 1 ? createArticleWriter(db) : startStoreThread(db, run.db);
  const drawing = io.stderrIsTTY && !run.quiet;
  let summary: IngestSummary;
  let stopped = false;
  try {
    // Counting ahead costs one quick read of the files, so only a visible bar pays for it.
    const total = drawing ? await countInputs(paths) : undefined;
    const progress = createProgress(io.stderr, drawing, Date.now, total);
    const report = (line: string): void => {
      progress.clear();
      io.stderr.write(`${line}\n`);
    };
    const untilStopped = async function* <T>(inputs: AsyncIterable<T>): AsyncGenerator<T> {
      for await (const input of inputs) {
        if (run.stop.requested) {
          stopped = true;
          return;
        }
        yield input;
      }
    };
    try {
      summary = await ingestArticles(
        untilStopped(readInputs(paths, { maxChars: config.maxArticleChars })),
        writer,
        {
          batchSize: ARTICLES_PER_TRANSACTION,
          analyze: {
            stream: (inputs) =>
              workers > 1
                ? decodeResults(analyzeParallelToJson(inputs, { workers, config, batchSize }))
                : withoutFailures(
                    analyzeInputs(inputs, { config, context: () => io.context(), workers, batchSize }),
                  ),
          },
          onInputError: (error) => {
            report(
              `${error.line === undefined ? error.file : `${error.file}:${error.line}`}: ${error.code}: ${error.message}`,
            );
            progress.tick();
          },
          onArticle: () => progress.tick(),
        },
      );
    } finally {
      progress.done();
    }
  } finally {
    if ('close' in writer) await writer.close();
    db.close();
  }
  if (!run.quiet) io.stderr.write(`${formatSummary(summary, run.db, stopped)}\n`);
  if (stopped) return 130;
  return summary.inputErrors > 0 ? 1 : 0;
}

/**
 * How many records reading these paths will yield, for the progress bar: one per file, one per non-blank
 * line of a JSON Lines file, one per path that cannot be read (it becomes one input error).
 */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      total += info?.isFile() ? await countFileRecords(path) : 1;
      continue;
    }
    for await (const file of listInputFiles(path)) {
      total += typeof file === 'string' ? await countFileRecords(file) : 1;
    }
  }
  return total;
}

async function countFileRecords(file: string): Promise<number> {
  if (extname(file).toLowerCase() !== '.jsonl') return 1;
  let lines = 0;
  let blank = true;
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (const byte of chunk) {
        if (byte === 0x0a) {
          if (!blank) lines++;
          blank = true;
        } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) blank = false;
      }
    }
  } catch {
    // An unreadable file is reported by the reader itself, as one input error.
    return 1;
  }
  return blank ? lines : lines + 1;
}

/** A failed analysis is not stored but reported: the next run retries the article. */
async function* withoutFailures(
  results: AsyncIterable<Analysis | InputError>,
): AsyncGenerator<Analysis | InputError> {
  for await (const result of results) {
    const failure = isInputError(result) ? undefined : findFailure(result);
    if (failure === undefined || isInputError(result)) {
      yield result;
      continue;
    }
    yield { kind: 'input-error', code: 'input.analysis_failed', message: failure, file: result.article.id };
  }
}

/**
 * Each worker serialises its analysis, which is stored as it is: parsing the JSON here costs less than the
 * structured clone of the object and its serialisation on this thread. A failed analysis is reported, not stored.
 */
async function* decodeResults(
  results: AsyncIterable<EncodedAnalysis | InputError>,
): AsyncGenerator<SerialisedAnalysis | InputError> {
  for await (const result of results) {
    if (isInputError(result)) yield result;
    else if (result.failure !== undefined) {
      yield { kind: 'input-error', code: 'input.analysis_failed', message: result.failure, file: result.id };
    } else yield { analysis: JSON.parse(result.json) as Analysis, json: result.json };
  }
}

/** "chorus: 7 read, 6 stored (1 wire copy linked), 1 already stored, 0 reported, 12 issues -> chorus.db" */
export function formatSummary(summary: IngestSummary, file: string, interrupted = false): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${summary.read} read`,
    `${summary.stored} stored (${plural(summary.duplicates, 'wire copy', 'wire copies')} linked${summary.replaced > 0 ? `, ${summary.replaced} replaced` : ''})`,
    `${summary.skipped} already stored`,
    `${plural(summary.inputErrors, 'input', 'inputs')} reported`,
    plural(summary.issues, 'issue', 'issues'),
  ];
  const note = interrupted ? '; interrupted: run the same command again to continue' : '';
  return `chorus: ${parts.join(', ')} -> ${file}${note}`;
}
