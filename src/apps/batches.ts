// A stream of inputs -> batches of them (by count, by characters, and never waiting long for more); a batch of
// articles -> their analyses, in order, an article the pipeline failed on as its failure record.
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/article.js';
import { type InputError, isInputError } from '../model/input-error.js';
import type { StageContext } from '../model/stage.js';
import { analyzeBatch } from '../pipeline.js';
import { describeFailedArticle } from './workers/messages.js';

/**
 * Articles analysed together, stage by stage. CPU per article against one at a time (generated articles, one
 * process, alternating blocks, 2026-11-28): 4 articles 0.85-0.95, 8 0.77, 16 0.74-0.89, 32 0.76-0.89, 64
 * 0.75-0.87, so the gain is nearly all there at 8-16 and flat beyond. Peak RSS of `chorus analyze` grows with the
 * batch, its documents living through every stage: +4 MB at 8, +8 MB at 16, +12 MB at 32 on one thread (~180
 * MB); with 2 workers ~+40 MB at 16 (350 -> 390 MB).
 */
export const DEFAULT_BATCH_SIZE = 16;

export interface BatchLimits {
  /** most inputs in a batch */
  size: number;
  /**
   * Most characters of article text in a batch: a batch holds every article's document between two stages, so
   * long articles go in smaller batches (an article longer than this goes alone).
   */
  maxChars: number;
  /** A batch that has waited this long for its next input goes as it is: a slow stdin still streams. */
  waitMs: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  size: DEFAULT_BATCH_SIZE,
  maxChars: 200_000,
  waitMs: 20,
};

type Inputs<T> = AsyncIterable<T> | Iterable<T>;

const TIMED_OUT = Symbol('timed out');

/**
 * Groups `inputs` in order into batches within `limits`. It reads no further than the batch it fills; input
 * errors count as inputs of no characters. Stopping early closes the input.
 */
export async function* batchInputs<T extends ArticleInput | InputError>(
  inputs: Inputs<T>,
  limits: BatchLimits,
): AsyncGenerator<T[], void, undefined> {
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : toAsync(inputs);
  // An input asked for when the last batch timed out: the first of the next batch.
  let waiting: Promise<IteratorResult<T>> | undefined;
  let finished = false;
  try {
    for (;;) {
      const first = await (waiting ?? iterator.next());
      waiting = undefined;
      if (first.done) {
        finished = true;
        return;
      }
      const batch = [first.value];
      let chars = charsOf(first.value);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(resolve, limits.waitMs, TIMED_OUT);
      });
      try {
        while (batch.length < limits.size && chars < limits.maxChars) {
          const next = iterator.next();
          const result = await Promise.race([next, timeout]);
          if (result === TIMED_OUT) {
            waiting = next;
            break;
          }
          if (result.done) {
            finished = true;
            break;
          }
          batch.push(result.value);
          chars += charsOf(result.value);
        }
      } finally {
        clearTimeout(timer);
      }
      yield batch;
      if (finished) return;
    }
  } finally {
    // A reader stopped early closes the input; one still waiting for input is left to it (awaiting its close
    // would wait for that input).
    if (!finished) {
      if (waiting) void waiting.then(() => iterator.return?.(), ignoreLateFailure);
      else await iterator.return?.();
    }
  }
}

/**
 * A batch of articles -> one analysis per article, in order; an article a stage threw on becomes its failure
 * record (`pipeline.article_failed`) and the others are analysed as usual.
 */
export function analyzeArticles(inputs: readonly ArticleInput[], ctx: StageContext): Analysis[] {
  return analyzeBatch(inputs, ctx).map((item, index) => {
    if (item.ok) return item.value;
    const reason = item.error instanceof Error ? item.error.message : String(item.error);
    return describeFailedArticle(
      inputs[index] as ArticleInput,
      'pipeline.article_failed',
      `The pipeline failed on this article (${reason}); please report it with the article.`,
    );
  });
}

/**
 * Analyses each batch in this thread and yields its records in order, input errors in their place. A batch of
 * one analyses article by article.
 */
export async function* analyzeBatches(
  batches: AsyncIterable<(ArticleInput | InputError)[]>,
  ctx: StageContext,
): AsyncGenerator<Analysis | InputError, void, undefined> {
  for await (const batch of batches) {
    const analyses = analyzeArticles(batch.filter(isArticle), ctx);
    let next = 0;
    for (const item of batch) yield isInputError(item) ? item : (analyses[next++] as Analysis);
  }
}

function isArticle(item: ArticleInput | InputError): item is ArticleInput {
  return !isInputError(item);
}

function charsOf(item: ArticleInput | InputError): number {
  if (isInputError(item)) return 0;
  // A malformed article (not from our readers) weighs nothing here: the pipeline reports it.
  return typeof item.text === 'string' ? item.text.length : 0;
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

// The input failed after its reader had stopped: there is no one left to tell.
function ignoreLateFailure(): undefined {
  return undefined;
}
