// Tokens + stance lexicon -> per token the word classes stage 6 tests (cue openers, clause breaks, negators, …),
// each word form classified once per lexicon.
import type { CueItem, ReactionLexicon, StanceCue } from '../../model/lexicons/reactions.js';
import type { Token } from '../../model/text.js';

/**
 * Per token, by index: the classes of its lower-case form and of its lemma, as the bits below. The steps read this
 * array instead of asking sets about the token's words: each token object and each of its strings is a likely cache
 * miss by the time this stage runs, and most tokens are in no class at all.
 */
export type TokenClasses = Uint32Array;

// The classes of the token's lower-case form (its text decides them: one form id, one set of bits).
/** the form opens a cue (a key of `cuesByWord`) */
export const OPENS = 1 << 1;
/** the form is a word that screens some opener's cues (`followingWords`) */
export const FOLLOWS = 1 << 2;
/** the form starts with a prefix of some prefix cue's first item ("flagrant*") */
export const PREFIX = 1 << 3;
/** a quotation mark a cue phrase skips: " “ ” ‘ ’ */
export const QUOTE = 1 << 4;
/** a mark no gap of a cue crosses: . ; : ? ! */
export const GAP_STOP = 1 << 5;
/** a clause mark (`clauseBreakPunct`) */
export const BREAK_PUNCT = 1 << 6;
/** a clause word (`clauseBreakWords`) */
export const BREAK_WORD = 1 << 7;
/** a word opening a conditional clause (`conditionals`) */
export const CONDITIONAL = 1 << 8;
/** a modal of the future or of possibility: "will", "would", "could" */
export const MODAL = 1 << 9;
/** a negator (`negators`) */
export const NEGATOR = 1 << 10;
/** a negative verb (`negativeVerbs`) */
export const NEGATIVE_VERB = 1 << 11;
/** a verb of refusal (`refusalVerbs`) */
export const REFUSAL_VERB = 1 << 12;
/** a hedge (`hedges`) */
export const HEDGE = 1 << 13;
/** an intensifier (`intensifiers`) */
export const INTENSIFIER = 1 << 14;
/** an appeal word (`appealWords`) */
export const APPEAL = 1 << 15;

// The classes of the token's lemma: the same classes, shifted by LEMMA_SHIFT.
export const LEMMA_SHIFT = 16;
/** the lemma is the lower-case form (a bit no form class uses, in the lemma's half) */
export const SAME = 1 << (LEMMA_SHIFT + 4);
export const OPENS_BY_LEMMA = OPENS << LEMMA_SHIFT;
export const FOLLOWS_BY_LEMMA = FOLLOWS << LEMMA_SHIFT;
export const NEGATOR_BY_LEMMA = NEGATOR << LEMMA_SHIFT;
export const NEGATIVE_VERB_BY_LEMMA = NEGATIVE_VERB << LEMMA_SHIFT;
export const REFUSAL_VERB_BY_LEMMA = REFUSAL_VERB << LEMMA_SHIFT;
export const HEDGE_BY_LEMMA = HEDGE << LEMMA_SHIFT;
export const INTENSIFIER_BY_LEMMA = INTENSIFIER << LEMMA_SHIFT;
export const APPEAL_BY_LEMMA = APPEAL << LEMMA_SHIFT;

/** Set in every classified form's and lemma's bits: 0 means "not met yet". */
const KNOWN = 1;
const NEGATION = NEGATOR | NEGATIVE_VERB | REFUSAL_VERB;
const MODALS = new Set(['will', 'would', "'ll", 'could', 'might', 'may']);
const QUOTE_MARKS = '"“”‘’';
const GAP_STOPS = '.;:?!';

/**
 * The words of each class, and what was worked out per word form so far. The sets are asked once per form (and
 * once per form's lemma); the forms' bits, read per token, sit in arrays small enough for the processor's caches.
 */
interface WordIndex {
  opening: ReadonlySet<string>;
  following: ReadonlySet<string>;
  prefixes: readonly string[];
  /** every class a form can be in by its lower-case form, but the cue and mark classes */
  lists: readonly (readonly [ReadonlySet<string>, number])[];
  /** the classes a lemma can be in, by the lemma */
  lemmaLists: readonly (readonly [ReadonlySet<string>, number])[];
  /** by form id (`Token.form`): the form's bits, 0 until the form is met; two bytes per form */
  forms: Uint16Array;
  /** by form id: the lemma last seen with the form, and its bits (not shifted; 0 until one is met) */
  lemmas: (string | undefined)[];
  lemmaBits: Uint16Array;
}

const indexes = new WeakMap<ReactionLexicon, WordIndex>();

function indexOf(lexicon: ReactionLexicon): WordIndex {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    const m = lexicon.modifiers;
    const following = new Set<string>();
    for (const cues of lexicon.cuesByWord.values())
      for (const cue of cues) for (const word of followingWords(cue)?.words ?? []) following.add(word);
    const prefixes: string[] = [];
    for (const cue of lexicon.prefixCues) prefixes.push(...(cue.items[0] as CueItem).prefixes);
    const lemmaLists = [
      [m.negators, NEGATOR],
      [m.negativeVerbs, NEGATIVE_VERB],
      [m.refusalVerbs, REFUSAL_VERB],
      [m.hedges, HEDGE],
      [m.intensifiers, INTENSIFIER],
      [m.appealWords, APPEAL],
    ] as const;
    index = {
      opening: new Set(lexicon.cuesByWord.keys()),
      following,
      prefixes,
      lists: [
        ...lemmaLists,
        [m.clauseBreakPunct, BREAK_PUNCT],
        [m.clauseBreakWords, BREAK_WORD],
        [m.conditionals, CONDITIONAL],
        [MODALS, MODAL],
      ],
      lemmaLists,
      forms: new Uint16Array(1 << 16),
      lemmas: new Array<string | undefined>(1 << 16).fill(undefined),
      lemmaBits: new Uint16Array(1 << 16),
    };
    indexes.set(lexicon, index);
  }
  return index;
}

/** The classes of every token of an article, by token index. */
export function classifyTokens(tokens: readonly Token[], lexicon: ReactionLexicon): TokenClasses {
  const index = indexOf(lexicon);
  const n = tokens.length;
  const classes = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const token = tokens[k] as Token;
    const form = token.form;
    if (form < 0) {
      classes[k] = formBitsOf(token.lower, token.text, index) | (lemmaBitsOf(token.lemma, token.lower, index) << LEMMA_SHIFT);
      continue;
    }
    if (form >= index.forms.length) grow(index, form);
    let own = index.forms[form] as number;
    if (own === 0) {
      own = formBitsOf(token.lower, token.text, index);
      index.forms[form] = own;
    }
    // A form's lemma depends on its part of speech, and differs at times ("'s" is "be" or "have"): the lemma last
    // seen with the form is kept, and most tokens have the same (the text stage hands them one string).
    const lemma = token.lemma;
    let theirs = index.lemmaBits[form] as number;
    if (theirs === 0 || index.lemmas[form] !== lemma) {
      theirs = lemmaBitsOf(lemma, token.lower, index);
      index.lemmas[form] = lemma;
      index.lemmaBits[form] = theirs;
    }
    classes[k] = own | (theirs << LEMMA_SHIFT);
  }
  return classes;
}

/** The bits of a lower-case form (`text` is the token's own, for the marks). */
function formBitsOf(lower: string, text: string, index: WordIndex): number {
  let bits = KNOWN;
  if (index.opening.has(lower)) bits |= OPENS;
  if (index.following.has(lower)) bits |= FOLLOWS;
  for (const prefix of index.prefixes) {
    if (lower.startsWith(prefix)) {
      bits |= PREFIX;
      break;
    }
  }
  if (text.length === 1 && QUOTE_MARKS.includes(text)) bits |= QUOTE;
  if (text.length === 1 && GAP_STOPS.includes(text)) bits |= GAP_STOP;
  for (const [words, bit] of index.lists) if (words.has(lower)) bits |= bit;
  return bits;
}

/** The bits of a lemma, not shifted: SAME is set when shifted. */
function lemmaBitsOf(lemma: string, lower: string, index: WordIndex): number {
  let bits = KNOWN;
  if (lemma === lower) bits |= SAME >>> LEMMA_SHIFT;
  if (index.opening.has(lemma)) bits |= OPENS;
  if (index.following.has(lemma)) bits |= FOLLOWS;
  for (const [words, bit] of index.lemmaLists) if (words.has(lemma)) bits |= bit;
  return bits;
}

function grow(index: WordIndex, form: number): void {
  const size = Math.max(form + 1, 2 * index.forms.length);
  const forms = new Uint16Array(size);
  forms.set(index.forms);
  index.forms = forms;
  const lemmaBits = new Uint16Array(size);
  lemmaBits.set(index.lemmaBits);
  index.lemmaBits = lemmaBits;
  while (index.lemmas.length < size) index.lemmas.push(undefined);
}

/** Whether the token's lower-case form or its lemma is in `kind` (a class of the form's bits). */
export function isWordIn(classes: TokenClasses, i: number, kind: number): boolean {
  return (((classes[i] ?? 0) | ((classes[i] ?? 0) >>> LEMMA_SHIFT)) & kind) !== 0;
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
