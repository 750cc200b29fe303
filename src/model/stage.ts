// The shape every stage has: a pure function from the document so far to its own layer, plus issues.
import type { Issue } from './issue.js';
import type { Lexicons } from './lexicons.js';

/** The resolved configuration every stage sees. Defaults live in src/config.ts. */
export interface Config {
  /** reactions under this confidence are not reported */
  minReactionConfidence: number;
  /** articles longer than this (UTF-16 units) are analysed only up to it, with an issue */
  maxArticleChars: number;
}

/** The NLP model object, passed in once (wink-nlp with its English model). */
export interface Nlp {
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp ships no precise types for documents
  readDoc(text: string): any;
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp ships no precise types for `its`
  its: any;
  /**
   * The token columns of `doc`, the document this object read last, taken from wink-nlp's own token data where
   * the adapter can read it (much cheaper than one `out()` per column); undefined when it cannot, and the
   * caller then reads them with `out()`.
   */
  columnsOf?(doc: unknown): TokenColumns | undefined;
}

/** What the text stage reads of every token and sentence of a wink-nlp document, as plain lists. */
export interface TokenColumns {
  /** each token's lexeme id, `its.uniqueId` */
  ids: readonly number[];
  /** each token's POS tag, `its.pos` */
  tags: readonly string[];
  /**
   * Each token's lemma as wink-nlp stored it (`its.lemma`) when the token is part of a contraction
   * (`its.contractionFlag`), else undefined: a contraction's lemma depends on its context ("'s" is "be" or "have").
   */
  contractions: readonly (string | undefined)[];
  /** each sentence's first and last token index, `its.span` (more numbers may follow them) */
  sentences: readonly (readonly number[])[];
}

export interface StageContext {
  config: Config;
  lexicons: Lexicons;
  nlp: Nlp;
}

export interface StageResult<Out> {
  value: Out;
  issues: Issue[];
}

export type Stage<In, Out> = (input: In, ctx: StageContext) => StageResult<Out>;
