// Token -> its lexicon key and the word classes the stage's steps test, each word form classified once per lexicon.
import { type ActorLexicon, isJoiner, keyOfLower, type TrieNode } from '../../model/lexicons/actors.js';
import type { Token } from '../../model/text.js';
import { STARTERS } from './build-mentions.js';
import { isCapitalised, isUpperCase, startsWithLetter } from './match-phrases.js';
import { REFERENCE_STARTS } from './resolve-references.js';

/**
 * Per token, by index: every later step reads these arrays instead of asking sets about the word again (plain
 * arrays: typed arrays of an article's length live outside V8's heap and cost more to make).
 */
export interface TokenClasses {
  keys: string[];
  /** the token's classes, as the bits below: read with `hasClass` */
  classes: number[];
  /** where the key starts a gazetteer phrase: the phrase trie's node after that first word */
  phraseNodes: (TrieNode | undefined)[];
  /** the indices of the tokens that start a phrase, in order */
  phraseStarts: number[];
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
const TOKEN_CLASSES = 511;
// A word form's further bits, not the token's (`ClassIndex.forms`)
/** the form's key starts a gazetteer phrase */
const PHRASE = 512;
/** the form's key is not its lower-case text ("u.s." -> "us") */
const OWN_KEY = 1024;
/** the form was classified: a form whose bits are 0 has not been met yet */
const KNOWN = 2048;

/** Whether token i is in `kind` (one of the bits above); false past either end. */
export function hasClass(classes: readonly number[], i: number, kind: number): boolean {
  return ((classes[i] ?? 0) & kind) !== 0;
}

/** A key's classes: the trie node after it where it starts a phrase, and the other classes as bits. */
interface WordClass {
  phrases: TrieNode | undefined;
  bits: number;
}

/**
 * Every key in some class: one look-up per word form answers all the questions. Most words are in no class, and a
 * small bit set of the keys' hashes says so without touching the large map.
 */
interface ClassIndex {
  map: Map<string, WordClass>;
  /** FILTER_BITS bits: set at each key's hash */
  filter: Uint32Array;
  /**
   * By token form id (`Token.form`): the form's classes, worked out when it is first met. Two bytes per form, so
   * that the list stays small enough for the processor's caches (the large map, asked per token, missed them).
   */
  forms: Uint16Array;
  /** by form id, for the forms that start a phrase: the trie node after them (a small map, unlike the large one) */
  formPhrases: Map<number, TrieNode>;
}

const FILTER_BITS = 1 << 16;
/** Set in a `hashOf` result when the word has a letter `keyOf` may change: a dot, a dash or a non-ASCII letter. */
const NEEDS_KEY = FILTER_BITS;
const classIndexes = new WeakMap<ActorLexicon, ClassIndex>();

function classIndexOf(lex: ActorLexicon): ClassIndex {
  let index = classIndexes.get(lex);
  if (!index) {
    const map = new Map<string, WordClass>();
    for (const [key, node] of lex.phrases.next) map.set(key, { phrases: node, bits: 0 });
    const add = (key: string, bit: number) => {
      const known = map.get(key);
      if (known) known.bits |= bit;
      else map.set(key, { phrases: undefined, bits: bit });
    };
    for (const key of STARTERS) add(key, STARTER);
    for (const key of REFERENCE_STARTS) add(key, REFERENCE);
    for (const key of lex.notNames) add(key, NOT_NAME);
    for (const key of lex.surnames.keys()) add(key, SURNAME);
    const addLaterWords = (node: TrieNode) => {
      for (const [key, next] of node.next) {
        add(key, PHRASE_WORD);
        addLaterWords(next);
      }
    };
    for (const first of lex.phrases.next.values()) addLaterWords(first);
    const filter = new Uint32Array(FILTER_BITS / 32);
    for (const key of map.keys()) {
      const h = hashOf(key) & (FILTER_BITS - 1);
      filter[h >>> 5] = (filter[h >>> 5] ?? 0) | (1 << (h & 31));
    }
    index = { map, filter, forms: new Uint16Array(1 << 16), formPhrases: new Map() };
    classIndexes.set(lex, index);
  }
  return index;
}

/**
 * A hash of the word's letters, FILTER_BITS wide, with NEEDS_KEY added when `keyOf` may change the word: one pass
 * over the letters tells both (a plain lower-case ASCII word, most of them, is its own key).
 */
function hashOf(word: string): number {
  let h = word.length;
  let needsKey = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || c === 46 || c === 45) needsKey = NEEDS_KEY;
    h = Math.imul(h ^ c, 0x5bd1e995);
  }
  return ((h ^ (h >>> 15)) & (FILTER_BITS - 1)) | needsKey;
}

export function classifyTokens(tokens: readonly Token[], lex: ActorLexicon): TokenClasses {
  const index = classIndexOf(lex);
  const n = tokens.length;
  const keys: string[] = [];
  const classes: number[] = [];
  const phraseNodes: (TrieNode | undefined)[] = new Array(n);
  const phraseStarts: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    const form = t.form;
    let bits = form >= 0 && form < index.forms.length ? (index.forms[form] as number) : 0;
    if (bits === 0) {
      bits = classifyWord(t.lower, t.text, index);
      if (form >= 0) rememberForm(index, form, bits, t.lower);
    }
    const key = bits & OWN_KEY ? keyOfLower(t.lower) : t.lower;
    keys.push(key);
    classes.push(bits & TOKEN_CLASSES);
    if (bits & PHRASE) {
      phraseNodes[k] = form >= 0 ? index.formPhrases.get(form) : index.map.get(key)?.phrases;
      phraseStarts.push(k);
    }
  }
  return { keys, classes, phraseNodes, phraseStarts };
}

/** A word's classes as bits, KNOWN set. */
function classifyWord(lower: string, text: string, index: ClassIndex): number {
  let key = lower;
  let h = hashOf(key);
  let bits = KNOWN;
  if (h & NEEDS_KEY) {
    key = keyOfLower(key);
    h = hashOf(key);
    if (key !== lower) bits |= OWN_KEY;
  }
  h &= FILTER_BITS - 1;
  const found = ((index.filter[h >>> 5] as number) >>> (h & 31)) & 1 ? index.map.get(key) : undefined;
  if (found) bits |= found.bits | (found.phrases ? PHRASE : 0);
  if (isCapitalised(text)) bits |= CAPITAL;
  if (startsWithLetter(text)) bits |= LETTER;
  if (isUpperCase(text)) bits |= UPPER;
  if (isJoiner(text)) bits |= JOINER;
  return bits;
}

function rememberForm(index: ClassIndex, form: number, bits: number, lower: string): void {
  if (form >= index.forms.length) {
    const grown = new Uint16Array(Math.max(form + 1, 2 * index.forms.length));
    grown.set(index.forms);
    index.forms = grown;
  }
  index.forms[form] = bits;
  if (bits & PHRASE) {
    const node = index.map.get(bits & OWN_KEY ? keyOfLower(lower) : lower)?.phrases;
    if (node) index.formPhrases.set(form, node);
  }
}
