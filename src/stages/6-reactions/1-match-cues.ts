// Tokens + stance lexicon -> every cue match (token range, stance, cue), longest matches kept.
import type { CueItem, ReactionLexicon, StanceCue } from '../../model/lexicons/reactions.js';
import type { Stance } from '../../model/reaction.js';
import type { Sentence, Token } from '../../model/text.js';
import {
  classifyTokens,
  FOLLOWS,
  FOLLOWS_BY_LEMMA,
  followingWords,
  GAP_STOP,
  ITEM,
  lemmaId,
  lowerId,
  OPENS,
  OPENS_BY_LEMMA,
  PREFIX,
  QUOTE,
  SAME,
  type TokenClasses,
  type TokenWords,
  type WordIds,
  wordIdsOf,
} from './word-classes.js';

export interface CueHit {
  stance: Stance;
  cue: StanceCue;
  /** first and last token index (inclusive) of the match */
  first: number;
  last: number;
  sentence: number;
}

/** Finds every cue of the lexicon in each sentence, in one pass over the tokens' classes. */
export function matchCues(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicon: ReactionLexicon,
  words: TokenWords = classifyTokens(tokens, lexicon),
): CueHit[] {
  const hits: CueHit[] = [];
  const { prefixCues } = lexicon;
  const openers = openersOf(lexicon);
  const { classes, opening } = words;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    const end = sentence.tokenEnd;
    for (let i = sentence.tokenStart; i < end; i++) {
      // Most tokens open no cue: their classes say so without reading the token.
      const bits = classes[i] as number;
      if ((bits & STARTS) === 0) continue;
      // The cues under the lemma, then those under the lower-case form, then the prefix cues, each tried once
      // (a cue's first item holds each word once).
      const ids = opening[i] as number;
      const byLemma = lemmaId(ids);
      const byLower = (bits & SAME) === 0 ? lowerId(ids) : 0;
      // most openers' cues all need one of a few words next ("to the", "in close", "a complete"): with no such
      // word next, they are passed over at once
      const followed = isFollowed(classes, i + 1, end);
      if (byLemma !== 0 && (followed || !needsNextWord(openers, byLemma)))
        tryOpener(openers, byLemma, 0, tokens, words, i, end, index, hits);
      if (byLower !== 0 && (followed || !needsNextWord(openers, byLower)))
        tryOpener(openers, byLower, byLemma, tokens, words, i, end, index, hits);
      // A cue's first item is a required word (the loader checks it): a prefix cue not listed under the
      // token's words can only start on a token with one of its prefixes.
      if ((bits & PREFIX) === 0) continue;
      const { lower } = tokens[i] as Token;
      const lemmaCues = openers.list[byLemma]?.cues;
      const lowerCues = openers.list[byLower]?.cues;
      for (const cue of prefixCues) {
        if (!startsWithAny(lower, (cue.items[0] as CueItem).prefixes)) continue;
        if (lemmaCues?.includes(cue) || lowerCues?.includes(cue)) continue;
        tryCue(cue, (cue.items[0] as CueItem).posOf.size === 0 ? 1 : 0, tokens, classes, i, end, index, hits);
      }
    }
  }
  return keepLongest(hits);
}

/** A token that may open a cue: by its lemma, by its lower-case form (when not the lemma) or by a prefix. */
const STARTS = OPENS | OPENS_BY_LEMMA | PREFIX;

/** Whether the first token from `from` on that is no quotation mark screens some opener's cues. */
function isFollowed(classes: TokenClasses, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const bits = classes[j] as number;
    if ((bits & QUOTE) === 0) return (bits & (FOLLOWS | FOLLOWS_BY_LEMMA)) !== 0;
  }
  return false;
}

/**
 * Whether every cue of the opener with opening id `id` is screened by the word right after it (no cue tried
 * whatever follows, none screened over a gap): then a next word that screens nothing allows none of them.
 */
function needsNextWord(openers: Openers, id: number): boolean {
  const at = HEAD_SLOTS * id;
  const { heads } = openers;
  return (
    heads[at + ALWAYS] === 0 &&
    (heads[at + COUNT] as number) <= SCREEN_BITS &&
    heads[at + NEAR_FROM] === heads[at + NEAR_TO]
  );
}

/**
 * The cues opened by one word, and which of them the words after it allow: "be" opens six cues and is
 * one word in six of news prose, but few words may come next in any of them ("… disproportionate",
 * "… in favour of", "… the time for"), and each allows its own. One lookup of the next token says which
 * cues can go on, without reading the cues themselves (cold in memory by the time this stage runs).
 * Cues with a gap ("will ~2 respond") are screened the same way over the tokens the gap may skip.
 */
interface Opener {
  cues: readonly StanceCue[];
  /** per cue: the item the match goes on from after the word (0 when the word's part of speech counts) */
  from: Uint8Array;
}

/**
 * Every opener by its opening id (`wordIdsOf`; none at 0), and the screens of all of them in two small arrays: an
 * opener none of whose cues the next words allow (most of them) is passed over without reading its object.
 */
interface Openers {
  list: readonly (Opener | undefined)[];
  /**
   * HEAD_SLOTS numbers per opening id: the cues tried whatever follows (as bits by index: a cue past the bits is
   * always tried), the number of cues, the words that may follow at once (a range of `screens`), the words of
   * which one must come within `reach` words (a range) and `reach`.
   */
  heads: Int32Array;
  /** pairs of a following id and the screened cues that word allows, as bits */
  screens: Int32Array;
}

const HEAD_SLOTS = 8;
const ALWAYS = 0;
const COUNT = 1;
const NEXT_FROM = 2;
const NEXT_TO = 3;
const NEAR_FROM = 4;
const NEAR_TO = 5;
const REACH = 6;

/** The cues the word with following id `id` allows in screens[from, to) (0 for the id 0 of no word). */
function allowedBy(screens: Int32Array, from: number, to: number, id: number): number {
  for (let at = from; at < to; at += 2) if (screens[at] === id) return screens[at + 1] as number;
  return 0;
}

/** Cues screened per opener, one bit each: no word opens more than a dozen. */
const SCREEN_BITS = 30;

const openersByLexicon = new WeakMap<ReactionLexicon, Openers>();

/** The lexicon's cues by opening word's id, with their screens: built once per lexicon. */
function openersOf(lexicon: ReactionLexicon): Openers {
  let found = openersByLexicon.get(lexicon);
  if (found === undefined) {
    const ids = wordIdsOf(lexicon);
    const list: (Opener | undefined)[] = [undefined];
    const heads = new Int32Array(HEAD_SLOTS * (ids.opening.size + 1));
    const screens: number[] = [];
    for (const [word, cues] of lexicon.cuesByWord) {
      const id = ids.opening.get(word) as number;
      list[id] = buildOpener(cues, ids, heads.subarray(HEAD_SLOTS * id, HEAD_SLOTS * (id + 1)), screens);
    }
    found = { list, heads, screens: Int32Array.from(screens) };
    openersByLexicon.set(lexicon, found);
  }
  return found;
}

/** The opener of `cues`; its screens are added to `screens` and its head written in `head`. */
function buildOpener(cues: readonly StanceCue[], ids: WordIds, head: Int32Array, screens: number[]): Opener {
  const next = new Map<number, number>();
  const near = new Map<number, number>();
  const from = new Uint8Array(cues.length);
  let always = 0;
  let reach = 0;
  cues.forEach((cue, c) => {
    from[c] = (cue.items[0] as CueItem).posOf.size === 0 ? 1 : 0;
    // A cue whose first item asks for a part of speech is matched from that item, which the token
    // fills or the match fails there: the words after it screen the cue all the same.
    const screen = c < SCREEN_BITS ? followingWords(cue) : null;
    if (screen === null) {
      if (c < SCREEN_BITS) always |= 1 << c;
      return;
    }
    const allows = screen.reach === 0 ? next : near;
    for (const word of screen.words) {
      const id = ids.following.get(word) as number;
      allows.set(id, (allows.get(id) ?? 0) | (1 << c));
    }
    reach = Math.max(reach, screen.reach);
  });
  head[ALWAYS] = always;
  head[COUNT] = cues.length;
  head[NEXT_FROM] = screens.length;
  for (const [id, bits] of next) screens.push(id, bits);
  head[NEXT_TO] = screens.length;
  head[NEAR_FROM] = screens.length;
  for (const [id, bits] of near) screens.push(id, bits);
  head[NEAR_TO] = screens.length;
  head[REACH] = reach;
  return { cues, from };
}

/**
 * Tries the cues opened by the word at token i (but those already tried under the token's other form,
 * `tried`), in lexicon order: those the following words allow, and those no words screen.
 */
function tryOpener(
  openers: Openers,
  id: number,
  triedId: number,
  tokens: readonly Token[],
  words: TokenWords,
  i: number,
  end: number,
  sentence: number,
  hits: CueHit[],
): void {
  const { heads, screens } = openers;
  const at = HEAD_SLOTS * id;
  let allowed = heads[at + ALWAYS] as number;
  const nextTo = heads[at + NEXT_TO] as number;
  const nearTo = heads[at + NEAR_TO] as number;
  // an empty screen is not read at all
  if (heads[at + NEXT_FROM] !== nextTo)
    allowed |= allowedWithin(screens, heads[at + NEXT_FROM] as number, nextTo, 0, words, i + 1, end);
  if (heads[at + NEAR_FROM] !== nearTo)
    allowed |= allowedWithin(
      screens,
      heads[at + NEAR_FROM] as number,
      nearTo,
      heads[at + REACH] as number,
      words,
      i + 1,
      end,
    );
  if (allowed === 0 && (heads[at + COUNT] as number) <= SCREEN_BITS) return;
  const opener = openers.list[id] as Opener;
  const tried = triedId === 0 ? undefined : openers.list[triedId]?.cues;
  const { classes } = words;
  const { cues } = opener;
  for (let c = 0; c < cues.length; c++) {
    if (c < SCREEN_BITS && (allowed & (1 << c)) === 0) continue;
    const cue = cues[c] as StanceCue;
    if (tried?.includes(cue)) continue;
    tryCue(cue, opener.from[c] as number, tokens, classes, i, end, sentence, hits);
  }
}

/**
 * The cues allowed by the words (by lemma or lower-case form; a part of speech only narrows them) of
 * the tokens from `from` on, up to `reach` words past the first, quotation marks not counted; only the tokens
 * that are some opener's following words are looked up, by their ids.
 */
function allowedWithin(
  screens: Int32Array,
  screenFrom: number,
  screenTo: number,
  reach: number,
  words: TokenWords,
  from: number,
  end: number,
): number {
  const { classes, following } = words;
  let allowed = 0;
  let counted = 0;
  for (let j = from; j < end && counted <= reach; j++) {
    const bits = classes[j] as number;
    if ((bits & QUOTE) !== 0) continue;
    if ((bits & FOLLOWS_BY_LEMMA) !== 0)
      allowed |= allowedBy(screens, screenFrom, screenTo, lemmaId(following[j] as number));
    if ((bits & FOLLOWS) !== 0 && (bits & SAME) === 0)
      allowed |= allowedBy(screens, screenFrom, screenTo, lowerId(following[j] as number));
    counted++;
  }
  return allowed;
}

/** Whether one token fills one pattern item (by lemma or lower-cased form, with its part of speech). */
export function fillsItem(item: CueItem, token: Token): boolean {
  if (fillsForm(item, token.lemma, token)) return true;
  // most tokens are their own lemma: the same form need not be looked up twice
  if (token.lower !== token.lemma && fillsForm(item, token.lower, token)) return true;
  return item.prefixes.length > 0 && startsWithAny(token.lower, item.prefixes);
}

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

function fillsForm(item: CueItem, form: string, token: Token): boolean {
  if (!item.words.has(form)) return false;
  const pos = item.posOf.size === 0 ? undefined : item.posOf.get(form);
  return !pos || pos === token.pos;
}

/**
 * Records the match of one cue starting at token i, if it matches (token i holds a word or prefix of its
 * first item): from item 1 on the next token, or from item 0 when the first item asks for a part of speech.
 */
function tryCue(
  cue: StanceCue,
  from: number,
  tokens: readonly Token[],
  classes: TokenClasses,
  i: number,
  end: number,
  sentence: number,
  hits: CueHit[],
): void {
  const last = matchItems(cue.items, from, tokens, classes, i + from, end);
  if (last >= i) hits.push({ stance: cue.stance, cue, first: i, last, sentence });
}

/** Matches items[k..] from token i; returns the last token matched, or -1 (shortest gaps first). */
function matchItems(
  items: readonly CueItem[],
  k: number,
  tokens: readonly Token[],
  classes: TokenClasses,
  i: number,
  end: number,
): number {
  if (k === items.length) return i - 1;
  const item = items[k] as CueItem;
  if (item.gap !== undefined) {
    for (let g = 0; g <= item.gap && i + g < end; g++) {
      if (g > 0 && ((classes[i + g - 1] ?? 0) & GAP_STOP) !== 0) break;
      const last = matchItems(items, k + 1, tokens, classes, i + g, end);
      if (last >= 0) return last;
    }
    return -1;
  }
  // Quotation marks inside a phrase do not break it: take “all necessary measures” to protect.
  if (k > 0 && i < end && ((classes[i] ?? 0) & QUOTE) !== 0) {
    return matchItems(items, k, tokens, classes, i + 1, end);
  }
  // most tokens fill no item of any cue: their classes say so without reading the token
  const token = tokens[i];
  const fits = i < end && ((classes[i] ?? 0) & ITEM) !== 0 && token !== undefined && fillsItem(item, token);
  if (fits) {
    const last = matchItems(items, k + 1, tokens, classes, i + 1, end);
    if (last >= 0) return last;
  }
  return item.optional ? matchItems(items, k + 1, tokens, classes, i, end) : -1;
}

/**
 * Drops a match lying inside a longer one ("concerned" inside "no reason to be concerned",
 * "supportive" inside "not supportive"), and a weaker duplicate of the same stance on the same words.
 * An appeal keeps what it spans: the appeal and its content are weighed later, clause by clause.
 * Only matches of one sentence are compared, and `hits` come sentence by sentence (as `matchCues` finds
 * them): each sentence is read on its own, so a long article costs no more per hit than a short one.
 */
export function keepLongest(hits: readonly CueHit[]): CueHit[] {
  const kept: CueHit[] = [];
  let from = 0;
  while (from < hits.length) {
    const sentence = (hits[from] as CueHit).sentence;
    let to = from + 1;
    while (to < hits.length && (hits[to] as CueHit).sentence === sentence) to++;
    for (let at = from; at < to; at++)
      if (!isInsideAnother(hits, at, from, to)) kept.push(hits[at] as CueHit);
    from = to;
  }
  return kept;
}

/** Whether hits[hitAt] lies inside another hit of hits[from..to), or duplicates a stronger or earlier one. */
function isInsideAnother(hits: readonly CueHit[], hitAt: number, from: number, to: number): boolean {
  const hit = hits[hitAt] as CueHit;
  for (let otherAt = from; otherAt < to; otherAt++) {
    const other = hits[otherAt] as CueHit;
    if (other === hit || other.first > hit.first || other.last < hit.last) continue;
    // "called for a negotiated solution to …": what an appeal spans is its content, read on its own.
    if (other.cue.flags.has('appeal') && other.stance !== hit.stance) continue;
    const otherLength = other.last - other.first;
    const length = hit.last - hit.first;
    if (otherLength > length) return true;
    if (
      otherLength === length &&
      other.stance === hit.stance &&
      (other.cue.strength > hit.cue.strength ||
        (other.cue.strength === hit.cue.strength && other.cue !== hit.cue && otherAt < hitAt))
    )
      return true;
  }
  return false;
}
