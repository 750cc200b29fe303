// Stage 6: EventDoc -> each actor's reactions in the contract's ten stances, with evidence and confidence.
import type { Mention } from '../../model/actor.js';
import type { EventDoc, ReactionLayer } from '../../model/doc.js';
import type { Issue } from '../../model/issue.js';
import { issueAt } from '../../model/issue.js';
import { topicOf } from '../../model/roundup.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../model/stage.js';
import type { Token } from '../../model/text.js';
import { matchCues } from './1-match-cues.js';
import { readActs, type StanceAct } from './2-read-clauses.js';
import { findReactors } from './3-find-reactors.js';
import { buildReactions } from './4-build-reactions.js';
import { indexMentions } from './subjects.js';
import { classifyTokens } from './word-classes.js';

export const codeReactions: Stage<EventDoc, ReactionLayer> = (doc, ctx) => {
  const lexicon = ctx.lexicons.reactions;
  const issues: Issue[] = [];
  // The word classes of every token, read by every step instead of the tokens' strings.
  const words = classifyTokens(doc.tokens, lexicon);
  const hits = matchCues(doc.tokens, doc.sentences, lexicon, words);
  const read = readActs(hits, doc.tokens, words.classes, doc.sentences, lexicon.modifiers);
  // No act, no reaction and nothing to report: mentions and quotes need not be indexed.
  if (read.length === 0) return { value: { reactions: [] }, issues };
  // The mention covering each token, read by finding reactors and by building reactions: built once.
  const mentionAt = indexMentions(doc.tokens, doc.mentions);
  const acts = read.filter((act) => !isInName(act, doc.mentions, mentionAt));
  if (acts.length === 0) return { value: { reactions: [] }, issues };
  const reactorInput = {
    tokens: doc.tokens,
    sentences: doc.sentences,
    mentions: doc.mentions,
    quotes: doc.quotes,
    modifiers: lexicon.modifiers,
    headings: doc.headings,
    classes: words.classes,
  };
  const attributed = findReactors(acts, reactorInput, mentionAt);
  // the first token of every act, and of every attributed act's, in text order
  const actFirsts = firstTokensOf(acts);
  const attributedFirsts = firstTokensOf(attributed.map((item) => item.act));
  // A quote full of stance words whose speaker is no known actor is a gap worth seeing, not dropping.
  for (const quote of doc.quotes) {
    const actor = quote.speaker?.actor;
    if (actor !== undefined && actor.length > 0) continue;
    // Read with the sentence around it, the quote may still have found its actor.
    // (the acts first: most quotes hold none, and then the attributed acts need not be read)
    if (holdsAny(doc.tokens, actFirsts, quote) && !holdsAny(doc.tokens, attributedFirsts, quote)) {
      issues.push(
        issueAt(
          'reactions.quote_without_actor',
          'A quote expresses a stance but its speaker resolves to no actor, so no reaction was recorded.',
          quote.start,
          quote.end,
        ),
      );
    }
  }
  const topic = topicOf(doc.meta.title);
  const reactions = buildReactions(
    attributed,
    {
      text: doc.text,
      tokens: doc.tokens,
      mentions: doc.mentions,
      events: doc.events,
      topic,
      topicIsHarm: topic !== undefined && namesHarm(topic, lexicon.modifiers.harmNouns),
    },
    mentionAt,
  ).filter((r) => r.confidence >= ctx.config.minReactionConfidence);
  return { value: { reactions }, issues };
};

/** Whether a topic's words name a harm done: "the coup in Gabon", "the attack on the dam". */
function namesHarm(topic: string, harms: ReadonlySet<string>): boolean {
  return topic
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => harms.has(word));
}

/**
 * "the Rapid Support Forces", "the Solidarity union": a stance word inside an actor's own name is part of
 * the name, no act.
 */
function isInName(act: StanceAct, mentions: readonly Mention[], mentionAt: Int32Array): boolean {
  const m = mentionAt[act.first] ?? -1;
  return m >= 0 && mentionAt[act.last] === m && mentions[m]?.kind === 'name';
}

/** Whether token `first` lies within the quote's span. */
function startsInside(tokens: readonly Token[], first: number, quote: Span): boolean {
  const token = tokens[first];
  return token !== undefined && quote.start <= token.start && token.end <= quote.end;
}

/** The acts' first tokens in text order (the order acts come in: sorted only if not). */
function firstTokensOf(acts: readonly StanceAct[]): number[] {
  const firsts = acts.map((act) => act.first);
  for (let k = 1; k < firsts.length; k++)
    if ((firsts[k] as number) < (firsts[k - 1] as number)) return firsts.sort((a, b) => a - b);
  return firsts;
}

/**
 * Whether one of the tokens `firsts` (in text order) lies within the quote's span: only the first at or after the
 * quote's start can, and a binary search finds it (a scan of every act for every quote read each act's token again).
 */
function holdsAny(tokens: readonly Token[], firsts: readonly number[], quote: Span): boolean {
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[firsts[mid] as number] as Token).start < quote.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < firsts.length && startsInside(tokens, firsts[lo] as number, quote);
}
