// Analyses and input errors -> a stream, one record at a time as each is done, in jsonl, json or table format.
import type { Writable } from 'node:stream';
import type { Analysis } from '../../model/analysis.js';
import type { InputError } from '../../model/input-error.js';
import { formatJsonLine, toRecord } from './format-json.js';
import { formatTable } from './format-table.js';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RecordWriter {
  write(record: Analysis | InputError): Promise<void>;
  /** Writes an analysis already serialised by `JSON.stringify` (e.g. by a worker thread), as write() would. */
  writeSerialised(json: string): Promise<void>;
  /** Finishes the output (closes the JSON array); does not close the stream. */
  end(): Promise<void>;
}

export function createRecordWriter(format: OutputFormat, stream: Writable): RecordWriter {
  let count = 0;
  const put = (chunk: string): Promise<void> => writeChunk(stream, chunk);
  switch (format) {
    case 'jsonl':
      return {
        write: (record) => put(formatJsonLine(record)),
        writeSerialised: (json) => put(`${json}\n`),
        end: async () => {},
      };
    case 'table':
      return {
        write: (record) => put(formatTable(record)),
        writeSerialised: (json) => put(formatTable(JSON.parse(json) as Analysis)),
        end: async () => {},
      };
    case 'json': {
      const item = (json: string) => put(`${count++ === 0 ? '[\n' : ',\n'}${json}`);
      return {
        write: (record) => item(JSON.stringify(toRecord(record))),
        writeSerialised: item,
        end: () => put(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
  }
}

/** Writes and, when the stream's buffer is full, waits for it to drain (bounded memory on slow consumers). */
function writeChunk(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => {
      if (error) reject(error);
    });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
