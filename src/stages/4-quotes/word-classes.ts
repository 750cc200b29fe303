// Tokens -> the quote stage's word classes per token (cue word, punctuation, clause words), each word form
// classified once per lexicon.

import { SUBORDINATORS } from '../../model/clauses.js';
import { grownTo, sizeFor } from '../../model/form-arrays.js';
import type { QuoteLexicon } from '../../model/lexicons/quotes.js';
import type { Token } from '../../model/text.js';
import { type CueWord, cueWordOf } from './cues.js';
import { CLAUSE_FINAL, CLAUSE_OPENERS, FRONTING, TIME_WORDS } from './drafts.js';

/** The word opens a source phrase, is a reporting verb's form, or is "reportedly" (cues.ts). */
export const CUE = 1;
/** The token is a comma. */
export const COMMA = 2;
/** The token is a semicolon. */
export const SEMICOLON = 4;
/** The word may link a clause to the next attribution: "… and arguing that …", "… before insisting …". */
export const ATTRIBUTION_LINK = 8;
/** The word opens a subordinate clause: "after", "because" (`SUBORDINATORS`). */
export const SUBORDINATOR = 16;
/** The word opens a clause set before the main one: a subordinator, "if" or "as" (`FRONTING`). */
export const FRONTING_WORD = 32;
/** The token may open a clause after it: a comma, colon or dash (`CLAUSE_OPENERS`). */
export const CLAUSE_OPENER = 64;
/** The token is punctuation that may end a clause (`CLAUSE_FINAL`). */
export const CLAUSE_MARK = 128;
/** The word is a time word that may follow a clause's end (`TIME_WORDS`). */
export const TIME_WORD = 256;
/** The token may stand between a cue and the quote it introduces: a comma, colon or dash (not a hyphen). */
export const LEAD_IN = 512;
/** The word opens some phrase of the lexicon, a source's or a channel's ("according", "in"). */
export const PHRASE_OPENER = 1024;
/** the form was classified: a form whose bits are 0 has not been met yet */
const KNOWN = 1 << 15;

const ATTRIBUTION_LINKS = new Set(['and', 'but', 'before', 'after', 'while']);
const LEAD_INS = new Set([',', ':', '—', '–']);

/**
 * By token form id (`Token.form`), per lexicon: the form's classes, worked out when it is first met. A token's
 * form id is read with the token; its text and lower-case form are other objects elsewhere in memory, each a
 * likely cache miss, and a set look-up on them costs more again.
 */
const formClasses = new WeakMap<QuoteLexicon, FormIndex>();

interface FormIndex {
  forms: Uint16Array;
  /** by form id, for cue words: 1 + the index of the word's cue entry in `cueWords`, 0 for none */
  cueIds: Int32Array;
  cueWords: CueWord[];
}

/** The last lexicon asked for and its index: a run has one lexicon, so the weak map is asked once. */
let last: { lexicon: QuoteLexicon; index: FormIndex } | undefined;

function formIndexOf(lexicon: QuoteLexicon): FormIndex {
  if (last?.lexicon === lexicon) return last.index;
  let index = formClasses.get(lexicon);
  if (index === undefined) {
    index = { forms: new Uint16Array(1 << 16), cueIds: new Int32Array(1 << 16), cueWords: [] };
    formClasses.set(lexicon, index);
  }
  last = { lexicon, index };
  return index;
}

/** What the cue word token is in a cue (see `CueWords` in cues.ts), from its form id when it has one. */
export function cueWordAt(token: Token, lexicon: QuoteLexicon): CueWord | undefined {
  const index = formIndexOf(lexicon);
  const form = token.form;
  const id = form >= 0 && form < index.cueIds.length ? (index.cueIds[form] as number) : 0;
  return id > 0 ? index.cueWords[id - 1] : cueWordOf(lexicon, token.lower);
}

/**
 * Each token's classes, as the bits above, by token index (a plain array: typed arrays of an article's length
 * cost more to make).
 */
export function classifyTokens(tokens: readonly Token[], lexicon: QuoteLexicon): number[] {
  const index = formIndexOf(lexicon);
  const n = tokens.length;
  const classes: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const token = tokens[k] as Token;
    const form = token.form;
    let bits = form >= 0 && form < index.forms.length ? (index.forms[form] as number) : 0;
    if (bits === 0) {
      bits = classifyWord(token, lexicon);
      if (form >= 0) rememberForm(index, form, bits, token, lexicon);
    }
    classes[k] = bits & ~KNOWN;
  }
  return classes;
}

/** Whether token i is in `kind` (one of the bits above); false past either end. */
export function hasClass(classes: readonly number[], i: number, kind: number): boolean {
  // index -1 is a property look-up for V8, not an element read: ruled out first
  return i >= 0 && ((classes[i] ?? 0) & kind) !== 0;
}

function rememberForm(
  index: FormIndex,
  form: number,
  bits: number,
  token: Token,
  lexicon: QuoteLexicon,
): void {
  if (form >= index.forms.length) {
    const length = sizeFor(form, index.forms.length);
    index.forms = grownTo(index.forms, length);
    index.cueIds = grownTo(index.cueIds, length);
  }
  index.forms[form] = bits;
  const cueWord = bits & CUE ? cueWordOf(lexicon, token.lower) : undefined;
  if (cueWord) {
    index.cueWords.push(cueWord);
    index.cueIds[form] = index.cueWords.length;
  }
}

/** A word's classes as bits, KNOWN set. */
function classifyWord(token: Token, lexicon: QuoteLexicon): number {
  let bits = KNOWN;
  if (cueWordOf(lexicon, token.lower)) bits |= CUE;
  if (token.text === ',') bits |= COMMA;
  if (token.text === ';') bits |= SEMICOLON;
  if (ATTRIBUTION_LINKS.has(token.lower)) bits |= ATTRIBUTION_LINK;
  if (SUBORDINATORS.has(token.lower)) bits |= SUBORDINATOR;
  if (FRONTING.has(token.lower)) bits |= FRONTING_WORD;
  if (CLAUSE_OPENERS.has(token.text)) bits |= CLAUSE_OPENER;
  if (CLAUSE_FINAL.has(token.text)) bits |= CLAUSE_MARK;
  if (TIME_WORDS.has(token.lower)) bits |= TIME_WORD;
  if (LEAD_INS.has(token.text)) bits |= LEAD_IN;
  if (lexicon.phrasesByFirstWord.has(token.lower)) bits |= PHRASE_OPENER;
  return bits;
}
