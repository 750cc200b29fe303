// The reaction gold files (../shared/eval/reactions), read for the developer tools in scripts/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The records of one gold file (`seed.jsonl`, `dev.jsonl`, `plover-sentences.jsonl`), as the caller types them. */
export function readReactionGold<T>(file: string): T[] {
  return readFileSync(resolve(process.cwd(), '../shared/eval/reactions', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}
