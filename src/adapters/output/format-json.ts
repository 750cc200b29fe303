// An analysis or input error -> its JSON record: the contract's object, or `{ "error": { code, message, file, line } }`.
import type { Analysis } from '../../model/analysis.js';
import type { InputError } from '../../model/input-error.js';
import { isInputError } from '../../model/input-error.js';

export interface ErrorRecord {
  error: { code: string; message: string; file: string; line?: number };
}

export function toRecord(record: Analysis | InputError): Analysis | ErrorRecord {
  if (!isInputError(record)) return record;
  const error: ErrorRecord['error'] = { code: record.code, message: record.message, file: record.file };
  if (record.line !== undefined) error.line = record.line;
  return { error };
}

/** One line of JSON Lines output, newline included. */
export function formatJsonLine(record: Analysis | InputError): string {
  return `${JSON.stringify(toRecord(record))}\n`;
}
