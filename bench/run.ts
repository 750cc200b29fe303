// Corpus -> one table (and a line in bench/out/results.jsonl): wink-nlp floor vs whole pipeline on one core (in
// batches, as the CLI runs it, and article by article for reference), stage shares, worker-thread speed-up,
// `chorus analyze` vs `chorus ingest` through the built CLI (one thread and --workers N) with peak memory;
// `--sqlite` adds ingest through the store's functions in this process, `--memory` the 1 GB streaming test,
// `--baseline DIR` the same figures for another built checkout (e.g. main), side by side in the same run.
// Every throughput is given by wall time and by CPU time: on a shared machine the CPU figures are the steadier.
// Usage: npm run bench -- [--articles 5000] [--input FILE.jsonl] [--workers 2] [--batch 16] [--sqlite] [--no-cli]
//        [--baseline DIR] [--out FILE] [--memory [--memory-bytes 1e9] [--memory-workers 1] [--memory-seconds S]]

import { appendFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { readJsonLinesFile } from '../src/adapters/input/read-jsonl.js';
import { createArticleWriter } from '../src/adapters/sqlite/article-writer.js';
import { ingestArticles } from '../src/adapters/sqlite/ingest-articles.js';
import { openStore } from '../src/adapters/sqlite/open-store.js';
import {
  analyzeBatches,
  batchInputs,
  DEFAULT_BATCH_LIMITS,
  DEFAULT_BATCH_SIZE,
} from '../src/apps/batches.js';
import { createContext } from '../src/apps/context.js';
import { analyzeParallel } from '../src/apps/workers/index.js';
import type { ArticleInput } from '../src/model/article.js';
import { isInputError } from '../src/model/input-error.js';
import type { Nlp, StageContext } from '../src/model/stage.js';
import { analyzeArticle, analyzeBatch, STAGE_NAMES, type StageName } from '../src/pipeline.js';
import { writeCorpus } from './generate-corpus.js';
import {
  type ChildRun,
  describeMachine,
  peakRssMB,
  readLoad,
  round,
  runMeasured,
  startClock,
  type Throughput,
  toThroughput,
} from './measure.js';

interface BenchOptions {
  articles: number;
  seed: number;
  input?: string;
  workers: number;
  batch: number;
  baseline?: string;
  sqlite: boolean;
  cli: boolean;
  memory: boolean;
  memoryBytes: number;
  memoryWorkers: number;
  memorySeconds?: number;
  out: string;
}

const OUT_DIR = 'bench/out';
// wink and the pipeline alternate over blocks of this many articles, so both see the same machine load.
const BLOCK = 250;
const WARM_UP = 200;

function parseOptions(args: string[]): BenchOptions {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const options: BenchOptions = {
    articles: Number(value('articles') ?? 5000),
    seed: Number(value('seed') ?? 7),
    workers: Number(value('workers') ?? 2),
    batch: Number(value('batch') ?? DEFAULT_BATCH_SIZE),
    sqlite: args.includes('--sqlite'),
    cli: !args.includes('--no-cli'),
    memory: args.includes('--memory'),
    memoryBytes: Number(value('memory-bytes') ?? 1e9),
    memoryWorkers: Number(value('memory-workers') ?? 1),
    // One JSON line per run: a history to compare before and after (and .jsonl files are not linted).
    out: value('out') ?? `${OUT_DIR}/results.jsonl`,
  };
  const input = value('input');
  if (input !== undefined) options.input = input;
  const baseline = value('baseline');
  if (baseline !== undefined) options.baseline = resolve(baseline);
  const seconds = value('memory-seconds');
  if (seconds !== undefined) options.memorySeconds = Number(seconds);
  return options;
}

async function ensureCorpus(options: BenchOptions): Promise<string> {
  if (options.input) return options.input;
  const file = `${OUT_DIR}/corpus-${options.seed}-${options.articles}.jsonl`;
  if (!existsSync(file)) await writeCorpus({ out: file, seed: options.seed, articles: options.articles });
  return file;
}

async function loadArticles(file: string): Promise<{ articles: ArticleInput[]; rejected: number }> {
  const articles: ArticleInput[] = [];
  let rejected = 0;
  for await (const record of readJsonLinesFile(file, basename(file))) {
    if (isInputError(record)) rejected++;
    else articles.push(record);
  }
  return { articles, rejected };
}

/** What the floor runs: readDoc, then sentences, tokens and their POS tags out. */
function runWink(nlp: Nlp, article: ArticleInput): number {
  const doc = nlp.readDoc(article.text);
  const sentences: unknown[] = doc.sentences().out();
  const tokens: unknown[] = doc.tokens().out();
  const pos: unknown[] = doc.tokens().out(nlp.its.pos);
  return sentences.length + tokens.length + pos.length;
}

/** Another built checkout, measured beside this one: its pipeline, its context and its worker pool. */
interface Baseline {
  dir: string;
  analyzeArticle: typeof analyzeArticle;
  ctx: StageContext;
  analyzeParallel: typeof analyzeParallel;
}

async function loadBaseline(dir: string): Promise<Baseline> {
  const url = (path: string) => pathToFileURL(join(dir, 'dist', path)).href;
  const pipeline = (await import(url('pipeline.js'))) as typeof import('../src/pipeline.js');
  const context = (await import(url('apps/context.js'))) as typeof import('../src/apps/context.js');
  const workers = (await import(
    url('apps/workers/index.js')
  )) as typeof import('../src/apps/workers/index.js');
  return {
    dir,
    analyzeArticle: pipeline.analyzeArticle,
    ctx: context.createContext(),
    analyzeParallel: workers.analyzeParallel,
  };
}

interface SingleCore {
  /** wink-nlp with only what sentences + POS need (the pipe the text stage uses): the floor */
  wink: Throughput;
  /** wink-nlp with its default pipe (adds entities, negation, sentiment), for reference */
  winkDefault: Throughput;
  /** in batches, stage by stage, as the CLI runs it */
  pipeline: Throughput;
  /** article by article, for reference */
  pipelineByArticle: Throughput;
  /** the baseline's pipeline, article by article */
  baseline?: Throughput;
  stageShares: Record<StageName, number>;
  stageMs: Record<StageName, number>;
}

/**
 * The floor, wink-nlp with its default pipe and the whole pipeline (batched, article by article, and the
 * baseline's if given), in turn block by block on the main thread, so that all see the same machine load; wall
 * and CPU time are both kept.
 */
function measureSingleCore(
  ctx: StageContext,
  articles: ArticleInput[],
  bytes: number,
  batch: number,
  baseline: Baseline | undefined,
): SingleCore {
  const winkDefault = winkNLP(model) as unknown as Nlp;
  const stageMs = Object.fromEntries(STAGE_NAMES.map((name) => [name, 0])) as Record<StageName, number>;
  const timer = (stage: StageName, ms: number) => {
    stageMs[stage] += ms;
  };
  const inBatches = (block: ArticleInput[], time?: typeof timer) => {
    for (let from = 0; from < block.length; from += batch)
      analyzeBatch(block.slice(from, from + batch), ctx, time);
  };
  const runs: Record<string, (block: ArticleInput[]) => void> = {
    wink: (block) => {
      for (const article of block) runWink(ctx.nlp, article);
    },
    winkDefault: (block) => {
      for (const article of block) runWink(winkDefault, article);
    },
    pipeline: (block) => inBatches(block, timer),
    pipelineByArticle: (block) => {
      for (const article of block) analyzeArticle(article, ctx);
    },
  };
  if (baseline) {
    runs.baseline = (block) => {
      for (const article of block) baseline.analyzeArticle(article, baseline.ctx);
    };
  }
  const warmUp = articles.slice(0, WARM_UP);
  for (const [name, run] of Object.entries(runs)) {
    if (name === 'pipeline') inBatches(warmUp);
    else run(warmUp);
  }
  const spent = Object.fromEntries(Object.keys(runs).map((name) => [name, { ms: 0, cpuMs: 0 }]));
  for (let from = 0, n = 0; from < articles.length; from += BLOCK, n++) {
    const block = articles.slice(from, from + BLOCK);
    // The pipelines take turns going first: none always runs right after wink-nlp.
    const names = Object.keys(runs);
    const order = [...names.slice(0, 2), ...rotate(names.slice(2), n)];
    for (const name of order) {
      const clock = startClock();
      runs[name]?.(block);
      const { ms, cpuMs } = clock.stop();
      const total = spent[name] as { ms: number; cpuMs: number };
      total.ms += ms;
      total.cpuMs += cpuMs;
    }
  }
  const staged = STAGE_NAMES.reduce((sum, name) => sum + stageMs[name], 0);
  const stageShares = Object.fromEntries(
    STAGE_NAMES.map((name) => [name, round(stageMs[name] / staged, 3)]),
  ) as Record<StageName, number>;
  for (const name of STAGE_NAMES) stageMs[name] = round(stageMs[name], 0);
  const figures = (name: string) =>
    toThroughput(articles.length, bytes, spent[name]?.ms ?? 0, spent[name]?.cpuMs ?? 0);
  const single: SingleCore = {
    wink: figures('wink'),
    winkDefault: figures('winkDefault'),
    pipeline: figures('pipeline'),
    pipelineByArticle: figures('pipelineByArticle'),
    stageShares,
    stageMs,
  };
  if (baseline) single.baseline = figures('baseline');
  return single;
}

function rotate<T>(items: T[], by: number): T[] {
  const at = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}

interface Parallel extends Throughput {
  workers: number;
  startupSeconds: number;
  /** CPU time over wall time: how many cores the run really had (other users of the machine take the rest) */
  coresUsed: number;
}

/**
 * The worker pool over the same articles (this checkout's, in batches of `batch`, or the baseline's); throughput
 * is counted once every worker has answered a warm-up.
 */
async function measureWorkers(
  articles: ArticleInput[],
  bytes: number,
  workers: number,
  batch: number,
  pool: typeof analyzeParallel = analyzeParallel,
): Promise<Parallel> {
  // Each worker compiles the pipeline anew: ~150 articles each before its speed settles.
  const warmUp = articles.slice(0, workers * 150);
  async function* inputs(): AsyncGenerator<ArticleInput> {
    yield* warmUp;
    yield* articles;
  }
  const started = performance.now();
  let clock = startClock();
  let seen = 0;
  for await (const _ of pool(inputs(), { workers, batchSize: batch })) {
    seen++;
    if (seen === warmUp.length) clock = startClock();
  }
  const { ms, cpuMs } = clock.stop();
  return {
    workers,
    startupSeconds: round((performance.now() - started - ms) / 1000, 2),
    coresUsed: round(cpuMs / ms, 2),
    ...toThroughput(articles.length, bytes, ms, cpuMs),
  };
}

interface SqliteIngest extends Throughput {
  /** ingest throughput over analyse-only throughput, by wall time and by CPU time */
  shareOfAnalyze: number;
  cpuShareOfAnalyze: number;
}

/** Analyse (in batches) and store every article in a fresh store, 64 per transaction like `chorus ingest`. */
async function measureSqlite(
  ctx: StageContext,
  articles: ArticleInput[],
  bytes: number,
  analyseOnly: Throughput,
): Promise<SqliteIngest> {
  const file = `${OUT_DIR}/bench.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = openStore(file);
  const writer = createArticleWriter(db);
  async function* inputs(): AsyncGenerator<ArticleInput> {
    yield* articles;
  }
  const clock = startClock();
  await ingestArticles(inputs(), writer, {
    batchSize: 64,
    analyze: { stream: (fresh) => analyzeBatches(batchInputs(fresh, DEFAULT_BATCH_LIMITS), ctx) },
  });
  const { ms, cpuMs } = clock.stop();
  db.close();
  const figures = toThroughput(articles.length, bytes, ms, cpuMs);
  return {
    ...figures,
    shareOfAnalyze: round(figures.articlesPerSecond / analyseOnly.articlesPerSecond, 2),
    cpuShareOfAnalyze: round(
      (figures.cpuArticlesPerSecond ?? 0) / (analyseOnly.cpuArticlesPerSecond ?? 1),
      2,
    ),
  };
}

interface CliRun extends ChildRun {
  command: 'analyze' | 'ingest';
  workers: number;
  /** the checkout whose bin/chorus.js ran */
  checkout: string;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  cpuArticlesPerSecond: number;
  cpuMegabytesPerSecond: number;
}

/**
 * The built CLI end to end (read, analyse, serialise, write; or read, analyse, store), in a child process whose
 * memory and CPU time are sampled every quarter second.
 */
async function measureCli(
  command: CliRun['command'],
  file: string,
  articles: number,
  bytes: number,
  workers: number,
  checkout = '.',
): Promise<CliRun> {
  const args = [join(checkout, 'bin/chorus.js'), command, file, '--quiet', '--workers', String(workers)];
  if (command === 'analyze') args.push('--out', '/dev/null');
  else {
    const db = `${OUT_DIR}/cli-ingest.db`;
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    args.push('--db', db);
  }
  const run = await runMeasured(process.execPath, args, { sampleMs: 250 });
  return {
    command,
    workers,
    checkout,
    ...run,
    articlesPerSecond: round(articles / run.seconds, 1),
    megabytesPerSecond: round(bytes / 1e6 / run.seconds, 2),
    cpuArticlesPerSecond: round(articles / run.cpuSeconds, 1),
    cpuMegabytesPerSecond: round(bytes / 1e6 / run.cpuSeconds, 2),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: describeMachine(),
  };
  const loads: Record<string, number> = { start: readLoad() };
  results.load = loads;

  const file = await ensureCorpus(options);
  const { articles, rejected } = await loadArticles(file);
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  results.corpus = {
    file,
    articles: articles.length,
    rejectedLines: rejected,
    megabytes: round(bytes / 1e6, 1),
    meanKB: round(bytes / 1e3 / Math.max(1, articles.length), 2),
  };
  log(`corpus ${file}: ${articles.length} articles, ${round(bytes / 1e6, 1)} MB`);

  let started = performance.now();
  const ctx = createContext();
  results.contextSeconds = round((performance.now() - started) / 1000, 2);
  results.batch = options.batch;
  const baseline = options.baseline === undefined ? undefined : await loadBaseline(options.baseline);
  if (baseline) results.baselineDir = baseline.dir;

  log('one core: wink-nlp alone and the whole pipeline, alternating …');
  const single = measureSingleCore(ctx, articles, bytes, options.batch, baseline);
  const toFloor = (figures: Throughput) => ({
    ratio: round(figures.articlesPerSecond / single.wink.articlesPerSecond, 3),
    cpuRatio: round((figures.cpuArticlesPerSecond ?? 0) / (single.wink.cpuArticlesPerSecond ?? 1), 3),
  });
  results.wink = single.wink;
  results.winkDefault = single.winkDefault;
  results.pipeline = single.pipeline;
  ({ ratio: results.ratio, cpuRatio: results.cpuRatio } = toFloor(single.pipeline));
  results.pipelineByArticle = { ...single.pipelineByArticle, ...toFloor(single.pipelineByArticle) };
  // CPU per article in batches over CPU per article one by one: below 1 is the batches' gain.
  results.batchCpuShare = round(
    (single.pipelineByArticle.cpuArticlesPerSecond ?? 0) / (single.pipeline.cpuArticlesPerSecond ?? 1),
    3,
  );
  if (single.baseline) results.baselinePipeline = { ...single.baseline, ...toFloor(single.baseline) };
  results.cpuRatioToDefaultPipe = round(
    (single.pipeline.cpuArticlesPerSecond ?? 0) / (single.winkDefault.cpuArticlesPerSecond ?? 1),
    3,
  );
  results.stageShares = single.stageShares;
  results.stageMs = single.stageMs;
  loads.afterSingleCore = readLoad();

  log(`${options.workers} worker threads …`);
  const parallel = await measureWorkers(articles, bytes, options.workers, options.batch);
  results.workers = {
    ...parallel,
    speedup: round(parallel.articlesPerSecond / single.pipeline.articlesPerSecond, 2),
    // CPU per article on one thread over CPU per article in the pool: the pool's own overhead. Times the
    // number of workers, it is the speed-up to expect when every core is free.
    cpuEfficiency: round(
      (parallel.cpuArticlesPerSecond ?? 0) / (single.pipeline.cpuArticlesPerSecond ?? 1),
      2,
    ),
  };
  if (baseline) {
    log(`${options.workers} worker threads of the baseline …`);
    const base = await measureWorkers(articles, bytes, options.workers, 1, baseline.analyzeParallel);
    const reference = single.baseline ?? single.pipelineByArticle;
    results.baselineWorkers = {
      ...base,
      speedup: round(base.articlesPerSecond / reference.articlesPerSecond, 2),
      cpuEfficiency: round((base.cpuArticlesPerSecond ?? 0) / (reference.cpuArticlesPerSecond ?? 1), 2),
    };
  }
  loads.afterWorkers = readLoad();

  if (options.sqlite) {
    log('analyse + store in SQLite …');
    results.sqlite = await measureSqlite(ctx, articles, bytes, single.pipeline);
    loads.afterSqlite = readLoad();
  }
  results.benchPeakRssMB = peakRssMB();

  if (options.cli) {
    log('chorus analyze and chorus ingest (built CLI, one thread each) …');
    const analyze = await measureCli('analyze', file, articles.length, bytes, 1);
    const ingest = await measureCli('ingest', file, articles.length, bytes, 1);
    results.cli = analyze;
    results.cliIngest = {
      ...ingest,
      shareOfAnalyze: round(ingest.articlesPerSecond / analyze.articlesPerSecond, 2),
      cpuShareOfAnalyze: round(ingest.cpuArticlesPerSecond / analyze.cpuArticlesPerSecond, 2),
    };
    log(`chorus analyze --workers ${options.workers} and chorus ingest --workers ${options.workers} …`);
    results.cliWorkers = await measureCli('analyze', file, articles.length, bytes, options.workers);
    results.cliIngestWorkers = await measureCli('ingest', file, articles.length, bytes, options.workers);
    if (baseline) {
      log('the same four CLI runs of the baseline …');
      const runs = [
        ['analyze', 1],
        ['ingest', 1],
        ['analyze', options.workers],
        ['ingest', options.workers],
      ] as const;
      const baselineCli: CliRun[] = [];
      for (const [command, workers] of runs) {
        baselineCli.push(await measureCli(command, file, articles.length, bytes, workers, baseline.dir));
      }
      results.baselineCli = baselineCli;
    }
    loads.afterCli = readLoad();
  }

  if (options.memory) {
    // The big file goes to the system's temporary folder, away from the repository.
    const big = join(
      tmpdir(),
      `chorus-bench-big-${options.seed}-${Math.round(options.memoryBytes / 1e6)}MB.jsonl`,
    );
    if (!existsSync(big)) {
      log(`writing ${big} …`);
      await writeCorpus({ out: big, seed: options.seed, bytes: options.memoryBytes });
    }
    log(`chorus analyze ${big} (--workers ${options.memoryWorkers}) …`);
    started = performance.now();
    const bigBytes = statSync(big).size;
    const run = await runMeasured(
      process.execPath,
      [
        'bin/chorus.js',
        'analyze',
        big,
        '--quiet',
        '--out',
        '/dev/null',
        '--workers',
        String(options.memoryWorkers),
      ],
      options.memorySeconds === undefined
        ? { sampleMs: 2000 }
        : { sampleMs: 2000, limitSeconds: options.memorySeconds },
    );
    results.memory = {
      file: big,
      megabytes: round(bigBytes / 1e6, 0),
      workers: options.memoryWorkers,
      ...run,
    };
    loads.afterMemory = readLoad();
  }

  appendFileSync(options.out, `${JSON.stringify(results)}\n`);
  process.stdout.write(`${formatTable(results)}\nresults: ${resolve(options.out)}\n`);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function formatTable(results: Record<string, unknown>): string {
  const rows: string[][] = [['measure', 'articles/s', 'MB/s', 'articles/CPU-s', 'MB/CPU-s', 'note']];
  type Row = Pick<
    Throughput,
    'articlesPerSecond' | 'megabytesPerSecond' | 'cpuArticlesPerSecond' | 'cpuMegabytesPerSecond'
  >;
  const add = (name: string, figures: Row | undefined, note: string) => {
    if (!figures) return;
    rows.push([
      name,
      String(figures.articlesPerSecond),
      String(figures.megabytesPerSecond),
      String(figures.cpuArticlesPerSecond ?? ''),
      String(figures.cpuMegabytesPerSecond ?? ''),
      note,
    ]);
  };
  const note = (name: string, text: string) => rows.push([name, '', '', '', '', text]);
  const workers = results.workers as Parallel & { speedup: number; cpuEfficiency: number };
  add('wink-nlp alone, 1 core', results.wink as Throughput, 'sentences + POS, pipe [sbd, pos] (the floor)');
  add(
    'wink-nlp default pipe, 1 core',
    results.winkDefault as Throughput,
    'adds entities, negation, sentiment',
  );
  type Floored = Throughput & { ratio: number; cpuRatio: number };
  add(
    `whole pipeline, 1 core, batches of ${results.batch}`,
    results.pipeline as Throughput,
    `ratio to the floor ${results.ratio} wall, ${results.cpuRatio} CPU (target >= 0.50); ` +
      `${results.cpuRatioToDefaultPipe} CPU to the default pipe; as the CLI runs it`,
  );
  const byArticle = results.pipelineByArticle as Floored;
  add(
    'whole pipeline, 1 core, article by article',
    byArticle,
    `ratio to the floor ${byArticle.ratio} wall, ${byArticle.cpuRatio} CPU; batches cost ` +
      `${results.batchCpuShare} of its CPU per article`,
  );
  const baselinePipeline = results.baselinePipeline as Floored | undefined;
  add(
    'baseline pipeline, 1 core, article by article',
    baselinePipeline,
    `ratio to the floor ${baselinePipeline?.ratio} wall, ${baselinePipeline?.cpuRatio} CPU (${results.baselineDir})`,
  );
  add(
    `pipeline, ${workers.workers} worker threads`,
    workers,
    `speed-up ${workers.speedup}x over 1 core (target >= 1.8x) with ${workers.coresUsed} cores busy; ` +
      `CPU efficiency ${workers.cpuEfficiency}; startup ${workers.startupSeconds} s`,
  );
  const baselineWorkers = results.baselineWorkers as typeof workers | undefined;
  add(
    `baseline pipeline, ${baselineWorkers?.workers} worker threads`,
    baselineWorkers,
    `speed-up ${baselineWorkers?.speedup}x over its 1 core with ${baselineWorkers?.coresUsed} cores busy; ` +
      `CPU efficiency ${baselineWorkers?.cpuEfficiency}; startup ${baselineWorkers?.startupSeconds} s`,
  );
  const sqlite = results.sqlite as SqliteIngest | undefined;
  add(
    'analyse + SQLite ingest, 1 core',
    sqlite,
    `${sqlite?.shareOfAnalyze} of analyse-only wall, ${sqlite?.cpuShareOfAnalyze} CPU (target >= 0.80)`,
  );
  const cli = results.cli as CliRun | undefined;
  add(
    'chorus analyze (CLI), 1 thread',
    cli,
    `end to end incl. start-up; peak RSS ${cli?.peakRssMB} MB; exit ${cli?.exitCode}`,
  );
  const cliIngest = results.cliIngest as
    | (CliRun & { shareOfAnalyze: number; cpuShareOfAnalyze: number })
    | undefined;
  add(
    'chorus ingest (CLI), 1 thread',
    cliIngest,
    `${cliIngest?.shareOfAnalyze} of chorus analyze wall, ${cliIngest?.cpuShareOfAnalyze} CPU (target >= 0.80); ` +
      `peak RSS ${cliIngest?.peakRssMB} MB; exit ${cliIngest?.exitCode}`,
  );
  const cliWorkers = results.cliWorkers as CliRun | undefined;
  add(
    `chorus analyze (CLI), ${cliWorkers?.workers} workers`,
    cliWorkers,
    `speed-up ${cli && cliWorkers ? round(cliWorkers.articlesPerSecond / cli.articlesPerSecond, 2) : ''}x over 1 thread; ` +
      `peak RSS ${cliWorkers?.peakRssMB} MB; exit ${cliWorkers?.exitCode}`,
  );
  const cliIngestWorkers = results.cliIngestWorkers as CliRun | undefined;
  add(
    `chorus ingest (CLI), ${cliIngestWorkers?.workers} workers`,
    cliIngestWorkers,
    `speed-up ${cliIngest && cliIngestWorkers ? round(cliIngestWorkers.articlesPerSecond / cliIngest.articlesPerSecond, 2) : ''}x over 1 thread; ` +
      `${cliWorkers && cliIngestWorkers ? round(cliIngestWorkers.articlesPerSecond / cliWorkers.articlesPerSecond, 2) : ''} of analyze with as many workers; ` +
      `peak RSS ${cliIngestWorkers?.peakRssMB} MB; exit ${cliIngestWorkers?.exitCode}`,
  );
  for (const run of (results.baselineCli as CliRun[] | undefined) ?? []) {
    add(
      `baseline chorus ${run.command} (CLI), ${run.workers} ${run.workers === 1 ? 'thread' : 'workers'}`,
      run,
      `peak RSS ${run.peakRssMB} MB; exit ${run.exitCode}`,
    );
  }
  const shares = results.stageShares as Record<string, number>;
  const stageNote = Object.entries(shares)
    .map(([name, share]) => `${name} ${Math.round(share * 100)}%`)
    .join(', ');
  note('stage shares, 1 core', stageNote);
  note('bench process peak RSS', `${results.benchPeakRssMB} MB (corpus held in memory)`);
  const memory = results.memory as (ChildRun & { megabytes: number; workers: number }) | undefined;
  if (memory) {
    const cut =
      memory.killedAfterSeconds === undefined ? 'complete' : `stopped after ${memory.killedAfterSeconds} s`;
    note(
      `memory test ${memory.megabytes} MB, ${memory.workers} worker(s)`,
      `peak RSS ${memory.peakRssMB} MB (target <= 300), ${memory.seconds} s, ${cut}, exit ${memory.exitCode}`,
    );
  }
  note('load average (1 min)', JSON.stringify(results.load));
  const last = (rows[0]?.length ?? 1) - 1;
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row.map((cell, column) => (column === last ? cell : cell.padEnd(widths[column] ?? 0))).join(' | '),
    )
    .join('\n');
}

await main();
