// `chorus analyze <paths…>`: files and folders -> one analysis per article on stdout or --out, input errors on stderr.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { readInputs } from '../../../adapters/input/read-inputs.js';
import {
  createRecordWriter,
  OUTPUT_FORMATS,
  type OutputFormat,
} from '../../../adapters/output/write-records.js';
import { ChorusError } from '../../../errors.js';
import { isInputError } from '../../../model/input-error.js';
import { DEFAULT_BATCH_SIZE } from '../../batches.js';
import { analyzeInputs, analyzeInputsToJson, findFailure } from '../../run.js';
import { createProgress } from '../progress.js';
import {
  BATCH_OPTION,
  type Command,
  numberOption,
  QUIET_OPTION,
  stringOption,
  workersOption,
} from './command.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyse articles: events, quotes with speakers and reactions, with spans into the text.',
  positionals: [
    {
      name: 'paths',
      description: 'files (.txt, .jsonl, .html) or folders, read recursively in sorted order',
      variadic: true,
    },
  ],
  options: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      choices: OUTPUT_FORMATS,
      default: 'jsonl',
      value: 'FORMAT',
      description: 'jsonl: one object per line; json: one array; table: a readable summary',
    },
    {
      name: 'out',
      short: 'o',
      type: 'string',
      value: 'FILE',
      description: 'write to FILE instead of stdout',
    },
    QUIET_OPTION,
    workersOption('output stays in input order'),
    BATCH_OPTION,
  ],
  examples: [
    'chorus analyze examples --format table',
    'chorus analyze news.jsonl --out analyses.jsonl',
    'chorus analyze site/ --format json --quiet > all.json',
  ],
  async run({ positionals, values }, io) {
    const format = (stringOption(values, 'format') ?? 'jsonl') as OutputFormat;
    const quiet = values.quiet === true;
    const outFile = stringOption(values, 'out');
    const config = io.config();
    const out: Writable = outFile ? createWriteStream(outFile) : io.stdout;
    const opened = outFile ? waitForOpen(out, outFile) : Promise.resolve();
    await opened;
    const writer = createRecordWriter(format, out);
    const progress = createProgress(io.stderr, io.stderrIsTTY && !quiet);
    const inputs = readInputs(positionals, { maxChars: config.maxArticleChars });
    let analysed = 0;
    let reported = 0;
    const report = (line: string): void => {
      reported++;
      progress.clear();
      io.stderr.write(`${line}\n`);
    };
    const run = {
      config,
      context: () => io.context(),
      workers: numberOption(values, 'workers', 1),
      batchSize: numberOption(values, 'batch', DEFAULT_BATCH_SIZE),
    };
    // JSON output takes each analysis serialised where it was made: a worker's result then needs no
    // structured clone and the main thread no serialisation (the bytes are those of write()).
    for await (const record of format === 'table'
      ? analyzeInputs(inputs, run)
      : analyzeInputsToJson(inputs, run)) {
      if (isInputError(record)) {
        report(
          `${record.line === undefined ? record.file : `${record.file}:${record.line}`}: ${record.code}: ${record.message}`,
        );
        await writer.write(record);
      } else if ('json' in record) {
        if (record.failure !== undefined) report(`${record.id}: ${record.failure}`);
        else analysed++;
        await writer.writeSerialised(record.json);
      } else {
        const failure = findFailure(record);
        if (failure !== undefined) report(`${record.article.id}: ${failure}`);
        else analysed++;
        await writer.write(record);
      }
      progress.tick();
    }
    await writer.end();
    progress.done();
    if (outFile) await closeStream(out);
    if (!quiet) {
      const note = reported > 0 ? `, ${reported} input${reported === 1 ? '' : 's'} reported and skipped` : '';
      const none = analysed + reported === 0 ? ' (no .txt, .jsonl or .html input found)' : '';
      io.stderr.write(`chorus: ${analysed} article${analysed === 1 ? '' : 's'} analysed${note}${none}\n`);
    }
    return reported > 0 ? 1 : 0;
  },
};

function waitForOpen(stream: Writable, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) =>
      reject(new ChorusError('cli.cannot_write', `Cannot write ${file}: ${error.message}`, { cause: error })),
    );
  });
}

function closeStream(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
  });
}
