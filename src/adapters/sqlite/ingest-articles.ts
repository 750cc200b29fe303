// Articles from input readers -> the store, in batches of one transaction each; stored articles are skipped before analysis.
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import { type InputError, isInputError } from '../../model/input-error.js';
import type { AnalysedArticle, ArticleWriter, StoreResult } from './article-writer.js';

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
  /** analyses one article; returns an InputError when analysis failed */
  analyze: (input: ArticleInput) => Analysis | InputError;
  onInputError?: (error: InputError) => void;
  onArticle?: (result: StoreResult) => void;
}

export async function ingestArticles(
  inputs: AsyncIterable<ArticleInput | InputError>,
  writer: ArticleWriter,
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
  let batch: AnalysedArticle[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    const issuesByIndex = batch.map((item) => item.analysis.issues.length);
    writer.storeBatch(batch).forEach((result, index) => {
      count(summary, result);
      if (result.status !== 'skipped') summary.issues += issuesByIndex[index] ?? 0;
      options.onArticle?.(result);
    });
    batch = [];
  };
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
    const analysis = options.analyze(input);
    if (isInputError(analysis)) {
      summary.inputErrors++;
      options.onInputError?.(analysis);
      continue;
    }
    batch.push({ input, analysis });
    if (batch.length >= options.batchSize) flush();
  }
  flush();
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
