// Sentences and tokens of an article's text, with offsets into the original text.
import type { Span } from './span.js';

export interface Token extends Span {
  /** surface form, text.slice(start, end) */
  text: string;
  /** lower-cased surface form */
  lower: string;
  /**
   * The surface form's id: tokens with one form id have the same text, in any article of the run, so a stage may
   * remember per form id what it works out from the word alone; -1 for a word the text stage keeps no record of.
   */
  form: number;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADJ, ADP, PRON, DET, PUNCT, …) */
  pos: string;
  /** lemma, lower-cased */
  lemma: string;
  /** index of the sentence holding the token */
  sentence: number;
}

export interface Sentence extends Span {
  /** index of the first token and one past the last token in `tokens` */
  tokenStart: number;
  tokenEnd: number;
  /** index of the paragraph holding the sentence */
  paragraph: number;
}
