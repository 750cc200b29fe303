// Tokens -> gazetteer phrase matches: longest match over the phrase trie, capitalisation checked, no overlaps.
import type { TextDoc } from '../../model/doc.js';
import type { PhraseEntry } from '../../model/lexicons/actors.js';
import type { Sentence } from '../../model/text.js';
import type { PhraseUnits } from './build-mentions.js';
import {
  CAPITAL,
  hasClass,
  JOINER,
  LETTER,
  PHRASE_WORD,
  type PhraseStart,
  type TokenClasses,
  UPPER,
  type WordNode,
  wordIdOf,
} from './word-classes.js';

export interface PhraseMatch {
  /** token indices, end exclusive */
  start: number;
  end: number;
  /** the entries that passed the capitalisation check, in lexicon order */
  entries: PhraseEntry[];
  /**
   * what the phrase is to the mention builder, worked out when it first asks (`unitAt`); a field of every match
   * from the start (one shape), where a list per token to keep them in would be as long as the article
   */
  units: PhraseUnits | undefined;
}

/** Finds every phrase, left to right, longest first; a longer phrase hides the names nested in it. */
export function matchPhrases(doc: TextDoc, classes: TokenClasses): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const sentences = doc.sentences;
  // Most words start no phrase: only the words that do are visited, each with its sentence.
  let s = 0;
  let free = 0;
  const { phraseStarts, phrases } = classes;
  for (let p = 0; p < phraseStarts.length; p++) {
    const i = phraseStarts[p] as number;
    if (i < free) continue;
    while (s < sentences.length && (sentences[s] as Sentence).tokenEnd <= i) s++;
    const sentence = sentences[s];
    if (!sentence || i < sentence.tokenStart) continue;
    const found = longestAt(classes, i, sentence.tokenEnd, phrases[p] as PhraseStart);
    if (found) {
      matches.push(found);
      free = found.end;
    }
  }
  return matches;
}

/** The longest phrase at `start`, from its first word's phrase start. */
function longestAt(
  classes: TokenClasses,
  start: number,
  limit: number,
  first: PhraseStart,
): PhraseMatch | null {
  let j = start + 1;
  let best: PhraseMatch | null = first.single
    ? { start, end: j, entries: first.single, units: undefined }
    : null;
  // Most phrase starts are followed by no later word of a phrase: the trie is not read then.
  if (j >= limit || !hasClass(classes.classes, j, JOINER | PHRASE_WORD)) return best;
  let words: WordNode | undefined = first.words;
  while (words && j < limit) {
    // "Asia-Pacific", "Secretary-General": the dash between two words is not part of the key.
    if (hasClass(classes.classes, j, JOINER)) {
      j++;
      continue;
    }
    // Most words after a phrase's first word are in no phrase past its first word: no look-up.
    if (!hasClass(classes.classes, j, PHRASE_WORD)) break;
    // the next word by its id, not its key (the same trie node: `WordNode`)
    words = words.next.get(wordIdOf(classes.classes, j));
    j++;
    if (words?.entries) {
      const entries = entriesPassingCase(words.entries, classes.classes, start, j);
      if (entries.length > 0) best = { start, end: j, entries, units: undefined };
    }
  }
  return best;
}

/** The entries whose capitalisation the words pass; the lexicon's own list when all do (it is only read). */
export function entriesPassingCase(
  entries: PhraseEntry[],
  classes: readonly number[],
  start: number,
  end: number,
): PhraseEntry[] {
  for (let k = 0; k < entries.length; k++) {
    if (!passesCase(entries[k] as PhraseEntry, classes, start, end)) {
      return entries.filter((e) => passesCase(e, classes, start, end));
    }
  }
  return entries;
}

/** "US" is the United States, "us" a pronoun; "Turkey" a state, "turkey" a bird. */
function passesCase(entry: PhraseEntry, classes: readonly number[], start: number, end: number): boolean {
  if (entry.caseRule === 'any') return true;
  if (entry.caseRule === 'capital') return hasClass(classes, start, CAPITAL);
  if (entry.caseRule === 'title') {
    for (let i = start; i < end; i++) {
      if (hasClass(classes, i, LETTER) && !hasClass(classes, i, CAPITAL)) return false;
    }
    return true;
  }
  for (let i = start; i < end; i++) {
    if (!hasClass(classes, i, UPPER)) return false;
  }
  return true;
}

/** `/^\p{L}/u`, with ASCII read without the expression. */
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** No lower-case letter: the text is its own upper case (ASCII read without building the upper-case copy). */
export function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
