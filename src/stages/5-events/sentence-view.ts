// QuoteDoc -> per-article token view: which mention covers each token, mentions as token ranges.
import type { Mention } from '../../model/actor.js';
import type { QuoteDoc } from '../../model/doc.js';
import type { Token } from '../../model/text.js';

/** A mention placed on the token array: tokens [first, last] (inclusive) hold it. */
export interface PlacedMention {
  index: number;
  mention: Mention;
  first: number;
  last: number;
}

export interface TokenView {
  text: string;
  tokens: readonly Token[];
  /** for each token, the index in `placed` of the mention covering it, or -1 */
  mentionAt: Int32Array;
  placed: PlacedMention[];
}

/** Places every mention on the tokens in one merge pass (both lists are in text order). */
export function viewTokens(doc: QuoteDoc): TokenView {
  const tokens = doc.tokens;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const placed: PlacedMention[] = [];
  const mentions = [...doc.mentions].map((mention, index) => ({ mention, index }));
  mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  let t = 0;
  for (const { mention, index } of mentions) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= mention.start) t++;
    let first = -1;
    let last = -1;
    for (let k = t; k < tokens.length; k++) {
      const token = tokens[k];
      if (!token || token.start >= mention.end) break;
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0) continue;
    // Nested mentions ("the Russian foreign ministry" holding "Russian"): the outer one is kept.
    if (mentionAt[first] !== -1) continue;
    const at = placed.length;
    placed.push({ index, mention, first, last });
    for (let k = first; k <= last; k++) mentionAt[k] = at;
  }
  return { text: doc.text, tokens, mentionAt, placed };
}
