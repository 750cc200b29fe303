// Stage 6 alone: invented news sentences -> the (actor, stance) pairs an analyst would record.
// Each table covers one construction; mentions come from the shared gazetteer in ./actors.ts.
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors.js';
import { type Fixture, pairsOf } from './fixture.js';

type Row = [text: string, expected: string[], extra?: Record<string, string>];

const pairs = (text: string, extra: Record<string, string> = {}, fixture: Fixture = {}) =>
  pairsOf(text, { ...fixture, actors: { ...ACTORS, ...extra } });

const table = (rows: Row[]) =>
  it.each(rows)('%s', (text, expected, extra) => {
    expect(pairs(text, extra)).toEqual([...expected].sort());
  });

describe('explicit stance verbs and nouns', () => {
  table([
    ['Turkey condemned the air strike on the port.', ['TUR:CONDEMN']],
    ['Egypt denounced the raid as a provocation.', ['EGY:CONDEMN']],
    ['Norway strongly criticised the decision to expand the settlements.', ['NOR:CONDEMN']],
    ['Spain deplored the shelling of the hospital.', ['ESP:CONDEMN']],
    ['Brazil said it was deeply concerned by the fighting.', ['BRA:CONCERN'], { it: 'BRA' }],
    ['Japan expressed alarm at the missile launch.', ['JPN:CONCERN']],
    ['Germany voiced regret over the collapse of the talks.', ['DEU:CONCERN']],
    ['Canada was disappointed by the court ruling.', ['CAN:CONCERN']],
    ['Qatar welcomed the release of the hostages.', ['QAT:SUPPORT']],
    ['India congratulated the new president on his victory.', ['IND:SUPPORT']],
    ['Hungary praised the agreement as historic.', ['HUN:SUPPORT']],
    ['Poland backed the new sanctions package.', ['POL:THREATEN_PUNISH']],
    ['Australia offered its condolences to the families of the victims.', ['AUS:SOLIDARITY_AID']],
    ['Greece said it stands with the people of Cyprus.', ['GRC:SOLIDARITY_AID'], { it: 'GRC' }],
    ['Italy sent humanitarian aid to the flooded region.', ['ITA:SOLIDARITY_AID']],
    ['China urged all parties to exercise restraint.', ['CHN:CALL_FOR_RESTRAINT']],
    ['Indonesia called for an immediate de-escalation of the fighting.', ['IDN:CALL_FOR_RESTRAINT']],
    ['Switzerland offered to mediate between the two sides.', ['CHE:CALL_FOR_DIALOGUE']],
    ['Mexico called for a negotiated solution to the crisis.', ['MEX:CALL_FOR_DIALOGUE']],
    ['Britain demanded the immediate release of the detained journalists.', ['GBR:DEMAND']],
    ['Washington imposed sanctions on three senior officers.', ['USA:THREATEN_PUNISH']],
    ['Ankara recalled its ambassador for consultations.', ['TUR:THREATEN_PUNISH']],
    ['Tehran rejected the accusations as baseless.', ['IRN:REJECT_DENY']],
    ['Pyongyang denied any role in the cyberattack.', ['PRK:REJECT_DENY']],
    ['Sweden said it was closely monitoring the situation.', ['SWE:NEUTRAL_MONITORING'], { it: 'SWE' }],
    ['Denmark declined to comment on the report.', ['DNK:NEUTRAL_MONITORING']],
  ]);
});

describe('negation: a negated act is no act, a refusal to back is a rejection', () => {
  table([
    ['India did not condemn the invasion.', []],
    ['Hungary stopped short of condemning the crackdown.', []],
    ['Beijing has never criticised the military government.', []],
    ['Brazil refused to back the resolution.', ['BRA:REJECT_DENY']],
    ['South Africa declined to endorse the final communique.', ['ZAF:REJECT_DENY']],
    ['Serbia did not welcome the ruling.', []],
    ['Japan was not concerned by the exercises.', []],
    ['Turkey failed to condemn the attack.', []],
    ['Mexico did not hesitate to condemn the killings.', ['MEX:CONDEMN']],
    ['Vietnam avoided criticising its neighbour.', []],
  ]);
});
