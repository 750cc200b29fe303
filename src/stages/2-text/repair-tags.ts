// Tokens -> the same tokens, with the part-of-speech tags wink-nlp gets wrong in a way the later stages cannot undo.
import type { Token } from '../../model/text.js';

/**
 * Words that head a noun phrase as often as they modify one, and that wink-nlp reads as adjectives even as the head:
 * "the army chief said", "the military warned", "the general told reporters". Read as adjectives, the phrase has no
 * head and its speaker or actor is lost.
 */
const NOUN_READINGS: ReadonlySet<string> = new Set(['chief', 'general', 'military']);

/** What may come before the head of a noun phrase: "the", "army", "UN", "rights", "Kenya 's", "its", "top". */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PART', 'PRON']);

/** What may come after it when nothing more of the phrase follows: a verb, a comma, "and", a preposition. */
const AFTER_HEAD: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PUNCT', 'CCONJ', 'ADP']);

/**
 * Verbs that wink-nlp reads as adverbs after a modal or "to": "would back the proposal", "will not back the plan",
 * "refused to back Kenya". Read as adverbs, the act is lost.
 */
const VERB_READINGS: ReadonlySet<string> = new Set(['back']);

/** What makes the next word a verb: a modal ("wo" and "ca" are "won't" and "can't" split), "not", "never", "to". */
const VERB_OPENERS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'wo',
  'ca',
  'cannot',
  'not',
  "n't",
  'n’t',
  'never',
  'to',
]);

/** What may start the object after such a verb: "the proposal", "Kenya", "them", "any plan". */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Tags such a word NOUN where it ends its phrase: after a word of the phrase and before one that cannot continue it
 * ("the military, economic and political costs" keeps its adjective; so do "in general" and "chief negotiator").
 */
export function repairTags(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'ADJ' || !NOUN_READINGS.has(token.lower)) continue;
    const before = tokens[i - 1] as Token;
    const after = tokens[i + 1];
    if (before.sentence !== token.sentence || !BEFORE_HEAD.has(before.pos)) continue;
    if (after !== undefined && after.sentence === token.sentence) {
      if (!AFTER_HEAD.has(after.pos)) continue;
      // "military, economic and political support": a list of adjectives
      if (after.text === ',' && tokens[i + 2]?.pos === 'ADJ') continue;
    }
    token.pos = 'NOUN';
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'ADV' || !VERB_READINGS.has(token.lower)) continue;
    const before = tokens[i - 1] as Token;
    const after = tokens[i + 1] as Token;
    if (before.sentence !== token.sentence || after.sentence !== token.sentence) continue;
    // "would back the proposal" (not "will be back the next day", "came back the next day")
    if (VERB_OPENERS.has(before.lower) && OBJECT_STARTS.has(after.pos)) token.pos = 'VERB';
  }
}
