// The lexicon the quotes stage uses, as loaded by src/adapters/lexicons/quotes.ts.

export interface QuoteLexicon {
  version: number;
}
