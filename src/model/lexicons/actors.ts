// The lexicon the actors stage uses, as loaded by src/adapters/lexicons/actors.ts.

export interface ActorLexicon {
  version: number;
}
