// Tokens -> per token, its tag as a small number and the word classes the stage tests, each word form classified
// once per lexicon (by `Token.form`), so that the stage's scans read two small typed arrays instead of token objects.

import { grownTo, sizeFor } from '../../model/form-arrays.js';
import type { EventLexicon, PredicateEntry } from '../../model/lexicons/events.js';
import type { Token } from '../../model/text.js';
import { isCapitalised } from '../../model/word-shape.js';
import { POSSESSIVES, prefixedLemma } from './verb-forms.js';

// A token's classes are one small integer (`TokenView.classes`): its tag in the low four bits, then the classes
// of its word form, then whether it heads dictionary entries.

/** The tags the stage tests, as numbers (`tagOf`); any other tag is OTHER. */
export const OTHER = 0;
export const NOUN = 1;
export const PROPN = 2;
export const VERB = 3;
export const ADJ = 4;
export const ADP = 5;
export const PUNCT = 6;
export const PRON = 7;
export const DET = 8;
export const ADV = 9;
export const AUX = 10;
export const PART = 11;
export const NUM = 12;
/** The bits of a token's classes that hold its tag. */
export const TAG = 15;

export function tagOf(pos: string): number {
  // the most frequent tags first
  switch (pos) {
    case 'NOUN':
      return NOUN;
    case 'PUNCT':
      return PUNCT;
    case 'ADP':
      return ADP;
    case 'DET':
      return DET;
    case 'PROPN':
      return PROPN;
    case 'VERB':
      return VERB;
    case 'ADJ':
      return ADJ;
    case 'AUX':
      return AUX;
    case 'PRON':
      return PRON;
    case 'ADV':
      return ADV;
    case 'NUM':
      return NUM;
    case 'PART':
      return PART;
    default:
      return OTHER;
  }
}

// A word form's classes (from its text alone), one bit each above the tag's
/** the lower-case form heads dictionary entries (`byHead`) */
const HEAD_FORM = 1 << 4;
/** a modal of obligation: "must" */
export const OBLIGATION = 1 << 5;
/** a preposition after which a city names where an act happens (`addPlaces`) */
export const PLACE_PREP = 1 << 6;
/** "city", "town", "port": a noun before a place's name */
export const PLACE_NOUN = 1 << 7;
/** an irregular verb form: "took", "shot" */
export const IRREGULAR = 1 << 8;
/** a prefix and an irregular verb form: "retook", "overthrew" (`prefixedLemma` finds a lemma) */
export const PREFIXED = 1 << 9;
/** begins with a capital letter */
export const CAPITAL = 1 << 10;
/** ends in "ed" */
export const ENDS_ED = 1 << 11;
/** ends in "s" */
export const ENDS_S = 1 << 12;
/** a preposition of place: "in", "near" (`words.locationPreps`) */
export const LOCATION_PREP = 1 << 13;
/** ",", ";", ":" or ".": punctuation that ends a clause (`isClauseBreak` in 2-find-arguments.ts) */
export const BREAK_MARK = 1 << 14;
/** a word that opens another clause (`words.clauseBreaks`) */
export const CLAUSE_BREAK = 1 << 15;
/** a relative pronoun (`words.relatives`) */
export const RELATIVE = 1 << 16;
/** ";" or ":" */
export const COLON = 1 << 17;
/** a negator (`words.negators`) */
export const NEGATOR = 1 << 18;
/** a conditional word (`words.conditionals`) */
export const CONDITIONAL = 1 << 19;
/** an ultimatum word (`words.ultimatums`) */
export const ULTIMATUM = 1 << 20;
/** "," or ";" */
export const COMMA = 1 << 21;
/** a possessive determiner: "its", "their" (`POSSESSIVES`) */
export const POSSESSIVE = 1 << 22;
/** "-" */
export const HYPHEN = 1 << 23;
/** the token, outside a mention, heads dictionary entries by its form, its lemma or its "re-" stem (`candidatesFor`) */
export const HEAD = 1 << 24;

/** Prepositions after which a city or region names where an act happens or where it goes. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'to',
  'into',
  'from',
  'toward',
  'towards',
]);

/** "the city of Homs", "the port of Mombasa", "the capital Juba": the name after "of" or after the noun. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district']);

/** A lexicon's `byHead` as an object with no prototype: the same lists under the same forms. */
export type HeadIndex = Record<string, readonly PredicateEntry[] | undefined>;

/**
 * What the stage remembers per lexicon: the head index, and per word form id its classes and the head test of
 * the lemma it was last seen with (the text stage gives a word one lemma string per tag, so a token whose lemma
 * is that very string has the same answer).
 */
export interface FormIndex {
  heads: HeadIndex;
  /**
   * by form id: the form's record: its classes with KNOWN set, then the tag the lemma in
   * `lemmas` was tested with (plus one: 0 for none) and whether that token headed entries (`MEMO_HEAD`). One
   * number per form, so that a token reads one small array for all of it.
   */
  forms: Uint32Array;
  /** by form id: the lemma last tested with the form */
  lemmas: (string | undefined)[];
}

/** The word classes in a form's record: the bits above the tag's, up to HYPHEN. */
const FORM_CLASSES = (1 << 24) - 16;
/** the form was classified: a form whose record is 0 has not been met yet */
const KNOWN = 1 << 24;
// a record stays below 2 ** 30, a small integer for V8
const MEMO_TAG_SHIFT = 25;
const MEMO_TAG = 15 << MEMO_TAG_SHIFT;
const MEMO_HEAD = 1 << 29;

const formIndexes = new WeakMap<EventLexicon, FormIndex>();
/** The index of the lexicon last asked for: one lexicon serves a whole run, and the weak map is not asked again. */
let last: { lexicon: EventLexicon; index: FormIndex } | null = null;

export function formIndexOf(lexicon: EventLexicon): FormIndex {
  if (last?.lexicon === lexicon) return last.index;
  let index = formIndexes.get(lexicon);
  if (!index) {
    const heads: HeadIndex = Object.create(null);
    for (const [form, entries] of lexicon.byHead) heads[form] = entries;
    const size = 1 << 16;
    index = { heads, forms: new Uint32Array(size), lemmas: [] };
    formIndexes.set(lexicon, index);
  }
  last = { lexicon, index };
  return index;
}

/**
 * The head index of the lexicon (one lexicon serves a whole run). A property look-up on an object is cheaper
 * than `Map.get` here: the tokens' words are interned strings, the object's keys are too, and they are compared
 * by identity.
 */
function headIndexOf(lexicon: EventLexicon): HeadIndex {
  return formIndexOf(lexicon).heads;
}

/** Entries headed by the token's form or lemma; "reimposed", "re-open", "redeployed" as their stem. */
export function candidatesFor(token: Token, lexicon: EventLexicon): readonly PredicateEntry[] | undefined {
  const byHead = headIndexOf(lexicon);
  const direct = byHead[token.lower] ?? (token.lemma === token.lower ? undefined : byHead[token.lemma]);
  if (direct || token.pos !== 'VERB') return direct;
  if (!token.lower.startsWith('re') && !token.lemma.startsWith('re')) return undefined;
  const stem = /^re-?(.{3,})$/.exec(token.lower)?.[1];
  const lemmaStem = /^re-?(.{3,})$/.exec(token.lemma)?.[1];
  return (stem && lexicon.byHead.get(stem)) || (lemmaStem && lexicon.byHead.get(lemmaStem)) || undefined;
}

/** The classes of a word form, KNOWN set. */
function classifyWord(token: Token, index: FormIndex, lexicon: EventLexicon): number {
  const { lower, text } = token;
  let bits = KNOWN;
  if (index.heads[lower] !== undefined) bits |= HEAD_FORM;
  if (lexicon.words.obligation.has(lower)) bits |= OBLIGATION;
  if (PLACE_PREPOSITIONS.has(lower)) bits |= PLACE_PREP;
  if (PLACE_NOUNS.has(lower)) bits |= PLACE_NOUN;
  if (lexicon.irregular.forms.has(lower)) bits |= IRREGULAR;
  if (prefixedLemma(lower, lexicon.irregular) !== null) bits |= PREFIXED;
  if (isCapitalised(text)) bits |= CAPITAL;
  if (lower.endsWith('ed')) bits |= ENDS_ED;
  if (lower.endsWith('s')) bits |= ENDS_S;
  if (lexicon.words.locationPreps.has(lower)) bits |= LOCATION_PREP;
  if (text === ',' || text === ';' || text === ':' || text === '.') bits |= BREAK_MARK;
  if (lexicon.words.clauseBreaks.has(lower)) bits |= CLAUSE_BREAK;
  if (lexicon.words.relatives.has(lower)) bits |= RELATIVE;
  if (text === ';' || text === ':') bits |= COLON;
  if (lexicon.words.negators.has(lower)) bits |= NEGATOR;
  if (lexicon.words.conditionals.has(lower)) bits |= CONDITIONAL;
  if (lexicon.words.ultimatums.has(lower)) bits |= ULTIMATUM;
  if (text === ',' || text === ';') bits |= COMMA;
  if (POSSESSIVES.has(lower)) bits |= POSSESSIVE;
  if (text === '-') bits |= HYPHEN;
  return bits;
}

/** Ends in "-ed" or "-en", as past participles do ("shelled", "taken"): /(ed|en)$/ without the expression. */
export function endsEdEn(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('en');
}

/** The record of the token's word form (`FormIndex.forms`), from the index or worked out. */
export function formRecordOf(token: Token, index: FormIndex, lexicon: EventLexicon): number {
  const form = token.form;
  const record = form >= 0 && form < index.forms.length ? (index.forms[form] as number) : 0;
  if (record !== 0) return record;
  const bits = classifyWord(token, index, lexicon);
  if (form >= 0) {
    if (form >= index.forms.length) index.forms = grownTo(index.forms, sizeFor(form, index.forms.length));
    index.forms[form] = bits;
  }
  return bits;
}

/** The word classes in a form's record (no KNOWN, no HEAD bit). */
export function classesOfRecord(record: number): number {
  return record & FORM_CLASSES;
}

/**
 * Whether the token (of tag `tag`, its form's record `record`) heads dictionary entries: `candidatesFor` finds
 * some. A form that heads entries always does; otherwise the answer depends on the lemma and the tag, remembered
 * in the form's record for the last lemma string seen with it.
 */
export function isHead(
  token: Token,
  tag: number,
  record: number,
  index: FormIndex,
  lexicon: EventLexicon,
): boolean {
  if (record & HEAD_FORM) return true;
  const form = token.form;
  const lemma = token.lemma;
  if (form < 0 || form >= index.forms.length) return candidatesFor(token, lexicon) !== undefined;
  if (index.lemmas[form] === lemma && ((record >>> MEMO_TAG_SHIFT) & 15) === tag + 1)
    return (record & MEMO_HEAD) !== 0;
  const head = candidatesFor(token, lexicon) !== undefined;
  while (index.lemmas.length <= form) index.lemmas.push(undefined);
  index.lemmas[form] = lemma;
  index.forms[form] =
    (record & ~(MEMO_TAG | MEMO_HEAD)) | ((tag + 1) << MEMO_TAG_SHIFT) | (head ? MEMO_HEAD : 0);
  return head;
}
