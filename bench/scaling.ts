// Corpus -> the worker pool's speed-up: articles/s on the main thread, then through the pool with 1..N workers,
// each after its own warm-up. Short on purpose (~1 min) so that it can run when the cores are free, or at a
// higher priority on a shared machine (`nice -n -15 npx tsx bench/scaling.ts`, as docs/performance.md says).
// Usage: tsx bench/scaling.ts [--articles 1200] [--workers 2]
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { readJsonLinesFile } from '../src/adapters/input/read-jsonl.js';
import { createContext } from '../src/apps/context.js';
import { analyzeParallel } from '../src/apps/workers/index.js';
import type { ArticleInput } from '../src/model/article.js';
import { isInputError } from '../src/model/input-error.js';
import { analyzeArticle } from '../src/pipeline.js';
import { writeCorpus } from './generate-corpus.js';
import { readLoad, round, startClock } from './measure.js';

const WARM_UP_PER_THREAD = 150;

async function main(args: string[]): Promise<void> {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const count = Number(value('articles') ?? 1200);
  const most = Number(value('workers') ?? 2);
  const file = `bench/out/corpus-7-${count}.jsonl`;
  if (!existsSync(file)) await writeCorpus({ out: file, seed: 7, articles: count });
  const articles: ArticleInput[] = [];
  for await (const record of readJsonLinesFile(file, basename(file))) {
    if (!isInputError(record)) articles.push(record);
  }
  const rows: string[] = [`${articles.length} articles from ${file}; load average ${readLoad()}`];

  const ctx = createContext();
  for (const article of articles.slice(0, WARM_UP_PER_THREAD)) analyzeArticle(article, ctx);
  let clock = startClock();
  for (const article of articles) analyzeArticle(article, ctx);
  const single = clock.stop();
  const base = articles.length / (single.ms / 1000);
  rows.push(describe('main thread', single, 1));

  for (let workers = 1; workers <= most; workers++) {
    const warmUp = articles.slice(0, WARM_UP_PER_THREAD * workers);
    async function* inputs(): AsyncGenerator<ArticleInput> {
      yield* warmUp;
      yield* articles;
    }
    let seen = 0;
    for await (const _ of analyzeParallel(inputs(), { workers })) {
      seen++;
      if (seen === warmUp.length) clock = startClock();
    }
    const pooled = clock.stop();
    rows.push(describe(`pool, ${workers} worker(s)`, pooled, articles.length / (pooled.ms / 1000) / base));
  }
  rows.push(`load average ${readLoad()}`);
  process.stdout.write(`${rows.join('\n')}\n`);

  function describe(name: string, spent: { ms: number; cpuMs: number }, speedup: number): string {
    const perSecond = round(articles.length / (spent.ms / 1000), 1);
    return `${name.padEnd(20)} ${String(perSecond).padStart(7)} articles/s  speed-up ${round(speedup, 2)}x  cores busy ${round(spent.cpuMs / spent.ms, 2)}`;
  }
}

await main(process.argv.slice(2));
