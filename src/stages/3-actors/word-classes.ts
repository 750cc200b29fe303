// Token -> its lexicon key and the word classes the stage's steps test, each word form classified once per lexicon.

import { grownTo, sizeFor } from '../../model/form-arrays.js';
import {
  type ActorLexicon,
  isJoiner,
  keyOfLower,
  type PhraseEntry,
  type TrieNode,
} from '../../model/lexicons/actors.js';
import type { Token } from '../../model/text.js';
import { isCapitalised } from '../../model/word-shape.js';
import { isNameShape, PARTICLES, STARTERS } from './build-mentions.js';
import { entriesPassingCase, isUpperCase, startsWithLetter } from './match-phrases.js';
import { REFERENCE_STARTS } from './resolve-references.js';

/**
 * Per token, by index: every later step reads these arrays instead of asking sets about the word again (plain
 * arrays: typed arrays of an article's length live outside V8's heap and cost more to make).
 */
export interface TokenClasses {
  keys: string[];
  /** the token's classes, as the bits below: read with `hasClass` */
  classes: number[];
  /**
   * the indices of the tokens that may start a gazetteer phrase, in order: the key starts one, and the word as
   * written passes the case check of one of the phrases it starts ("WHO" may start a phrase, "who" none)
   */
  phraseStarts: number[];
  /** for each of `phraseStarts`, the phrase start there */
  phrases: PhraseStart[];
}

/** A word that starts gazetteer phrases, as the word is written. */
export interface PhraseStart {
  /** the phrase trie's node after the word */
  node: TrieNode;
  /** the same node in the trie of word ids (`WordNode`) */
  words: WordNode;
  /** the entries of the one-word phrase that pass the word's capitalisation, if any */
  single: PhraseEntry[] | undefined;
}

/**
 * A node of the phrase trie with its later words as word ids: a token's word id is in its classes (`wordIdOf`),
 * so following a phrase reads no key string (each a likely cache miss, and hashed and compared again in the map).
 */
export interface WordNode {
  /** the trie node's entries, read here without the node */
  entries: PhraseEntry[] | undefined;
  next: Map<number, WordNode>;
}

/** The word id of token i's key among the phrases' later words (`WordNode`), 0 for none. */
export function wordIdOf(classes: readonly number[], i: number): number {
  return i >= 0 ? (classes[i] ?? 0) >>> WORD_ID_SHIFT : 0;
}

/** The token starts with a capital letter. */
export const CAPITAL = 1;
/** The key is a determiner, modifier or honorific that may start a mention ("the", "senior", "mr"). */
export const STARTER = 2;
/** The key may start a reference: "the" or a pronoun. */
export const REFERENCE = 4;
/** The key is the second or a later word of some gazetteer phrase ("ministry" in "foreign ministry"). */
export const PHRASE_WORD = 8;
/** The key is in `lex.notNames`: no name though capitalised ("Monday", "The"). */
export const NOT_NAME = 16;
/** The key is in `lex.surnames`: an office holder's surname. */
export const SURNAME = 32;
/** The token starts with a letter. */
export const LETTER = 64;
/** The token has no lower-case letter ("US", "U.N.", "2024"). */
export const UPPER = 128;
/** The token is a dash that joins two words ("Asia-Pacific"): `isJoiner`. */
export const JOINER = 256;
/** The token is a double quotation mark: “, ” or ". */
export const QUOTE_MARK = 512;
/** The key is a lower-case part of names: "al", "von", "bin" (build-mentions' PARTICLES). */
export const PARTICLE = 4096;
/** The key is a description's head or first word ("ministry", "foreign" in "foreign ministry"). */
export const DESCRIPTION_WORD = 8192;
/** The token is a hyphen-minus ("-"). */
export const HYPHEN = 16384;
/** The token has a name's shape: a capital letter, then letters, apostrophes or dots (`isNameShape`). */
export const NAME_SHAPE = 32768;
/**
 * The tagger gave the token a part of speech a name word may have: PROPN, NOUN, ADJ or X (it calls some names
 * nouns or adjectives). A bit of the token, not of its form: set from the token's tag as the token is classified.
 */
export const NAME_TAG = 65536;
const TOKEN_CLASSES = 1023 | PARTICLE | DESCRIPTION_WORD | HYPHEN | NAME_SHAPE;
/** A token's classes hold its word id above its bits (a small integer for V8 while ids stay below 2^13). */
const WORD_ID_SHIFT = 17;
// A word form's further bits, not the token's (`ClassIndex.forms`)
/** the form may start a gazetteer phrase: its key starts one, and it passes that phrase's case check (`mayOpenPhrase`) */
const PHRASE = 1024;
/** the form's key is not its lower-case text ("u.s." -> "us") */
const OWN_KEY = 2048;
/**
 * the form was classified: a form whose bits are 0 has not been met yet (the place of NAME_TAG, a bit of tokens
 * that no form has)
 */
const KNOWN = NAME_TAG;
/** the bits of a form that are not a token's */
const FORM_ONLY = PHRASE | OWN_KEY | KNOWN;

/** Whether token i is in `kind` (one of the bits above); false past either end. */
export function hasClass(classes: readonly number[], i: number, kind: number): boolean {
  // index -1 (the token before the first) is a property look-up for V8, not an element read: ruled out first
  return i >= 0 && ((classes[i] ?? 0) & kind) !== 0;
}

/** A key's classes: the trie node after it where it starts a phrase, and the other classes as bits. */
interface WordClass {
  phrases: TrieNode | undefined;
  /** the word-id trie's node for `phrases` */
  words: WordNode | undefined;
  bits: number;
  /** the key's id among the phrases' later words, 0 for none */
  wordId: number;
  /** for a key that starts phrases, the case rules of the phrases it starts, as bits (`caseRulesOf`) */
  startCases: number;
}

/**
 * Every key in some class, and the classes of each word form met so far. The large map of keys is asked once per
 * form; the forms' classes, asked per token, sit in a list small enough for the processor's caches.
 */
interface ClassIndex {
  map: Map<string, WordClass>;
  /**
   * by token form id (`Token.form`): the form's classes, worked out when it is first met, with its word id above
   * them as in a token's classes (one read per token gives both)
   */
  forms: Uint32Array;
  /**
   * by form id, for the forms that start a phrase: 1 + the phrase start's index in `phraseStarts`, 0 for none (an
   * array read, where a map of numbers hashed every phrase start's form)
   */
  formPhrases: Int32Array;
  phraseStarts: PhraseStart[];
  /** by form id, for the forms whose key is not their lower-case text */
  formKeys: Map<number, string>;
}

const classIndexes = new WeakMap<ActorLexicon, ClassIndex>();

function classIndexOf(lex: ActorLexicon): ClassIndex {
  let index = classIndexes.get(lex);
  if (!index) {
    const map = new Map<string, WordClass>();
    const add = (key: string, bit: number): WordClass => {
      let known = map.get(key);
      if (known) known.bits |= bit;
      else {
        known = { phrases: undefined, words: undefined, bits: bit, wordId: 0, startCases: 0 };
        map.set(key, known);
      }
      return known;
    };
    // the trie again, each later word by its id
    const toWords = (node: TrieNode): WordNode => {
      const words: WordNode = { entries: node.entries, next: new Map() };
      for (const [key, next] of node.next) {
        const word = add(key, PHRASE_WORD);
        if (word.wordId === 0) word.wordId = ++laterWords;
        words.next.set(word.wordId, toWords(next));
      }
      return words;
    };
    let laterWords = 0;
    for (const [key, node] of lex.phrases.next) {
      const word = add(key, 0);
      word.phrases = node;
      word.words = toWords(node);
      word.startCases = caseRulesOf(node);
    }
    for (const key of STARTERS) add(key, STARTER);
    for (const key of PARTICLES) add(key, PARTICLE);
    for (const key of REFERENCE_STARTS) add(key, REFERENCE);
    for (const key of lex.notNames) add(key, NOT_NAME);
    for (const key of lex.surnames.keys()) add(key, SURNAME);
    for (const key of lex.descriptions.keys()) add(key, DESCRIPTION_WORD);
    for (const key of lex.descriptionStarts) add(key, DESCRIPTION_WORD);
    index = {
      map,
      forms: new Uint32Array(1 << 16),
      formPhrases: new Int32Array(1 << 16),
      phraseStarts: [],
      formKeys: new Map(),
    };
    classIndexes.set(lex, index);
  }
  return index;
}

export function classifyTokens(tokens: readonly Token[], lex: ActorLexicon): TokenClasses {
  const index = classIndexOf(lex);
  const n = tokens.length;
  // made at their length: arrays grown by `push` leave their smaller copies behind as garbage
  const keys: string[] = new Array(n);
  const classes: number[] = new Array(n);
  const phraseStarts: number[] = [];
  const phrases: PhraseStart[] = [];
  let forms = index.forms;
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    const form = t.form;
    let bits = form >= 0 && form < forms.length ? (forms[form] as number) : 0;
    if (bits === 0 && form >= 0) {
      rememberForm(index, form, classifyWord(t.lower, t.text, index), t.lower);
      forms = index.forms;
      bits = forms[form] as number;
    }
    // a token with no form id is classified anew, its word id looked up by its key
    const formless = bits === 0;
    if (formless) bits = classifyWord(t.lower, t.text, index);
    let key = t.lower;
    if (bits & OWN_KEY) key = (form >= 0 ? index.formKeys.get(form) : undefined) ?? keyOfLower(key);
    keys[k] = key;
    if (formless && bits & PHRASE_WORD) bits |= (index.map.get(key)?.wordId ?? 0) << WORD_ID_SHIFT;
    // the tag is read here, where the token is at hand, so that no later step reads the token for it
    const pos = t.pos;
    const tag = pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X' ? NAME_TAG : 0;
    classes[k] = (bits & ~FORM_ONLY) | tag;
    if (bits & PHRASE) {
      phraseStarts.push(k);
      const id = form >= 0 && form < index.formPhrases.length ? (index.formPhrases[form] as number) : 0;
      phrases.push((id > 0 ? index.phraseStarts[id - 1] : undefined) ?? phraseStartOf(index, key, bits));
    }
  }
  return { keys, classes, phraseStarts, phrases };
}

/** A word's classes as bits, KNOWN set. */
function classifyWord(lower: string, text: string, index: ClassIndex): number {
  const key = keyOfLower(lower);
  let bits = KNOWN;
  if (key !== lower) bits |= OWN_KEY;
  if (isCapitalised(text)) bits |= CAPITAL;
  if (startsWithLetter(text)) bits |= LETTER;
  if (isUpperCase(text)) bits |= UPPER;
  const found = index.map.get(key);
  if (found) bits |= found.bits | (found.phrases && mayOpenPhrase(found.startCases, bits) ? PHRASE : 0);
  if (isJoiner(text)) bits |= JOINER;
  if (text === '“' || text === '”' || text === '"') bits |= QUOTE_MARK;
  if (text === '-') bits |= HYPHEN;
  if (isNameShape(text)) bits |= NAME_SHAPE;
  return bits;
}

// The case rules of phrases (`PhraseEntry.caseRule`), as bits
const ANY_CASE = 1;
const CAPITAL_CASE = 2;
const TITLE_CASE = 4;
const UPPER_CASE = 8;

/** The case rules of the phrases under a trie node, as the bits above. */
function caseRulesOf(node: TrieNode): number {
  let rules = 0;
  for (const entry of node.entries ?? []) {
    if (entry.caseRule === 'any') rules |= ANY_CASE;
    else if (entry.caseRule === 'capital') rules |= CAPITAL_CASE;
    else if (entry.caseRule === 'title') rules |= TITLE_CASE;
    else rules |= UPPER_CASE;
  }
  for (const next of node.next.values()) rules |= caseRulesOf(next);
  return rules;
}

/**
 * Whether a word with the classes `bits` may open a phrase of one of the case rules `rules`: its first word passes
 * the phrase's case check (match-phrases' `passesCase`). "who" opens none of the phrases "WHO" opens, nor "to"
 * those of "To" (the commonest phrase start of all, as written): the phrase matcher never visits them.
 */
function mayOpenPhrase(rules: number, bits: number): boolean {
  if (rules & ANY_CASE) return true;
  if (rules & CAPITAL_CASE && bits & CAPITAL) return true;
  if (rules & TITLE_CASE && (!(bits & LETTER) || bits & CAPITAL)) return true;
  return (rules & UPPER_CASE) !== 0 && (bits & UPPER) !== 0;
}

/** The phrase start of a word with `key` and the classes `bits` (PHRASE set). */
function phraseStartOf(index: ClassIndex, key: string, bits: number): PhraseStart {
  const found = index.map.get(key) as WordClass;
  const node = found.phrases as TrieNode;
  // the one-word phrase's case check reads nothing but the word's own classes
  const single = node.entries && entriesPassingCase(node.entries, [bits & TOKEN_CLASSES], 0, 1);
  return { node, words: found.words as WordNode, single: single && single.length > 0 ? single : undefined };
}

function rememberForm(index: ClassIndex, form: number, bits: number, lower: string): void {
  if (form >= index.forms.length) {
    const length = sizeFor(form, index.forms.length);
    index.forms = grownTo(index.forms, length);
    index.formPhrases = grownTo(index.formPhrases, length);
  }
  const key = bits & OWN_KEY ? keyOfLower(lower) : lower;
  const id = bits & PHRASE_WORD ? (index.map.get(key)?.wordId ?? 0) : 0;
  index.forms[form] = bits | (id << WORD_ID_SHIFT);
  if (bits & OWN_KEY) index.formKeys.set(form, key);
  if (bits & PHRASE) {
    index.phraseStarts.push(phraseStartOf(index, key, bits));
    index.formPhrases[form] = index.phraseStarts.length;
  }
}
