// Loads every stage's lexicon once; the result is shared, read-only, by all articles of a run.
import type { Lexicons } from '../../model/lexicons.js';
import { loadActorLexicon } from './actors.js';
import { loadEventLexicon } from './events.js';
import { loadQuoteLexicon } from './quotes.js';
import { loadReactionLexicon } from './reactions.js';

export function loadLexicons(): Lexicons {
  return {
    actors: loadActorLexicon(),
    quotes: loadQuoteLexicon(),
    events: loadEventLexicon(),
    reactions: loadReactionLexicon(),
  };
}
