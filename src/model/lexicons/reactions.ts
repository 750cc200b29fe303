// The lexicon the reactions stage uses, as loaded by src/adapters/lexicons/reactions.ts.

export interface ReactionLexicon {
  version: number;
}
