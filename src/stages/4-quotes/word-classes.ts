// Tokens -> the quote stage's word classes per token (cue word, punctuation, clause words), each word form
// classified once per lexicon.
import type { QuoteLexicon } from '../../model/lexicons/quotes.js';
import type { Token } from '../../model/text.js';
import { isCueWord } from './cues.js';
import { CLAUSE_FINAL, CLAUSE_OPENERS, FRONTING, SUBORDINATORS, TIME_WORDS } from './drafts.js';

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
/** the form was classified: a form whose bits are 0 has not been met yet */
const KNOWN = 1 << 15;

const ATTRIBUTION_LINKS = new Set(['and', 'but', 'before', 'after', 'while']);

/**
 * By token form id (`Token.form`), per lexicon: the form's classes, worked out when it is first met. A token's
 * form id is read with the token; its text and lower-case form are other objects elsewhere in memory, each a
 * likely cache miss, and a set look-up on them costs more again.
 */
const formClasses = new WeakMap<QuoteLexicon, { forms: Uint16Array }>();

/**
 * Each token's classes, as the bits above, by token index (a plain array: typed arrays of an article's length
 * cost more to make).
 */
export function classifyTokens(tokens: readonly Token[], lexicon: QuoteLexicon): number[] {
  let index = formClasses.get(lexicon);
  if (index === undefined) {
    index = { forms: new Uint16Array(1 << 16) };
    formClasses.set(lexicon, index);
  }
  const n = tokens.length;
  const classes: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const token = tokens[k] as Token;
    const form = token.form;
    let bits = form >= 0 && form < index.forms.length ? (index.forms[form] as number) : 0;
    if (bits === 0) {
      bits = classifyWord(token, lexicon);
      if (form >= 0) {
        if (form >= index.forms.length) {
          const grown = new Uint16Array(Math.max(form + 1, 2 * index.forms.length));
          grown.set(index.forms);
          index.forms = grown;
        }
        index.forms[form] = bits;
      }
    }
    classes[k] = bits & ~KNOWN;
  }
  return classes;
}

/** Whether token i is in `kind` (one of the bits above); false past either end. */
export function hasClass(classes: readonly number[], i: number, kind: number): boolean {
  return ((classes[i] ?? 0) & kind) !== 0;
}

/** A word's classes as bits, KNOWN set. */
function classifyWord(token: Token, lexicon: QuoteLexicon): number {
  let bits = KNOWN;
  if (isCueWord(lexicon, token.lower)) bits |= CUE;
  if (token.text === ',') bits |= COMMA;
  if (token.text === ';') bits |= SEMICOLON;
  if (ATTRIBUTION_LINKS.has(token.lower)) bits |= ATTRIBUTION_LINK;
  if (SUBORDINATORS.has(token.lower)) bits |= SUBORDINATOR;
  if (FRONTING.has(token.lower)) bits |= FRONTING_WORD;
  if (CLAUSE_OPENERS.has(token.text)) bits |= CLAUSE_OPENER;
  if (CLAUSE_FINAL.has(token.text)) bits |= CLAUSE_MARK;
  if (TIME_WORDS.has(token.lower)) bits |= TIME_WORD;
  return bits;
}
