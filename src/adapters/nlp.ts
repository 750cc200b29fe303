// Creates the one wink-nlp model object that the text stage uses.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Nlp } from '../model/stage.js';

// Only what the text stage reads: sentence boundaries and POS (lemmas come with POS). Named entities,
// negation and sentiment are never read, and skipping them makes readDoc ~35% faster with the same
// tokens, tags, lemmas and sentences (checked on 500 articles; see docs/performance.md).
const PIPE = ['sbd', 'pos'];

export function createNlp(): Nlp {
  return winkNLP(model, PIPE) as unknown as Nlp;
}
