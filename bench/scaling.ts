// Corpus -> the worker pool's speed-up: articles/s on the main thread, then through the pool with 1 and N workers,
// each worker after its own warm-up, in several rounds (they alternate, so all see the same machine load); the
// speed-ups are the medians of the rounds' ratios. A third figure separates the pool from the machine: N bare
// worker threads each analysing its own share of the articles with no messages at all (`bare`), the most any
// pool could reach on these cores. Short on purpose (~2 min) so that it can run when the cores are free, or at
// a higher priority on a shared machine (`nice -n -15 npx tsx bench/scaling.ts`, as docs/performance.md says).
// Every thread analyses in batches of `--batch` articles, stage by stage, as the CLI does (the pool sends one
// batch per message); `--batch 1` measures article by article.
// First it measures the machine itself with two kernels on 1 and N bare threads: one that computes in registers
// (what N cores can give) and one that streams memory a cache line at a time (what the memory they share can give).
// The pipeline waits on memory much of its time (docs/performance.md), so its speed-up falls between the two.
// Usage: tsx bench/scaling.ts [--articles 1200] [--workers 2] [--rounds 3] [--batch 16]
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readJsonLinesFile } from '../src/adapters/input/read-jsonl.js';
import { threadEntry } from '../src/adapters/thread-entry.js';
import { DEFAULT_BATCH_SIZE } from '../src/apps/batches.js';
import { createContext } from '../src/apps/context.js';
import { analyzeParallel } from '../src/apps/workers/index.js';
import type { ArticleInput } from '../src/model/article.js';
import { isInputError } from '../src/model/input-error.js';
import type { StageContext } from '../src/model/stage.js';
import { analyzeBatch } from '../src/pipeline.js';
import { writeCorpus } from './generate-corpus.js';
import { readLoad, round, startClock } from './measure.js';

const WARM_UP_PER_THREAD = 600;

/** Articles in batches of `batch`, stage by stage, as the CLI runs them on one thread. */
function analyzeAll(articles: readonly ArticleInput[], ctx: StageContext, batch: number): void {
  for (let from = 0; from < articles.length; from += batch) {
    analyzeBatch(articles.slice(from, from + batch), ctx);
  }
}

interface Spent {
  ms: number;
  cpuMs: number;
}

async function readArticles(file: string): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  for await (const record of readJsonLinesFile(file, basename(file))) {
    if (!isInputError(record)) articles.push(record);
  }
  return articles;
}

interface BareSetup {
  file: string;
  share: number;
  of: number;
  batch: number;
}

/** A calibration kernel's thread: `compute` works in registers, `memory` reads a 64 MB array line by line. */
interface KernelSetup {
  kernel: 'compute' | 'memory';
}

const COMPUTE_STEPS = 300_000_000;
const MEMORY_PASSES = 24;
/** 64 MB of doubles, far more than the processor's caches hold, read one 64-byte line at a time */
const MEMORY_DOUBLES = 8 * 1024 * 1024;
const LINE_DOUBLES = 8;

/** Runs one kernel and reports its wall time. */
function kernelWorker(setup: KernelSetup): void {
  const port = parentPort;
  if (!port) return;
  const data = setup.kernel === 'memory' ? new Float64Array(MEMORY_DOUBLES).fill(1) : null;
  port.once('message', () => {
    const started = performance.now();
    let sum = 0;
    if (data) {
      for (let pass = 0; pass < MEMORY_PASSES; pass++)
        for (let i = 0; i < data.length; i += LINE_DOUBLES) sum += data[i] as number;
    } else {
      let x = 1;
      for (let i = 0; i < COMPUTE_STEPS; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
      sum = x;
    }
    port.postMessage({ ms: performance.now() - started, sum });
  });
  port.postMessage('ready');
}

/** The speed-up N threads give one kernel over one thread doing the same work each (median of `rounds`). */
async function kernelSpeedUp(
  kernel: KernelSetup['kernel'],
  threads: number,
  rounds: number,
): Promise<number> {
  const run = async (count: number): Promise<number> => {
    const entry = threadEntry(import.meta.url, 'scaling');
    const workers = Array.from(
      { length: count },
      () => new Worker(entry.script, { eval: entry.eval, workerData: { kernel } satisfies KernelSetup }),
    );
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
    const started = performance.now();
    const done = workers.map((w) => new Promise((resolve) => w.once('message', resolve)));
    for (const w of workers) w.postMessage('go');
    await Promise.all(done);
    const ms = performance.now() - started;
    await Promise.all(workers.map((w) => w.terminate()));
    return ms;
  };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const one = await run(1);
    const many = await run(threads);
    // N threads did N times one thread's work
    ratios.push((threads * one) / many);
  }
  return median(ratios);
}

/** A bare worker: warms up, waits for the go, analyses its share, reports its wall time. */
async function bareWorker(setup: BareSetup): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const articles = await readArticles(setup.file);
  const mine = articles.filter((_, i) => i % setup.of === setup.share);
  const ctx = createContext();
  analyzeAll(articles.slice(0, WARM_UP_PER_THREAD), ctx, setup.batch);
  port.once('message', () => {
    const started = performance.now();
    analyzeAll(mine, ctx, setup.batch);
    port.postMessage(performance.now() - started);
  });
  port.postMessage('ready');
}

/** N bare workers started together: the wall time until the last one is done. */
async function runBare(file: string, workers: number, batch: number): Promise<Spent> {
  const entry = threadEntry(import.meta.url, 'scaling');
  const threads = Array.from({ length: workers }, (_, share) => {
    const setup: BareSetup = { file, share, of: workers, batch };
    return new Worker(entry.script, { eval: entry.eval, workerData: setup });
  });
  await Promise.all(threads.map((thread) => new Promise((resolve) => thread.once('message', resolve))));
  const clock = startClock();
  const done = threads.map((thread) => new Promise((resolve) => thread.once('message', resolve)));
  for (const thread of threads) thread.postMessage('go');
  await Promise.all(done);
  const spent = clock.stop();
  await Promise.all(threads.map((thread) => thread.terminate()));
  return spent;
}

/** The pool with `workers` threads: each warmed up with its share of a warm-up, then timed over the articles. */
async function runPool(articles: readonly ArticleInput[], workers: number, batch: number): Promise<Spent> {
  const warmUp = articles.slice(0, WARM_UP_PER_THREAD * workers);
  async function* inputs(): AsyncGenerator<ArticleInput> {
    yield* warmUp;
    yield* articles;
  }
  let clock = startClock();
  let seen = 0;
  for await (const _ of analyzeParallel(inputs(), { workers, batchSize: batch })) {
    seen++;
    if (seen === warmUp.length) clock = startClock();
  }
  return clock.stop();
}

async function main(args: string[]): Promise<void> {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const count = Number(value('articles') ?? 1200);
  const most = Number(value('workers') ?? 2);
  const rounds = Number(value('rounds') ?? 3);
  const batch = Number(value('batch') ?? DEFAULT_BATCH_SIZE);
  const file = `bench/out/corpus-7-${count}.jsonl`;
  if (!existsSync(file)) await writeCorpus({ out: file, seed: 7, articles: count });
  const articles = await readArticles(file);
  const rows: string[] = [
    `${articles.length} articles from ${file}, batches of ${batch}; load average ${readLoad()}`,
  ];
  const compute = await kernelSpeedUp('compute', most, rounds);
  const memory = await kernelSpeedUp('memory', most, rounds);
  rows.push(
    `machine: ${most} threads give ${round(compute, 2)}x on a kernel that computes in registers and ` +
      `${round(memory, 2)}x on one that streams memory (medians of ${rounds} rounds)`,
  );

  const ctx = createContext();
  analyzeAll(articles.slice(0, WARM_UP_PER_THREAD), ctx, batch);
  const poolRatios: number[] = [];
  const workerRatios: number[] = [];
  const bareRatios: number[] = [];
  const poolOverBare: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    const clock = startClock();
    analyzeAll(articles, ctx, batch);
    const single = clock.stop();
    const base = rate(single);
    rows.push(describe(`round ${r} main thread`, single, 1));
    // one fresh worker, warmed up as much as each of the pool's: the pool's own scaling, overheads alike
    const one = await runPool(articles, 1, batch);
    rows.push(describe(`round ${r} pool, 1 worker`, one, rate(one) / base));
    const pooled = await runPool(articles, most, batch);
    poolRatios.push(rate(pooled) / base);
    workerRatios.push(rate(pooled) / rate(one));
    rows.push(describe(`round ${r} pool, ${most} workers`, pooled, rate(pooled) / base));
    const bare = await runBare(file, most, batch);
    bareRatios.push(rate(bare) / base);
    poolOverBare.push(rate(pooled) / rate(bare));
    rows.push(describe(`round ${r} bare, ${most} threads`, bare, rate(bare) / base));
  }
  rows.push(
    `median speed-up: pool of ${most} over the main thread ${round(median(poolRatios), 2)}x, over a pool of 1 ` +
      `${round(median(workerRatios), 2)}x; bare threads over the main thread ${round(median(bareRatios), 2)}x; ` +
      `the pool gets ${round(median(poolOverBare), 2)} of the bare threads' throughput`,
  );
  rows.push(`load average ${readLoad()}`);
  process.stdout.write(`${rows.join('\n')}\n`);

  function rate(spent: Spent): number {
    return articles.length / (spent.ms / 1000);
  }
  function describe(name: string, spent: Spent, speedup: number): string {
    const cores = spent.cpuMs > 0 ? `  cores busy ${round(spent.cpuMs / spent.ms, 2)}` : '';
    return `${name.padEnd(26)} ${String(round(rate(spent), 1)).padStart(7)} articles/s  speed-up ${round(speedup, 2)}x${cores}`;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

if (isMainThread) await main(process.argv.slice(2));
else if ('kernel' in (workerData as object)) kernelWorker(workerData as KernelSetup);
else await bareWorker(workerData as BareSetup);
