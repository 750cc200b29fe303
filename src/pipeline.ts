// The one place that knows the run order: ArticleInput -> Doc -> Analysis (the contract's output).
import type { Analysis } from './model/analysis.js';
import type { ArticleInput } from './model/article.js';
import type { Doc } from './model/doc.js';
import type { Issue } from './model/issue.js';
import type { StageContext, StageResult } from './model/stage.js';
import { ingestArticle } from './stages/1-ingest/index.js';
import { splitText } from './stages/2-text/index.js';
import { resolveActors } from './stages/3-actors/index.js';
import { attributeQuotes } from './stages/4-quotes/index.js';
import { codeEvents } from './stages/5-events/index.js';
import { codeReactions } from './stages/6-reactions/index.js';

export const STAGE_NAMES = ['ingest', 'text', 'actors', 'quotes', 'events', 'reactions'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** Called after each stage with the time it took, in milliseconds (for benchmarks and profiles). */
export type StageTimer = (stage: StageName, ms: number) => void;

export function analyzeDoc(input: ArticleInput, ctx: StageContext, timer?: StageTimer): Doc {
  const issues: Issue[] = [];
  const run = <T>(stage: StageName, step: () => StageResult<T>): T => {
    const started = timer ? performance.now() : 0;
    const result = step();
    if (timer) timer(stage, performance.now() - started);
    issues.push(...result.issues);
    return result.value;
  };
  const clipped = clipInput(input, ctx, issues);
  const layout = run('ingest', () => ingestArticle(clipped, ctx));
  const textDoc = { ...layout, ...run('text', () => splitText(layout, ctx)) };
  const actorDoc = { ...textDoc, ...run('actors', () => resolveActors(textDoc, ctx)) };
  const quoteDoc = { ...actorDoc, ...run('quotes', () => attributeQuotes(actorDoc, ctx)) };
  const eventDoc = { ...quoteDoc, ...run('events', () => codeEvents(quoteDoc, ctx)) };
  const reactionLayer = run('reactions', () => codeReactions(eventDoc, ctx));
  return { ...eventDoc, ...reactionLayer, issues };
}

export function analyzeArticle(input: ArticleInput, ctx: StageContext, timer?: StageTimer): Analysis {
  return toAnalysis(analyzeDoc(input, ctx, timer));
}

export function toAnalysis(doc: Doc): Analysis {
  return {
    article: doc.meta,
    actors: doc.actors,
    quotes: doc.quotes.map(({ sentence: _s, speakerMention: _m, ...quote }) => quote),
    events: doc.events.map(({ sentence: _s, ...event }) => event),
    reactions: doc.reactions,
    issues: doc.issues,
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
