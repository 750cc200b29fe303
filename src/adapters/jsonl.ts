// Reads a JSON Lines file whole (for gold data and small inputs); each record keeps its line number.
import { readFileSync } from 'node:fs';

export interface JsonLine<T> {
  line: number;
  value: T;
}

export function readJsonLines<T>(file: string): {
  records: JsonLine<T>[];
  errors: { line: number; message: string }[];
} {
  const records: JsonLine<T>[] = [];
  const errors: { line: number; message: string }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      try {
        records.push({ line: index + 1, value: JSON.parse(raw) as T });
      } catch (error) {
        errors.push({ line: index + 1, message: (error as Error).message });
      }
    });
  return { records, errors };
}
