// Loads the reactions stage's lexicon from data/.
import type { ReactionLexicon } from '../../model/lexicons/reactions.js';

export function loadReactionLexicon(): ReactionLexicon {
  return { version: 1 };
}
