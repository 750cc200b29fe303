// The lexicon the events stage uses, as loaded by src/adapters/lexicons/events.ts.

export interface EventLexicon {
  version: number;
}
