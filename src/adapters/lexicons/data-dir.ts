// Where the project's maintained lexicons live (data/ at the repository root), from src/ or dist/ alike.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export function readDataFile(relativePath: string): string {
  return readFileSync(DATA_DIR + relativePath, 'utf8');
}

export function readDataJson<T>(relativePath: string): T {
  return JSON.parse(readDataFile(relativePath)) as T;
}

/** Lines of a list file, without blank lines and `#` comments. */
export function readDataLines(relativePath: string): string[] {
  return readDataFile(relativePath)
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}
