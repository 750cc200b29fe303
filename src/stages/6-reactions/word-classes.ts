// Tokens + stance lexicon -> per token the word classes stage 6 tests (cue openers, clause breaks, negators, …),
// each word form classified once per lexicon.

import { grownTo, sizeFor } from '../../model/form-arrays.js';
import type { CueItem, ReactionLexicon, StanceCue } from '../../model/lexicons/reactions.js';
import type { Token } from '../../model/text.js';

/**
 * Per token, by index: the classes of its lower-case form and of its lemma, as the bits below. The steps read this
 * array instead of asking sets about the token's words: each token object and each of its strings is a likely cache
 * miss by the time this stage runs, and most tokens are in no class at all.
 */
export type TokenClasses = Uint32Array;

/** An article's tokens as the steps read them, by token index. */
export interface TokenWords {
  classes: TokenClasses;
  /**
   * The ids (`wordIdsOf`) of the cue-opening words and of the words that screen an opener's cues (`followingWords`)
   * that the token's lower-case form and its lemma are, 0 for none: read with `lowerId` and `lemmaId`.
   */
  opening: Uint32Array;
  following: Uint32Array;
}

/** The lower-case form's id of a `TokenWords` entry. */
export function lowerId(ids: number): number {
  return ids & 0xffff;
}

/** The lemma's id of a `TokenWords` entry. */
export function lemmaId(ids: number): number {
  return ids >>> 16;
}

// The classes of the token's lower-case form (its text decides them: one form id, one set of bits). The first ten
// are classes of a lemma too.
/** the form opens a cue (a key of `cuesByWord`) */
export const OPENS = 1;
/** the form is a word that screens some opener's cues (`followingWords`) */
export const FOLLOWS = 1 << 1;
/** a word after which a nominal cue is suffered or lifted, no act (`nominalBlockers`) */
export const BLOCKER = 1 << 2;
/** a negator (`negators`) */
export const NEGATOR = 1 << 3;
/** a negative verb (`negativeVerbs`) */
export const NEGATIVE_VERB = 1 << 4;
/** a verb of refusal (`refusalVerbs`) */
export const REFUSAL_VERB = 1 << 5;
/** a hedge (`hedges`) */
export const HEDGE = 1 << 6;
/** an intensifier (`intensifiers`) */
export const INTENSIFIER = 1 << 7;
/** an appeal word (`appealWords`) */
export const APPEAL = 1 << 8;
/** a verb of speaking (`speechVerbs`) */
export const SPEECH = 1 << 9;
/** the form starts with a prefix of some prefix cue's first item ("flagrant*") */
export const PREFIX = 1 << 10;
/** a quotation mark a cue phrase skips: " “ ” ‘ ’ */
export const QUOTE = 1 << 11;
/** a mark no gap of a cue crosses: . ; : ? ! */
export const GAP_STOP = 1 << 12;
/** a clause mark (`clauseBreakPunct`) */
export const BREAK_PUNCT = 1 << 13;
/** a clause word (`clauseBreakWords`) */
export const BREAK_WORD = 1 << 14;
/** a word opening a conditional clause (`conditionals`) */
export const CONDITIONAL = 1 << 15;
/** a modal of the future or of possibility: "will", "would", "could" */
export const MODAL = 1 << 16;
/** a first-person word (`firstPerson`) */
export const FIRST_PERSON = 1 << 17;
/** a word after which a clause's subject is looked for first: ";", "but", "while" (`STRONG_BREAKS`) */
export const STRONG_BREAK = 1 << 18;
/** "according" (of "according to") */
export const ACCORDING = 1 << 19;
const FORM_BITS = (1 << 20) - 1;

// The classes of the token's lemma: the first ten classes above, shifted by LEMMA_SHIFT.
export const LEMMA_SHIFT = 20;
const LEMMA_BITS = (1 << 10) - 1;
/** the lemma is the lower-case form */
export const SAME = 1 << 30;
/** the token may fill some cue item: its lower-case form or lemma is an item's word, or it has an item's prefix */
export const ITEM = 1 << 31;
export const OPENS_BY_LEMMA = OPENS << LEMMA_SHIFT;
export const FOLLOWS_BY_LEMMA = FOLLOWS << LEMMA_SHIFT;
export const SPEECH_BY_LEMMA = SPEECH << LEMMA_SHIFT;

/** Set in every classified form's and lemma's stored bits (past those a token holds): 0 means "not met yet". */
const KNOWN = 1 << 20;
/** In a form's or a lemma's stored bits: the word is a cue item's word, or (a form) starts with an item's prefix. */
const STORED_ITEM = 1 << 21;
/** SAME in a lemma's stored bits */
const STORED_SAME = SAME >>> LEMMA_SHIFT;
const NEGATION = NEGATOR | NEGATIVE_VERB | REFUSAL_VERB;
const MODALS = new Set(['will', 'would', "'ll", 'could', 'might', 'may']);
/** Where the subject of an act is looked for first: after the last of these before it (`strongStart`). */
const STRONG_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'however', 'meanwhile']);
const QUOTE_MARKS = ['"', '“', '”', '‘', '’'];
const GAP_STOPS = ['.', ';', ':', '?', '!'];

/** A word of some class: its classes (the first ten hold for it as a lemma too) and its ids, as in `TokenWords`. */
interface ClassWord {
  bits: number;
  /** the opening id, and the following id in the upper half */
  ids: number;
}

/**
 * Every word of some class, and what was worked out per word form so far. The map is asked once per form (and once
 * per lemma a form is seen with); the forms' bits, read per token, sit in one array small enough for the caches.
 */
interface WordIndex {
  words: ReadonlyMap<string, ClassWord>;
  prefixes: readonly string[];
  /** the prefixes of every cue item */
  itemPrefixes: readonly string[];
  /**
   * By form id (`Token.form`), FORM_SLOTS numbers a form: its bits with KNOWN (0 until the form is met), its ids, and
   * the bits (KNOWN, STORED_SAME) and ids of the lemma last seen with it: one cache line per form.
   */
  forms: Uint32Array;
  /**
   * by form id: the lemma last seen with the form ('' before the form is met: strings only, so that V8 compares a
   * token's lemma with it as strings, not by its generic comparison; ~10% of classifying, warm)
   */
  lemmas: string[];
}

const FORM_SLOTS = 4;

/** The cue-opening words (`cuesByWord`'s keys, in its order) and the words that screen their cues, by id. */
export interface WordIds {
  opening: ReadonlyMap<string, number>;
  following: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<ReactionLexicon, WordIndex>();

function indexOf(lexicon: ReactionLexicon): WordIndex {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    const m = lexicon.modifiers;
    const prefixes: string[] = [];
    for (const cue of lexicon.prefixCues) prefixes.push(...(cue.items[0] as CueItem).prefixes);
    const items = new Set<string>();
    const itemPrefixes = new Set<string>();
    for (const cue of [...[...lexicon.cuesByWord.values()].flat(), ...lexicon.prefixCues]) {
      for (const item of cue.items) {
        for (const word of item.words) items.add(word);
        for (const prefix of item.prefixes) itemPrefixes.add(prefix);
      }
    }
    const words = new Map<string, ClassWord>();
    const add = (list: Iterable<string>, bit: number, ids = 0) => {
      for (const word of list) {
        const known = words.get(word);
        if (known === undefined) words.set(word, { bits: bit, ids });
        else {
          known.bits |= bit;
          known.ids |= ids;
        }
      }
    };
    const { opening, following } = wordIdsOf(lexicon);
    for (const [word, id] of opening) add([word], OPENS, id);
    for (const [word, id] of following) add([word], FOLLOWS, id << 16);
    add(m.nominalBlockers, BLOCKER);
    add(m.negators, NEGATOR);
    add(m.negativeVerbs, NEGATIVE_VERB);
    add(m.refusalVerbs, REFUSAL_VERB);
    add(m.hedges, HEDGE);
    add(m.intensifiers, INTENSIFIER);
    add(m.appealWords, APPEAL);
    add(m.speechVerbs, SPEECH);
    // a mark is its own lower-case form
    add(QUOTE_MARKS, QUOTE);
    add(GAP_STOPS, GAP_STOP);
    add(m.clauseBreakPunct, BREAK_PUNCT);
    add(m.clauseBreakWords, BREAK_WORD);
    add(m.conditionals, CONDITIONAL);
    add(MODALS, MODAL);
    add(m.firstPerson, FIRST_PERSON);
    add(STRONG_BREAKS, STRONG_BREAK);
    add(['according'], ACCORDING);
    add(items, STORED_ITEM);
    const size = 1 << 16;
    index = {
      words,
      prefixes,
      itemPrefixes: [...itemPrefixes],
      forms: new Uint32Array(FORM_SLOTS * size),
      lemmas: new Array<string>(size).fill(''),
    };
    indexes.set(lexicon, index);
  }
  return index;
}

const wordIds = new WeakMap<ReactionLexicon, WordIds>();

/** The ids of the lexicon's cue-opening and screening words: the same for every caller, built once per lexicon. */
export function wordIdsOf(lexicon: ReactionLexicon): WordIds {
  let ids = wordIds.get(lexicon);
  if (ids === undefined) {
    const opening = new Map<string, number>();
    const following = new Map<string, number>();
    for (const [word, cues] of lexicon.cuesByWord) {
      opening.set(word, opening.size + 1);
      for (const cue of cues)
        for (const next of followingWords(cue)?.words ?? [])
          if (!following.has(next)) following.set(next, following.size + 1);
    }
    ids = { opening, following };
    wordIds.set(lexicon, ids);
  }
  return ids;
}

/**
 * The arrays `classifyTokens` fills, kept from one article to the next: typed arrays of an article's length live
 * outside V8's heap and cost more to make than to reuse. An article's arrays are views of it, valid until the next
 * call (the stage reads them within one article).
 */
let scratch = new Uint32Array(3 * 4096);

/** The classes of every token of an article, and the ids of its cue words (valid until the next call). */
export function classifyTokens(tokens: readonly Token[], lexicon: ReactionLexicon): TokenWords {
  const index = indexOf(lexicon);
  const n = tokens.length;
  if (scratch.length < 3 * n) scratch = new Uint32Array(Math.max(3 * n, 2 * scratch.length));
  const classes = scratch.subarray(0, n);
  const words: TokenWords = {
    classes,
    opening: scratch.subarray(n, 2 * n),
    following: scratch.subarray(2 * n, 3 * n),
  };
  for (let k = 0; k < n; k++) {
    const token = tokens[k] as Token;
    const form = token.form;
    let own: number;
    let ownIds: number;
    let theirs: number;
    let theirIds: number;
    if (form < 0) {
      const word = index.words.get(token.lower);
      own = formBitsOf(token.lower, word, index);
      ownIds = word?.ids ?? 0;
      const lemma = index.words.get(token.lemma);
      theirs = lemmaBitsOf(token.lemma, token.lower, lemma);
      theirIds = lemma?.ids ?? 0;
    } else {
      if (form >= index.lemmas.length) grow(index, form);
      const at = FORM_SLOTS * form;
      const { forms } = index;
      own = forms[at] as number;
      if (own === 0) {
        const word = index.words.get(token.lower);
        own = formBitsOf(token.lower, word, index);
        forms[at] = own;
        forms[at + 1] = word?.ids ?? 0;
      }
      ownIds = forms[at + 1] as number;
      // A form's lemma depends on its part of speech, and differs at times ("'s" is "be" or "have"): the lemma
      // last seen with the form is kept, and most tokens have the same (the text stage hands them one string).
      const lemma = token.lemma;
      theirs = forms[at + 2] as number;
      if (theirs === 0 || index.lemmas[form] !== lemma) {
        const word = index.words.get(lemma);
        theirs = lemmaBitsOf(lemma, token.lower, word);
        index.lemmas[form] = lemma;
        forms[at + 2] = theirs;
        forms[at + 3] = word?.ids ?? 0;
      }
      theirIds = forms[at + 3] as number;
    }
    classes[k] =
      (own & FORM_BITS) |
      ((theirs & (LEMMA_BITS | STORED_SAME)) << LEMMA_SHIFT) |
      ((own | theirs) & STORED_ITEM ? ITEM : 0);
    words.opening[k] = (ownIds & 0xffff) | ((theirIds & 0xffff) << 16);
    words.following[k] = (ownIds >>> 16) | (theirIds & 0xffff0000);
  }
  return words;
}

/** The stored bits of a lower-case form (KNOWN set), found in the class words as `word`. */
function formBitsOf(lower: string, word: ClassWord | undefined, index: WordIndex): number {
  let bits = KNOWN | (word?.bits ?? 0);
  for (const prefix of index.prefixes) {
    if (lower.startsWith(prefix)) {
      bits |= PREFIX;
      break;
    }
  }
  for (const prefix of index.itemPrefixes) {
    if (lower.startsWith(prefix)) {
      bits |= STORED_ITEM;
      break;
    }
  }
  return bits;
}

/** The stored bits of a lemma (KNOWN set; STORED_SAME when it is the lower-case form), found as `word`. */
function lemmaBitsOf(lemma: string, lower: string, word: ClassWord | undefined): number {
  let bits = KNOWN | ((word?.bits ?? 0) & (LEMMA_BITS | STORED_ITEM));
  if (lemma === lower) bits |= STORED_SAME;
  return bits;
}

function grow(index: WordIndex, form: number): void {
  const size = sizeFor(form, index.lemmas.length);
  index.forms = grownTo(index.forms, FORM_SLOTS * size);
  while (index.lemmas.length < size) index.lemmas.push('');
}

/** Whether the token's lower-case form or its lemma is in `kind` (one of the first ten classes). */
export function isWordIn(classes: TokenClasses, i: number, kind: number): boolean {
  const bits = classes[i] ?? 0;
  return ((bits | (bits >>> LEMMA_SHIFT)) & kind & LEMMA_BITS) !== 0;
}

/** The negation classes (NEGATOR, NEGATIVE_VERB, REFUSAL_VERB) of the token's lower-case form and of its lemma. */
export function negationOf(classes: TokenClasses, i: number): number {
  const bits = classes[i] ?? 0;
  return (bits | (bits >>> LEMMA_SHIFT)) & NEGATION;
}

/**
 * The words of the items after a cue's first word up to its first required word ("be (firmly|strongly)
 * in favour of": firmly, strongly, in), and how many words may come before one of them: none without a
 * gap (an optional word that does not fit takes no token), the gaps and optional words with one ("will
 * ~2 respond": 2). Null when no such words screen the cue: a prefix, or nothing required after the word.
 * Quotation marks, which a phrase skips, are not counted.
 */
export function followingWords(cue: StanceCue): { words: string[]; reach: number } | null {
  const words: string[] = [];
  let gaps = 0;
  let optional = 0;
  for (let k = 1; k < cue.items.length; k++) {
    const item = cue.items[k] as CueItem;
    if (item.prefixes.length > 0) return null;
    if (item.gap !== undefined) {
      gaps += item.gap;
      continue;
    }
    for (const word of item.words) words.push(word);
    if (!item.optional) return { words, reach: gaps === 0 ? 0 : gaps + optional };
    optional++;
  }
  return null;
}

/** Whether token i's lower-case form is in `kind` (one of the form's classes); false past either end. */
export function hasClass(classes: TokenClasses, i: number, kind: number): boolean {
  return ((classes[i] ?? 0) & kind) !== 0;
}
