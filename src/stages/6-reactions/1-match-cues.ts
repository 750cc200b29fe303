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
const GAP_STOPS = new Set(['.', ';', ':', '?', '!']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’']);

/** Finds every cue of the lexicon in each sentence, in one pass over the tokens. */
export function matchCues(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicon: ReactionLexicon,
): CueHit[] {
  const hits: CueHit[] = [];
  sentences.forEach((sentence, index) => {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tokens[i];
      if (!token) continue;
      // The cues under the lemma, then those under the lower-case form, then the prefix cues, each tried once
      // (a cue's first item holds each word once); no per-token allocation, this runs for every token.
      const byLemma = lexicon.cuesByWord.get(token.lemma);
      const byLower = token.lower === token.lemma ? undefined : lexicon.cuesByWord.get(token.lower);
      const end = sentence.tokenEnd;
      if (byLemma) for (const cue of byLemma) tryCue(cue, tokens, i, end, index, hits);
      if (byLower) {
        for (const cue of byLower) if (!byLemma?.includes(cue)) tryCue(cue, tokens, i, end, index, hits);
      }
      for (const cue of lexicon.prefixCues) {
        if (byLemma?.includes(cue) || byLower?.includes(cue)) continue;
        tryCue(cue, tokens, i, end, index, hits);
      }
    }
  });
  return keepLongest(hits);
}

/** Whether one token fills one pattern item (by lemma or lower-cased form, with its part of speech). */
export function fillsItem(item: CueItem, token: Token): boolean {
  if (fillsForm(item, token.lemma, token) || fillsForm(item, token.lower, token)) return true;
  return item.prefixes.some((prefix) => token.lower.startsWith(prefix));
}

function fillsForm(item: CueItem, form: string, token: Token): boolean {
  if (!item.words.has(form)) return false;
  const pos = item.posOf.get(form);
  return !pos || pos === token.pos;
}

/** Records the match of one cue starting at token i, if it matches. */
function tryCue(
  cue: StanceCue,
  tokens: readonly Token[],
  i: number,
  end: number,
  sentence: number,
  hits: CueHit[],
): void {
  const last = matchItems(cue.items, 0, tokens, i, end);
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
      if (g > 0 && GAP_STOPS.has(tokens[i + g - 1]?.text ?? '')) break;
      const last = matchItems(items, k + 1, tokens, i + g, end);
      if (last >= 0) return last;
    }
    return -1;
  }
  const token = tokens[i];
  // Quotation marks inside a phrase do not break it: take “all necessary measures” to protect.
  if (k > 0 && i < end && token !== undefined && QUOTE_MARKS.has(token.text)) {
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
 */
export function keepLongest(hits: readonly CueHit[]): CueHit[] {
  return hits.filter(
    (hit, hitAt) =>
      !hits.some((other, otherAt) => {
        if (other === hit || other.sentence !== hit.sentence) return false;
        if (other.first > hit.first || other.last < hit.last) return false;
        // "called for a negotiated solution to …": what an appeal spans is its content, read on its own.
        if (other.cue.flags.has('appeal') && other.stance !== hit.stance) return false;
        const otherLength = other.last - other.first;
        const length = hit.last - hit.first;
        if (otherLength > length) return true;
        return (
          otherLength === length &&
          other.stance === hit.stance &&
          (other.cue.strength > hit.cue.strength ||
            (other.cue.strength === hit.cue.strength && other.cue !== hit.cue && otherAt < hitAt))
        );
      }),
  );
}
