// The messages between the pool (main thread) and a worker, and the record that stands in for a failed article.
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import type { Config } from '../../model/stage.js';

/** What each worker is started with. */
export interface WorkerSetup {
  config: Partial<Config>;
  /** 'json': the worker sends `JSON.stringify(analysis)`, sparing the main thread a structured clone */
  output: 'analysis' | 'json';
}

/** main -> worker: one article, numbered by its place in the input. */
export interface TaskMessage {
  seq: number;
  input: ArticleInput;
}

/** worker -> main */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; seq: number; analysis: Analysis | string }
  | { type: 'failed'; seq: number; analysis: Analysis | string };

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
