// A stream of ArticleInput | InputError -> their Analysis | InputError, analysed in batches on worker threads, in input order.
import { Worker } from 'node:worker_threads';
import { type ThreadEntry, threadEntry } from '../../adapters/thread-entry.js';
import { ChorusError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import { type InputError, isInputError } from '../../model/input-error.js';
import type { Config } from '../../model/stage.js';
import { batchInputs, DEFAULT_BATCH_LIMITS } from '../batches.js';
import {
  describeFailedArticle,
  type EncodedAnalysis,
  encodeAnalysis,
  type TaskMessage,
  type WorkerMessage,
  type WorkerSetup,
} from './messages.js';

export interface ParallelOptions {
  /** worker threads to start (each loads its own lexicons and wink-nlp model, ~100 MB) */
  workers: number;
  config?: Partial<Config>;
  /** Articles per message, analysed together stage by stage (default DEFAULT_BATCH_SIZE in src/apps/batches.ts). */
  batchSize?: number;
  /**
   * Most inputs read ahead of the one being handed out (at least one batch); bounds memory whatever the input
   * size. Default: every worker's batches in flight and one more batch, enough to keep every worker busy while
   * one long article holds up the order.
   */
  maxInFlight?: number;
  /**
   * The script each worker runs (default: ./worker.js beside this module). Tests pass a wrapper around the real
   * worker that fails on purpose, to check what the pool does when a worker dies.
   */
  workerEntry?: ThreadEntry;
}

type Inputs = AsyncIterable<ArticleInput | InputError> | Iterable<ArticleInput | InputError>;

/** Analyses `inputs` on `options.workers` threads; results come out in input order, input errors pass through. */
export function analyzeParallel(
  inputs: Inputs,
  options: ParallelOptions,
): AsyncGenerator<Analysis | InputError, void, undefined> {
  return analyzeInOrder<Analysis>(inputs, options, 'analysis');
}

/** As analyzeParallel, but each analysis comes already serialised by its worker, for JSON writers. */
export function analyzeParallelToJson(
  inputs: Inputs,
  options: ParallelOptions,
): AsyncGenerator<EncodedAnalysis | InputError, void, undefined> {
  return analyzeInOrder<EncodedAnalysis>(inputs, options, 'json');
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: ChorusError };

async function* analyzeInOrder<T extends Analysis | EncodedAnalysis>(
  inputs: Inputs,
  options: ParallelOptions,
  output: WorkerSetup['output'],
): AsyncGenerator<T | InputError, void, undefined> {
  const workers = Math.max(1, Math.floor(options.workers));
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_LIMITS.size));
  const limit = Math.max(batchSize, options.maxInFlight ?? (workers * TASKS_PER_WORKER + 1) * batchSize);
  const entry = options.workerEntry ?? threadEntry(import.meta.url, 'worker');
  const pool = new WorkerPool<T>({ config: options.config ?? {}, output }, workers, entry);
  // Batches in input order: the head is awaited while the workers go on with the rest.
  const pending: { size: number; records: Promise<Outcome<(T | InputError)[]>> }[] = [];
  let waiting = 0;
  let seq = 0;
  try {
    for await (const batch of batchInputs(inputs, { ...DEFAULT_BATCH_LIMITS, size: batchSize })) {
      const articles = batch.filter((item): item is ArticleInput => !isInputError(item));
      const records =
        articles.length === 0
          ? Promise.resolve<Outcome<(T | InputError)[]>>({ ok: true, value: batch as InputError[] })
          : pool.run(seq, articles).then((outcome) => placeResults(batch, outcome));
      seq += articles.length;
      pending.push({ size: batch.length, records });
      waiting += batch.length;
      // Room for the next batch within the limit.
      while (waiting > limit - batchSize) {
        const head = pending.shift() as (typeof pending)[number];
        waiting -= head.size;
        yield* unwrap(await head.records);
      }
    }
    for (const head of pending.splice(0)) yield* unwrap(await head.records);
  } finally {
    await pool.close();
  }
}

/** The batch's records in its order: each article's result, input errors in their place. */
function placeResults<T>(
  batch: readonly (ArticleInput | InputError)[],
  outcome: Outcome<T[]>,
): Outcome<(T | InputError)[]> {
  if (!outcome.ok) return outcome;
  let next = 0;
  return { ok: true, value: batch.map((item) => (isInputError(item) ? item : (outcome.value[next++] as T))) };
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

interface Task<T> {
  /** the place of its first article in the input (each article has its own, so tasks never share one) */
  seq: number;
  inputs: ArticleInput[];
  resolve: (outcome: Outcome<T[]>) => void;
}

interface Slot<T> {
  worker: Worker;
  ready: boolean;
  inFlight: Map<number, Task<T>>;
  error?: Error;
}

// Two batches per worker: one being analysed and one waiting in its port, so it never idles between messages,
// while the rest wait here and go to whichever worker frees up first (articles vary from 1 KB to 2 MB).
const TASKS_PER_WORKER = 2;

class WorkerPool<T extends Analysis | EncodedAnalysis> {
  private readonly slots: Slot<T>[] = [];
  private readonly queue: Task<T>[] = [];
  private failure: ChorusError | undefined;
  private closing = false;

  constructor(
    private readonly setup: WorkerSetup,
    size: number,
    private readonly entry: ThreadEntry,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Analyses a batch of articles (numbered from `seq`) on the first free worker. */
  run(seq: number, inputs: ArticleInput[]): Promise<Outcome<T[]>> {
    const failure = this.failure;
    if (failure) return Promise.resolve({ ok: false, error: failure });
    return new Promise((resolve) => {
      this.queue.push({ seq, inputs, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private spawn(): Slot<T> {
    const entry = this.entry;
    // Node options of the main process (--cpu-prof, --max-old-space-size) carry over, except --input-type,
    // which a worker refuses.
    const execArgv = process.execArgv.filter((option) => !option.startsWith('--input-type'));
    const worker = new Worker(entry.script, { workerData: this.setup, eval: entry.eval, execArgv });
    const slot: Slot<T> = { worker, ready: false, inFlight: new Map() };
    worker.on('message', (message: WorkerMessage) => this.receive(slot, message));
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.replace(slot, code));
    return slot;
  }

  private receive(slot: Slot<T>, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const task = slot.inFlight.get(message.seq);
    if (!task) return;
    slot.inFlight.delete(message.seq);
    task.resolve({ ok: true, value: message.analyses as T[] });
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.failure) {
      let best: Slot<T> | undefined;
      for (const slot of this.slots) {
        // Only a worker that is ready takes work: one that dies while starting loses no articles, and one that
        // starts slowly leaves the work to the others.
        if (
          slot.ready &&
          slot.inFlight.size < TASKS_PER_WORKER &&
          (!best || slot.inFlight.size < best.inFlight.size)
        ) {
          best = slot;
        }
      }
      const task = best ? this.queue.shift() : undefined;
      if (!best || !task) return;
      best.inFlight.set(task.seq, task);
      best.worker.postMessage({ seq: task.seq, inputs: task.inputs } satisfies TaskMessage);
    }
  }

  // A worker that dies (out of memory, a native crash) takes the batch it was analysing with it, and a fresh
  // worker takes its place. A worker reads its batches in turn, so the batch it was on is its oldest; the batch
  // waiting behind it was never begun and goes back to the queue as it was. The articles of the batch it was on
  // are tried again one by one, so that one bad article does not cost the others; an article that was alone
  // becomes a failure record. A worker that dies before it is ready would die again: the run stops.
  private replace(slot: Slot<T>, code: number): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (this.closing) return;
    const reason = slot.error?.message ?? `exit code ${code}`;
    if (!slot.ready) {
      this.fail(
        new ChorusError(
          'workers.start_failed',
          `A worker thread could not start (${reason}). Build the project (npm run build) or run with --workers 1.`,
          { cause: slot.error },
        ),
      );
      return;
    }
    const [current, ...waiting] = slot.inFlight.values();
    this.queue.unshift(...waiting);
    if (current && current.inputs.length > 1) this.retryAlone(current);
    else if (current) {
      const failed = current.inputs.map((input) =>
        describeFailedArticle(
          input,
          'pipeline.worker_crashed',
          `The worker analysing this article stopped (${reason}); the article was not analysed.`,
        ),
      );
      current.resolve({
        ok: true,
        value: (this.setup.output === 'json' ? failed.map(encodeAnalysis) : failed) as T[],
      });
    }
    this.slots.push(this.spawn());
    this.dispatch();
  }

  /** Queues each article of `task` first, alone; the task is answered when all of them are. */
  private retryAlone(task: Task<T>): void {
    const results: T[] = [];
    let left = task.inputs.length;
    const alone = task.inputs.map(
      (input, offset): Task<T> => ({
        seq: task.seq + offset,
        inputs: [input],
        resolve: (outcome) => {
          if (!outcome.ok) {
            task.resolve(outcome);
            return;
          }
          results[offset] = outcome.value[0] as T;
          left--;
          if (left === 0) task.resolve({ ok: true, value: results });
        },
      }),
    );
    this.queue.unshift(...alone);
  }

  private fail(error: ChorusError): void {
    this.failure = error;
    for (const task of this.queue.splice(0)) task.resolve({ ok: false, error });
    for (const other of this.slots) {
      for (const task of other.inFlight.values()) task.resolve({ ok: false, error });
      other.inFlight.clear();
    }
  }
}
