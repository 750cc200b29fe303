// Creates the one wink-nlp model object that the text stage uses.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Nlp } from '../model/stage.js';

export function createNlp(): Nlp {
  return winkNLP(model) as unknown as Nlp;
}
