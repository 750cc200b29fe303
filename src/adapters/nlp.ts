// Creates the one wink-nlp model object that the text stage uses.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Nlp } from '../model/stage.js';

// Only what the text stage reads: sentence boundaries and POS (lemmas come with POS). Named entities,
// negation and sentiment are never read, and skipping them makes readDoc ~35% faster with the same
// tokens, tags, lemmas and sentences (checked on 500 articles; see docs/performance.md).
const PIPE = ['sbd', 'pos'];

// "Clinton's," before punctuation is one token to wink-nlp, and it then keeps the word in its cache as a
// lexeme, so that every later "Clinton's" stays one token where the first was "Clinton" + "'s": an
// article read after another was tokenised (and so tagged) differently, and worker threads disagreed.
const LEARNT_POSSESSIVE = /['’]s$/i;

interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}

/**
 * wink-nlp with the possessives it learns forgotten after each document, so that an article reads the same
 * whatever was read before it. wink-nlp keeps its model, and so its lexeme cache, private: the model object
 * is caught as wink-nlp loads it. Without it (another wink-nlp version), the plain model is used.
 */
export function createNlp(): Nlp {
  const load = model.core;
  let core: { features?: { lexeme?: Lexemes } } | undefined;
  model.core = function (this: unknown, ...args: unknown[]) {
    core = (load as (...a: unknown[]) => typeof core).apply(this, args);
    return core;
  } as typeof model.core;
  let nlp: Nlp;
  try {
    nlp = winkNLP(model, PIPE) as unknown as Nlp;
  } finally {
    model.core = load;
  }
  const lexemes = core?.features?.lexeme;
  if (!lexemes || typeof lexemes.hash !== 'object' || !Array.isArray(lexemes.list)) return nlp;
  let checked = lexemes.list.length;
  const readDoc = nlp.readDoc.bind(nlp);
  return {
    its: nlp.its,
    readDoc(text: string) {
      const doc = readDoc(text);
      const { hash, list } = lexemes;
      for (let i = checked; i < list.length; i++) {
        const value = list[i] as string;
        if (LEARNT_POSSESSIVE.test(value) && hash[value] === i) delete hash[value];
      }
      checked = list.length;
      return doc;
    },
  };
}
