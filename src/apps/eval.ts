// `chorus eval <suite>`: runs the pipeline on the gold files in ../shared/eval and scores it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readJsonLines } from '../adapters/jsonl.js';
import { ChorusError } from '../errors.js';
import { type ActorReport, type GoldActorRecord, scoreActors } from '../eval/actors.js';
import { type EventReport, scoreEvents } from '../eval/events.js';
import { type GoldQuoteDoc, type QuoteReport, scoreQuotes } from '../eval/quotes.js';
import { type GoldReactionDoc, type ReactionReport, scoreReactions, toInput } from '../eval/reactions.js';
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/article.js';
import type { StageContext } from '../model/stage.js';
import { analyzeArticle, analyzeDoc, toAnalysis } from '../pipeline.js';

export const EVAL_SUITES = ['reactions', 'quotes', 'events', 'actors'] as const;
export type EvalSuite = (typeof EVAL_SUITES)[number];
export type EvalReport = ReactionReport | QuoteReport | EventReport | ActorReport;

export interface EvalOptions {
  dataDir: string;
  /** quotes only: dev (default), train or test */
  split: 'dev' | 'train' | 'test';
}

/** ../shared/eval beside the repository, as CI and developers have it. */
export function defaultEvalDir(): string {
  return resolve(process.cwd(), '../shared/eval');
}

export function runEval(suite: EvalSuite, options: EvalOptions, ctx: StageContext): EvalReport {
  switch (suite) {
    case 'reactions': {
      const files = ['reactions/seed.jsonl', 'reactions/dev.jsonl'];
      const gold = files.flatMap((f) => readGold<GoldReactionDoc>(options.dataDir, f));
      const predicted = gold.map((doc) => analyze(toInput(doc, 'gold'), ctx));
      return scoreReactions(gold, predicted);
    }
    case 'quotes': {
      const gold = readGold<GoldQuoteDoc>(options.dataDir, `quotes/polnear-${options.split}.jsonl`);
      // Quotes keep their internal speakerMention here: speaker accuracy is scored on it.
      const predicted = gold.map((doc) => {
        const analyzed = analyzeDoc({ id: doc.id, text: doc.text, origin: { file: 'gold' } }, ctx);
        return { ...toAnalysis(analyzed), quotes: analyzed.quotes };
      });
      return scoreQuotes(gold, predicted);
    }
    case 'events': {
      const reports = ['events/petrarch-gsr.jsonl', 'events/plover-gsr.jsonl'].map((file) => {
        const gold = readGold<{ id: string; text: string; date?: string }>(options.dataDir, file);
        const predicted = gold.map((doc) => analyze(sentenceInput(doc), ctx));
        return scoreEvents(file, gold, predicted);
      });
      return {
        suite: 'events',
        files: reports.flatMap((r) => r.files),
        invalidSpans: reports.reduce((n, r) => n + r.invalidSpans, 0),
      };
    }
    case 'actors': {
      // Actor codes and sectors of PLOVER's sources and recipients, scored on the actor stage's mentions.
      const gold = readGold<GoldActorRecord & { date?: string }>(options.dataDir, 'events/plover-gsr.jsonl');
      const predicted = gold.map((doc) => analyzeDoc(sentenceInput(doc), ctx));
      return scoreActors(gold, predicted);
    }
  }
}

function analyze(input: ArticleInput, ctx: StageContext): Analysis {
  return analyzeArticle(input, ctx);
}

function sentenceInput(doc: { id: string; text: string; date?: string }): ArticleInput {
  const input: ArticleInput = { id: doc.id, text: doc.text, origin: { file: 'gold' } };
  const date =
    doc.date && /^\d{8}$/.test(doc.date)
      ? `${doc.date.slice(0, 4)}-${doc.date.slice(4, 6)}-${doc.date.slice(6)}`
      : doc.date;
  if (date) input.date = date;
  return input;
}

function readGold<T>(dataDir: string, file: string): T[] {
  const path = join(dataDir, file);
  if (!existsSync(path)) {
    throw new ChorusError(
      'eval.missing_data',
      `No gold file at ${path}. Pass --data DIR pointing at shared/eval.`,
    );
  }
  const { records, errors } = readJsonLines<T>(path);
  if (errors.length > 0) {
    throw new ChorusError('eval.bad_gold', `${path}:${errors[0]?.line}: ${errors[0]?.message}`);
  }
  return records.map((r) => r.value);
}
