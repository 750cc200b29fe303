// Stage 6 alone: each reaction's position toward the main event (opposed | supportive | mixed | neutral), for
// the acts whose side is read from who acts and on whom rather than from the stance word alone.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import type { Reaction } from '../../src/model/reaction.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { ACTORS } from './actors.js';
import { type Fixture, reactionsOf } from './fixture.js';

const ACTORS_HERE = { ...ACTORS, Ghana: 'GHA', Greece: 'GRC', Spain: 'ESP', it: 'UKR' };
// the main event of every table but the last: Russia's act on Ukraine
const event: [string, string] = ['RUS', 'UKR'];

function positionsOf(text: string, fixture: Fixture): string[] {
  return reactionsOf(text, { actors: ACTORS_HERE, ...fixture }).map(
    (r) => `${r.actor}:${r.stances[0]}:${r.position}`,
  );
}

describe('the author of the event backs it', () => {
  it.each<[string, string[]]>([
    ['Moscow rejected the criticism as hostile.', ['RUS:REJECT_DENY:supportive', 'RUS:CONDEMN:supportive']],
    [
      'Russia threatened to retaliate against any country that sends weapons.',
      ['RUS:THREATEN_PUNISH:supportive'],
    ],
    ['Russia said it would not allow provocations near its border.', ['RUS:THREATEN_PUNISH:supportive']],
    // its worry or sympathy says nothing of its own act
    ['Russia expressed regret over the deaths of civilians.', ['RUS:CONCERN:neutral']],
  ])('%s', (text, expected) => {
    expect(positionsOf(text, { event, actors: { ...ACTORS_HERE, it: 'RUS' } })).toEqual(expected);
  });
});

describe('bringing the event before the Security Council opposes it, and so does joining that call', () => {
  it.each<[string, string[]]>([
    ['Poland called for an urgent meeting of the Security Council.', ['POL:CALL_FOR_DIALOGUE:opposed']],
    ['Norway requested a Security Council meeting.', ['NOR:CALL_FOR_DIALOGUE:opposed']],
    [
      'Poland called for an urgent meeting of the Security Council. Greece and Spain also backed the call.',
      ['POL:CALL_FOR_DIALOGUE:opposed', 'GRC:CALL_FOR_DIALOGUE:opposed', 'ESP:CALL_FOR_DIALOGUE:opposed'],
    ],
    [
      'Norway requested a Security Council meeting. Spain supported the request.',
      ['NOR:CALL_FOR_DIALOGUE:opposed', 'ESP:CALL_FOR_DIALOGUE:opposed'],
    ],
    // a call for talks alone takes no side
    ['Brazil called for talks.', ['BRA:CALL_FOR_DIALOGUE:neutral']],
  ])('%s', (text, expected) => {
    expect(positionsOf(text, { event })).toEqual(expected);
  });

  it('the author calling the Council is not against its own act', () => {
    const reactions = reactionsOf('Russia called for an urgent meeting of the Security Council.', {
      actors: ACTORS_HERE,
      event,
    });
    expect(reactions.map((r) => r.position)).toEqual(['neutral']);
  });
});

describe('the one the event was done to opposes it even when its words take no side', () => {
  it.each<[string, Reaction['position']]>([
    ['Ukraine called for talks.', 'opposed'],
    ['Switzerland offered to mediate.', 'neutral'],
  ])('%s', (text, position) => {
    const reactions = reactionsOf(text, { actors: ACTORS_HERE, event });
    expect(reactions.map((r) => r.position)).toEqual([position]);
  });
});

describe('acts that take no side on the event', () => {
  it.each<[string, string[]]>([
    // aimed at someone's words, not at the event
    ['Hungary condemned such irresponsible remarks.', ['HUN:CONDEMN:neutral']],
    // a strain between sides blames none of them
    ['China expressed concern about rising tensions in the region.', ['CHN:CONCERN:neutral']],
    ['China voiced alarm over the escalation.', ['CHN:CONCERN:neutral']],
    // unless the strain is one side's doing
    ['Poland voiced alarm over Moscow’s escalation.', ['POL:CONCERN:opposed']],
    ['Poland voiced alarm over the escalation by Russia.', ['POL:CONCERN:opposed']],
    // a demand on every side
    ['Brazil urged all sides to respect the law.', ['BRA:DEMAND:neutral']],
    // calling a claim false denies it
    ['Hungary said the reports were false.', ['HUN:REJECT_DENY:neutral']],
    ['Hungary dismissed the claims as fabricated.', ['HUN:REJECT_DENY:neutral']],
    // while worry about the act itself opposes it
    ['Poland expressed concern about the strike.', ['POL:CONCERN:opposed']],
  ])('%s', (text, expected) => {
    expect(positionsOf(text, { event })).toEqual(expected);
  });
});

describe('with no event coded, condemnation, worry, threats and solidarity oppose what the article reports', () => {
  it.each<[string, string[]]>([
    ['Ghana condemned the arrests of the journalists.', ['GHA:CONDEMN:opposed']],
    ['Ghana voiced deep concern about the crackdown.', ['GHA:CONCERN:opposed']],
    ['Ghana threatened sanctions.', ['GHA:THREATEN_PUNISH:opposed']],
    ['Ghana expressed solidarity with the protesters.', ['GHA:SOLIDARITY_AID:opposed']],
    // whom a backing backs is not known, and appeals and even-handed worry take no side
    ['Ghana welcomed the decision.', ['GHA:SUPPORT:neutral']],
    ['Ghana urged restraint.', ['GHA:CALL_FOR_RESTRAINT:neutral']],
    ['Ghana expressed concern about rising tensions.', ['GHA:CONCERN:neutral']],
  ])('%s', (text, expected) => {
    expect(positionsOf(text, {})).toEqual(expected);
  });
});

describe('an appeal or demand that leads an article is what the others take sides on', () => {
  const ctx = defaultContext();
  it('its author backs it, the one pressed who refuses opposes it, one who presses the same way backs it', () => {
    const text =
      'Norway called on Serbia to halt its offensive against Kosovo.\n\nSerbia rejected the demand. Sweden urged Belgrade to stop the fighting.';
    const analysis = analyzeArticle({ id: 'p', text, date: '2026-03-12', origin: { file: 'p' } }, ctx);
    const main = analysis.events.find((e) => e.main);
    expect([main?.cameo.slice(0, 2), main?.source, main?.target]).toEqual(['02', 'NOR', 'SRB']);
    const positions = new Set(analysis.reactions.map((r) => `${r.actor}:${r.position}`));
    expect([...positions]).toEqual(['NOR:supportive', 'SRB:opposed', 'SWE:supportive']);
  });

  it('so is a summit: rejecting its communique opposes it, welcoming it backs it', () => {
    const text =
      'Leaders of the Arab League ended their summit in Cairo on Sunday with a communique calling for an end to the fighting in Libya.\n\nLibya rejected the communique. Egypt welcomed the statement.';
    const analysis = analyzeArticle({ id: 'p', text, date: '2026-03-12', origin: { file: 'p' } }, ctx);
    expect(analysis.events.find((e) => e.main)?.cameo.slice(0, 2)).toBe('04');
    const positions = analysis.reactions.map((r) => `${r.actor}:${r.position}`);
    expect(positions).toEqual(expect.arrayContaining(['LBY:opposed', 'EGY:supportive']));
  });
});
