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
