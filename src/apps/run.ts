// Articles (or input errors) in input order -> analyses (or the same input errors), in the same order.
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/article.js';
import { type InputError, isInputError } from '../model/input-error.js';
import type { StageContext } from '../model/stage.js';
import { analyzeArticle } from '../pipeline.js';

export type RunRecord = Analysis | InputError;

export interface RunOptions {
  ctx: StageContext;
  /**
   * Worker threads. 1 analyses in this thread; the worker pool (src/apps/workers/) is dispatched
   * from here when it is given more, keeping output in input order.
   */
  workers: number;
}

/**
 * The seam between reading and writing: each input is analysed and yielded as soon as it is done,
 * so output streams and memory stays bounded. Input errors pass through in place. A stage that
 * throws on one article (a bug) does not stop the run: that article becomes an `input.analysis_failed`
 * error, which the CLI reports and counts.
 */
export async function* analyzeInputs(
  inputs: AsyncIterable<ArticleInput | InputError>,
  options: RunOptions,
): AsyncGenerator<RunRecord> {
  for await (const input of inputs) {
    if (isInputError(input)) {
      yield input;
      continue;
    }
    yield analyzeOne(input, options.ctx);
  }
}

export function analyzeOne(input: ArticleInput, ctx: StageContext): RunRecord {
  try {
    return analyzeArticle(input, ctx);
  } catch (error) {
    const failure: InputError = {
      kind: 'input-error',
      code: 'input.analysis_failed',
      message: `analysing article "${input.id}" failed: ${(error as Error).stack ?? String(error)}`,
      file: input.origin.file,
    };
    if (input.origin.line !== undefined) failure.line = input.origin.line;
    return failure;
  }
}
