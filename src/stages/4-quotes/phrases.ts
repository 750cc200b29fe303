// Tokens -> noun phrases around a cue: the subject before it, the speaker after it, apposition and titles.
import type { Token } from '../../model/text.js';

/** A run of tokens [first, last] (inclusive indices into the token array). */
export interface TokenRun {
  first: number;
  last: number;
  /** "its representative in Dhaka" before ", Lucia Fernandes": the words that say whom the speaker speaks for */
  role?: TokenRun;
  /** "Chris Christie, who say": the relative pronoun, the speaker's nearest mention */
  via?: number;
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);
const SUBJECT_PRONOUNS = new Set([
  'i',
  'he',
  'she',
  'we',
  'they',
  'it',
  'you',
  'who',
  'one',
  'both',
  'others',
  'many',
  'some',
  'all',
]);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// "a spokesperson for the ministry", "Secretary of State": prepositions inside a noun phrase
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'NUM']);
const ARTICLES = new Set(['the', 'a', 'an']);

export function isSubjectPronoun(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.lower);
}

export function isObjectPronoun(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PRON' && OBJECT_PRONOUNS.has(token.lower);
}

function isNpToken(token: Token | undefined): boolean {
  if (!token) return false;
  if (NP_POS.has(token.pos)) return true;
  // "press secretary Josh Earnest": a capitalised word the tagger read as a verb is part of a name
  if (token.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(token.text)) return true;
  if (token.pos === 'PRON' && POSSESSIVES.has(token.lower)) return true;
  // "Russia's foreign minister", "the U.S.-led coalition", "AT&T"
  return token.lower === "'s" || token.lower === '’s' || token.text === '-' || token.text === '&';
}

/**
 * The noun phrase that ends at token `last` (going left, at most `limit` tokens, never before `floor`).
 * "the African Union Commissioner for Political Affairs" <- Affairs
 */
export function nounPhraseEndingAt(
  tokens: readonly Token[],
  last: number,
  floor: number,
  limit = 14,
): TokenRun | null {
  const head = tokens[last];
  if (!head || !(HEAD_POS.has(head.pos) || (head.pos === 'PRON' && SUBJECT_PRONOUNS.has(head.lower))))
    return null;
  if (head.pos === 'PRON') return { first: last, last };
  let first = last;
  for (let j = last - 1; j >= floor && last - j < limit; j--) {
    const token = tokens[j] as Token;
    const after = tokens[j + 1] as Token;
    // "a spokesperson for the agency": a determiner opens the phrase unless a preposition joins it on
    if (tokens[first]?.pos === 'DET' && !NP_PREPOSITIONS.has(token.lower)) break;
    if (isNpToken(token)) {
      first = j;
      continue;
    }
    // "the soft-spoken, 64-year-old mayor": a comma between two adjectives
    if (
      token.text === ',' &&
      tokens[j - 1]?.pos === 'ADJ' &&
      (after.pos === 'ADJ' || after.pos === 'NUM') &&
      j > floor
    ) {
      first = j;
      continue;
    }
    // "Opposition lawmakers in Lima said": a place name after "in" belongs to the people before it
    const placed = token.lower === 'in' && after.pos === 'PROPN';
    if (
      token.pos === 'ADP' &&
      (NP_PREPOSITIONS.has(token.lower) || placed) &&
      j > floor &&
      isNpToken(tokens[j - 1]) &&
      after.pos !== 'ADP'
    ) {
      first = j;
      continue;
    }
    break;
  }
  while (first < last && (tokens[first]?.pos === 'ADP' || tokens[first]?.text === '-')) first++;
  // "a decision opposition leaders called a power grab": "a" cannot govern a plural head, so the phrase after
  // its own noun is a new one (a relative clause without "that")
  if (isPlural(head) && (tokens[first]?.lower === 'a' || tokens[first]?.lower === 'an')) {
    let k = first + 1;
    while (k < last && tokens[k]?.pos === 'ADJ') k++;
    const next = tokens[k + 1];
    if (
      k < last &&
      tokens[k]?.pos === 'NOUN' &&
      next &&
      (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
    )
      first = k + 1;
  }
  return { first, last };
}

/** A common noun in -s that is no singular in -ss, -us or -is: "leaders", not "press", "virus", "crisis". */
function isPlural(token: Token): boolean {
  return token.pos === 'NOUN' && /[^sui]s$/.test(token.lower);
}

/**
 * The noun phrase that starts at token `first` (going right, never past `ceiling`, exclusive).
 * "said the minister" -> the minister; "said Hugh Hill, a doctor" -> Hugh Hill
 */
export function nounPhraseStartingAt(
  tokens: readonly Token[],
  first: number,
  ceiling: number,
  limit = 12,
): TokenRun | null {
  const start = tokens[first];
  if (!start) return null;
  if (start.pos === 'PRON' && !POSSESSIVES.has(start.lower)) return { first, last: first };
  let last = -1;
  for (let j = first; j < ceiling && j - first < limit; j++) {
    const token = tokens[j] as Token;
    if (isNpToken(token) && !(token.pos === 'DET' && j > first)) {
      if (HEAD_POS.has(token.pos)) last = j;
      continue;
    }
    if (token.pos === 'ADP' && NP_PREPOSITIONS.has(token.lower) && last === j - 1 && last >= 0) continue;
    break;
  }
  return last >= first ? { first, last } : null;
}

/** "Amara Diallo the African Union Commissioner": the name run before an appositive determiner. */
export function nameBeforeApposition(
  tokens: readonly Token[],
  run: TokenRun,
  floor: number,
): TokenRun | null {
  const det = tokens[run.first];
  if (det?.pos !== 'DET') return null;
  let first = run.first;
  for (let j = run.first - 1; j >= floor && tokens[j]?.pos === 'PROPN'; j--) first = j;
  return first < run.first ? { first, last: run.first - 1 } : null;
}

/** The proper-name part of a run: its tokens after a leading determiner and titles ("Foreign Minister Wang Yi" -> Wang Yi). */
export function nameOf(
  tokens: readonly Token[],
  run: TokenRun,
  titles: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
): TokenRun {
  let first = run.first;
  // "the minister" -> minister, but "those surveyed" keeps its determiner
  if (ARTICLES.has(tokens[first]?.lower ?? '') && first < run.last) first++;
  const rest = tokens.slice(first, run.last + 1);
  // "harbour spokesman Josh Earnest" -> Josh Earnest: two or more capitalised words that end the
  // phrase after lower-case ones, none of them a title or a body ("Foreign Ministry")
  let tail = run.last;
  while (tail > first && /^\p{Lu}/u.test(tokens[tail - 1]?.text ?? '')) tail--;
  const tailWords = tokens.slice(tail, run.last + 1);
  const nameTail =
    tail > first &&
    tailWords.length >= 2 &&
    tailWords.every((t) => /^\p{Lu}/u.test(t.text) && !titles.has(t.lower) && !bodies.has(t.lower)) &&
    !/^\p{Lu}/u.test(tokens[tail - 1]?.text ?? '') &&
    // "Farmers in Mato Grosso": the names after "in" are a place; "diplomats at the United Nations": after "at",
    // where they serve
    tokens[tail - 1]?.lower !== 'in' &&
    tokens[tail - 1]?.lower !== 'at' &&
    !(tokens[tail - 1]?.pos === 'DET' && tokens[tail - 2]?.lower === 'at');
  if (nameTail) return { first: tail, last: run.last };
  const allProper = rest.every((t) => t.pos === 'PROPN' || titles.has(t.lower) || t.text === '.');
  if (!allProper || rest.some((t) => bodies.has(t.lower))) return { first, last: run.last };
  let named = first;
  while (named < run.last && titles.has(tokens[named]?.lower ?? '')) named++;
  return { first: named, last: run.last };
}
