// Loads the quotes stage's lexicon from data/.
import type { QuoteLexicon } from '../../model/lexicons/quotes.js';

export function loadQuoteLexicon(): QuoteLexicon {
  return { version: 1 };
}
