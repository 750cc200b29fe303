// Corpus + its analyses -> the cost of storing alone: each build's store code (open, migrate, write) timed on the
// same analyses, builds alternating run by run so that all see the same machine load. The analyses come from
// `chorus analyze --out FILE` on the same corpus, so no analysis is timed.
// Usage: tsx bench/store.ts --corpus C.jsonl --analyses A.jsonl [--runs 3] [--batch 8] ROOT[@BATCH][:thread]… (each ROOT
//        a project folder with a built dist/, e.g. `.` and a git archive of an older commit; `:thread` stores through
//        the build's store thread, as `chorus ingest` does, instead of a writer in this thread)
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readJsonLinesFile } from '../src/adapters/input/read-jsonl.js';
import type { Analysis } from '../src/model/analysis.js';
import type { ArticleInput } from '../src/model/article.js';
import { isInputError } from '../src/model/input-error.js';
import { readLoad, round, startClock } from './measure.js';

interface StoreCode {
  root: string;
  /** articles per transaction for this build (`ROOT@N`), else --batch */
  batch?: number;
  openStore: (file: string) => { close(): void };
  createArticleWriter: (db: unknown) => unknown;
  /** the build's store thread, when the spec asks for it */
  startStoreThread?: (db: unknown, file: string) => { close(): Promise<void> };
  ingestArticles: (
    inputs: AsyncIterable<ArticleInput>,
    writer: unknown,
    options: { batchSize: number; analyze: (input: ArticleInput) => Analysis },
  ) => Promise<unknown>;
}

async function loadStoreCode(spec: string): Promise<StoreCode> {
  const [path = '.', mode] = spec.split(':');
  const [root = '.', batch] = path.split('@');
  const module = (file: string) => import(pathToFileURL(join(resolve(root), 'dist', file)).href);
  const [open, writer, ingest] = await Promise.all([
    module('adapters/sqlite/open-store.js'),
    module('adapters/sqlite/article-writer.js'),
    module('adapters/sqlite/ingest-articles.js'),
  ]);
  const thread = mode === 'thread' ? await module('adapters/sqlite/store-thread.js') : undefined;
  return {
    root: spec,
    ...(batch === undefined ? {} : { batch: Number(batch) }),
    openStore: open.openStore,
    createArticleWriter: writer.createArticleWriter,
    ...(thread ? { startStoreThread: thread.startStoreThread } : {}),
    ingestArticles: ingest.ingestArticles,
  };
}

async function main(args: string[]): Promise<void> {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const corpus = value('corpus') ?? 'bench/out/corpus-7-1000.jsonl';
  const analysesFile = value('analyses') ?? '';
  const runs = Number(value('runs') ?? 3);
  const batch = Number(value('batch') ?? 8);
  const roots = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
  const articles: ArticleInput[] = [];
  for await (const record of readJsonLinesFile(corpus, basename(corpus))) {
    if (!isInputError(record)) articles.push(record);
  }
  const analyses = new Map<string, Analysis>();
  for (const line of readFileSync(analysesFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const analysis = JSON.parse(line) as Analysis;
    analyses.set(analysis.article.id, analysis);
  }
  const codes = await Promise.all(roots.map(loadStoreCode));
  const spent = codes.map(() => ({ ms: 0, cpuMs: 0, bytes: 0 }));
  process.stdout.write(`${articles.length} articles; load average ${readLoad()}\n`);
  for (let run = 0; run < runs; run++) {
    for (const [index, code] of codes.entries()) {
      const file = join(tmpdir(), `chorus-store-bench-${process.pid}-${index}.db`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      async function* inputs(): AsyncGenerator<ArticleInput> {
        yield* articles;
      }
      const clock = startClock();
      const db = code.openStore(file);
      const thread = code.startStoreThread?.(db, file);
      await code.ingestArticles(inputs(), thread ?? code.createArticleWriter(db), {
        batchSize: code.batch ?? batch,
        analyze: (input) => analyses.get(input.id) as Analysis,
      });
      await thread?.close();
      db.close();
      const { ms, cpuMs } = clock.stop();
      const total = spent[index] ?? { ms: 0, cpuMs: 0, bytes: 0 };
      total.ms += ms;
      total.cpuMs += cpuMs;
      for (const suffix of ['', '-wal']) {
        try {
          total.bytes += readFileSync(file + suffix).byteLength / runs;
        } catch {
          // no WAL file left after a clean close
        }
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  }
  for (const [index, code] of codes.entries()) {
    const total = spent[index] ?? { ms: 0, cpuMs: 0, bytes: 0 };
    const per = (ms: number) => round(ms / runs / articles.length, 3);
    process.stdout.write(
      `${code.root.padEnd(24)} wall ${per(total.ms)} ms/article, CPU ${per(total.cpuMs)} ms/article, store ${round(total.bytes / 1e6, 1)} MB\n`,
    );
  }
  process.stdout.write(`load average ${readLoad()}\n`);
}

await main(process.argv.slice(2));
