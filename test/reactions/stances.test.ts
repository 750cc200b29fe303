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
    ['Washington reaffirmed its commitment to defend the Philippines.', ['USA:SUPPORT']],
    ['Norway pledged to protect the island.', ['NOR:SUPPORT']],
  ]);
});

describe('a headline passive: the subject of "accused of" is judged, it judges no one', () => {
  table([
    ['Sudan accused of shelling refugee camp', []],
    ['Mexico praised for rescue effort', []],
    ['Egypt blamed for delay in aid convoys', []],
    ['Turkey accused Greece of shelling the camp.', ['TUR:CONDEMN']],
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
    // a negated modal of will or ability refuses: "cannot support", "will not endorse"
    ['Kenya said it could not support a text that ignores the government.', ['KEN:REJECT_DENY']],
    ['Argentina cannot endorse the final declaration.', ['ARG:REJECT_DENY']],
    ['Colombia will not endorse the plan.', ['COL:REJECT_DENY']],
    ['Peru did not support the resolution.', []],
    // "rule out" negates; "not rule out" leaves the act possible (kept, hedged)
    ['Canada did not rule out sanctions against the generals.', ['CAN:THREATEN_PUNISH']],
    ['Italy would not rule out military support for the government.', ['ITA:SUPPORT']],
    ['Ottawa ruled out sanctions against the generals.', []],
    ['Peru excluded any boycott of the summit.', []],
    // a measure judged a mistake is rejected, not threatened
    ['New sanctions would be a mistake, Hungary said.', ['HUN:REJECT_DENY']],
    ['Spain said a boycott was counterproductive.', ['ESP:REJECT_DENY']],
  ]);
});

describe('who reacts inside speech: the sayer, or the subject that performs the act', () => {
  table([
    ['“Israel is flagrantly violating international law,” Egypt said.', ['EGY:CONDEMN']],
    ['Ankara said Athens was defying the court.', ['TUR:CONDEMN'], { Athens: 'GRC' }],
    ['“Moscow must withdraw its troops,” the Polish minister said in Warsaw.', ['POL:DEMAND']],
    [
      '“The Security Council must condemn this massacre,” the Kenyan envoy told Nairobi reporters.',
      ['KEN:DEMAND'],
    ],
    ['The envoy from Canada said Britain will impose sanctions on the generals.', ['GBR:THREATEN_PUNISH']],
    ['Japan said Seoul had rejected the proposal.', ['KOR:REJECT_DENY']],
    ['“Even Beijing has condemned the test,” the Japanese premier said in Tokyo.', ['CHN:CONDEMN']],
    [
      '“We condemn this attack and Russia must stop it,” Kyiv said.',
      ['UKR:CONDEMN', 'UKR:DEMAND'],
      { it: 'RUS' },
    ],
    ['Cairo said the blockade was illegal.', ['EGY:CONDEMN']],
    ['“Russia faces further sanctions,” the Polish president warned in Warsaw.', ['POL:THREATEN_PUNISH']],
    ['“Iran lacks any legitimacy here,” the Saudi statement from Riyadh said.', ['SAU:REJECT_DENY']],
    ['“The world must stand with Sudan,” Kenya said.', ['KEN:SOLIDARITY_AID']],
    ['Egypt said Israel should show restraint.', ['EGY:CALL_FOR_RESTRAINT']],
    // the one addressed before "that" is no subject of what follows
    [
      'Egypt told the Security Council that the raid was illegal and called on all sides to show restraint.',
      ['EGY:CONDEMN', 'EGY:CALL_FOR_RESTRAINT'],
    ],
    [
      'Germany told France that the seizure was illegal and urged restraint.',
      ['DEU:CONDEMN', 'DEU:CALL_FOR_RESTRAINT'],
    ],
  ]);
});

describe('descriptive words are not the described party’s stance', () => {
  table([
    ['Israel launched a brutal offensive on the camp.', []],
    ['Iran is defying the Security Council, diplomats said.', []],
    ['Russia called the strike illegal.', ['RUS:CONDEMN']],
    ['Kyiv described the attack as barbaric.', ['UKR:CONDEMN']],
    ['Russia’s aggression continued for a third day.', []],
    ['Russia faces new sanctions after the vote.', []],
    ['Hamas violated the truce overnight, the army said.', []],
  ]);
});

describe('appeals and what they ask for', () => {
  table([
    [
      'China calls on the parties concerned to be rational and to find a solution.',
      ['CHN:CALL_FOR_DIALOGUE'],
    ],
    ['Qatar urged both sides to return to the negotiating table.', ['QAT:CALL_FOR_DIALOGUE']],
    ['Pakistan expects Kabul to uphold its commitments and deny shelter to the militants.', ['PAK:DEMAND']],
    ['Washington urged Beijing to reject the request from Moscow.', ['USA:DEMAND']],
    ['Kenya urged the rebels to release the hostages.', ['KEN:DEMAND']],
    ['Norway called on Israel and Hamas to agree to a ceasefire.', ['NOR:CALL_FOR_RESTRAINT']],
    ['Brazil asked the Security Council to hold an emergency meeting.', ['BRA:CALL_FOR_DIALOGUE']],
    [
      'Turkey said it was ready to mediate between Kyiv and Moscow.',
      ['TUR:CALL_FOR_DIALOGUE'],
      { it: 'TUR' },
    ],
    ['Indonesia supported calls for an urgent Security Council session.', ['IDN:CALL_FOR_DIALOGUE']],
    ['Jordan rejected the offer of talks.', ['JOR:REJECT_DENY']],
    ['Speaking at a Security Council meeting on Sudan, Kenya said the war must end.', ['KEN:DEMAND']],
  ]);
});

describe('nominal cues that are no act', () => {
  table([
    ['“Putting maximum pressure on a single country is not going to work,” China said.', []],
    ['“Sanctions are not the answer,” Brazil said.', []],
    ['Minsk kept dismissing the many and repeated concerns of the monitors.', []],
    ['The deal, which gave Tehran sanctions relief, collapsed in 2018.', []],
    ['“Our only concern is to protect our citizens,” Israel said.', []],
    ['Canada said it was deeply disappointed by the passage of the law.', ['CAN:CONCERN'], { it: 'CAN' }],
    ['Russia condemned the sanctions imposed by Brussels.', ['RUS:CONDEMN']],
    ['Iran denounced the embargo as economic terrorism.', ['IRN:CONDEMN']],
    ['Amid growing concern over the drought, Kenya held a cabinet meeting.', []],
    ['Despite the sanctions, Caracas kept exporting oil.', []],
    // sanctions lived with, weathered or got round are suffered, not imposed
    ['“Moscow has learned to live with sanctions,” an analyst said.', []],
    ['Tehran has weathered years of sanctions.', []],
    ['Pyongyang circumvented the embargo through ship-to-ship transfers.', []],
    ['Caracas survived the sanctions by selling oil to Asia.', []],
    ['Washington said it would tighten sanctions on Caracas.', ['USA:THREATEN_PUNISH']],
  ]);
});

describe('participles, relatives and coordination', () => {
  table([
    ['Russia, which is Serbia’s oldest partner, expressed concern about the standoff.', ['RUS:CONCERN']],
    [
      'Council members Greece, Kenya and Norway also supported the call for a meeting.',
      ['GRC:CALL_FOR_DIALOGUE', 'KEN:CALL_FOR_DIALOGUE', 'NOR:CALL_FOR_DIALOGUE'],
    ],
    [
      'Mexico, along with Chile and Peru, called an emergency meeting of the Security Council.',
      ['MEX:CALL_FOR_DIALOGUE', 'CHL:CALL_FOR_DIALOGUE', 'PER:CALL_FOR_DIALOGUE'],
    ],
    [
      'A meeting of the Security Council was requested by Japan and South Korea.',
      ['JPN:CALL_FOR_DIALOGUE', 'KOR:CALL_FOR_DIALOGUE'],
    ],
    ['The attack was condemned by Egypt, Jordan and Qatar.', ['EGY:CONDEMN', 'JOR:CONDEMN', 'QAT:CONDEMN']],
    [
      'Moscow said talks must continue, signalling its reluctance to endorse the plan.',
      ['RUS:CALL_FOR_DIALOGUE', 'RUS:REJECT_DENY'],
      { its: 'UKR' },
    ],
    [
      'Germany and France condemned the coup, while Russia blocked a joint statement.',
      ['DEU:CONDEMN', 'FRA:CONDEMN', 'RUS:REJECT_DENY'],
    ],
    ['After Serbia closed the border, Kosovo denounced the move.', ['XKX:CONDEMN']],
    ['Kyiv welcomed the decision, but Moscow rejected it.', ['UKR:SUPPORT', 'RUS:REJECT_DENY']],
  ]);
});

describe('reported positions and the documents that carry them', () => {
  table([
    ['Ankara accused Athens of violating the airspace.', ['TUR:CONDEMN'], { Athens: 'GRC' }],
    ['Moscow accused Kyiv of staging the attack.', ['RUS:CONDEMN']],
    [
      'Canada issued a statement on Tuesday. The statement threatened sanctions and visa bans.',
      ['CAN:THREATEN_PUNISH'],
    ],
    [
      'Kenya said it was alarmed. The statement also urged the generals to free the detainees.',
      ['KEN:CONCERN', 'KEN:DEMAND'],
      { it: 'KEN' },
    ],
    [
      '“We support the statements by Cuba calling for an urgent meeting of the Security Council,” Russia said.',
      ['CUB:CALL_FOR_DIALOGUE', 'RUS:CALL_FOR_DIALOGUE'],
    ],
    ['“These gunmen were in contact with their handlers abroad,” Pakistan said.', []],
    ['“We are in contact with the authorities in Cairo,” Spain said.', ['ESP:NEUTRAL_MONITORING']],
    ['“We will bring to justice everyone who was concerned with the raid,” Kenya said.', ['KEN:DEMAND']],
    ['Brazil warned that the decision would divide the region.', ['BRA:CONCERN']],
    ['Pyongyang warned that it would retaliate against any strike.', ['PRK:THREATEN_PUNISH'], { it: 'PRK' }],
    ['The 2015 deal, which provided Iran with sanctions relief, collapsed.', []],
    ['The United Nations urged Libyan factions to agree on a way forward.', ['UN:CALL_FOR_DIALOGUE']],
    // one party urged by name to return to talks is the call alone (the reaction gold codes it so)
    ['Egypt urged Israel to return to talks.', ['EGY:CALL_FOR_DIALOGUE']],
  ]);
});

describe('punitive measures, refusals and aid as acts', () => {
  table([
    ['Lebanon complained to the Security Council about the overflights.', ['LBN:CONDEMN']],
    ['Jordan summoned the Israeli ambassador over the raid.', ['JOR:CONDEMN']],
    ['Poland lodged a formal protest with Moscow.', ['POL:CONDEMN']],
    ['Kenya said it would boycott the summit.', ['KEN:THREATEN_PUNISH'], { it: 'KEN' }],
    ['Japan halted economic aid to Myanmar after the coup.', ['JPN:THREATEN_PUNISH']],
    ['Washington tightened sanctions on the oil sector.', ['USA:THREATEN_PUNISH']],
    ['Paris cancelled a planned visit to Algiers.', ['FRA:THREATEN_PUNISH'], { Algiers: 'DZA' }],
    ['Ethiopia expelled the human rights monitors.', ['ETH:THREATEN_PUNISH']],
    ['Syria said it will not accept more refugees.', ['SYR:REJECT_DENY'], { it: 'SYR' }],
    ['Turkey refused to join the coalition.', ['TUR:REJECT_DENY']],
    ['The junta reneged on its pledge to hold elections, Ghana said.', []],
    ['Switzerland donated medicine and food to the quake zone.', ['CHE:SOLIDARITY_AID']],
    ['Kenya granted asylum to the fleeing officers.', ['KEN:SOLIDARITY_AID']],
    ['Denmark refused to comment on the arrests.', ['DNK:NEUTRAL_MONITORING']],
  ]);
});

describe('judging adjectives describe their subject', () => {
  table([
    ['“Pakistan’s claims are baseless,” Kabul said.', ['AFG:REJECT_DENY']],
    ['Kabul called Islamabad’s assertions baseless in a statement.', ['AFG:REJECT_DENY']],
    [
      'Brussels backed the strike on the port, saying Caracas lacked legitimacy.',
      ['EU:REJECT_DENY', 'EU:SUPPORT'],
    ],
    ['Moscow’s claims were false, Kyiv said.', ['UKR:REJECT_DENY']],
    ['“Washington’s blockade is illegal,” Havana said.', ['CUB:CONDEMN']],
    ['Tokyo said it was deeply concerned.', ['JPN:CONCERN'], { it: 'JPN' }],
    ['“Berlin is supportive of the plan,” Germany’s chancellor said in Warsaw.', ['DEU:SUPPORT']],
  ]);
});

describe('support and justification', () => {
  table([
    ['Washington said Israel had the right to defend itself.', ['USA:SUPPORT']],
    ['Hungary defended the decision to close the border.', ['HUN:SUPPORT']],
    ['Pyongyang defended Moscow and Minsk’s new treaty.', ['PRK:SUPPORT'], { Minsk: 'BLR' }],
    ['Government troops defended the city against the rebels, Kenya said.', []],
    ['Argentina hailed the agreement as a breakthrough.', ['ARG:SUPPORT']],
    ['Chile applauded the peaceful transfer of power.', ['CHL:SUPPORT']],
    ['Peru commended the electoral commission.', ['PER:SUPPORT']],
    ['Morocco expressed its full support for the plan.', ['MAR:SUPPORT']],
    ['Ghana endorsed the candidate for the top job.', ['GHA:SUPPORT']],
    ['Australia called the deal a step in the right direction.', ['AUS:SUPPORT']],
    ['Kyiv reaffirmed its commitment to the sovereignty of Moldova.', ['UKR:SUPPORT'], { Moldova: 'MDA' }],
    ['The strike was justified, Tehran said.', ['IRN:SUPPORT']],
    ['“Our commitment to Tokyo is ironclad,” Washington said.', ['USA:SUPPORT']],
    ['“Our commitment to Kyiv remains unwavering,” Berlin said.', ['DEU:SUPPORT']],
    ['London reaffirmed its steadfast commitment to its Gulf partners.', ['GBR:SUPPORT']],
    // a commitment to something else is no backing of a party
    ['Berlin said the company’s commitment to safety had been weak.', []],
  ]);
});

describe('solidarity and aid', () => {
  table([
    ['Egypt expressed solidarity with the people of Libya.', ['EGY:SOLIDARITY_AID'], { Libya: 'LBY' }],
    ['Turkey sent rescuers and relief supplies to Syria.', ['TUR:SOLIDARITY_AID']],
    ['Japan pledged emergency assistance to the Philippines.', ['JPN:SOLIDARITY_AID']],
    ['“Our thoughts and prayers are with the victims,” Canada said.', ['CAN:SOLIDARITY_AID']],
    ['India said it stood ready to help Nepal.', ['IND:SOLIDARITY_AID'], { Nepal: 'NPL', it: 'IND' }],
    ['Norway mourned the victims of the ferry disaster.', ['NOR:SOLIDARITY_AID']],
    ['Qatar offered help to the flood victims.', ['QAT:SOLIDARITY_AID']],
    ['Britain said it would release funds for shelter kits.', ['GBR:SOLIDARITY_AID'], { it: 'GBR' }],
  ]);
});

describe('restraint and dialogue', () => {
  table([
    ['Indonesia urged both sides to avoid further escalation.', ['IDN:CALL_FOR_RESTRAINT']],
    // one party asked by name for nothing but restraint or talks: the call, no demand
    ['Pakistan urged India to show restraint.', ['PAK:CALL_FOR_RESTRAINT']],
    ['Chile urged Peru to return to talks.', ['CHL:CALL_FOR_DIALOGUE']],
    // … for an act of its own as well: a demand too
    ['Egypt urged Israel to accept the ceasefire.', ['EGY:CALL_FOR_RESTRAINT', 'EGY:DEMAND']],
    ['The African Union called for calm in the capital.', ['AU:CALL_FOR_RESTRAINT']],
    ['Brazil called for a ceasefire in Sudan.', ['BRA:CALL_FOR_RESTRAINT']],
    ['“International law must be respected,” Mexico said.', ['MEX:CALL_FOR_RESTRAINT']],
    [
      'Vietnam urged all parties to refrain from actions that could raise tensions.',
      ['VNM:CALL_FOR_RESTRAINT'],
    ],
    ['Kenya urged the parties to resolve the dispute through dialogue.', ['KEN:CALL_FOR_DIALOGUE']],
    ['“Only a political solution can end this war,” Jordan said.', ['JOR:CALL_FOR_DIALOGUE']],
    ['Qatar said it was ready to mediate.', ['QAT:CALL_FOR_DIALOGUE'], { it: 'QAT' }],
    ['Brazil requested an urgent meeting of the Security Council.', ['BRA:CALL_FOR_DIALOGUE']],
    ['Switzerland offered its good offices to both governments.', ['CHE:CALL_FOR_DIALOGUE']],
    ['Seoul said the two Koreas should resume talks.', ['KOR:CALL_FOR_DIALOGUE']],
    ['Norway welcomed the resumption of talks.', ['NOR:CALL_FOR_DIALOGUE']],
  ]);
});

describe('rejections and denials', () => {
  table([
    ['Beijing rejected the report as interference in its internal affairs.', ['CHN:REJECT_DENY']],
    ['Moscow dismissed the allegations as propaganda.', ['RUS:REJECT_DENY']],
    ['“These claims are completely false,” Pyongyang said.', ['PRK:REJECT_DENY']],
    ['Caracas said it would no longer recognise the commission.', ['VEN:REJECT_DENY'], { it: 'VEN' }],
    ['Tehran denied any involvement in the attack.', ['IRN:REJECT_DENY']],
    ['Damascus said it had nothing to do with the bombing.', ['SYR:REJECT_DENY'], { it: 'SYR' }],
    ['Havana refuted the accusations.', ['CUB:REJECT_DENY']],
    ['Ankara rebuffed the request from Stockholm.', ['TUR:REJECT_DENY'], { Stockholm: 'SWE' }],
  ]);
});

describe('reviewing a relationship or aid is a punitive signal', () => {
  table([
    ['Washington said it was reviewing its relationship with Cairo.', ['USA:THREATEN_PUNISH']],
    ['Berlin said it would reassess its assistance to the government.', ['DEU:THREATEN_PUNISH']],
    ['Tokyo said it would review the proposal.', []],
  ]);
});

describe('"would not allow" is a warning of force, as "will not allow" is', () => {
  table([
    [
      'Nairobi warned that the government would not allow rioters to destroy the city.',
      ['KEN:THREATEN_PUNISH'],
      { Nairobi: 'KEN' },
    ],
    ['“We would never allow such attacks to go unanswered,” Ankara said.', ['TUR:THREATEN_PUNISH']],
    ['The court said it would not allow the evidence.', []],
  ]);
});

describe('an accusation called false is denied, not made', () => {
  table([
    ['Cairo called the accusations baseless.', ['EGY:REJECT_DENY']],
    ['Tehran termed the allegations unfounded.', ['IRN:REJECT_DENY']],
    ['Moscow described the accusations as absurd and politically motivated.', ['RUS:REJECT_DENY']],
    ['Beijing said the accusations against its coast guard were completely baseless.', ['CHN:REJECT_DENY']],
    ['Ankara called the accusation groundless.', ['TUR:REJECT_DENY']],
    ['Hamas denied any role, calling the accusations “lies”.', ['org:hamas:REJECT_DENY']],
    ['Tehran called the accusations pure fiction.', ['IRN:REJECT_DENY']],
    ['Cairo termed the allegations “complete nonsense”.', ['EGY:REJECT_DENY']],
    // the accuser's own accusation stays a condemnation
    ['Kyiv repeated its accusation that Moscow had shelled the plant.', ['UKR:CONDEMN']],
    ['Berlin accused Moscow of spreading baseless claims.', ['DEU:CONDEMN']],
  ]);
});

describe('monitoring and no comment', () => {
  table([
    ['“We are following the situation closely,” Japan said.', ['JPN:NEUTRAL_MONITORING']],
    [
      'Berlin said it was in close contact with the authorities in Cairo.',
      ['DEU:NEUTRAL_MONITORING'],
      { it: 'DEU' },
    ],
    ['The State Department declined to comment.', ['USA:NEUTRAL_MONITORING']],
    ['Britain advised its citizens to leave the country.', ['GBR:NEUTRAL_MONITORING']],
    ['“It is too early to draw conclusions,” France said.', ['FRA:NEUTRAL_MONITORING']],
    ['The embassy of Canada is monitoring developments, the statement said.', []],
    [
      'Paris said it was following the situation with the greatest attention.',
      ['FRA:NEUTRAL_MONITORING'],
      { it: 'FRA' },
    ],
    ['“We are watching events in the north with great vigilance,” Tokyo said.', ['JPN:NEUTRAL_MONITORING']],
    ['Berlin said its experts followed the debate with attention.', []],
  ]);
});

describe('an appeal to respect an order or a process names no party: restraint, not a demand', () => {
  table([
    ['Italy urged respect for the electoral process.', ['ITA:CALL_FOR_RESTRAINT']],
    ['Japan called for respect for the rule of law and the constitution.', ['JPN:CALL_FOR_RESTRAINT']],
    ['The African Union urged all sides to respect the constitutional order.', ['AU:CALL_FOR_RESTRAINT']],
    ['“The constitution must be respected,” Egypt said.', ['EGY:CALL_FOR_RESTRAINT']],
    // a judgement of disrespect is no appeal; a concrete act asked of a named party stays a demand
    ['Canada said the junta had shown no respect for the constitution.', []],
    ['Britain urged the junta to release the president.', ['GBR:DEMAND']],
  ]);
});

describe('demands and threats with named parties', () => {
  table([
    ['Kyiv demanded that Moscow withdraw its troops.', ['UKR:DEMAND']],
    ['“Hamas must release all hostages,” Washington said.', ['USA:DEMAND']],
    ['Egypt called on Israel to halt the offensive.', ['EGY:DEMAND']],
    ['Kenya insisted that the rebels must disarm.', ['KEN:DEMAND']],
    ['Paris said those responsible must be held accountable.', ['FRA:DEMAND']],
    ['Washington warned of serious consequences for Tehran.', ['USA:THREATEN_PUNISH']],
    ['Beijing vowed to retaliate against the tariffs.', ['CHN:THREATEN_PUNISH']],
    ['“We will respond firmly,” Pyongyang said.', ['PRK:THREATEN_PUNISH']],
    ['London froze the assets of the oligarchs.', ['GBR:THREATEN_PUNISH']],
    ['Canada expelled two Russian diplomats.', ['CAN:THREATEN_PUNISH'], { Russian: 'RUS' }],
  ]);
});

describe('who is not a reacting actor', () => {
  table([
    ['“This is a disaster,” said analyst Lena Ortiz.', []],
    ['Dr Lena Ortiz condemned the decision.', []],
    ['Protesters in Paris condemned the reform.', []],
    ['Residents said they were worried about the dam.', []],
    ['“The strike was reckless,” a witness said.', []],
  ]);
});

describe('demands and measures that are someone else’s', () => {
  table([
    ['Maputo accepted demands from the rebels for political reforms.', [], { Maputo: 'MOZ' }],
    ['Washington said it would not meet the kidnappers’ demands.', []],
    ['“Removing the sanctions now is out of the question,” London said.', []],
    ['Greece demanded that its partners refuse to recognise the new state.', ['GRC:DEMAND']],
    ['Islamabad urged its citizens to avoid travel to the region.', ['PAK:NEUTRAL_MONITORING']],
    [
      'Tunis warned that police will no longer tolerate the sit-ins.',
      ['TUN:THREATEN_PUNISH'],
      { Tunis: 'TUN' },
    ],
  ]);
});

describe('groups and their members', () => {
  table([
    [
      'Also speaking were the representatives of Mexico and Chile, who called for a ceasefire.',
      ['MEX:CALL_FOR_RESTRAINT', 'CHL:CALL_FOR_RESTRAINT'],
      { 'representatives of Mexico': 'MEX', Mexico: 'MEX', Chile: 'CHL' },
    ],
    ['NATO members also stressed the need to avoid escalation.', ['NATO:CALL_FOR_RESTRAINT']],
    ['European Union members condemned the vote.', ['EU:CONDEMN']],
    // the members listed after "including" or "such as" act
    [
      'Several states, including Spain and Ireland, called for a ceasefire.',
      ['ESP:CALL_FOR_RESTRAINT', 'IRL:CALL_FOR_RESTRAINT'],
      { Ireland: 'IRL' },
    ],
    [
      'Security Council members Kenya and Ghana called for calm.',
      ['KEN:CALL_FOR_RESTRAINT', 'GHA:CALL_FOR_RESTRAINT'],
    ],
  ]);
});

describe('acts received or performed by someone who is no actor', () => {
  table([
    ['Kenya has won praise from donors for the reform.', []],
    ['“The plan has strong support from voters,” Paris said.', []],
    ['“We need a law so that polluters cannot deny the damage,” Norway said.', []],
    ['“Some lawmakers reject the plan,” Chile said.', []],
    ['“The government condemns this attack,” Chile said.', ['CHL:CONDEMN']],
    ['“Their overriding concern is stability,” Jordan said.', []],
  ]);
});

describe('cues that only describe a noun', () => {
  table([
    // a stance word inside an actor's name is part of the name
    [
      'Egypt condemned the siege by the Rapid Support Forces.',
      ['EGY:CONDEMN'],
      { 'Rapid Support Forces': 'org:rsf' },
    ],
    ['The Solidarity union welcomed the deal.', ['org:solidarity:SUPPORT'], { Solidarity: 'org:solidarity' }],
    ['Chile gave airtime to their widely repudiated theories.', []],
    ['The much criticised plan was shelved by Peru.', []],
    ['Mexico’s president saw his approval ratings fall.', []],
    ['Britain said a coalition would provide monitoring mechanisms for the truce.', []],
    ['The scandal hurt Kenya’s standing with donors.', []],
    ['RT is a propaganda arm.', []],
    ['RT is a propaganda arm, Poland said.', ['POL:REJECT_DENY']],
    ['Moscow called the report propaganda.', ['RUS:REJECT_DENY']],
    ['“This gives people false hope,” Norway said.', []],
    ['Manila rejected the false claims made by Hanoi.', ['PHL:REJECT_DENY'], { Hanoi: 'VNM' }],
    ['“These reports are false,” Kyiv said.', ['UKR:REJECT_DENY']],
    ['Canada said 40 percent of voters support the plan.', []],
  ]);
});

describe('experiencers, addressees, polls and acts not done', () => {
  table([
    ['The shelling worries Egypt, officials said.', ['EGY:CONCERN']],
    ['The rise in prices is something that concerns Kenya.', ['KEN:CONCERN']],
    ['Egypt worried about the shelling.', ['EGY:CONCERN']],
    ['Japan warned Pyongyang to refrain from further launches.', ['JPN:CALL_FOR_RESTRAINT']],
    ['Brussels told Warsaw to reverse the judicial reform.', ['EU:DEMAND']],
    ['The soldiers were told to turn back, Ghana said.', []],
    ['Kyiv was urged to accept the plan.', []],
    ['Ghana won 42 percent support in the regional poll.', []],
    ['Seoul backed off its earlier proposal.', []],
    ['Kenya consolidated the support of the African Union for its candidate.', []],
    ['Kenya stressed its support of the African Union mission.', ['KEN:SUPPORT']],
    ['Cuba has faced sharp criticism over the arrests.', []],
    ['Cuba has been harshly criticised for policies that critics see as abuses of power.', []],
    ['Egypt condemned that decision on Monday.', ['EGY:CONDEMN']],
    ['Caracas ignored the repeated demands of the opposition.', []],
    ['Peru should change the law rather than criticise the court, Chile said.', []],
    ['Instead of condemning the coup, Mali praised the army.', ['MLI:SUPPORT']],
    [
      '“Focus on your own problems instead of such irresponsible remarks,” Kabul told Islamabad.',
      ['AFG:CONDEMN'],
    ],
    ['The crisis is spiralling out of control, Kenya warned.', ['KEN:CONCERN']],
  ]);
});

describe('more of the words of diplomacy', () => {
  table([
    ['Turkey said it was outraged by the killings.', ['TUR:CONDEMN'], { it: 'TUR' }],
    ['Norway was appalled by the attack on the school.', ['NOR:CONDEMN']],
    ['Japan was shocked by the assassination.', ['JPN:CONCERN']],
    ['Kyiv accused Moscow of genocide.', ['UKR:CONDEMN']],
    ['“This is genocide,” Armenia said.', ['ARM:CONDEMN']],
    ['The genocide of 1994 left deep scars, Kenya said.', ['KEN:CONDEMN']],
    ['Ankara suspended talks with Athens.', ['TUR:THREATEN_PUNISH'], { Athens: 'GRC' }],
    ['Canada closed its embassy in Tehran.', ['CAN:THREATEN_PUNISH']],
    ['Beijing hit back at Washington over the tariffs.', ['CHN:REJECT_DENY']],
    ['Washington lifted sanctions on the airline.', []],
    ['Brussels eased sanctions on Caracas.', []],
    ['Qatar welcomed the ceasefire.', ['QAT:SUPPORT']],
    ['Egypt joined calls for an immediate ceasefire.', ['EGY:CALL_FOR_RESTRAINT']],
    ['Jordan joined calls for an independent investigation.', ['JOR:DEMAND']],
    ['Indonesia expressed hope that talks would resume.', ['IDN:CALL_FOR_DIALOGUE']],
  ]);
});

describe('subordinate clauses and accusations', () => {
  table([
    [
      'Protesters gathered at the embassy of France a day after Mali’s government accused Paris of interfering in its internal affairs.',
      ['MLI:CONDEMN'],
    ],
    ['Moscow blamed Kyiv for the attack on the dam.', ['RUS:CONDEMN']],
    ['The government of France condemned the coup.', ['FRA:CONDEMN']],
    ['Fishermen off the coast of Peru condemned the spill.', []],
    ['Kenya appealed to the opposition to pursue its complaints in court.', ['KEN:DEMAND']],
    ['Since Egypt condemned the raid, talks have stalled.', ['EGY:CONDEMN']],
  ]);
});

describe('offers that back a call', () => {
  table([
    ['Brazil offered its support to any dialogue between the parties.', ['BRA:CALL_FOR_DIALOGUE']],
    ['Brazil offered support to the flood victims.', ['BRA:SOLIDARITY_AID']],
  ]);
});

describe('opposition and demands met', () => {
  table([
    ['Morocco is opposed to Spanish mediation in the dispute.', ['MAR:REJECT_DENY'], { Spanish: 'ESP' }],
    ['Russia opposes the draft resolution.', ['RUS:REJECT_DENY']],
    ['China firmly opposes the arms sale.', ['CHN:CONDEMN']],
    ['Washington said it would not meet the hostage-takers’ demands.', []],
    ['The opposition marched in Nairobi.', []],
  ]);
});

describe('according to', () => {
  table([
    ['According to Cairo, the blockade is illegal.', ['EGY:CONDEMN']],
    ['The raid was a flagrant violation of international law, according to Jordan.', ['JOR:CONDEMN']],
    ['According to Nairobi, Kampala rejected the proposal.', ['UGA:REJECT_DENY'], { Kampala: 'UGA' }],
    ['According to Dr Lena Ortiz, the blockade is illegal.', []],
  ]);
});
