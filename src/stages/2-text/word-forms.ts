// wink-nlp's lexeme id -> the token's value, its lower-case form, its possessive's parts and its lemma per POS tag,
// remembered per model.
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
  /** the word's form id (`Token.form`), or -1 for a word the memo does not keep */
  form: number;
  /** white space only (a line break inside a paragraph): no token of the text layer */
  blank: boolean;
  /** a word with a possessive "'s" ("Clinton's"), which the text stage always splits off */
  possessive: Possessive | undefined;
  /**
   * The first POS tag this word was seen with and wink-nlp's lemma (lower-cased) for it, in the word's own record:
   * most words have one tag, and a token then reads one object (the memo is large, and each object read is a likely
   * cache miss: arrays of tags and lemmas for every word made the stage ~20% slower on PolNeAR).
   */
  tag: string | undefined;
  lemma: string;
  /** the further tags this word was seen with, and the lemma for each */
  moreTags: string[] | undefined;
  moreLemmas: string[] | undefined;
}

/** The two tokens of a possessive word: "Clinton's" is "Clinton" + "'s". */
export interface Possessive {
  base: string;
  baseLower: string;
  mark: string;
  markLower: string;
  /** the two parts' form ids, or -1 */
  baseForm: number;
  markForm: number;
}

/** Indexed by lexeme id. */
export type WordMemo = (WordForms | undefined)[];

// Ids grow with every new word the model meets (names, typos): past this one, words are not remembered.
const MAX_ID = 1_000_000;

const memos = new WeakMap<Nlp, WordMemo>();

/**
 * Form ids are counted over the process, not per model: a later stage that remembers what it worked out per form
 * id never mixes up two models' words. Only remembered words take one, so they stay below the memos' size.
 */
let formCount = 0;

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
  const kept = id >= 0 && id < MAX_ID;
  const forms: WordForms = {
    value,
    lower: value.toLowerCase(),
    form: kept ? formCount++ : -1,
    blank: isBlank(value),
    possessive: splitPossessive(value, kept),
    tag: undefined,
    lemma: '',
    moreTags: undefined,
    moreLemmas: undefined,
  };
  if (kept) {
    // Filled up to the id so that the array stays a plain list, not a dictionary. A new word's id is most often the
    // next one: pushed, where a store at the array's end had V8 deoptimise this function again and again while the
    // run warmed up (~1,000 times in 200 PolNeAR articles).
    while (memo.length < id) memo.push(undefined);
    if (memo.length === id) memo.push(forms);
    else memo[id] = forms;
  }
  return forms;
}

/** /^\s+$/, without the expression for the many words that start with a visible ASCII character. */
function isBlank(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code > 32 && code < 160) return false;
  return /^\s+$/.test(value);
}

/** A possessive "'s" after a word of two letters or more ("Clinton's", "Jean-Luc's"; not "U.S.'s"), or undefined. */
function splitPossessive(value: string, kept: boolean): Possessive | undefined {
  const n = value.length;
  if (n < 4) return undefined;
  const last = value.charCodeAt(n - 1);
  if (last !== 115 && last !== 83) return undefined; // s, S
  const mark = value.charCodeAt(n - 2);
  if (mark !== 39 && mark !== 0x2019) return undefined; // ' or ’
  const base = value.slice(0, n - 2);
  if (!/^\p{L}[\p{L}.-]*\p{L}$/u.test(base)) return undefined;
  const rest = value.slice(n - 2);
  return {
    base,
    baseLower: base.toLowerCase(),
    mark: rest,
    markLower: rest.toLowerCase(),
    baseForm: kept ? formCount++ : -1,
    markForm: kept ? formCount++ : -1,
  };
}

/** The remembered lemma of `forms` as `tag`, if any. */
export function lemmaAs(forms: WordForms, tag: string): string | undefined {
  if (forms.tag === tag) return forms.lemma;
  const tags = forms.moreTags;
  if (!tags) return undefined;
  for (let k = 0; k < tags.length; k++) if (tags[k] === tag) return forms.moreLemmas?.[k];
  return undefined;
}

export function rememberLemma(forms: WordForms, tag: string, lemma: string): void {
  if (forms.tag === undefined) {
    forms.tag = tag;
    forms.lemma = lemma;
  } else if (forms.moreTags && forms.moreLemmas) {
    forms.moreTags.push(tag);
    forms.moreLemmas.push(lemma);
  } else {
    forms.moreTags = [tag];
    forms.moreLemmas = [lemma];
  }
}
