// Tokens + stance lexicon -> every cue match (token range, stance, cue), longest matches kept.
import type { CueItem, ReactionLexicon, StanceCue } from '../../model/lexicons/reactions.js';
import type { Stance } from '../../model/reaction.js';
import type { Sentence, Token } from '../../model/text.js';

export interface CueHit {
  stance: Stance;
  cue: StanceCue;
  /** first and last token index (inclusive) of the match */
  first: number;
  last: number;
  sentence: number;
}

// A gap never crosses the end of a clause-like unit: "condemned; talks …" is two acts.
const GAP_STOPS = '.;:?!';
const QUOTE_MARKS = '"“”‘’';

/** Whether the token is one of the one-character marks in `marks`: no hashing, this runs on every step. */
function isOneOf(token: Token | undefined, marks: string): boolean {
  return token !== undefined && token.text.length === 1 && marks.includes(token.text);
}

/** Finds every cue of the lexicon in each sentence, in one pass over the tokens. */
export function matchCues(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicon: ReactionLexicon,
): CueHit[] {
  const hits: CueHit[] = [];
  const { cuesByWord, prefixCues } = lexicon;
  const heads = prefixHeads(prefixCues);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    const end = sentence.tokenEnd;
    for (let i = sentence.tokenStart; i < end; i++) {
      const token = tokens[i];
      if (!token) continue;
      // The cues under the lemma, then those under the lower-case form, then the prefix cues, each tried once
      // (a cue's first item holds each word once); no per-token allocation, this runs for every token.
      const byLemma = cuesByWord.get(token.lemma);
      const byLower = token.lower === token.lemma ? undefined : cuesByWord.get(token.lower);
      if (byLemma) for (const cue of byLemma) tryCue(cue, tokens, i, end, index, hits);
      if (byLower) {
        for (const cue of byLower) if (!byLemma?.includes(cue)) tryCue(cue, tokens, i, end, index, hits);
      }
      // A cue's first item is a required word (the loader checks it): a prefix cue not listed under the
      // token's words can only start on a token with one of its prefixes.
      if (heads !== null && !heads.includes(token.lower.charAt(0))) continue;
      for (const cue of prefixCues) {
        if (!startsWithAny(token.lower, (cue.items[0] as CueItem).prefixes)) continue;
        if (byLemma?.includes(cue) || byLower?.includes(cue)) continue;
        tryCue(cue, tokens, i, end, index, hits);
      }
    }
  }
  return keepLongest(hits);
}

const headsOf = new WeakMap<readonly StanceCue[], string | null>();

/**
 * The first letters of the prefix cues' first prefixes ("fd" for "flagrant*", "de-escalat*"), found once
 * per lexicon; null when a prefix is empty and so fits every word.
 */
function prefixHeads(prefixCues: readonly StanceCue[]): string | null {
  let heads = headsOf.get(prefixCues);
  if (heads === undefined) {
    heads = '';
    for (const cue of prefixCues) {
      for (const prefix of (cue.items[0] as CueItem).prefixes) {
        if (prefix === '') heads = null;
        if (heads !== null) heads += prefix.charAt(0);
      }
    }
    headsOf.set(prefixCues, heads);
  }
  return heads;
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

/** Records the match of one cue starting at token i, if it matches (token i holds a word or prefix of its first item). */
function tryCue(
  cue: StanceCue,
  tokens: readonly Token[],
  i: number,
  end: number,
  sentence: number,
  hits: CueHit[],
): void {
  // The cue was found under one of its first item's words or prefixes: unless that item asks for a part of
  // speech, token i fills it, and the match goes on from the next item.
  const first = cue.items[0] as CueItem;
  const last =
    first.posOf.size === 0
      ? matchItems(cue.items, 1, tokens, i + 1, end)
      : matchItems(cue.items, 0, tokens, i, end);
  if (last >= i) hits.push({ stance: cue.stance, cue, first: i, last, sentence });
}

/** Matches items[k..] from token i; returns the last token matched, or -1 (shortest gaps first). */
function matchItems(
  items: readonly CueItem[],
  k: number,
  tokens: readonly Token[],
  i: number,
  end: number,
): number {
  if (k === items.length) return i - 1;
  const item = items[k] as CueItem;
  if (item.gap !== undefined) {
    for (let g = 0; g <= item.gap && i + g < end; g++) {
      if (g > 0 && isOneOf(tokens[i + g - 1], GAP_STOPS)) break;
      const last = matchItems(items, k + 1, tokens, i + g, end);
      if (last >= 0) return last;
    }
    return -1;
  }
  const token = tokens[i];
  // Quotation marks inside a phrase do not break it: take “all necessary measures” to protect.
  if (k > 0 && i < end && isOneOf(token, QUOTE_MARKS)) {
    return matchItems(items, k, tokens, i + 1, end);
  }
  const fits = i < end && token !== undefined && fillsItem(item, token);
  if (fits) {
    const last = matchItems(items, k + 1, tokens, i + 1, end);
    if (last >= 0) return last;
  }
  return item.optional ? matchItems(items, k + 1, tokens, i, end) : -1;
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
