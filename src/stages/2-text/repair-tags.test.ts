// repairTags: "chief", "general" and "military" read as the nouns they are where they end a noun phrase, and "back" as
// the verb it is after a modal or "to".
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../apps/context.js';
import { ingestArticle } from '../1-ingest/index.js';
import { splitText } from './index.js';

/** The tag the text stage gives `word` (its first occurrence) in `text`. */
function tagOf(text: string, word: string): string | undefined {
  const ctx = defaultContext();
  const layout = ingestArticle({ id: 't', text, origin: { file: 't' } }, ctx).value;
  return splitText(layout, ctx).value.tokens.find((token) => token.lower === word)?.pos;
}

describe('repairTags', () => {
  it.each([
    ['The army chief said the talks had failed.', 'chief', 'NOUN'],
    ['The UN aid chief, who flew in on Monday, warned of famine.', 'chief', 'NOUN'],
    ['The Chilean military announced a curfew.', 'military', 'NOUN'],
    ['Its top general told reporters the town had fallen.', 'general', 'NOUN'],
    // a word that modifies the next one, or follows no word of a phrase, keeps its adjective
    ['The chief negotiator left early.', 'chief', 'ADJ'],
    ['In general, the ministers agreed.', 'general', 'ADJ'],
    ['The general election was held in May.', 'general', 'ADJ'],
    ['The military, economic and political costs were high.', 'military', 'ADJ'],
    // "back" after a modal, "not" or "to", with an object after it, is the verb
    ['Chile said it would back the proposal.', 'back', 'VERB'],
    ['Ghana refused to back Kenya in the vote.', 'back', 'VERB'],
    ['The envoy will be back the next day.', 'back', 'ADV'],
    ['The troops came back the next day.', 'back', 'ADV'],
  ])('%s: "%s" is %s', (text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});
