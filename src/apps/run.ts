// Articles (or input errors) in input order -> analyses (or the same input errors), in the same order.
import { setFlagsFromString } from 'node:v8';
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/article.js';
import { type InputError, isInputError } from '../model/input-error.js';
import type { Config, StageContext } from '../model/stage.js';
import { analyzeBatches, batchInputs, DEFAULT_BATCH_LIMITS } from './batches.js';
import {
  analyzeParallel,
  analyzeParallelToJson,
  type EncodedAnalysis,
  encodeAnalysis,
} from './workers/index.js';

export { FAILED_ARTICLE_CODES, findFailure } from './workers/index.js';

export type RunRecord = Analysis | InputError;
export type EncodedRecord = EncodedAnalysis | InputError;

// Streaming memory: by default V8 lets the old generation grow to several times what is live before a full
// collection, so a long run's resident memory climbs to ~290 MB although only ~50 MB is live (the model, the
// lexicons, one article). Growing the heap by at most half between collections keeps a 1 GB run near 170 MB
// for about the same CPU time (docs/performance.md). The flag is read at each collection and holds for every
// thread of the process, the workers included.
setFlagsFromString('--heap-growing-percent=50');

export interface RunOptions {
  config: Config;
  /** The stage context, asked for only when this thread analyses (workers load their own). */
  context: () => StageContext;
  /** Worker threads: 1 analyses in this thread; more go to the pool in src/apps/workers/. */
  workers: number;
  /** Articles analysed together, stage by stage (src/apps/batches.ts); 1 analyses article by article. */
  batchSize?: number;
}

/**
 * The seam between reading and writing: inputs are analysed in small batches and yielded as soon as their batch
 * is done, in input order, so output streams and memory stays bounded; a batch waits only briefly for input
 * (src/apps/batches.ts). Input errors pass through in place. A stage that throws on one article does not stop
 * the run: the article keeps its record, with a `pipeline.article_failed` issue (the same record the worker
 * pool produces).
 */
export async function* analyzeInputs(
  inputs: AsyncIterable<ArticleInput | InputError>,
  options: RunOptions,
): AsyncGenerator<RunRecord> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_LIMITS.size;
  if (options.workers > 1) {
    yield* analyzeParallel(inputs, { workers: options.workers, config: options.config, batchSize });
    return;
  }
  const batches = batchInputs(inputs, { ...DEFAULT_BATCH_LIMITS, size: batchSize });
  yield* analyzeBatches(batches, options.context());
}

/**
 * As analyzeInputs, for JSON output: each analysis comes serialised, by the worker that made it when there
 * are workers, so that the main thread only writes.
 */
export async function* analyzeInputsToJson(
  inputs: AsyncIterable<ArticleInput | InputError>,
  options: RunOptions,
): AsyncGenerator<EncodedRecord> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_LIMITS.size;
  if (options.workers > 1) {
    yield* analyzeParallelToJson(inputs, { workers: options.workers, config: options.config, batchSize });
    return;
  }
  for await (const record of analyzeInputs(inputs, options)) {
    yield isInputError(record) ? record : encodeAnalysis(record);
  }
}
