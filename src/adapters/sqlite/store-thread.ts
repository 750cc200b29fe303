// Analysed articles -> the store, written by a thread of their own; results, commits and failures come back in order.
import { Worker } from 'node:worker_threads';
import { ChorusError } from '../../errors.js';
import type { ArticleInput } from '../../model/article.js';
import { threadEntry } from '../thread-entry.js';
import { type AnalysedArticle, createStoredCheck, hashContent, type StoreResult } from './article-writer.js';
import type { Db } from './open-store.js';

/** main -> store thread, sent in lists; each request gets exactly one reply, in order, in lists */
export type StoreRequest =
  | { type: 'store'; input: ArticleInput; json: string }
  | { type: 'commit' }
  | { type: 'rollback' }
  | { type: 'close' };

/** store thread -> main */
export type StoreReply =
  | { type: 'stored'; result: StoreResult }
  | { type: 'done' }
  | { type: 'failed'; message: string };

export interface StoreThreadSetup {
  file: string;
}

/** An ArticleWriter whose work happens on another thread: the same calls, answered later. */
export interface StoreThread {
  /** as ArticleWriter.isStored, counting the articles handed to the thread and not yet committed */
  isStored(input: ArticleInput): boolean;
  store(item: AnalysedArticle): Promise<StoreResult>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Closes the store and ends the thread; an open transaction is dropped (commit first to keep it). */
  close(): Promise<void>;
}

/** Most requests sent in one message. */
const MAX_LIST = 32;
/** The store thread's young generation, in MB (V8's default is several times larger). */
const STORE_YOUNG_GENERATION_MB = 4;

interface Waiting {
  resolve: (reply: StoreReply) => void;
  reject: (error: ChorusError) => void;
}

/**
 * Starts a thread that writes to the store `file`, whose schema `db` (this thread's connection, used only to
 * read) has already brought up to date.
 */
export function startStoreThread(db: Db, file: string): StoreThread {
  const entry = threadEntry(import.meta.url, 'store-worker');
  const execArgv = process.execArgv.filter((option) => !option.startsWith('--input-type'));
  const setup: StoreThreadSetup = { file };
  // The thread only hands analyses to SQLite: a small young generation is enough, and it keeps `chorus ingest`
  // under 300 MB (a 220 MB input peaked at 307 MB with V8's default and 266 MB with this, at the same speed)
  const worker = new Worker(entry.script, {
    workerData: setup,
    eval: entry.eval,
    execArgv,
    resourceLimits: { maxYoungGenerationSizeMb: STORE_YOUNG_GENERATION_MB },
  });
  const waiting: Waiting[] = [];
  let failure: ChorusError | undefined;
  let closing = false;
  let exited = false;
  // The thread is gone: nothing more will be answered.
  const fail = (error: ChorusError): void => {
    failure ??= error;
    for (const item of waiting.splice(0)) item.reject(failure);
  };
  worker.on('message', (replies: StoreReply[]) => {
    for (const reply of replies) {
      const item = waiting.shift();
      if (reply.type === 'failed') {
        // Each request still gets its own reply, so the queue stays in step; later stores and commits fail too.
        failure ??= new ChorusError(
          'store.write_failed',
          `Writing to the store ${file} failed (${reply.message}). The articles of the open batch were not stored; fix the cause and run the same command again to continue.`,
        );
        item?.reject(failure);
      } else item?.resolve(reply);
    }
  });
  worker.on('error', (error) => {
    fail(
      new ChorusError(
        'store.writer_stopped',
        `The thread writing to the store ${file} stopped (${error.message}). The articles of the open batch were not stored; run the same command again to continue.`,
        { cause: error },
      ),
    );
  });
  worker.on('exit', (code) => {
    exited = true;
    if (!closing) {
      fail(
        new ChorusError(
          'store.writer_stopped',
          `The thread writing to the store ${file} stopped (exit code ${code}). The articles of the open batch were not stored; run the same command again to continue.`,
        ),
      );
    }
  });

  // Requests go out in lists, once this turn of the event loop is over (or a list is full): one message and one
  // wake-up of the thread per list, not per article.
  let outbox: StoreRequest[] = [];
  const flush = (): void => {
    if (outbox.length === 0 || exited) return;
    worker.postMessage(outbox);
    outbox = [];
  };
  // After a failure only rollback and close are still asked for, and nothing once the thread is gone.
  const ask = (request: StoreRequest): Promise<StoreReply> => {
    const after = request.type === 'rollback' || request.type === 'close';
    if (exited || (failure && !after)) return Promise.reject(failure ?? closedError(file));
    return new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      outbox.push(request);
      if (outbox.length === 1) setImmediate(flush);
      else if (outbox.length >= MAX_LIST) flush();
    });
  };

  // Handed to the thread and not yet committed, by id (content hash, and the order it was asked in): the read
  // connection cannot see them yet. The latest text of an id wins, as it would in the store.
  const uncommitted = new Map<string, { hash: string; order: number }>();
  let asked = 0;
  const storedBefore = createStoredCheck(db);
  return {
    isStored(input) {
      const queued = uncommitted.get(input.id);
      if (queued !== undefined) return queued.hash === hashContent(input.text);
      return storedBefore(input);
    },
    async store(item) {
      uncommitted.set(item.input.id, { hash: hashContent(item.input.text), order: asked++ });
      const reply = await ask({
        type: 'store',
        input: item.input,
        json: item.json ?? JSON.stringify(item.analysis),
      });
      if (reply.type !== 'stored') throw outOfStep(file);
      return reply.result;
    },
    async commit() {
      // What was asked for so far is in the store once this commit is done; what is asked for later stays listed.
      const upTo = asked;
      await ask({ type: 'commit' });
      for (const [id, queued] of uncommitted) if (queued.order < upTo) uncommitted.delete(id);
    },
    async rollback() {
      uncommitted.clear();
      if (!exited) await ask({ type: 'rollback' });
    },
    async close() {
      if (closing) return;
      closing = true;
      try {
        if (!exited) await ask({ type: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
}

function closedError(file: string): ChorusError {
  return new ChorusError(
    'store.writer_closed',
    `The thread writing to ${file} was closed before this request; this is a bug, please report it.`,
  );
}

function outOfStep(file: string): ChorusError {
  return new ChorusError(
    'store.writer_out_of_step',
    `The thread writing to ${file} answered out of order; this is a bug, please report it.`,
  );
}
