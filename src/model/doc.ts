// The one record every stage fills for one article, in run order (see src/pipeline.ts).
import type { Actor, Mention } from './actor.js';
import type { ArticleInput, ArticleMeta, Paragraph } from './article.js';
import type { Event } from './event.js';
import type { Issue } from './issue.js';
import type { Quote } from './quote.js';
import type { Reaction } from './reaction.js';
import type { Sentence, Token } from './text.js';

/** 1-ingest: the original text, its metadata and its paragraphs. */
export interface Layout {
  input: ArticleInput;
  text: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
}

/** 2-text: sentences and tokens (captions' credits and `meta` paragraphs are not tokenised). */
export interface TextLayer {
  sentences: Sentence[];
  tokens: Token[];
}

/** 3-actors: every resolved mention (in text order) and the actors they add up to. */
export interface ActorLayer {
  mentions: Mention[];
  actors: Actor[];
  /**
   * Per sentence, the index in `mentions` of the round-up heading it stands under ("France" on a line of its
   * own, then paragraphs that never name France again), or -1.
   */
  headings?: readonly number[];
}

/** 4-quotes */
export interface QuoteLayer {
  quotes: Quote[];
}

/** 5-events */
export interface EventLayer {
  events: Event[];
}

/** 6-reactions */
export interface ReactionLayer {
  reactions: Reaction[];
}

export type TextDoc = Layout & TextLayer;
export type ActorDoc = TextDoc & ActorLayer;
export type QuoteDoc = ActorDoc & QuoteLayer;
export type EventDoc = QuoteDoc & EventLayer;
export type Doc = EventDoc & ReactionLayer & { issues: Issue[] };
