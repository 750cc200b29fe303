// Creates the one wink-nlp model object that the text stage uses.

import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Nlp, TokenColumns } from '../model/stage.js';

// Only what the text stage reads: sentence boundaries and POS (lemmas come with POS). Named entities,
// negation and sentiment are never read, and skipping them makes readDoc ~35% faster with the same
// tokens, tags, lemmas and sentences (checked on 500 articles; see docs/performance.md).
const PIPE = ['sbd', 'pos'];

// "Clinton's," before punctuation is one token to wink-nlp, and it then keeps the word in its cache as a
// lexeme, so that every later "Clinton's" stays one token where the first was "Clinton" + "'s": an
// article read after another was tokenised (and so tagged) differently, and worker threads disagreed.
const LEARNT_POSSESSIVE = /['’]s$/i;

interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}

interface Core {
  features?: { lexeme?: Lexemes; pos?: { list?: unknown } };
}

/**
 * wink-nlp's private record of a document: four numbers per token (lexeme id; contraction and spaces; POS and
 * lemma; flags) and [first, last, …] per sentence. Its layout is wink-nlp's own (src/constants.js), read only in
 * the version it was checked against (src/adapters/nlp.test.ts compares it with `out()`).
 */
interface DocData {
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
}

const CHECKED_VERSION = '2.4.0';
const TOKEN_SIZE = 4;
const BITS_FOR_LEMMA = 20;
const POS_MASK = 0x3f00000;
const LEMMA_MASK = 0xfffff;
// a contraction's part holds its expansion's normal form above the 16 bits of its preceding spaces
const CONTRACTION_ABOVE = 0xffff;

type PosSetter = (rdd: DocData, posTags: unknown, tkSize: number, bits4lemma: number) => void;

/**
 * wink-nlp with the possessives it learns forgotten after each document, so that an article reads the same
 * whatever was read before it. wink-nlp keeps its model, and so its lexeme cache, private: the model object
 * is caught as wink-nlp loads it. Without it (another wink-nlp version), the plain model is used.
 *
 * Each document's token data is caught too, as the model's POS setter fills it in: `columnsOf` then reads every
 * token's id, tag and contraction flag in one loop, where three `out()` calls cost ~4% of the text stage, and a
 * contraction's lemma where it is stored (`its.lemma` through `itemAt` cost ~1 µs a token, ~12 tokens an article
 * of news).
 */
export function createNlp(): Nlp {
  const loadCore = model.core;
  const loadPos = model.pos;
  let core: Core | undefined;
  // the document data of the last document read, while wink-nlp is the checked version
  let last: DocData | undefined;
  const rawReadable = winkVersion() === CHECKED_VERSION;
  model.core = function (this: unknown, ...args: unknown[]) {
    core = (loadCore as (...a: unknown[]) => typeof core).apply(this, args);
    return core;
  } as typeof model.core;
  model.pos = function (this: unknown, ...args: unknown[]) {
    const pos = (loadPos as (...a: unknown[]) => { setter?: PosSetter }).apply(this, args);
    const setter = pos?.setter;
    if (rawReadable && typeof setter === 'function') {
      pos.setter = (rdd, posTags, tkSize, bits4lemma) => {
        setter(rdd, posTags, tkSize, bits4lemma);
        last = tkSize === TOKEN_SIZE && bits4lemma === BITS_FOR_LEMMA ? rdd : undefined;
      };
    }
    return pos;
  } as typeof model.pos;
  let nlp: Nlp;
  try {
    nlp = winkNLP(model, PIPE) as unknown as Nlp;
  } finally {
    model.core = loadCore;
    model.pos = loadPos;
  }
  const lexemes = core?.features?.lexeme;
  if (!lexemes || typeof lexemes.hash !== 'object' || !Array.isArray(lexemes.list)) return nlp;
  const tagList = core?.features?.pos?.list;
  const tagNames = Array.isArray(tagList) && tagList.every((tag) => typeof tag === 'string') ? tagList : [];
  let checked = lexemes.list.length;
  const readDoc = nlp.readDoc.bind(nlp);
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp ships no precise types for documents
  let lastDoc: any;
  return {
    its: nlp.its,
    readDoc(text: string) {
      last = undefined;
      const doc = readDoc(text);
      lastDoc = doc;
      const { hash, list } = lexemes;
      for (let i = checked; i < list.length; i++) {
        const value = list[i] as string;
        if (LEARNT_POSSESSIVE.test(value) && hash[value] === i) delete hash[value];
      }
      checked = list.length;
      return doc;
    },
    columnsOf(doc: unknown): TokenColumns | undefined {
      if (doc !== lastDoc || !last) return undefined;
      return readColumns(last, tagNames, lexemes.list);
    },
  };
}

/** The document's columns from its token data, or undefined when the data is not laid out as expected. */
function readColumns(
  rdd: DocData,
  tagNames: readonly string[],
  values: readonly string[],
): TokenColumns | undefined {
  const data = rdd.tokens;
  const count = rdd.numOfTokens;
  if (!Array.isArray(data) || data.length !== count * TOKEN_SIZE || !Array.isArray(rdd.sentences)) {
    return undefined;
  }
  const ids: number[] = new Array(count);
  const tags: string[] = new Array(count);
  const contractions: (string | undefined)[] = new Array(count);
  for (let i = 0, at = 0; i < count; i++, at += TOKEN_SIZE) {
    ids[i] = data[at] as number;
    const posAndLemma = data[at + 2] as number;
    const tag = tagNames[(posAndLemma & POS_MASK) >>> BITS_FOR_LEMMA];
    if (tag === undefined) return undefined;
    tags[i] = tag;
    if ((data[at + 1] as number) <= CONTRACTION_ABOVE) {
      contractions[i] = undefined;
      continue;
    }
    // as `its.lemma` reads it: the lexeme the contraction's part stores beside its tag
    const lemma = values[posAndLemma & LEMMA_MASK];
    if (lemma === undefined) return undefined;
    contractions[i] = lemma;
  }
  return { ids, tags, contractions, sentences: rdd.sentences };
}

/** The installed wink-nlp's version, or '' when it cannot be read. */
function winkVersion(): string {
  try {
    const version = createRequire(import.meta.url)('wink-nlp/package.json').version;
    return typeof version === 'string' ? version : '';
  } catch {
    return '';
  }
}
