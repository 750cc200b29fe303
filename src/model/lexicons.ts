// Everything the stages look up, loaded once by src/adapters/lexicons/ from data/ and packages.
import type { ActorLexicon } from './lexicons/actors.js';
import type { EventLexicon } from './lexicons/events.js';
import type { QuoteLexicon } from './lexicons/quotes.js';
import type { ReactionLexicon } from './lexicons/reactions.js';

export interface Lexicons {
  actors: ActorLexicon;
  quotes: QuoteLexicon;
  events: EventLexicon;
  reactions: ReactionLexicon;
}
