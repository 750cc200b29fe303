// Stage 6 alone: the fields of a reaction beyond its stance — confidence under hedging and intensity,
// attribution, target, position toward the main event, and one merged reaction per actor and stance.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import type { Reaction } from '../../src/model/reaction.js';
import { codeReactions } from '../../src/stages/6-reactions/index.js';
import { ACTORS } from './actors.js';
import { buildTestDoc, type Fixture, pairsOf, reactionsOf } from './fixture.js';

const fixture = (extra: Record<string, string> = {}, rest: Fixture = {}): Fixture => ({
  ...rest,
  actors: { ...ACTORS, ...extra },
});
const only = (text: string, extra: Record<string, string> = {}, rest: Fixture = {}): Reaction => {
  const reactions = reactionsOf(text, fixture(extra, rest));
  expect(reactions).toHaveLength(1);
  return reactions[0] as Reaction;
};

describe('modality and hedging: kept, but below the high-confidence line', () => {
  it.each([
    ['Washington could consider sanctions against the generals.', 'USA:THREATEN_PUNISH'],
    ['Brussels may impose sanctions on the airline.', 'EU:THREATEN_PUNISH'],
    ['Tokyo is weighing possible sanctions on Pyongyang.', 'JPN:THREATEN_PUNISH'],
    ['Canada might recall its ambassador.', 'CAN:THREATEN_PUNISH'],
    ['Ankara is reportedly considering a boycott of the summit.', 'TUR:THREATEN_PUNISH'],
    ['Egypt might consider recalling its envoy.', 'EGY:THREATEN_PUNISH'],
    ['Canada did not rule out sanctions against the generals.', 'CAN:THREATEN_PUNISH'],
  ])('%s', (text, pair) => {
    const reaction = only(text);
    expect(`${reaction.actor}:${reaction.stances[0]}`).toBe(pair);
    expect(reaction.confidence).toBeLessThan(0.8);
  });

  it.each([
    'Washington imposed sanctions on the generals.',
    'Brussels announced sanctions on the airline.',
    'Canada recalled its ambassador.',
  ])('an announced measure scores higher than a hedged one: %s', (text) => {
    expect(only(text).confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('would welcome talks is a call for dialogue', () => {
    expect(
      pairsOf('Brazil said it would welcome talks between the two sides.', fixture({ it: 'BRA' })),
    ).toEqual(['BRA:CALL_FOR_DIALOGUE']);
  });
});

describe('conditionals: only threats and demands survive an if-clause', () => {
  it.each<[string, string[], Record<string, string>?]>([
    [
      'If Moscow does not agree to a ceasefire, it will face further costs, Berlin said.',
      ['DEU:THREATEN_PUNISH'],
      { it: 'RUS' },
    ],
    ['Unless Tehran complies, Washington will impose sanctions.', ['USA:THREATEN_PUNISH']],
    ['If the talks fail, Norway would regret it.', []],
    ['If the vote is fair, Kenya will welcome the result.', []],
    ['If the army withdraws, Mali must release the prisoners, Ghana said.', ['GHA:DEMAND']],
    ['Whether Seoul condemns the test remains unclear.', []],
  ])('%s', (text, expected, extra) => {
    expect(pairsOf(text, fixture(extra))).toEqual([...expected].sort());
  });
});

describe('double negatives and refusals', () => {
  it.each<[string, string[]]>([
    ['Mexico did not hesitate to condemn the killings.', ['MEX:CONDEMN']],
    ['Chile never failed to denounce the abuses.', ['CHL:CONDEMN']],
    ['Peru did not refuse to back the plan.', ['PER:SUPPORT']],
    ['Argentina refused to back the plan.', ['ARG:REJECT_DENY']],
    ['Colombia was unwilling to endorse the accord.', ['COL:REJECT_DENY']],
    ['Spain did not reject the proposal.', []],
    ['Norway fell short of endorsing the plan.', []],
    ['Italy did not stop short of condemning the raid.', ['ITA:CONDEMN']],
  ])('%s', (text, expected) => {
    expect(pairsOf(text, fixture())).toEqual([...expected].sort());
  });
});

describe('intensity raises confidence', () => {
  it.each([
    ['Egypt condemned the attack.', 'Egypt strongly condemned the attack.'],
    ['Japan was concerned by the launch.', 'Japan was deeply concerned by the launch.'],
    ['Kenya rejected the claims.', 'Kenya categorically rejected the claims.'],
    ['Qatar welcomed the deal.', 'Qatar warmly and fully welcomed the deal.'],
  ])('%s < %s', (plain, intense) => {
    expect(only(intense).confidence).toBeGreaterThan(only(plain).confidence);
  });
});

describe('attribution: own words, paraphrase, or the writer’s framing', () => {
  it.each<[string, Reaction['attribution']]>([
    ['“We condemn this attack,” Egypt said.', 'quote'],
    ['Egypt said it condemned the attack.', 'paraphrase'],
    ['Egypt condemned the attack.', 'framing'],
    ['The attack was condemned by Egypt.', 'framing'],
    ['The attack was illegal, Egypt said.', 'paraphrase'],
    ['Egypt warned that the move would divide the region.', 'paraphrase'],
    ['Egypt called on both sides to show restraint.', 'paraphrase'],
  ])('%s', (text, attribution) => {
    expect(only(text, { it: 'EGY' }).attribution).toBe(attribution);
  });

  it('keeps the writer’s framing apart from the actor’s own words', () => {
    const text = 'Egypt condemned the raid. “This is a crime,” Egypt said, “and we condemn it.”';
    const reactions = reactionsOf(text, fixture({}, { speakers: ['EGY', 'EGY'] }));
    const condemn = reactions.filter((r) => r.actor === 'EGY' && r.stances.includes('CONDEMN'));
    expect(condemn.map((r) => r.attribution).sort()).toEqual(['framing', 'quote']);
  });
});

describe('one reaction per actor and stance, with every piece of evidence', () => {
  it('merges repeated condemnations into one reaction with both spans', () => {
    const text = 'Jordan condemned the raid on Monday. On Tuesday Jordan again condemned the raid.';
    const reactions = reactionsOf(text, fixture());
    expect(reactions).toHaveLength(1);
    const reaction = reactions[0] as Reaction;
    expect(reaction.evidence).toHaveLength(2);
    for (const e of reaction.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('keeps different stances of one actor apart', () => {
    const text = 'Qatar condemned the strike and called for restraint.';
    expect(pairsOf(text, fixture())).toEqual(['QAT:CALL_FOR_RESTRAINT', 'QAT:CONDEMN']);
  });

  it('a repeated act is more certain than a single one', () => {
    const once = only('Jordan condemned the raid.');
    const twice = only('Jordan condemned the raid. Jordan again condemned the raid.');
    expect(twice.confidence).toBeGreaterThan(once.confidence);
  });
});

describe('target and position toward the main event', () => {
  const event: [string, string] = ['RUS', 'UKR'];

  it.each<[string, string, Reaction['position']]>([
    ['Poland condemned the Russian strike on Kyiv.', 'POL', 'opposed'],
    ['Germany condemned Moscow for the strike.', 'DEU', 'opposed'],
    ['Hungary welcomed the operation by Moscow.', 'HUN', 'supportive'],
    ['Canada sent aid to Ukraine.', 'CAN', 'opposed'],
    ['Sweden offered condolences to Ukraine.', 'SWE', 'opposed'],
    ['China urged restraint.', 'CHN', 'neutral'],
    ['Switzerland offered to mediate.', 'CHE', 'neutral'],
    ['Norway said it was monitoring the situation.', 'NOR', 'neutral'],
  ])('%s', (text, actor, position) => {
    const reactions = reactionsOf(text, fixture({ Russian: 'RUS', it: 'NOR' }, { event }));
    const mine = reactions.filter((r) => r.actor === actor);
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r.position).toBe(position);
  });

  it('a reaction of several acts is aimed at the actor the first naming one names', () => {
    const text =
      'Poland condemned the strike. Poland supports the course it has taken. Poland supports Ukraine.';
    const reactions = reactionsOf(text, fixture({ Ukraine: 'UKR' }, { event }));
    const support = reactions.find((r) => r.actor === 'POL' && r.stances.includes('SUPPORT'));
    expect(support?.target.actor).toBe('UKR');
    expect(reactions.filter((r) => r.actor === 'POL').map((r) => r.position)).toEqual(['opposed', 'opposed']);
  });

  it('an actor that both condemns and supports the event is mixed', () => {
    const text = 'Turkey condemned the strike on Kyiv but praised Moscow for opening a corridor.';
    const reactions = reactionsOf(text, fixture({}, { event }));
    const turkey = reactions.filter((r) => r.actor === 'TUR');
    expect(turkey.map((r) => r.position)).toEqual(['mixed', 'mixed']);
  });

  it.each<[string, string, string]>([
    ['Poland condemned Moscow over the strike.', 'POL', 'RUS'],
    ['Latvia expressed solidarity with Ukraine.', 'LVA', 'UKR'],
    ['Brazil urged Kyiv to return to talks.', 'BRA', 'UKR'],
  ])('%s targets the actor named after the cue', (text, actor, target) => {
    const reactions = reactionsOf(text, fixture({ Latvia: 'LVA' }, { event }));
    const mine = reactions.find((r) => r.actor === actor);
    expect(mine?.target.actor).toBe(target);
    expect(mine?.target.event).toBe('e1');
  });

  it.each<[string, string, string]>([
    // the one named inside the cue's words is its object, not an actor named later in what is asked
    ['Germany called on Moscow to stop shelling Ukrainian towns.', 'DEU', 'RUS'],
    ['France urged Kyiv to release Russian prisoners.', 'FRA', 'UKR'],
    ['Turkey accused Moscow of arming rebels in Ukraine.', 'TUR', 'RUS'],
    // a preposition that is the cue's own ("called on") is no place the event hit
    ['Japan called on Russia to withdraw.', 'JPN', 'RUS'],
  ])('%s targets the actor the cue addresses', (text, actor, target) => {
    const reactions = reactionsOf(text, fixture({}, { event }));
    const mine = reactions.find((r) => r.actor === actor);
    expect(mine?.target.actor).toBe(target);
  });

  it.each<[string, string, string]>([
    // the one asked, before the "to" of the infinitive that holds the cue
    ['Brazil has urged Kyiv to agree on a way forward.', 'BRA', 'UKR'],
    ['Egypt wants Moscow to return to talks.', 'EGY', 'RUS'],
  ])('%s targets the one asked to act', (text, actor, target) => {
    const reactions = reactionsOf(text, fixture({}, { event }));
    const mine = reactions.filter((r) => r.actor === actor);
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r.target.actor, r.stances[0]).toBe(target);
  });

  it('an actor in what follows "as" describes the object and is not the target', () => {
    const text = 'Poland condemned the strike as a violation of Ukraine’s sovereignty.';
    const poland = reactionsOf(text, fixture({}, { event })).find((r) => r.actor === 'POL');
    expect(poland?.target.actor).toBeUndefined();
    expect(poland?.target.event).toBe('e1');
    expect(poland?.position).toBe('opposed');
    expect(poland?.target.text).toBe('the strike');
  });

  it('looks for the target no further than the next predicate', () => {
    const text = 'Poland condemned the strike and said Warsaw would consult Germany.';
    const poland = reactionsOf(text, fixture({ Warsaw: 'POL' }, { event })).find((r) => r.actor === 'POL');
    expect(poland?.target.actor).toBeUndefined();
    expect(poland?.target.text).toBe('the strike');
  });

  it('a judgement followed by a conjunction or a comma names no target words, only the event', () => {
    for (const text of [
      'Poland said it was senseless and cruel.',
      'Poland said the strike was unacceptable, and cruel.',
    ]) {
      const poland = reactionsOf(text, fixture({}, { event })).find((r) => r.actor === 'POL');
      expect(poland?.target.text, text).toBeUndefined();
      expect(poland?.target.event, text).toBe('e1');
    }
  });

  it.each<[string, string, string | undefined]>([
    [
      'Poland rejected what it called “Russian blackmail” over the pipeline.',
      '“Russian blackmail” over the pipeline',
      'RUS',
    ],
    [
      'Poland condemned what it described as a massacre of civilians by Moscow.',
      'a massacre of civilians by Moscow',
      'RUS',
    ],
    [
      'Poland denounced what Warsaw termed a provocation, and summoned the envoy.',
      'a provocation',
      undefined,
    ],
  ])('the target of "%s" is the words named after "what it called"', (text, words, actor) => {
    const reactions = reactionsOf(text, fixture({ Russian: 'RUS', Warsaw: 'POL' }, { event }));
    const poland = reactions.find((r) => r.actor === 'POL' && r.stances[0] !== 'THREATEN_PUNISH');
    expect(poland?.target.text).toBe(words);
    expect(poland?.target.actor).toBe(actor);
  });

  it('calling the event an internal affair takes no side on it', () => {
    const text = 'Poland said the strike was an internal affair.';
    const poland = reactionsOf(text, fixture({}, { event })).find((r) => r.actor === 'POL');
    expect(poland?.stances).toContain('REJECT_DENY');
    expect(poland?.position).toBe('neutral');
  });

  it('a reaction aimed at a third party is not tied to the main event', () => {
    const reactions = reactionsOf('Poland condemned Hungary for blocking the aid.', fixture({}, { event }));
    const poland = reactions.find((r) => r.actor === 'POL');
    expect(poland?.target.actor).toBe('HUN');
    expect(poland?.target.event).toBeUndefined();
    expect(poland?.position).toBe('neutral');
  });
});

describe('the speaker a reaction names', () => {
  it('names a pronoun’s antecedent, not the pronoun', () => {
    const text = 'Qatar issued a statement. It said it was alarmed by the fighting.';
    const doc = reactionsOf(text, fixture({ It: 'QAT', it: 'QAT' }));
    expect(doc.map((r) => r.speaker)).not.toContain('It');
  });
});

describe('a misread quotation does not swallow later speakers', () => {
  it('gives a sentence that names its own sayer to that sayer', () => {
    const text =
      '“We are hopeful,” Rubio said. The talks went on. Delegates met twice. On Friday, Canada said it demanded an immediate ceasefire.';
    const doc = buildTestDoc(text, fixture({ Rubio: 'USA', Canada: 'CAN', it: 'CAN' }));
    // As if the closing mark had been missed: one quotation from the first mark to the end.
    const quote = doc.quotes[0];
    if (!quote) throw new Error('fixture has no quote');
    const misread = { ...quote, end: text.length, text: text.slice(quote.start) };
    const reactions = codeReactions({ ...doc, quotes: [misread] }, defaultContext()).value.reactions;
    expect(reactions.map((r) => `${r.actor}:${r.stances[0]}`)).toEqual(['CAN:DEMAND']);
  });
});

describe('denials take no side on the event', () => {
  const event: [string, string] = ['RUS', 'UKR'];
  it.each<[string, string, Reaction['position']]>([
    ['Belarus denied any involvement in the strike on Kyiv.', 'BLR', 'neutral'],
    ['Belarus rejected the accusations as baseless.', 'BLR', 'neutral'],
    ['Poland rejected the annexation of the region by Moscow.', 'POL', 'opposed'],
  ])('%s', (text, actor, position) => {
    const reactions = reactionsOf(text, fixture({ Belarus: 'BLR' }, { event }));
    const mine = reactions.filter((r) => r.actor === actor);
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r.position).toBe(position);
  });
});

describe('a quotation without a resolved speaker', () => {
  it('is read with the sentence around it', () => {
    const text = 'Kenya said the plan ignored its needs and called it “a decision that we cannot accept”.';
    const reactions = reactionsOf(text, fixture({}, { speakers: [null] }));
    expect(reactions.map((r) => `${r.actor}:${r.stances[0]}:${r.attribution}`)).toEqual([
      'KEN:REJECT_DENY:quote',
    ]);
  });
});

describe('odd inputs', () => {
  it.each(['', '“', '“”', 'Condemned.', '.....', 'Egypt', '“We condemn', 'If if if unless.'])(
    'gives no reaction and does not throw on %j',
    (text) => {
      expect(() => reactionsOf(text, fixture())).not.toThrow();
    },
  );

  it('keeps every evidence span exact', () => {
    const text =
      'Egypt strongly condemned the raid on Monday, calling it “a flagrant violation of international law”. Jordan urged restraint.';
    for (const reaction of reactionsOf(text, fixture())) {
      for (const e of reaction.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('issues', () => {
  const issuesOf = (text: string, rest: Fixture) =>
    codeReactions(buildTestDoc(text, fixture({}, rest)), defaultContext()).issues.map((i) => i.code);

  it('reports a stance in a quote whose speaker is no actor', () => {
    expect(issuesOf('“We condemn this attack,” a witness said.', { speakers: [null] })).toEqual([
      'reactions.quote_without_actor',
    ]);
  });

  it('says nothing when the sentence around the quote names the actor', () => {
    expect(issuesOf('Kenya called it “an attack we condemn”.', { speakers: [null] })).toEqual([]);
  });
});

describe('people and sectors speak for no government', () => {
  const sectors = { Americans: 'CVL', Ukrainians: 'CVL', 'Kenyan doctors': 'HLH' } as const;
  const actors = { Americans: 'USA', Ukrainians: 'UKR', 'Kenyan doctors': 'KEN' };
  it.each<[string, string[]]>([
    ['Millions of Americans support the plan.', []],
    ['“We are terrified,” Ukrainians told reporters in Warsaw.', []],
    ['Kenyan doctors condemned the strike on the clinic.', []],
    ['The raid was condemned by Kenyan doctors and by Egypt.', ['EGY:CONDEMN']],
    ['The raid was condemned by Dr Lena Ortiz.', []],
    ['Washington condemned the raid.', ['USA:CONDEMN']],
  ])('%s', (text, expected) => {
    expect(pairsOf(text, fixture(actors, { sectors, speakers: [null] }))).toEqual(expected);
  });
});

describe('an organisation of a sector still speaks for itself', () => {
  it('keeps a newspaper’s own endorsement', () => {
    const text = 'The Daily Courier endorsed the peace plan.';
    const rest: Fixture = { sectors: { 'The Daily Courier': 'MED' } };
    expect(pairsOf(text, fixture({ 'The Daily Courier': 'org:daily-courier' }, rest))).toEqual([
      'org:daily-courier:SUPPORT',
    ]);
  });
});
