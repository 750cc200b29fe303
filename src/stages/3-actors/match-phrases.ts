// Tokens -> gazetteer phrase matches: longest match over the phrase trie, capitalisation checked, no overlaps.
import type { TextDoc } from '../../model/doc.js';
import { isJoiner, type PhraseEntry, type TrieNode } from '../../model/lexicons/actors.js';
import type { Token } from '../../model/text.js';
import { hasClass, PHRASE_WORD, type TokenClasses } from './word-classes.js';

export interface PhraseMatch {
  /** token indices, end exclusive */
  start: number;
  end: number;
  /** the entries that passed the capitalisation check, in lexicon order */
  entries: PhraseEntry[];
}

/** Finds every phrase, left to right, longest first; a longer phrase hides the names nested in it. */
export function matchPhrases(doc: TextDoc, classes: TokenClasses): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const { phraseNodes } = classes;
  for (const sentence of doc.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      // Most words start no phrase: one look-up and on.
      const first = phraseNodes[i];
      if (!first) {
        i++;
        continue;
      }
      const found = longestAt(doc.tokens, classes, i, sentence.tokenEnd, first);
      if (found) {
        matches.push(found);
        i = found.end;
      } else {
        i++;
      }
    }
  }
  return matches;
}

/** The longest phrase at `start`, from `first`, the trie node after its first word. */
function longestAt(
  tokens: readonly Token[],
  classes: TokenClasses,
  start: number,
  limit: number,
  first: TrieNode,
): PhraseMatch | null {
  let node: TrieNode | undefined = first;
  let best: PhraseMatch | null = null;
  let j = start + 1;
  if (first.entries) {
    const entries = passingCase(first.entries, tokens, start, j);
    if (entries.length > 0) best = { start, end: j, entries };
  }
  while (node && j < limit) {
    const token = tokens[j];
    if (!token) break;
    // "Asia-Pacific", "Secretary-General": the dash between two words is not part of the key.
    if (isJoiner(token.text)) {
      j++;
      continue;
    }
    // Most words after a phrase's first word are in no phrase past its first word: no look-up.
    if (!hasClass(classes.classes, j, PHRASE_WORD)) break;
    node = node.next.get(classes.keys[j] ?? '');
    j++;
    if (node?.entries) {
      const entries = passingCase(node.entries, tokens, start, j);
      if (entries.length > 0) best = { start, end: j, entries };
    }
  }
  return best;
}

/** The entries whose capitalisation the words pass; the lexicon's own list when all do (it is only read). */
function passingCase(
  entries: PhraseEntry[],
  tokens: readonly Token[],
  start: number,
  end: number,
): PhraseEntry[] {
  for (let k = 0; k < entries.length; k++) {
    if (!passesCase(entries[k] as PhraseEntry, tokens, start, end)) {
      return entries.filter((e) => passesCase(e, tokens, start, end));
    }
  }
  return entries;
}

/** "US" is the United States, "us" a pronoun; "Turkey" a state, "turkey" a bird. */
function passesCase(entry: PhraseEntry, tokens: readonly Token[], start: number, end: number): boolean {
  if (entry.caseRule === 'any') return true;
  const first = tokens[start]?.text ?? '';
  if (entry.caseRule === 'capital') return isCapitalised(first);
  if (entry.caseRule === 'title') {
    for (let i = start; i < end; i++) {
      const text = tokens[i]?.text ?? '';
      if (startsWithLetter(text) && !isCapitalised(text)) return false;
    }
    return true;
  }
  for (let i = start; i < end; i++) {
    if (!isUpperCase(tokens[i]?.text ?? '')) return false;
  }
  return true;
}

/** `/^\p{L}/u`, with ASCII read without the expression. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** No lower-case letter: the text is its own upper case (ASCII read without building the upper-case copy). */
function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}
