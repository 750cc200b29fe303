// wink-nlp's lexeme id -> the token's value, its lower-case form and its lemma per POS tag, remembered per model.
import type { Nlp } from '../../model/stage.js';

/**
 * A word's value is fixed by its wink-nlp lexeme id (`its.uniqueId`), and so, outside contractions, is its lemma
 * for a given POS tag: the model's lexicon is fixed and the suffix rules only accept a lemma found in it. wink-nlp
 * lemmatises every token anew on `out(its.lemma)` (spelling maps, exception lists, suffix rules), about a sixth of
 * the text stage; here each (id, tag) pair is lemmatised once. A contraction's part takes the lemma wink-nlp stored
 * for that token ("'s" is "be" in "it's over" and "have" in "it's gone"), so it is never remembered.
 */
export interface WordForms {
  value: string;
  lower: string;
  /** the POS tags this word was seen with, and wink-nlp's lemma (lower-cased) for each */
  tags: string[];
  lemmas: string[];
}

/** Indexed by lexeme id. */
export type WordMemo = (WordForms | undefined)[];

// Ids grow with every new word the model meets (names, typos): past this one, words are not remembered.
const MAX_ID = 1_000_000;

const memos = new WeakMap<Nlp, WordMemo>();

/** The memo for one model object: ids and lemmas belong to a model, so two models never share one. */
export function wordMemoFor(nlp: Nlp): WordMemo {
  let memo = memos.get(nlp);
  if (!memo) {
    memo = [];
    memos.set(nlp, memo);
  }
  return memo;
}

export function rememberWord(memo: WordMemo, id: number, value: string): WordForms {
  const forms: WordForms = { value, lower: value.toLowerCase(), tags: [], lemmas: [] };
  if (id >= 0 && id < MAX_ID) {
    // Filled up to the id so that the array stays a plain list, not a dictionary.
    while (memo.length <= id) memo.push(undefined);
    memo[id] = forms;
  }
  return forms;
}

/** The remembered lemma of `forms` as `tag`, if any. */
export function lemmaAs(forms: WordForms, tag: string): string | undefined {
  const tags = forms.tags;
  for (let k = 0; k < tags.length; k++) if (tags[k] === tag) return forms.lemmas[k];
  return undefined;
}

export function rememberLemma(forms: WordForms, tag: string, lemma: string): void {
  forms.tags.push(tag);
  forms.lemmas.push(lemma);
}
