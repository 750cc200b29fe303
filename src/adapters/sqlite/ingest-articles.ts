// Articles from input readers -> the store, stored as each analysis comes, committed in batches; stored articles are skipped before analysis.
import { ChorusError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import { type InputError, isInputError } from '../../model/input-error.js';
import type { ArticleWriter, StoreResult } from './article-writer.js';
import type { StoreThread } from './store-thread.js';

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  skipped: number;
  replaced: number;
  /** inputs that could not be read or analysed */
  inputErrors: number;
  /** issues found by the stages in the articles stored in this run */
  issues: number;
}

export interface IngestOptions {
  /** articles per transaction: an interrupt loses at most the batch being written, which a rerun redoes */
  batchSize: number;
  /**
   * Analyses the articles not yet stored, in order: one at a time (a function of one article), or as a
   * stream that yields exactly one result per article in the same order (a worker pool). An InputError
   * result means the analysis failed; nothing is stored for that article.
   */
  analyze: ((input: ArticleInput) => Analysis | InputError) | { stream: AnalyzeStream };
  onInputError?: (error: InputError) => void;
  onArticle?: (result: StoreResult) => void;
}

export type AnalyzeStream = (
  inputs: AsyncIterable<ArticleInput>,
) => AsyncIterable<Analysis | SerialisedAnalysis | InputError>;

/** An analysis with the JSON its maker serialised it to already (a worker thread): stored as is. */
export interface SerialisedAnalysis {
  analysis: Analysis;
  json: string;
}

/**
 * Stores in this thread (each result at once) or through a store thread (results later, in order). With a
 * store thread at most `batchSize` stored articles wait for their results: analysis runs that far ahead.
 */
export async function ingestArticles(
  inputs: AsyncIterable<ArticleInput | InputError>,
  writer: ArticleWriter | StoreThread,
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    skipped: 0,
    replaced: 0,
    inputErrors: 0,
    issues: 0,
  };
  // Articles stored since the last commit: the batch an interrupt would lose.
  let uncommitted = 0;
  // Only articles not stored yet go on to analysis: a rerun after an interrupt analyses just the rest.
  async function* fresh(): AsyncGenerator<ArticleInput> {
    for await (const input of inputs) {
      if (isInputError(input)) {
        summary.inputErrors++;
        options.onInputError?.(input);
        continue;
      }
      summary.read++;
      if (writer.isStored(input)) {
        summary.skipped++;
        options.onArticle?.({ id: input.id, status: 'skipped' });
        continue;
      }
      yield input;
    }
  }
  // Results a store thread has yet to give, oldest first; the first failure among them ends the run.
  const pending: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const settle = (result: StoreResult, issues: number): void => {
    count(summary, result);
    if (result.status !== 'skipped') summary.issues += issues;
    options.onArticle?.(result);
  };
  // A commit that is answered later is waited for with the results.
  const keep = (done: void | Promise<void>): void => {
    if (done instanceof Promise) {
      pending.push(
        done.catch((error: unknown) => {
          failure ??= { error };
        }),
      );
    }
  };
  const add = (input: ArticleInput, analysis: Analysis | InputError, json?: string): void => {
    if (isInputError(analysis)) {
      summary.inputErrors++;
      options.onInputError?.(analysis);
      return;
    }
    const result = writer.store(json === undefined ? { input, analysis } : { input, analysis, json });
    const issues = analysis.issues.length;
    if (result instanceof Promise) {
      pending.push(
        result.then(
          (stored) => settle(stored, issues),
          (error: unknown) => {
            failure ??= { error };
          },
        ),
      );
    } else settle(result, issues);
    uncommitted++;
    if (uncommitted >= options.batchSize) {
      keep(writer.commit());
      uncommitted = 0;
    }
  };
  const catchUp = async (waiting: number): Promise<void> => {
    while (pending.length > waiting) await pending.shift();
    if (failure) throw failure.error;
  };
  const behind = (): boolean => pending.length > options.batchSize || failure !== undefined;
  const { analyze } = options;
  try {
    if (typeof analyze === 'function') {
      for await (const input of fresh()) {
        add(input, analyze(input));
        if (behind()) await catchUp(options.batchSize);
      }
    } else {
      // The stream reads ahead: the inputs it has taken wait here, in order, for their results.
      const waiting: ArticleInput[] = [];
      async function* handedOut(): AsyncGenerator<ArticleInput> {
        for await (const input of fresh()) {
          waiting.push(input);
          yield input;
        }
      }
      for await (const item of analyze.stream(handedOut())) {
        const { analysis, json } = 'json' in item ? item : { analysis: item, json: undefined };
        const input = waiting.shift();
        if (!input || (!isInputError(analysis) && analysis.article.id !== input.id)) {
          throw new ChorusError(
            'store.stream_mismatch',
            `The analysis stream gave ${isInputError(analysis) ? 'an input error' : `article ${analysis.article.id}`} where ${input ? `article ${input.id}` : 'no article'} was expected; this is a bug, please report it.`,
          );
        }
        add(input, analysis, json);
        if (behind()) await catchUp(options.batchSize);
      }
    }
    keep(writer.commit());
    await catchUp(0);
  } catch (error) {
    await catchUp(0).catch(() => undefined);
    await writer.rollback();
    throw error;
  }
  return summary;
}

function count(summary: IngestSummary, result: StoreResult): void {
  if (result.status === 'stored') summary.stored++;
  else if (result.status === 'duplicate') {
    summary.stored++;
    summary.duplicates++;
  } else if (result.status === 'replaced') {
    summary.stored++;
    summary.replaced++;
  } else summary.skipped++;
}
