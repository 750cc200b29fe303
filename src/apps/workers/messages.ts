// The messages between the pool (main thread) and a worker (batches of articles), the record that stands in for a failed article, and how failures are found.
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import type { Config } from '../../model/stage.js';

/** What each worker is started with. */
export interface WorkerSetup {
  config: Partial<Config>;
  /**
   * 'json': the worker sends each analysis serialised (an EncodedAnalysis), sparing both threads a structured
   * clone of the object and the main thread its serialisation
   */
  output: 'analysis' | 'json';
}

/** An analysis already serialised as its JSON record (`JSON.stringify(analysis)`), for writers of JSON output. */
export interface EncodedAnalysis {
  id: string;
  json: string;
  /** the message of the issue that says the pipeline could not finish this article, if it could not */
  failure?: string;
}

/** Issue codes of an article the pipeline could not finish (a bug): the CLI reports such articles. */
export const FAILED_ARTICLE_CODES: ReadonlySet<string> = new Set([
  'pipeline.article_failed',
  'pipeline.worker_crashed',
]);

/** The failure issue of an article the pipeline could not finish, if it is one. */
export function findFailure(analysis: Analysis): string | undefined {
  return analysis.issues.find((issue) => FAILED_ARTICLE_CODES.has(issue.code))?.message;
}

export function encodeAnalysis(analysis: Analysis): EncodedAnalysis {
  const encoded: EncodedAnalysis = { id: analysis.article.id, json: JSON.stringify(analysis) };
  const failure = findFailure(analysis);
  if (failure !== undefined) encoded.failure = failure;
  return encoded;
}

/** main -> worker: a batch of articles, numbered by the place of its first in the input. */
export interface TaskMessage {
  seq: number;
  inputs: ArticleInput[];
}

/** worker -> main: the batch's analyses, in its order (a failed article as its failure record) */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; seq: number; analyses: (Analysis | EncodedAnalysis)[] };

/**
 * The record for an article the pipeline could not finish: its metadata and one issue, so the output keeps
 * one record per input (input = kept + issued) and the run goes on.
 */
export function describeFailedArticle(input: ArticleInput, code: string, message: string): Analysis {
  const iso = input.date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(input.date);
  const article: Analysis['article'] = {
    id: input.id,
    date: iso ? iso[0] : null,
    title: input.title ?? null,
  };
  if (input.url !== undefined) article.url = input.url;
  if (input.source !== undefined) article.source = input.source;
  return {
    article,
    actors: [],
    quotes: [],
    events: [],
    reactions: [],
    issues: [{ code, message }],
  };
}
