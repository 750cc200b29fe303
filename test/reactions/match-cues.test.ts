// Stage 6, step 1 alone: invented sentences -> the cue matches kept (stance and the words matched), in text order.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import { matchCues } from '../../src/stages/6-reactions/1-match-cues.js';
import { buildTestDoc } from './fixture.js';

const hitsOf = (text: string): string[] => {
  const doc = buildTestDoc(text);
  const words = (first: number, last: number) =>
    doc.text.slice(doc.tokens[first]?.start ?? 0, doc.tokens[last]?.end ?? 0);
  return matchCues(doc.tokens, doc.sentences, defaultContext().lexicons.reactions).map(
    (hit) => `${hit.stance}:${words(hit.first, hit.last)}`,
  );
};

describe('matchCues', () => {
  it.each([
    // prefix cues, also on a capitalised word that opens the sentence
    ['Fabricated stories, the ministry said of the report.', ['REJECT_DENY:Fabricated']],
    ['The strikes risked destabilising the region, Oslo said.', ['CONCERN:destabilising']],
    // a danger to stability or peace, said of the act: the speaker's worry
    ['The raids endangered regional stability, Oslo said.', ['CONCERN:endangered regional stability']],
    ['Lima said the blockade undermined peace in the region.', ['CONCERN:undermined peace']],
    // the same cue in two sentences is two matches
    ['Chile condemned the raid. Peru condemned the raid too.', ['CONDEMN:condemned', 'CONDEMN:condemned']],
    // the longer match keeps the words: "not supportive" is a rejection, not support
    ['Lima said it was not supportive of the plan.', ['REJECT_DENY:not supportive']],
    // an item asking for a part of speech: "protest" as a verb is a condemnation, as a noun it is not
    ['Farmers will protest the new tax on Monday.', ['CONDEMN:protest']],
    ['The protest drew thousands of people.', []],
    // cues screened by the words after their opening word: a quotation mark there is skipped, optional
    // words and gaps may come first, and an opening word with a part of speech is screened the same way
    ['Oslo said it was “firmly in favour of” the plan.', ['SUPPORT:was “firmly in favour of']],
    ['The claims are “pure fiction”, the ministry said.', ['REJECT_DENY:are “pure fiction']],
    ['It is now for the council to act.', ['DEMAND:It is now for the council to']],
    ['Lima will respond.', ['THREATEN_PUNISH:will respond']],
    [
      'Bolivia called the shelling indiscriminate and urged a truce.',
      ['CONDEMN:called the shelling indiscriminate', 'CALL_FOR_RESTRAINT:urged a truce'],
    ],
    ['The minister stood with the protesters on Monday.', ['SOLIDARITY_AID:stood with']],
    ['Peru sided firmly with Chile.', []],
  ])('%s', (text, expected) => {
    expect(hitsOf(text)).toEqual(expected);
  });
});
