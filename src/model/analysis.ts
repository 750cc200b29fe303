// The output of `chorus analyze` for one article, as the contract (shared/contract/analysis.md) defines it.
import type { Actor } from './actor.js';
import type { ArticleMeta } from './article.js';
import type { Event } from './event.js';
import type { Issue } from './issue.js';
import type { Quote } from './quote.js';
import type { Reaction } from './reaction.js';

export interface Analysis {
  article: ArticleMeta;
  actors: Actor[];
  quotes: Quote[];
  events: Event[];
  reactions: Reaction[];
  issues: Issue[];
}
