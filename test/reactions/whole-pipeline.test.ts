// The whole pipeline on invented articles: reactions that depend on what stage 3 resolved (experts at
// institutes, speakers past appositions and relative clauses).
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import { topicOf } from '../../src/model/roundup.js';
import { analyzeArticle } from '../../src/pipeline.js';

const ctx = defaultContext();
const pairs = (text: string): string[] =>
  analyzeArticle({ id: 't', text, date: '2026-03-12', origin: { file: 't' } }, ctx)
    .reactions.flatMap((r) => r.stances.map((stance) => `${r.actor}:${stance}`))
    .sort();

describe('experts quoted for context are not reacting actors', () => {
  it.each([
    '“Sanctions alone rarely change a regime,” said Ana Ruiz, a researcher at the Institute for Peace Studies.',
    'Ana Ruiz, a professor at the University of Lisbon, condemned the decision as reckless.',
    '“The blockade is a mistake,” said Omar Haddad, a fellow at the Centre for Strategic Research.',
  ])('%s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('still reads an institute that speaks by its own name', () => {
    expect(pairs('The Institute for Peace Studies condemned the decision.')).toEqual([
      'org:institute-for-peace-studies:CONDEMN',
    ]);
  });
});

describe('the speaker of a reported clause, past what is inserted after it', () => {
  it.each([
    ['Peru, a close partner of Bolivia, said it was deeply concerned by the clashes.', ['PER:CONCERN']],
    [
      'Kenya, which chairs the regional bloc, said it hoped both sides would return to talks.',
      ['KEN:CALL_FOR_DIALOGUE'],
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a name inside a title’s prepositional phrase is not the speaker', () => {
  it.each([
    ['The UN envoy for Syria said he was alarmed and urged an inquiry.', ['UN:CONCERN', 'UN:DEMAND']],
    ['The EU ambassador to China said the bloc would respond.', ['EU:THREATEN_PUNISH']],
    [
      'The foreign minister of Peru said he was worried and urged calm.',
      ['PER:CALL_FOR_RESTRAINT', 'PER:CONCERN'],
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a clause opened by "as" or "after" with a subject of its own', () => {
  it.each([
    ['UN council divided over coup as junta expels envoy', []],
    ['Kenya condemned the coup as the junta expelled its envoy.', ['KEN:CONDEMN']],
    ['Kenya expelled the envoy after the junta seized power.', ['KEN:THREATEN_PUNISH']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a round-up reacts to what its title names', () => {
  it.each([
    ['How the world reacted to the disputed election in Malawi', 'the disputed election in Malawi'],
    ['International reactions to the coup in Gabon', 'the coup in Gabon'],
    ['Leaders respond to ceasefire deal:', 'ceasefire deal'],
    ['World reacts as Fiji parliament is dissolved', 'Fiji parliament is dissolved'],
    ['Neighbours react after border post is shelled', 'border post is shelled'],
    ['Farmers act as prices fall', undefined],
    ['Chile condemns the strike', undefined],
    [null, undefined],
  ])('%s', (title, topic) => {
    expect(topicOf(title)).toBe(topic);
  });

  it('points reactions with no event of their own at the title’s event, with positions toward it', () => {
    const text =
      'How the world reacted to the disputed election in Malawi\n\nGhana\n\nThe foreign ministry said it was deeply concerned by reports of violence.\n\nTogo\n\nThe government congratulated the winner.';
    const reactions = analyzeArticle(
      { id: 'r', text, date: '2026-03-12', origin: { file: 'r' } },
      ctx,
    ).reactions;
    expect(reactions.map((r) => [r.actor, r.target.text, r.position])).toEqual([
      ['GHA', 'the disputed election in Malawi', 'opposed'],
      ['TGO', 'the disputed election in Malawi', 'supportive'],
    ]);
  });

  it('reads backing of someone else during a harm as opposed to the harm, and solidarity as with its victims', () => {
    const text =
      'International reactions to the coup attempt in Malawi\n\nGhana\n\nThe government said it supported the elected institutions.\n\nTogo\n\nLomé expressed its solidarity with the people of Malawi.\n\nBenin\n\nThe foreign ministry said it backed the coup attempt.';
    const reactions = analyzeArticle(
      { id: 'r', text, date: '2026-03-12', origin: { file: 'r' } },
      ctx,
    ).reactions;
    expect(reactions.map((r) => [r.actor, r.stances[0], r.position])).toEqual([
      ['GHA', 'SUPPORT', 'opposed'],
      ['TGO', 'SOLIDARITY_AID', 'opposed'],
      ['BEN', 'SUPPORT', 'supportive'],
    ]);
    expect(reactions[0]?.target.text).toBe('the elected institutions');
  });

  it('takes no side on a backing or an appeal to all when there is neither a main event nor a round-up topic', () => {
    const text =
      'Ghana said it supported the elected institutions. Togo urged all parties to respect the law.';
    const reactions = analyzeArticle({ id: 'r', text, origin: { file: 'r' } }, ctx).reactions;
    expect(reactions.map((r) => [r.actor, r.position])).toEqual([
      ['GHA', 'neutral'],
      ['TGO', 'neutral'],
    ]);
  });
});

describe('a sentence’s subject does not depend on the sentence before it', () => {
  it.each(['Title line here', 'Answers sought after cable cut'])('under the headline "%s"', (title) => {
    const text = `${title}\n\nHELSINKI (AP) — Estonia and Finland on Tuesday demanded an explanation from Ruritania.\n`;
    expect(pairs(text)).toEqual(['EST:DEMAND', 'FIN:DEMAND']);
  });
});

describe('judgements of a vote and bodies known by a short name', () => {
  it.each([
    [
      'Chile rejected the result, saying the vote had been marred by intimidation.',
      ['CHL:CONCERN', 'CHL:REJECT_DENY'],
    ],
    ['The Commonwealth urged calm after the disputed vote.', ['org:commonwealth:CALL_FOR_RESTRAINT']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("an opposition party's statement is not its state's reaction", () => {
  it.each([
    ["Tanzania's main opposition party on Monday rejected the official results.", []],
    ["Kenya's opposition said the vote had been rigged and rejected the results.", []],
    ['The opposition coalition in Peru condemned the arrests.', []],
    // an opposition politician speaking for themselves is their state (the contract)
    ["Kenya's opposition leader Raila Odinga congratulated the winner.", ['KEN:SUPPORT']],
    ['The Conservative Party condemned the strike.', ['org:conservative-party:CONDEMN']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a round-up line with no subject under a heading that names one actor', () => {
  it('gives the line to the heading', () => {
    const text =
      'Reactions to the floods in Peru\n\nFloods hit Peru on Monday.\n\nAustria\n\nOffered condolences to the families.\n\nHungary\n\nExpressed solidarity with the people of Peru.';
    expect(pairs(text)).toEqual(['AUT:SOLIDARITY_AID', 'HUN:SOLIDARITY_AID']);
  });

  it('not when the heading holds more than a name', () => {
    const text =
      'Reactions to the floods in Peru\n\nFloods hit Peru.\n\nAustria and its allies\n\nOffered condolences.';
    expect(pairs(text)).toEqual([]);
  });
});

describe('one clause read as framing and as the speaker’s words is one reaction', () => {
  it.each([
    ["Ghana's foreign minister called for an immediate ceasefire and respect for international law.", 'GHA'],
    ['The African Union called for an immediate ceasefire and the protection of civilians.', 'AU'],
  ])('%s', (text, actor) => {
    const reactions = analyzeArticle(
      { id: 't', text, date: '2026-03-12', origin: { file: 't' } },
      ctx,
    ).reactions;
    expect(reactions.map((r) => [r.actor, r.stances, r.attribution])).toEqual([
      [actor, ['CALL_FOR_RESTRAINT'], 'paraphrase'],
    ]);
  });
});

describe('the governments of several states react', () => {
  it.each([
    ['The raid was condemned by the governments of Sudan and Ethiopia.', ['ETH:CONDEMN', 'SDN:CONDEMN']],
    ['The governments of Chile and Peru said they were alarmed.', ['CHL:CONCERN', 'PER:CONCERN']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
