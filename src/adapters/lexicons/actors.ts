// Loads the actors stage's lexicon from data/.
import type { ActorLexicon } from '../../model/lexicons/actors.js';

export function loadActorLexicon(): ActorLexicon {
  return { version: 1 };
}
