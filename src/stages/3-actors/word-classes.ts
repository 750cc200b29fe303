// Token -> its lexicon key and the word classes the stage's steps test, each distinct word classified once per lexicon.
import { type ActorLexicon, keyOfLower } from '../../model/lexicons/actors.js';
import type { Token } from '../../model/text.js';
import { STARTERS } from './build-mentions.js';
import { isCapitalised } from './match-phrases.js';
import { REFERENCE_STARTS } from './resolve-references.js';

/** Per token, by index: every later step reads these arrays instead of asking sets about the word again. */
export interface TokenClasses {
  keys: string[];
  /** 1 where the token starts with a capital letter */
  caps: Uint8Array;
  /** 1 where the key starts a gazetteer phrase */
  phraseStarts: Uint8Array;
  /** 1 where the key is a determiner, modifier or honorific that may start a mention ("the", "senior", "mr") */
  starters: Uint8Array;
  /** 1 where the key may start a reference: "the" or a pronoun */
  references: Uint8Array;
}

const PHRASE_START = 1;
const STARTER = 2;
const REFERENCE = 4;

/** Every key in some class, with its classes as bits: one look-up per token answers all three questions. */
const classMaps = new WeakMap<ActorLexicon, Map<string, number>>();

function classMapOf(lex: ActorLexicon): Map<string, number> {
  let map = classMaps.get(lex);
  if (!map) {
    map = new Map();
    const add = (key: string, bit: number) => map?.set(key, (map.get(key) ?? 0) | bit);
    for (const key of lex.phrases.next.keys()) add(key, PHRASE_START);
    for (const key of STARTERS) add(key, STARTER);
    for (const key of REFERENCE_STARTS) add(key, REFERENCE);
    classMaps.set(lex, map);
  }
  return map;
}

export function classifyTokens(tokens: readonly Token[], lex: ActorLexicon): TokenClasses {
  const classMap = classMapOf(lex);
  const n = tokens.length;
  const classes: TokenClasses = {
    keys: new Array(n),
    caps: new Uint8Array(n),
    phraseStarts: new Uint8Array(n),
    starters: new Uint8Array(n),
    references: new Uint8Array(n),
  };
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    const key = keyOfLower(t.lower);
    classes.keys[k] = key;
    const bits = classMap.get(key);
    if (bits !== undefined) {
      if (bits & PHRASE_START) classes.phraseStarts[k] = 1;
      if (bits & STARTER) classes.starters[k] = 1;
      if (bits & REFERENCE) classes.references[k] = 1;
    }
    const c = t.text.charCodeAt(0);
    // isCapitalised, with the ASCII case read inline
    if (c < 128 ? c >= 65 && c <= 90 : isCapitalised(t.text)) classes.caps[k] = 1;
  }
  return classes;
}
