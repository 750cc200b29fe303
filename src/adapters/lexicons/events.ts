// Loads the events stage's lexicon from data/.
import type { EventLexicon } from '../../model/lexicons/events.js';

export function loadEventLexicon(): EventLexicon {
  return { version: 1 };
}
