// The one place that knows the run order: ArticleInput -> Doc -> Analysis (the contract's output), one article or a batch.
import type { Analysis } from './model/analysis.js';
import type { ArticleInput } from './model/article.js';
import type { Doc, Layout } from './model/doc.js';
import type { Issue } from './model/issue.js';
import type { StageContext, StageResult } from './model/stage.js';
import { ingestArticle } from './stages/1-ingest/index.js';
import { placeText, readText, type TextReading } from './stages/2-text/index.js';
import { resolveActors } from './stages/3-actors/index.js';
import { attributeQuotes } from './stages/4-quotes/index.js';
import { codeEvents } from './stages/5-events/index.js';
import { codeReactions } from './stages/6-reactions/index.js';

export const STAGE_NAMES = ['ingest', 'text', 'actors', 'quotes', 'events', 'reactions'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** Called after each stage with the time it took, in milliseconds (for benchmarks and profiles). */
export type StageTimer = (stage: StageName, ms: number) => void;

/** One article's outcome in a batch: its result, or what a stage threw on it (the rest of the batch goes on). */
export type BatchItem<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Articles -> their documents, in order, stage by stage over the whole batch. It costs 10-25% less CPU than
 * article by article (bench/run.ts gives the figure), most likely because each stage's lexicons and code stay in
 * the CPU's caches across the batch instead of being evicted by the NLP model after every article. A stage that
 * throws on one article ends that article only. The timer gets each stage's time over the batch.
 */
export function analyzeDocs(
  inputs: readonly ArticleInput[],
  ctx: StageContext,
  timer?: StageTimer,
): BatchItem<Doc>[] {
  return runStages(inputs, ctx, timer).map((item) =>
    item.ok ? { ok: true, value: { ...item.doc, issues: item.issues } } : item,
  );
}

/** As analyzeDocs, each document as the contract's Analysis (made from the last layer, without a Doc between). */
export function analyzeBatch(
  inputs: readonly ArticleInput[],
  ctx: StageContext,
  timer?: StageTimer,
): BatchItem<Analysis>[] {
  return runStages(inputs, ctx, timer).map((item) =>
    item.ok ? { ok: true, value: analysisOf(item.doc, item.issues) } : item,
  );
}

/** One article; what a stage throws is thrown. */
export function analyzeDoc(input: ArticleInput, ctx: StageContext, timer?: StageTimer): Doc {
  const [item] = analyzeDocs([input], ctx, timer);
  if (!item?.ok) throw item?.error;
  return item.value;
}

export function analyzeArticle(input: ArticleInput, ctx: StageContext, timer?: StageTimer): Analysis {
  return toAnalysis(analyzeDoc(input, ctx, timer));
}

export function toAnalysis(doc: Doc): Analysis {
  return analysisOf(doc, doc.issues);
}

/** Every stage in order over the batch: each article's last document (without its issues) and issues. */
function runStages(
  inputs: readonly ArticleInput[],
  ctx: StageContext,
  timer: StageTimer | undefined,
): InProgress<Omit<Doc, 'issues'>>[] {
  const started = inputs.map((input) => startArticle(input, ctx));
  const stage = <Out>(name: StageName, run: () => Out): Out => timeStage(name, timer, run);
  const layouts = stage('ingest', () => runStage(started, (input) => ingestArticle(input, ctx), replace));
  // wink-nlp reads the whole batch before the text stage places any tokens (see placeText)
  const texts = stage('text', () => {
    const read = runStage(layouts, (doc) => readText(doc, ctx), withReading);
    return runStage(read, (doc) => placeText(doc.reading, ctx), afterReading);
  });
  const actors = stage('actors', () => runStage(texts, (doc) => resolveActors(doc, ctx), merge));
  const quotes = stage('quotes', () => runStage(actors, (doc) => attributeQuotes(doc, ctx), merge));
  const events = stage('events', () => runStage(quotes, (doc) => codeEvents(doc, ctx), merge));
  return stage('reactions', () => runStage(events, (doc) => codeReactions(doc, ctx), merge));
}

function analysisOf(doc: Omit<Doc, 'issues'>, issues: Issue[]): Analysis {
  return {
    article: doc.meta,
    actors: doc.actors,
    quotes: doc.quotes.map(({ sentence: _s, speakerMention: _m, ...quote }) => quote),
    events: doc.events.map(({ sentence: _s, ...event }) => event),
    reactions: doc.reactions,
    issues,
  };
}

// A huge article is analysed up to the configured length; the rest is reported, never silently lost.
function clipInput(input: ArticleInput, ctx: StageContext, issues: Issue[]): ArticleInput {
  const max = ctx.config.maxArticleChars;
  if (input.text.length <= max) return input;
  issues.push({
    code: 'ingest.article_truncated',
    message: `The article has ${input.text.length} characters; only the first ${max} were analysed (raise maxArticleChars to read more).`,
    start: max,
    end: input.text.length,
  });
  return { ...input, text: input.text.slice(0, max) };
}

/** An article between two stages: its document so far and its issues, or the error that ended it. */
type InProgress<D> = { ok: true; doc: D; issues: Issue[] } | { ok: false; error: unknown };

function startArticle(input: ArticleInput, ctx: StageContext): InProgress<ArticleInput> {
  const issues: Issue[] = [];
  try {
    return { ok: true, doc: clipInput(input, ctx, issues), issues };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Runs one stage over every article still in progress; `join` makes the next document from its result. */
function runStage<D, Out, Next>(
  batch: readonly InProgress<D>[],
  step: (doc: D) => StageResult<Out>,
  join: (doc: D, value: Out) => Next,
): InProgress<Next>[] {
  return batch.map((item): InProgress<Next> => {
    if (!item.ok) return item;
    try {
      const result = step(item.doc);
      item.issues.push(...result.issues);
      return { ok: true, doc: join(item.doc, result.value), issues: item.issues };
    } catch (error) {
      return { ok: false, error };
    }
  });
}

function timeStage<T>(stage: StageName, timer: StageTimer | undefined, run: () => T): T {
  const started = timer ? performance.now() : 0;
  const result = run();
  if (timer) timer(stage, performance.now() - started);
  return result;
}

// Ingest makes the document; every later stage adds its layer to it.
const replace = <D, Out>(_doc: D, value: Out): Out => value;
const merge = <D, Out>(doc: D, value: Out): D & Out => ({ ...doc, ...value });
const withReading = (layout: Layout, reading: TextReading) => ({ layout, reading });
const afterReading = <Out>(doc: { layout: Layout }, value: Out): Layout & Out => merge(doc.layout, value);
