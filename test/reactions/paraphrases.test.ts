// Stage 6 alone: paraphrases of each reaction stance as wire copy, statements and round-ups word them
// (verbs, nouns, idioms, intensity, diplomatic formulas), with the negated, hedged and descriptive
// forms that must not fire. Every sentence is invented. A row the stage still reads wrongly can be kept
// as a known gap (`it.fails.each`) until a change fixes it and moves it into its table.
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors.js';
import { pairsOf } from './fixture.js';

type Row = [text: string, expected: string[], extra?: Record<string, string>];

const pairs = (text: string, extra: Record<string, string> = {}) =>
  pairsOf(text, { actors: { ...ACTORS, ...extra } });

const table = (rows: Row[]) =>
  it.each(rows)('%s', (text, expected, extra) => {
    expect(pairs(text, extra)).toEqual([...expected].sort());
  });

describe('CONDEMN: rebukes, judgements and their negations', () => {
  table([
    ['Spain strongly condemns the bombing of the refugee camp.', ['ESP:CONDEMN']],
    ['Norway deplores the loss of civilian life in the strikes.', ['NOR:CONDEMN']],
    ['Kenya called the killings an affront to human dignity.', ['KEN:CONDEMN']],
    ['Sweden called the veto a disgrace.', ['SWE:CONDEMN']],
    ['Norway called the bombing "shocking".', ['NOR:CONDEMN']],
    ['Greece said such violence has no place in a democracy.', ['GRC:CONDEMN']],
    ['Denmark said the blockade was an insult to the victims.', ['DNK:CONDEMN']],
    ['Chile voiced strong disapproval of the decision.', ['CHL:CONDEMN']],
    ['Jordan censured Israel over the raid on the mosque.', ['JOR:CONDEMN']],
    ['Egypt described the shelling as a heinous crime.', ['EGY:CONDEMN']],
    ['Ghana said the attack on the peacekeepers was an outrage.', ['GHA:CONDEMN']],
    ['Mexico lashed out at Washington over the deportations.', ['MEX:CONDEMN']],
    ['Pretoria hit out at the decision to close the border.', ['ZAF:CONDEMN']],
    ['Turkey rebuked Greece over the militarisation of the islands.', ['TUR:CONDEMN']],
    ['Peru called the cartoon deeply disrespectful.', ['PER:CONDEMN']],
    ['Chile described the ruling as a blow to democracy.', ['CHL:CONDEMN']],
    ['Peru said the arrests were a serious setback to the rights of the people.', ['PER:CONDEMN']],
    ['Chile said the remarks were insulting and intolerable.', ['CHL:CONDEMN']],
    ['Iraq launched an offensive against the militants.', []],
    ['Cairo conveyed its strong displeasure to the ambassador.', ['EGY:CONDEMN']],
    ['Ankara railed against what it called Western hypocrisy.', ['TUR:CONDEMN']],
    ['Russia violated the ceasefire within hours, Ukraine said.', ['UKR:CONDEMN']],
    ['Hungary declined to condemn the crackdown.', []],
    ['Germany was condemned by rights groups for the deportations.', []],
    ['Beijing refrained from criticising Moscow.', []],
    ['Critics accused Canada of failing to act.', []],
    ['Kenya might condemn the vote if it goes ahead.', []],
    [
      'The Secretary-General of the United Nations condemns in the strongest terms the attack on the convoy.',
      ['UN:CONDEMN'],
    ],
    ['The African Union rejects any unconstitutional change of government in Niger.', ['AU:REJECT_DENY']],
    ['Ghana called the takeover an unconstitutional seizure of power.', ['GHA:CONDEMN']],
    [
      'Brussels considers the annexation illegal and will never recognise it.',
      ['EU:CONDEMN', 'EU:REJECT_DENY'],
    ],
    ['“Such crimes must not go unpunished,” Kenya said.', ['KEN:DEMAND']],
    ['Israel said the attack would not go unpunished.', ['ISR:THREATEN_PUNISH']],
    ['Cairo said the raid was a blatant breach of the truce.', ['EGY:CONDEMN']],
    ['Peru denounced what it described as a witch hunt against the opposition.', ['PER:CONDEMN']],
    ['“This is a cowardly act,” Nigeria said.', ['NGA:CONDEMN']],
    ['Argentina criticised the ruling, calling it a dangerous precedent.', ['ARG:CONDEMN']],
    ['Norway has so far refrained from condemning the vote.', []],
    ['Ghana said it was not in a position to condemn anyone.', []],
    ['Kyiv blasted the referendum as a farce.', ['UKR:CONDEMN']],
    ['Paris decried the expulsion of the journalists.', ['FRA:CONDEMN']],
    ['Seoul took aim at Tokyo over the export curbs.', ['KOR:CONDEMN']],
    ['Kenya could condemn the vote if it is rigged.', []],
    ['Critics in Ghana lamented the failure of Nigeria to condemn the coup.', []],
    ['Egypt questioned the legitimacy of the vote.', ['EGY:REJECT_DENY']],
    ['Kenya has cast doubt on the credibility of the count.', ['KEN:REJECT_DENY']],
    ['Berlin called the decision short-sighted.', ['DEU:CONDEMN']],
    ['Jordan said the storming of the compound was a flagrant provocation.', ['JOR:CONDEMN'], { it: 'JOR' }],
    ['Turkey vehemently condemned the burning of the holy book.', ['TUR:CONDEMN']],
    ['Greece regrets and condemns the decision.', ['GRC:CONCERN', 'GRC:CONDEMN']],
    ['Japan registered a strong protest with Beijing over the incursion.', ['JPN:CONDEMN']],
    ['Seoul issued a stern warning to Tokyo over the textbook.', ['KOR:THREATEN_PUNISH']],
    ['Kenya has not lodged a protest with Uganda.', [], { Uganda: 'UGA' }],
    ['Manila called the ramming a terrorist act.', ['PHL:CONDEMN']],
    ['Tehran said Washington had crossed a red line.', ['IRN:CONDEMN']],
    ['Beijing strongly objected to the visit of the delegation.', ['CHN:CONDEMN']],
    ['Cairo reacted angrily to the decision.', ['EGY:CONDEMN']],
    ['Ankara expressed its indignation at the cartoons.', ['TUR:CONDEMN']],
    ['Jordan called the raid unwarranted.', ['JOR:CONDEMN']],
    ['A terrorist attack killed 20 people in the capital, Kenya said.', []],
    ['The decision angered Beijing.', []],
    ['Egypt expressed outrage at the killings.', ['EGY:CONDEMN']],
    ['The killings caused outrage in Cairo.', []],
    ['The pent-up fury of voters in Kenya surprised the government.', []],
    ['Egypt voiced its anger at the killing of the two soldiers.', ['EGY:CONDEMN']],
    ['The European Union deplores the continued detention of the opposition leader.', ['EU:CONDEMN']],
    ['NATO condemns in the strongest possible terms the downing of the aircraft.', ['NATO:CONDEMN']],
    // rejecting a violent act condemns it; rejecting words or proposals still rejects them
    ['Portugal firmly repudiates the attack on the mission.', ['PRT:CONDEMN'], { Portugal: 'PRT' }],
    ['Kenya rejects all forms of violence against civilians.', ['KEN:CONDEMN']],
    ['Peru rejected the cowardly assassination of the mayor.', ['PER:CONDEMN']],
    ['Norway said every party must reject political violence.', ['NOR:CONDEMN']],
    ['Ghana rejected the proposal to delay the vote.', ['GHA:REJECT_DENY']],
    ['Cairo rejected claims of an attack on the convoy.', ['EGY:REJECT_DENY']],
    ['Mexico has yet to condemn the coup.', []],
    ['Kenya has not yet condemned the coup.', []],
    ['Germany said the air strikes were disproportionate.', ['DEU:CONDEMN']],
    ['Norway called the raids indiscriminate.', ['NOR:CONDEMN']],
    ['Spain condemned the excessive use of force against the marchers.', ['ESP:CONDEMN']],
    ['A disproportionate share of the aid went to the capital, Kenya said.', []],
    ['Japan condemned the raid yet refused to expel the envoy.', ['JPN:CONDEMN', 'JPN:REJECT_DENY']],
    ['Turkey dismissed the referendum as a sham.', ['TUR:CONDEMN', 'TUR:REJECT_DENY']],
    ['Spain dismissed the blockade as an act of aggression.', ['ESP:CONDEMN', 'ESP:REJECT_DENY']],
    ['Ghana called the incursion an act of aggression.', ['GHA:CONDEMN']],
    ['Chile described the raid as a violation of international law.', ['CHL:CONDEMN']],
    ['Peru urged the army to end violations of the truce.', ['PER:DEMAND']],
    ['Egypt rejected the accusations as baseless.', ['EGY:REJECT_DENY']],
    ['Brazil branded the raid a blatant violation of international law.', ['BRA:CONDEMN']],
    ['Kenya’s embattled president condemned the raid.', ['KEN:CONDEMN']],
    ['Kenya notes the report.', []],
  ]);
});

describe('CONCERN: worry, regret and unease', () => {
  table([
    ['Peru warned against any foreign military presence in the region.', ['PER:CONCERN']],
    ['Japan takes note with concern of the latest launch.', ['JPN:CONCERN']],
    ['The United Nations is gravely concerned about the humanitarian situation.', ['UN:CONCERN']],
    ['Canada is profoundly disturbed by reports of mass arrests.', ['CAN:CONCERN']],
    ['Norway finds the reports deeply troubling.', ['NOR:CONCERN']],
    [
      'Brazil said it feared that the conflict could spread to its neighbours.',
      ['BRA:CONCERN'],
      { it: 'BRA' },
    ],
    ['Australia voiced unease over the new security law.', ['AUS:CONCERN']],
    ['Indonesia lamented the collapse of the truce.', ['IDN:CONCERN']],
    ['Ghana warned of a looming humanitarian catastrophe.', ['GHA:CONCERN']],
    ['The African Union expressed apprehension about the delayed elections.', ['AU:CONCERN']],
    ['Chile regrets that the council failed to act.', ['CHL:CONCERN']],
    ['Sweden noted with deep concern the rising number of executions.', ['SWE:CONCERN']],
    ['Argentina bemoaned the lack of progress on the debt talks.', ['ARG:CONCERN']],
    ['Canada expressed dissatisfaction with the pace of the reforms.', ['CAN:CONCERN']],
    ['Morocco called the outcome deeply regrettable.', ['MAR:CONCERN'], { Morocco: 'MAR' }],
    ['Italy is perturbed by the rise in attacks on shipping.', ['ITA:CONCERN']],
    ['Canada shared its concerns with Beijing.', ['CAN:CONCERN']],
    ['Japan is not worried about the exercises.', []],
    ['Egypt said there was no cause for concern.', ['EGY:REJECT_DENY']],
    ['Tokyo dismissed concerns over the release of the water.', ['JPN:REJECT_DENY']],
    ['Concern is growing in Kenya over the drought.', []],
    [
      'ASEAN expressed grave concern over the worsening situation in Myanmar.',
      ['ASEAN:CONCERN'],
      { ASEAN: 'ASEAN' },
    ],
    ['The African Union remains deeply concerned by the humanitarian toll of the fighting.', ['AU:CONCERN']],
    ['Japan said it was watching the buildup with alarm.', ['JPN:CONCERN'], { it: 'JPN' }],
    ['Norway called the news deeply worrying.', ['NOR:CONCERN']],
    ['Turkey said it feared that a new wave of refugees would follow.', ['TUR:CONCERN'], { it: 'TUR' }],
    ['India voiced disquiet at the arrests of its fishermen.', ['IND:CONCERN']],
    ['“We are extremely concerned,” Germany said.', ['DEU:CONCERN']],
    ['Canada said the expulsions were regrettable.', ['CAN:CONCERN']],
    ['Egypt said it had no concerns about the dam.', []],
    ['“There is no need to be alarmed,” Tokyo said.', []],
    ['Nigeria rued the missed chance for peace.', ['NGA:CONCERN']],
    ['Brazil called the escalation alarming.', ['BRA:CONCERN']],
    ['Fears of a wider war grew in Cairo.', []],
    ['Kenya said the drought had left distressed communities without water.', []],
    ['Canada is concerned but not alarmed by the tests.', ['CAN:CONCERN']],
    ['Mexico regrets the decision of Washington to deport the migrants.', ['MEX:CONCERN']],
    ['Poland said the incident was a cause for concern.', ['POL:CONCERN'], { it: 'POL' }],
    ['Germany expressed reservations about the plan.', ['DEU:CONCERN']],
    ['The United Nations cautioned that the famine could spread.', ['UN:CONCERN']],
    ['Canada called the verdict disappointing.', ['CAN:CONCERN']],
    ['Spain said it feared for the safety of the crew.', ['ESP:CONCERN'], { it: 'ESP' }],
    ['The African Union takes note with deep concern of the clashes in the capital.', ['AU:CONCERN']],
    ['The United Nations regrets the loss of life among the peacekeepers.', ['UN:CONCERN']],
    ['Peru views the developments with great concern.', ['PER:CONCERN']],
    ['The European Union notes with regret that the election was postponed again.', ['EU:CONCERN']],
  ]);
});

describe('SUPPORT: praise, backing and satisfaction', () => {
  table([
    ['Canada said it would send more weapons to Ukraine.', ['CAN:SUPPORT']],
    ['Japan will provide air defence systems to the Philippines.', ['JPN:SUPPORT']],
    ['Chile sent medicine to the flooded towns.', ['CHL:SOLIDARITY_AID']],
    ['Ghana reaffirms its unwavering support for the transitional authorities.', ['GHA:SUPPORT']],
    ['Morocco lauded the peace agreement.', ['MAR:SUPPORT']],
    ['Argentina welcomed with satisfaction the signing of the accord.', ['ARG:SUPPORT']],
    ['India extended its warm congratulations to the new prime minister.', ['IND:SUPPORT']],
    ['Peru expressed appreciation for the swift work of the rescue teams.', ['PER:SUPPORT']],
    ['Australia voiced full backing for the investigation.', ['AUS:SUPPORT']],
    ['Japan called the accord a welcome step toward peace.', ['JPN:SUPPORT']],
    ['Egypt threw its weight behind the plan.', ['EGY:SUPPORT']],
    ['Qatar said it was encouraged by the progress made so far.', ['QAT:SUPPORT']],
    ['Brazil said it stands firmly behind the elected government.', ['BRA:SUPPORT']],
    ['Hungary voted in favour of the resolution.', ['HUN:SUPPORT']],
    ['Pakistan expressed satisfaction with the outcome of the summit.', ['PAK:SUPPORT']],
    ['Nigeria rallied behind the candidacy of Ghana.', ['NGA:SUPPORT']],
    ['Washington stopped short of endorsing the plan.', []],
    ['Support for the ruling party fell in Peru.', []],
    ['Japan was not pleased with the outcome.', []],
    ['Brazil refused to back the sanctions.', ['BRA:REJECT_DENY']],
    [
      'The European Union reaffirms its unwavering support for the sovereignty of Moldova.',
      ['EU:SUPPORT'],
      { Moldova: 'MDA' },
    ],
    ['The African Union welcomes the signing of the peace agreement in Addis Ababa.', ['AU:SUPPORT']],
    ['Kenya congratulated Ghana on the smooth conduct of the elections.', ['KEN:SUPPORT']],
    ['Qatar expressed its appreciation for the role played by Egypt.', ['QAT:SUPPORT']],
    ['Brazil lauded the courage of the negotiators.', ['BRA:SUPPORT']],
    ['Germany applauded the decision to free the prisoners.', ['DEU:SUPPORT']],
    ['Indonesia said it was pleased with the outcome of the vote.', ['IDN:SUPPORT'], { it: 'IDN' }],
    ['Washington said it stood squarely behind Taipei.', ['USA:SUPPORT'], { Taipei: 'TWN' }],
    ['Few countries welcomed the coup, Ghana said.', []],
    ['Jordan rallied behind the plan of Egypt.', ['JOR:SUPPORT']],
    ['Ghana withdrew its candidate in favour of Nigeria.', []],
    ['Kenya’s refusal to back the plan angered its neighbours.', ['KEN:REJECT_DENY']],
    ['Italy fully supports the proposal of the African Union.', ['ITA:SUPPORT']],
    [
      'Germany expressed its full solidarity with and support for Ukraine.',
      ['DEU:SOLIDARITY_AID', 'DEU:SUPPORT'],
    ],
    ['Qatar said it appreciated the efforts of Egypt.', ['QAT:SUPPORT'], { it: 'QAT' }],
    ['Pakistan defended the right of Kabul to choose its own leaders.', ['PAK:SUPPORT']],
    ['Minsk sided with Moscow in the dispute.', ['BLR:SUPPORT'], { Minsk: 'BLR' }],
    ['Hungary rushed to the defence of its ally.', ['HUN:SUPPORT']],
    ['Ghana said 40 percent of voters would vote for the president.', []],
    ['Serbia recognised the new government in Niamey.', ['SRB:SUPPORT'], { Niamey: 'NER' }],
    ['Kabul thanked Doha for its efforts.', ['AFG:SUPPORT'], { Doha: 'QAT' }],
    ['Kyiv expressed its gratitude for the support of its partners.', ['UKR:SUPPORT']],
    ['Serbia will never recognise the independence of Kosovo.', ['SRB:REJECT_DENY']],
    ['Kabul was grateful to be spared the fighting, Pakistan said.', []],
    ['NATO reaffirms its unwavering support for the territorial integrity of Ukraine.', ['NATO:SUPPORT']],
    ['Hungary has yet to welcome the agreement.', []],
    ['Chile acclaimed the accord as a model for the region.', ['CHL:SUPPORT']],
    ['Chile said it would neither condemn nor endorse the result.', []],
    ['Kenya neither welcomed nor criticised the vote.', []],
    ['Ghana did not condemn nor endorse the vote.', []],
  ]);
});

describe('SOLIDARITY_AID: sympathy, shared grief and help sent', () => {
  table([
    ['Morocco extended its deepest sympathies to the bereaved families.', ['MAR:SOLIDARITY_AID']],
    ['Peru sent a message of support to the wounded minister.', ['PER:SOLIDARITY_AID']],
    ['Italy dispatched a field hospital and medical teams to the quake zone.', ['ITA:SOLIDARITY_AID']],
    ['Kenya conveyed its heartfelt condolences to the people of Ethiopia.', ['KEN:SOLIDARITY_AID']],
    ['Australia airlifted emergency supplies to the island.', ['AUS:SOLIDARITY_AID']],
    [
      'Japan announced ten million dollars in humanitarian assistance for the displaced.',
      ['JPN:SOLIDARITY_AID'],
    ],
    ['The European Union stands shoulder to shoulder with the people of Ukraine.', ['EU:SOLIDARITY_AID']],
    ['Greece said its thoughts were with the families of the victims.', ['GRC:SOLIDARITY_AID']],
    ['Canada offered shelter to families fleeing the fighting.', ['CAN:SOLIDARITY_AID']],
    ['Norway will provide emergency funding to the relief effort.', ['NOR:SOLIDARITY_AID']],
    ['Jordan said it was ready to send rescue teams.', ['JOR:SOLIDARITY_AID'], { it: 'JOR' }],
    ['Turkey expressed its sorrow over the victims of the mine collapse.', ['TUR:SOLIDARITY_AID']],
    [
      'Qatar said it would contribute to the reconstruction of the hospitals.',
      ['QAT:SOLIDARITY_AID'],
      { it: 'QAT' },
    ],
    ['Chile dispatched firefighters to help contain the blazes.', ['CHL:SOLIDARITY_AID']],
    ['Sudan blocked aid convoys from entering the region.', []],
    ['Sympathy for the rebels is growing in Mali.', []],
    ['The victims were mourned at a ceremony in the capital.', []],
    [
      'The United Nations stands ready to provide humanitarian assistance to those affected.',
      ['UN:SOLIDARITY_AID'],
    ],
    [
      'Egypt expressed its sincere condolences to the government and people of Morocco.',
      ['EGY:SOLIDARITY_AID'],
      { Morocco: 'MAR' },
    ],
    ['Pakistan said its prayers were with the flood victims.', ['PAK:SOLIDARITY_AID']],
    ['Turkey flew tents and blankets to the earthquake zone.', ['TUR:SOLIDARITY_AID']],
    ['Japan pledged 20 million dollars in emergency aid.', ['JPN:SOLIDARITY_AID']],
    ['Norway said it mourned with the families of the crew.', ['NOR:SOLIDARITY_AID'], { it: 'NOR' }],
    ['The European Union mobilised rescue teams to fight the fires.', ['EU:SOLIDARITY_AID']],
    [
      'Kenya said it was prepared to assist the victims of the floods.',
      ['KEN:SOLIDARITY_AID'],
      { it: 'KEN' },
    ],
    ['Washington cut aid to the regime after the coup.', ['USA:THREATEN_PUNISH']],
    ['Aid workers said Sudan had blocked the convoys.', []],
    ['Greece shipped medicines and doctors to the island.', ['GRC:SOLIDARITY_AID']],
    [
      'Italy said it was ready to receive the wounded in its hospitals.',
      ['ITA:SOLIDARITY_AID'],
      { it: 'ITA' },
    ],
    ['Hungary refused to take in refugees.', ['HUN:REJECT_DENY']],
    ['Egypt ordered flags flown at half-mast for the victims.', ['EGY:SOLIDARITY_AID']],
    ['The African Union observed a minute of silence for the victims.', ['AU:SOLIDARITY_AID']],
    [
      'The European Union stands in full solidarity with the people of Morocco.',
      ['EU:SOLIDARITY_AID'],
      { Morocco: 'MAR' },
    ],
  ]);
});

describe('CALL_FOR_RESTRAINT: calm, pauses and the law of armed conflict', () => {
  table([
    ['The United Nations called on all parties to exercise maximum restraint.', ['UN:CALL_FOR_RESTRAINT']],
    [
      'ASEAN urged the parties to refrain from any acts that may escalate tensions.',
      ['ASEAN:CALL_FOR_RESTRAINT'],
      { ASEAN: 'ASEAN' },
    ],
    ['Germany appealed for calm after the disputed vote.', ['DEU:CALL_FOR_RESTRAINT']],
    ['Indonesia called for a halt to the violence.', ['IDN:CALL_FOR_RESTRAINT']],
    ['Egypt urged the two sides to step back from the brink.', ['EGY:CALL_FOR_RESTRAINT']],
    ['The African Union called for an immediate cessation of hostilities.', ['AU:CALL_FOR_RESTRAINT']],
    ['Norway urged all sides to lower the temperature.', ['NOR:CALL_FOR_RESTRAINT']],
    ['Brazil called for a humanitarian pause in the fighting.', ['BRA:CALL_FOR_RESTRAINT']],
    ['Kenya urged the security forces to act with restraint.', ['KEN:CALL_FOR_RESTRAINT']],
    ['Japan called for the truce to be respected.', ['JPN:CALL_FOR_RESTRAINT']],
    ['Chile urged all sides to avoid steps that could inflame the situation.', ['CHL:CALL_FOR_RESTRAINT']],
    ['The United Nations called for an end to the bloodshed.', ['UN:CALL_FOR_RESTRAINT']],
    [
      'The United Nations called for full respect for international humanitarian law.',
      ['UN:CALL_FOR_RESTRAINT'],
    ],
    [
      'Vietnam urged the parties not to take actions that would complicate the situation.',
      ['VNM:CALL_FOR_RESTRAINT'],
    ],
    ['Poland urged both sides to keep a cool head.', ['POL:CALL_FOR_RESTRAINT']],
    ['Calm returned to the capital on Sunday, Kenya said.', []],
    ['Israel and Hamas agreed to a ceasefire on Friday.', []],
    ['Tensions eased after the talks, Tokyo said.', []],
    ['Despite calls for restraint, Azerbaijan shelled the town.', []],
    ['Kenya commended Ethiopia for its restraint.', ['KEN:SUPPORT']],
    [
      'The European Union calls on all sides to exercise utmost restraint and avoid further loss of life.',
      ['EU:CALL_FOR_RESTRAINT'],
    ],
    ['The Secretary-General urges the parties to de-escalate immediately.', []],
    ['The United Nations urged the parties to de-escalate immediately.', ['UN:CALL_FOR_RESTRAINT']],
    [
      'China called on both sides to keep calm and avoid any actions that could escalate tensions.',
      ['CHN:CALL_FOR_RESTRAINT'],
    ],
    ['Germany pleaded for restraint on all sides.', ['DEU:CALL_FOR_RESTRAINT']],
    ['India counselled restraint after the border clash.', ['IND:CALL_FOR_RESTRAINT']],
    ['Jordan called for an end to the cycle of violence.', ['JOR:CALL_FOR_RESTRAINT']],
    ['Qatar urged the warring parties to silence their guns.', ['QAT:CALL_FOR_RESTRAINT']],
    [
      'Ghana called for the protection of civilians and respect for international humanitarian law.',
      ['GHA:CALL_FOR_RESTRAINT'],
    ],
    ['Azerbaijan accused Armenia of showing no restraint.', ['AZE:CONDEMN']],
    ['The army showed restraint, Kenya said.', []],
    ['The African Union urged the combatants to lay down their arms.', ['AU:CALL_FOR_RESTRAINT']],
    ['Kenya called for the immediate cessation of all hostile acts.', ['KEN:CALL_FOR_RESTRAINT']],
    [
      'Spain urged Israel to respect international humanitarian law.',
      ['ESP:CALL_FOR_RESTRAINT', 'ESP:DEMAND'],
    ],
    ['Tokyo urged Pyongyang to avoid further provocations.', ['JPN:CALL_FOR_RESTRAINT']],
    ['The European Union called for the protection of civilians.', ['EU:CALL_FOR_RESTRAINT']],
    [
      'The African Union calls on all parties to exercise maximum restraint and to refrain from violence.',
      ['AU:CALL_FOR_RESTRAINT'],
    ],
    [
      'The Security Council demanded that the parties immediately cease hostilities.',
      ['UNSC:DEMAND', 'UNSC:CALL_FOR_RESTRAINT'],
    ],
    [
      'The Security Council demands that the parties immediately cease hostilities.',
      ['UNSC:DEMAND', 'UNSC:CALL_FOR_RESTRAINT'],
    ],
    ['The demands that Kenya made were ignored.', []],
  ]);
});

describe('CALL_FOR_DIALOGUE: common ground, compromise and the negotiating table', () => {
  table([
    ['Qatar urged the factions to settle on a common path.', ['QAT:CALL_FOR_DIALOGUE']],
    ['Norway urged both sides to keep talking.', ['NOR:CALL_FOR_DIALOGUE']],
    ['Chile urged the two governments to continue negotiating.', ['CHL:CALL_FOR_DIALOGUE']],
    [
      'ASEAN stands ready to facilitate dialogue among all parties.',
      ['ASEAN:CALL_FOR_DIALOGUE'],
      { ASEAN: 'ASEAN' },
    ],
    ['Norway offered to host talks between the government and the rebels.', ['NOR:CALL_FOR_DIALOGUE']],
    [
      'The African Union urged the parties to resume negotiations without preconditions.',
      ['AU:CALL_FOR_DIALOGUE'],
    ],
    ['Egypt invited both delegations to Cairo for a new round of talks.', ['EGY:CALL_FOR_DIALOGUE']],
    ['Indonesia encouraged the two sides to keep channels of communication open.', ['IDN:CALL_FOR_DIALOGUE']],
    ['Kenya proposed a regional summit on the crisis.', ['KEN:CALL_FOR_DIALOGUE']],
    ['The United Nations urged the parties to bridge their differences.', ['UN:CALL_FOR_DIALOGUE']],
    ['Brazil said the parties should sit down at the negotiating table.', ['BRA:CALL_FOR_DIALOGUE']],
    ['Ghana urged the junta and the opposition to engage constructively.', ['GHA:CALL_FOR_DIALOGUE']],
    ['Kyiv said it was open to talks with Moscow.', ['UKR:CALL_FOR_DIALOGUE'], { it: 'UKR' }],
    ['Seoul called for a swift return to diplomacy.', ['KOR:CALL_FOR_DIALOGUE']],
    ['Turkey urged both sides to reach a compromise.', ['TUR:CALL_FOR_DIALOGUE']],
    ['The European Union called for a mutually acceptable solution.', ['EU:CALL_FOR_DIALOGUE']],
    ['Japan urged Seoul and Pyongyang to find common ground.', ['JPN:CALL_FOR_DIALOGUE']],
    ['Talks between the two sides broke down on Monday, Qatar said.', []],
    ['Moscow rejected calls for talks.', ['RUS:REJECT_DENY']],
    ['India rejected any third-party mediation on the dispute.', ['IND:REJECT_DENY']],
    ['The mediator arrived in the capital on Sunday.', []],
    ['Qatar urged the rivals to agree on a common path.', ['QAT:CALL_FOR_DIALOGUE']],
    [
      'The African Union urged the parties to find a path forward through dialogue.',
      ['AU:CALL_FOR_DIALOGUE'],
    ],
    ['Egypt urged the factions to agree on a way out of the crisis.', ['EGY:CALL_FOR_DIALOGUE']],
    ['Norway urged the two sides to chart a path forward together.', ['NOR:CALL_FOR_DIALOGUE']],
    ['Turkey offered to broker a deal between Kyiv and Moscow.', ['TUR:CALL_FOR_DIALOGUE']],
    ['Switzerland offered to act as an intermediary.', ['CHE:CALL_FOR_DIALOGUE']],
    ['Japan said it supported a negotiated settlement.', ['JPN:CALL_FOR_DIALOGUE'], { it: 'JPN' }],
    ['The European Union urged both sides to reach an agreement on the border.', ['EU:CALL_FOR_DIALOGUE']],
    ['Kenya called for an inclusive political process.', ['KEN:CALL_FOR_DIALOGUE']],
    ['China said disputes must be resolved through consultation.', ['CHN:CALL_FOR_DIALOGUE']],
    ['Moscow said talks were pointless.', []],
    ['Ankara walked out of the negotiations.', []],
    ['Qatar offered to broker a truce between the factions.', ['QAT:CALL_FOR_DIALOGUE']],
    ['Oman said the parties should reach an understanding.', ['OMN:CALL_FOR_DIALOGUE'], { Oman: 'OMN' }],
    [
      'Moscow said it was ready to resume talks without preconditions.',
      ['RUS:CALL_FOR_DIALOGUE'],
      { it: 'RUS' },
    ],
    ['Indonesia called for a peaceful settlement of the dispute.', ['IDN:CALL_FOR_DIALOGUE']],
    ['Turkey offered to host a new round of negotiations.', ['TUR:CALL_FOR_DIALOGUE']],
    ['Kenya urged Ethiopia and Egypt to return to the negotiating table.', ['KEN:CALL_FOR_DIALOGUE']],
    ['Seoul said the dispute should be handled through diplomatic channels.', ['KOR:CALL_FOR_DIALOGUE']],
    ['Norway urged the parties to re-engage in talks.', ['NOR:CALL_FOR_DIALOGUE']],
    ['China said it was ready to play a constructive role.', ['CHN:CALL_FOR_DIALOGUE'], { it: 'CHN' }],
    ['The United Nations urged both sides to adopt confidence-building measures.', ['UN:CALL_FOR_DIALOGUE']],
    [
      'The European Union stands ready to facilitate dialogue between Belgrade and Pristina.',
      ['EU:CALL_FOR_DIALOGUE'],
      { Belgrade: 'SRB', Pristina: 'XKX' },
    ],
    ['Kenya turned to the Security Council for an emergency meeting.', ['KEN:CALL_FOR_DIALOGUE']],
    [
      'Qatar urged the Libyan rivals to settle on a common path towards elections.',
      ['QAT:CALL_FOR_DIALOGUE'],
    ],
    ['China said the dispute should be settled peacefully.', ['CHN:CALL_FOR_DIALOGUE']],
    ['The border row must be resolved peacefully, Ghana said.', ['GHA:CALL_FOR_DIALOGUE']],
    ['The border row was resolved peacefully.', []],
    ['Peru urged that the two sides return to the table.', ['PER:CALL_FOR_DIALOGUE']],
    [
      'Chile opposed any military intervention and offered to mediate.',
      ['CHL:CALL_FOR_DIALOGUE', 'CHL:REJECT_DENY'],
    ],
    ['Kenya rejected the plan and called for talks.', ['KEN:CALL_FOR_DIALOGUE', 'KEN:REJECT_DENY']],
    ['Kenya rejected the offer of talks.', ['KEN:REJECT_DENY']],
    ['Japan urged the two Koreas to find common ground.', ['JPN:CALL_FOR_DIALOGUE']],
    ['Egypt urged both Sudans to return to talks.', ['EGY:CALL_FOR_DIALOGUE']],
  ]);
});

describe('DEMAND: requests to a named party for an act', () => {
  table([
    ['Britain demanded the immediate and unconditional release of the sailors.', ['GBR:DEMAND']],
    ['France called on Moscow to withdraw its forces from the border.', ['FRA:DEMAND']],
    ['Poland insisted that Minsk must end the flights of migrants.', ['POL:DEMAND'], { Minsk: 'BLR' }],
    ['Kenya urged the junta to hand power back to civilians.', ['KEN:DEMAND']],
    ['The European Union called on Caracas to release all political prisoners.', ['EU:DEMAND']],
    ['Washington pressed Islamabad to act against the militants.', ['USA:DEMAND']],
    ['Japan asked Seoul to retract the remarks.', ['JPN:DEMAND']],
    ['Egypt called for an independent inquiry into the killings.', ['EGY:DEMAND']],
    ['Norway insisted that the perpetrators must be held to account.', ['NOR:DEMAND']],
    ['Canada called on Iran to cooperate fully with the inspectors.', ['CAN:DEMAND']],
    ['The United Nations demanded unhindered humanitarian access to the besieged city.', ['UN:DEMAND']],
    ['Ghana called for the immediate reinstatement of the ousted president.', ['GHA:DEMAND']],
    ['Germany pressed for the extradition of the suspects.', ['DEU:DEMAND']],
    ['Britain insisted on the return of the seized tanker.', ['GBR:DEMAND']],
    ['The rebels demanded a ransom, Mali said.', []],
    ['Kyiv was asked to accept the plan.', []],
    ['Washington did not demand a withdrawal.', []],
    ['Egypt rejected the demands of the protesters.', ['EGY:REJECT_DENY']],
    [
      'The Security Council demanded that all parties allow safe and unimpeded humanitarian access.',
      ['UNSC:DEMAND'],
    ],
    [
      'The European Union calls on Minsk to release all political prisoners immediately and unconditionally.',
      ['EU:DEMAND'],
      { Minsk: 'BLR' },
    ],
    ['Britain urged Tehran to free the tanker and its crew.', ['GBR:DEMAND']],
    ['Kyiv insisted that Moscow pay reparations.', ['UKR:DEMAND']],
    ['Seoul sought an explanation from Tokyo over the textbooks.', ['KOR:DEMAND']],
    [
      'Paris called on Bamako to respect its commitment to hold elections.',
      ['FRA:DEMAND'],
      { Bamako: 'MLI' },
    ],
    ['Washington told Moscow to pull its troops back from the border.', ['USA:DEMAND']],
    ['Kenya said it did not ask for a ceasefire.', []],
    ['Asked to comment, Germany said nothing.', []],
    ['Japan asked Beijing to lift the ban on seafood.', ['JPN:DEMAND']],
    ['Brazil pressed for the release of the activists.', ['BRA:DEMAND']],
    ['Asked why Kenya had decided to act, the minister declined to elaborate.', []],
    ['Speaking on condition of anonymity, an official of Japan said Seoul had asked for more time.', []],
    ['The push of Kenya for reform stalled in parliament.', []],
    ['Egypt requested the extradition of the suspect.', ['EGY:DEMAND']],
    ['Canada demanded an apology from New Delhi.', ['CAN:DEMAND']],
    ['Tokyo called on Pyongyang to abandon its nuclear programme.', ['JPN:DEMAND']],
    ['“Moscow must hand over the suspects,” London said.', ['GBR:DEMAND']],
    ['Brussels said Minsk should rescind the order.', ['EU:DEMAND'], { Minsk: 'BLR' }],
    ['The junta was given a deadline to restore order, Nigeria said.', []],
    [
      'Ecowas gave the junta a week to reinstate the president.',
      ['org:ecowas:DEMAND'],
      { Ecowas: 'org:ecowas' },
    ],
    ['Kenya asked reporters to wait outside the hall.', []],
    ['Japan asked the tribunal to reverse the order.', ['JPN:DEMAND']],
    ['Paris demanded guarantees for the safety of its citizens.', ['FRA:DEMAND']],
    ['Kenya urged its citizens to leave the country.', ['KEN:NEUTRAL_MONITORING']],
  ]);
});

describe('THREATEN_PUNISH: reprisals, expulsions and restrictive measures', () => {
  table([
    [
      'Washington warned it would not hesitate to respond to any attack.',
      ['USA:THREATEN_PUNISH'],
      { it: 'USA' },
    ],
    ['Tunis said police would no longer allow the sit-ins.', ['TUN:THREATEN_PUNISH'], { Tunis: 'TUN' }],
    [
      'The European Union is preparing a new package of sanctions against Minsk.',
      ['EU:THREATEN_PUNISH'],
      { Minsk: 'BLR' },
    ],
    ['Canada slapped travel bans on four senior officials.', ['CAN:THREATEN_PUNISH']],
    ['Britain blacklisted three shipping firms.', ['GBR:THREATEN_PUNISH']],
    ['Ankara warned Athens it would pay a heavy price.', ['TUR:THREATEN_PUNISH'], { Athens: 'GRC' }],
    ['Algeria withdrew its ambassador from Paris.', ['DZA:THREATEN_PUNISH']],
    ["Egypt withdrew its chargé d'affaires from Tehran in protest.", ['EGY:THREATEN_PUNISH']],
    ['Japan recalled its charge d’affaires in Beijing for consultations.', ['JPN:THREATEN_PUNISH']],
    ["Moscow expelled Britain's consul in the city.", ['RUS:THREATEN_PUNISH']],
    ['Russia withdrew charges against two diplomats.', []],
    ['Beijing is preparing trade measures against Manila.', ['CHN:THREATEN_PUNISH'], { Manila: 'PHL' }],
    ['Ghana announced economic measures to help cocoa farmers.', []],
    ['Lithuania declared two diplomats persona non grata.', ['LTU:THREATEN_PUNISH'], { Lithuania: 'LTU' }],
    ['Japan said all options were on the table.', ['JPN:THREATEN_PUNISH']],
    ['Pyongyang warned of a merciless response.', ['PRK:THREATEN_PUNISH']],
    [
      'The European Union is considering further restrictive measures against Minsk.',
      ['EU:THREATEN_PUNISH'],
      { Minsk: 'BLR' },
    ],
    ['The African Union suspended Niger from all its activities.', ['AU:THREATEN_PUNISH']],
    ['Beijing revoked the visas of two reporters.', ['CHN:THREATEN_PUNISH']],
    ['Washington raised tariffs on steel from China.', ['USA:THREATEN_PUNISH']],
    ['Brussels lifted the travel bans on the ministers.', []],
    ['Russia has been under sanctions since 2014, Kyiv said.', []],
    ['Japan said it had no plans to impose sanctions.', []],
    [
      'Washington said it would hold Moscow accountable with new sanctions.',
      ['USA:THREATEN_PUNISH', 'USA:DEMAND'],
      { it: 'USA' },
    ],
    ['Beijing warned it would take resolute countermeasures.', ['CHN:THREATEN_PUNISH'], { it: 'CHN' }],
    [
      'Ankara said it would no longer allow the flights over its territory.',
      ['TUR:THREATEN_PUNISH'],
      { it: 'TUR' },
    ],
    [
      'Kigali said it will no longer tolerate attacks on its soil.',
      ['RWA:THREATEN_PUNISH'],
      { Kigali: 'RWA', it: 'RWA' },
    ],
    ['Canada said it reserves the right to take further measures.', ['CAN:THREATEN_PUNISH'], { it: 'CAN' }],
    ['The European Union could impose restrictive measures on those responsible.', ['EU:THREATEN_PUNISH']],
    ['Pyongyang vowed a crushing response to any provocation.', ['PRK:THREATEN_PUNISH']],
    ['Moscow warned of retaliation if the assets were seized.', ['RUS:THREATEN_PUNISH']],
    ['Britain revoked the accreditation of two diplomats.', ['GBR:THREATEN_PUNISH']],
    ['Washington has no plans to expel diplomats.', []],
    ['Beijing said the visit would not go unpunished.', ['CHN:THREATEN_PUNISH']],
    ['Warsaw threatened to veto the budget.', ['POL:THREATEN_PUNISH']],
    ['Hamas vowed to avenge the killing of its commander.', ['org:hamas:THREATEN_PUNISH']],
    ['Washington vowed to punish those responsible.', ['USA:THREATEN_PUNISH']],
    ['Canada said it would no longer allow the ships to dock.', ['CAN:THREATEN_PUNISH'], { it: 'CAN' }],
    [
      'The White House said Washington would take all necessary measures to protect its forces.',
      ['USA:THREATEN_PUNISH'],
    ],
    ['Moscow warned that it would respond swiftly to any attack.', ['RUS:THREATEN_PUNISH'], { it: 'RUS' }],
    ['Rebels killed in the raid were avenged by their comrades, Mali said.', []],
    ['Israel said it would not stand idly by.', ['ISR:THREATEN_PUNISH']],
    ['Canada said it would review its ties with Riyadh.', ['CAN:THREATEN_PUNISH'], { it: 'CAN' }],
    ['Washington withheld aid from the junta.', ['USA:THREATEN_PUNISH']],
    ['China banned imports of fruit from Taiwan.', ['CHN:THREATEN_PUNISH'], { Taiwan: 'TWN' }],
    ['The European Union will not hesitate to respond with further measures.', ['EU:THREATEN_PUNISH']],
    [
      'Seoul said it would no longer allow leaflets to be flown across the border.',
      ['KOR:THREATEN_PUNISH'],
      { it: 'KOR' },
    ],
    // a punishment asked of the addressee is a demand; the speaker's own threat beside it stays
    ['Ghana demanded that the council name and sanction the coup plotters.', ['GHA:DEMAND']],
    ['Norway urged Brussels to sanction the shipping firms.', ['NOR:DEMAND']],
    ['Peru urged Washington to swiftly impose sanctions on the cartel.', ['PER:DEMAND']],
    ['Chile asked Brussels to impose sanctions on the junta.', ['CHL:DEMAND']],
    ['Kenya asked the council to sanction the coup leaders.', ['KEN:DEMAND']],
    [
      'Chile demanded that the junta release the detainees and threatened sanctions.',
      ['CHL:DEMAND', 'CHL:THREATEN_PUNISH'],
    ],
    [
      'Kenya urged the rebels to withdraw, warning that it would impose sanctions.',
      ['KEN:DEMAND', 'KEN:THREATEN_PUNISH'],
      { it: 'KEN' },
    ],
    ['Moscow warned that any attack would meet a swift response.', ['RUS:THREATEN_PUNISH']],
    ['Kenya warned that any further incursion would be met with force.', ['KEN:THREATEN_PUNISH']],
    ['Nigeria warned that the region would not tolerate the coup.', ['NGA:THREATEN_PUNISH']],
    ['Israel warned that any raid would be met with a crushing response.', ['ISR:THREATEN_PUNISH']],
    ['The plan would meet a cool response in parliament, Kenya said.', []],
    ['Protesters were met with force, Kenya said.', []],
    ['Brussels ruled out restrictive measures for now.', []],
    ['Kenya has ruled out sanctions against the junta.', []],
    ['The European Union will suspend all budget support to the junta.', ['EU:THREATEN_PUNISH']],
    ['France froze development funding to the military rulers.', ['FRA:THREATEN_PUNISH']],
    ['Sanctions against Iran have hurt ordinary people, Iraq said.', []],
    ['The embargo on Cuba crippled its economy, Mexico said.', []],
    ['Sanctions will follow, Britain said.', ['GBR:THREATEN_PUNISH']],
  ]);
});

describe('REJECT_DENY: brushing off, disputing and disowning', () => {
  table([
    ['Chile said the matter was an internal affair of Peru.', ['CHL:REJECT_DENY']],
    ['Beijing dismissed the allegations as groundless.', ['CHN:REJECT_DENY']],
    ['Moscow flatly denied that its troops had crossed the border.', ['RUS:REJECT_DENY']],
    ['Damascus categorically rejected the findings of the inquiry.', ['SYR:REJECT_DENY']],
    ['Beijing said it does not accept the ruling of the tribunal.', ['CHN:REJECT_DENY'], { it: 'CHN' }],
    ['Kabul said the claims were a fabrication.', ['AFG:REJECT_DENY']],
    [
      'Ankara said it would never accept a federal solution on the island.',
      ['TUR:REJECT_DENY'],
      { it: 'TUR' },
    ],
    ['Moscow refused to take part in the conference.', ['RUS:REJECT_DENY']],
    ['Tehran distanced itself from the attack.', ['IRN:REJECT_DENY']],
    ['Baku dismissed the report as biased.', ['AZE:REJECT_DENY'], { Baku: 'AZE' }],
    ['Belgrade brushed aside the criticism.', ['SRB:REJECT_DENY'], { Belgrade: 'SRB' }],
    ['Cairo denied reports that it had closed the crossing.', ['EGY:REJECT_DENY'], { it: 'EGY' }],
    ['Riyadh spurned the offer from Tehran.', ['SAU:REJECT_DENY']],
    ['Moscow shrugged off the new sanctions.', ['RUS:REJECT_DENY']],
    ['Tehran scoffed at the accusations.', ['IRN:REJECT_DENY']],
    ['The request from Kyiv was rejected by Budapest.', ['HUN:REJECT_DENY'], { Budapest: 'HUN' }],
    ['Moscow did not deny the report.', []],
    ['There is no denying the progress made, Peru said.', []],
    ['Beijing rejects the so-called ruling and will never accept it.', ['CHN:REJECT_DENY']],
    ['Moscow denied it was behind the hacking.', ['RUS:REJECT_DENY'], { it: 'RUS' }],
    ['Tehran denied having supplied the drones.', ['IRN:REJECT_DENY']],
    ['Caracas turned down the offer of aid.', ['VEN:REJECT_DENY']],
    ['Ankara brushed off the criticism as interference in its internal affairs.', ['TUR:REJECT_DENY']],
    ['Kabul said the reports were completely baseless.', ['AFG:REJECT_DENY']],
    ['Riyadh said it had played no role in the killing.', ['SAU:REJECT_DENY'], { it: 'SAU' }],
    ['Hanoi disavowed the comments of its ambassador.', ['VNM:REJECT_DENY'], { Hanoi: 'VNM' }],
    ['Kyiv has not rejected the proposal.', []],
    ['Seoul poured cold water on the proposal.', ['KOR:REJECT_DENY']],
    ['Moscow waved aside the warnings.', ['RUS:REJECT_DENY']],
    ['Japan was turned down by the committee.', []],
    ['Critics condemned the refusal of Kenya to disavow the militia.', []],
    ['Kyiv rejected the accusation out of hand.', ['UKR:REJECT_DENY']],
    [
      'Beijing said the allegations were groundless and politically motivated.',
      ['CHN:REJECT_DENY'],
      { it: 'CHN' },
    ],
    ['Pretoria declined the invitation to the summit.', ['ZAF:REJECT_DENY']],
    ['Cairo called the report a fabrication from start to finish.', ['EGY:REJECT_DENY']],
    ['Tehran slammed the door on new talks.', ['IRN:REJECT_DENY']],
    ['Moscow ruled out negotiations with Kyiv.', ['RUS:REJECT_DENY']],
    ['“That is simply not true,” Islamabad said.', ['PAK:REJECT_DENY']],
    ['Kabul said there was no evidence of its involvement.', ['AFG:REJECT_DENY'], { its: 'AFG' }],
    ['Beijing rejects the allegations as baseless and politically motivated.', ['CHN:REJECT_DENY']],
    ['Moscow dismissed the report as a fabrication.', ['RUS:REJECT_DENY']],
    ['Tehran dismissed the warnings as empty threats.', ['IRN:REJECT_DENY']],
    [
      'Minsk dismissed the sanctions as illegitimate and ineffective.',
      ['BLR:REJECT_DENY', 'BLR:CONDEMN'],
      { Minsk: 'BLR' },
    ],
    ['Damascus said it had not used chemical weapons.', ['SYR:REJECT_DENY'], { it: 'SYR' }],
    ['Moscow said it did not target civilians.', ['RUS:REJECT_DENY'], { it: 'RUS' }],
    ['Damascus said Israel had not used the airbase.', []],
    ['Syria has not used chemical weapons since the accord.', []],
    ['Kenya said it would never attack its neighbours.', [], { it: 'KEN' }],
    ['Kenya said it has not ordered new vaccines.', [], { it: 'KEN' }],
    ['Pyongyang said the accusations were pure fiction.', ['PRK:REJECT_DENY']],
    ['Beijing said the charges were “without foundation”.', ['CHN:REJECT_DENY']],
    ['Cairo said the allegations were entirely without basis.', ['EGY:REJECT_DENY']],
    ['Kenya said its accusations were well founded.', ['KEN:CONDEMN']],
    ['Hanoi disputed the account given by Beijing.', ['VNM:REJECT_DENY'], { Hanoi: 'VNM' }],
    ['Seoul disputed the figures released by Tokyo.', ['KOR:REJECT_DENY']],
  ]);
});

describe('NEUTRAL_MONITORING: awareness, inquiries and no comment', () => {
  table([
    ['Japan is closely following developments in the region.', []],
    [
      'Japan said it was closely following developments in the region.',
      ['JPN:NEUTRAL_MONITORING'],
      { it: 'JPN' },
    ],
    [
      'The State Department said it was aware of the reports and was seeking more information.',
      ['USA:NEUTRAL_MONITORING'],
      { it: 'USA' },
    ],
    ['Canada said it was assessing the situation.', ['CAN:NEUTRAL_MONITORING'], { it: 'CAN' }],
    [
      'Peru said it was following the situation with great attention.',
      ['PER:NEUTRAL_MONITORING'],
      { it: 'PER' },
    ],
    ['Ghana said it was watching developments in the north.', ['GHA:NEUTRAL_MONITORING'], { it: 'GHA' }],
    ['Australia updated its travel advice for Israel.', ['AUS:NEUTRAL_MONITORING']],
    [
      'India said it was in touch with the authorities in Kathmandu.',
      ['IND:NEUTRAL_MONITORING'],
      { it: 'IND' },
    ],
    ['Germany said it would study the proposal carefully.', ['DEU:NEUTRAL_MONITORING'], { it: 'DEU' }],
    [
      'Brazil said it was too soon to say who was behind the attack.',
      ['BRA:NEUTRAL_MONITORING'],
      { it: 'BRA' },
    ],
    ['China took note of the announcement.', ['CHN:NEUTRAL_MONITORING']],
    ['Washington said it was looking into the reports.', ['USA:NEUTRAL_MONITORING'], { it: 'USA' }],
    ['Moscow said it was premature to comment.', ['RUS:NEUTRAL_MONITORING'], { it: 'RUS' }],
    ['Berlin refrained from commenting on the verdict.', ['DEU:NEUTRAL_MONITORING']],
    ['Seoul would not be drawn on the matter.', ['KOR:NEUTRAL_MONITORING']],
    ['Spain urged its nationals to leave Lebanon.', ['ESP:NEUTRAL_MONITORING']],
    ['The monitoring mission left the country.', []],
    [
      'The State Department said it was following the reports closely.',
      ['USA:NEUTRAL_MONITORING'],
      { it: 'USA' },
    ],
    ['Seoul said it would not comment on intelligence matters.', ['KOR:NEUTRAL_MONITORING'], { it: 'KOR' }],
    ['Japan said it was still gathering information.', ['JPN:NEUTRAL_MONITORING'], { it: 'JPN' }],
    ['Canada updated its travel advisory for the region.', ['CAN:NEUTRAL_MONITORING']],
    ['Berlin said it was examining the proposal.', ['DEU:NEUTRAL_MONITORING'], { it: 'DEU' }],
    [
      'Italy said it was aware of the reports and looking into them.',
      ['ITA:NEUTRAL_MONITORING'],
      { it: 'ITA' },
    ],
    ['Paris said it had taken note of the decision.', ['FRA:NEUTRAL_MONITORING'], { it: 'FRA' }],
    ['Ottawa said it had no immediate comment.', ['CAN:NEUTRAL_MONITORING'], { it: 'CAN' }],
    ['Tokyo said it would not be drawn into speculation.', ['JPN:NEUTRAL_MONITORING'], { it: 'JPN' }],
    ['Sweden said it was seeking clarification from the authorities.', ['SWE:DEMAND'], { it: 'SWE' }],
    ['Ghana said it was awaiting the results of the inquiry.', ['GHA:NEUTRAL_MONITORING'], { it: 'GHA' }],
    [
      'Berlin said it would wait for the final report before commenting.',
      ['DEU:NEUTRAL_MONITORING'],
      { it: 'DEU' },
    ],
    ['Voters were waiting for the results in Accra.', []],
    ['Italy set up a crisis unit at its embassy in Cairo.', ['ITA:NEUTRAL_MONITORING']],
    ['Germany evacuated its nationals from Khartoum.', ['DEU:NEUTRAL_MONITORING']],
    ['Romania and Hungary agreed that their countries should cooperate more closely.', []],
    [
      'NATO said it was monitoring the situation closely with its allies.',
      ['NATO:NEUTRAL_MONITORING'],
      { it: 'NATO' },
    ],
    ['Moscow commented on the talks for the first time.', []],
    ['Kenya said the time had come for talks.', ['KEN:CALL_FOR_DIALOGUE']],
    ['Spain said its embassy was in contact with the families.', ['ESP:NEUTRAL_MONITORING']],
    ['Spain said the rebels were in contact with their backers.', []],
  ]);
});

describe('more of the words of recognition, refusal and mediation', () => {
  table([
    ['Brazil said the vote was a triumph of democracy.', ['BRA:SUPPORT']],
    ['Peru recognised the opposition leader as interim president.', ['PER:SUPPORT']],
    ['Qatar expressed its readiness to facilitate negotiations.', ['QAT:CALL_FOR_DIALOGUE']],
    ['Hungary blocked the joint statement, diplomats said.', ['HUN:REJECT_DENY']],
    ['Germany voted against the measure.', ['DEU:REJECT_DENY']],
    ['Indonesia called the raid "an act of piracy".', ['IDN:CONDEMN']],
    ['Ukraine said the referendum would never be recognised.', ['UKR:REJECT_DENY']],
    ['Italy said there could be no impunity for such crimes.', ['ITA:DEMAND']],
    // a protest sent through diplomatic channels is no call for talks
    ['Tokyo lodged a strong protest through diplomatic channels.', ['JPN:CONDEMN']],
  ]);
});

describe('reactions drawn from someone, and participles joined to a name', () => {
  table([
    ['The strike drew condemnation from Egypt and Jordan.', ['EGY:CONDEMN', 'JOR:CONDEMN']],
    ['The plan won support from Kenya.', ['KEN:SUPPORT']],
    ['The move drew sharp criticism.', []],
    // the one who brokered or backed is named in the compound, not the clause's subject
    ['Armenia welcomed the Russian-brokered truce.', ['ARM:SUPPORT']],
    ['Kenya opposed the Iranian-backed militia.', ['KEN:REJECT_DENY']],
    // a noun that is the subject of another cue's passive is what the agent judges
    ['The sanctions were welcomed by Kyiv.', ['UKR:SUPPORT']],
    ['The sanctions were criticised by Moscow and welcomed by Kyiv.', ['RUS:CONDEMN', 'UKR:SUPPORT']],
    ['Sanctions were imposed by Brussels.', ['EU:THREATEN_PUNISH']],
  ]);
});

describe('threats, blame and demands in the words of retaliation', () => {
  table([
    ['Tehran held Washington responsible for the attack.', ['IRN:CONDEMN']],
    ['“We will make them regret this crime,” Iran said.', ['IRN:THREATEN_PUNISH']],
    ['“Those responsible will be punished,” Syria said.', ['SYR:THREATEN_PUNISH']],
    ['Iraq vowed a firm response.', ['IRQ:THREATEN_PUNISH']],
    ['Kenya said the gunmen must answer for the killings.', ['KEN:DEMAND']],
    // opposing an attack condemns it
    ['China said it opposed any attack on diplomatic premises.', ['CHN:CONDEMN']],
  ]);
});

describe('judgements of a vote, name-calling, pledges and acts in protest', () => {
  table([
    ['Colombia said the elections were neither free nor fair.', ['COL:CONDEMN']],
    ['The vote fell short of democratic standards, Norway said.', ['NOR:CONDEMN']],
    ['Turkey called the general a "butcher".', ['TUR:CONDEMN']],
    ['Norway pledged $10 million to the UN refugee agency.', ['NOR:SOLIDARITY_AID']],
    ['Italy said it would boycott the summit in protest.', ['ITA:CONDEMN', 'ITA:THREATEN_PUNISH']],
  ]);
});

describe('judgements with no verb of judging, and topics a speaker was asked about', () => {
  table([
    ['“This is a dark day for democracy,” Norway said.', ['NOR:CONDEMN']],
    ['“There is no justification for the killing of civilians,” Greece said.', ['GRC:CONDEMN']],
    ['Pakistan said Islamabad was ready to engage with Kabul.', ['PAK:CALL_FOR_DIALOGUE']],
    // the sanctions are what the minister was asked about, not a measure of Hungary's
    ['Asked about the sanctions, Hungary said it would not support them.', ['HUN:REJECT_DENY']],
  ]);
});

describe('no comment yet, noting a ruling, refusing to back, closing a border', () => {
  table([
    ['Nairobi has yet to respond to the report.', ['KEN:NEUTRAL_MONITORING']],
    ['Peru did not immediately respond to a request for comment.', ['PER:NEUTRAL_MONITORING']],
    [
      'Chile said it noted the tribunal’s decision and would examine its implications.',
      ['CHL:NEUTRAL_MONITORING'],
    ],
    // "back" after a negated modal, which the tagger may read as an adverb
    ['Hungary said it would not back the new sanctions package.', ['HUN:REJECT_DENY']],
    ['Poland said it could close its border crossings if the incursions went on.', ['POL:THREATEN_PUNISH']],
    // noting with concern is concern, not monitoring
    ['Norway noted with concern the rise in attacks on aid workers.', ['NOR:CONCERN']],
  ]);
});

describe('an abstract good attacked is a judgement', () => {
  table([
    ['Ghana called the arrests “an assault on democracy”.', ['GHA:CONDEMN']],
    ['Chile said the decree was an affront to the constitution.', ['CHL:CONDEMN']],
    // a physical attack reported is no judgement
    ['Mali said the attack on the army base killed nine soldiers.', []],
  ]);
});

describe('vows of vengeance, justice served, halting strikes and averting a wider war', () => {
  table([
    ['Tehran said the killing of its general would not go unanswered.', ['IRN:THREATEN_PUNISH']],
    ['Washington said justice had been served.', ['USA:SUPPORT']],
    ['Ankara called for a halt to the air strikes on the city.', ['TUR:CALL_FOR_RESTRAINT']],
    ['Qatar urged the two sides to avert a regional war.', ['QAT:CALL_FOR_RESTRAINT']],
    // a war averted, reported, is no appeal
    ['Egypt said talks had averted a regional war last year.', []],
  ]);
});

describe('a participle after a comma that the tagger reads as a noun', () => {
  table([
    ['Chile spoke out on Monday, warning that the closure would hurt traders.', ['CHL:CONCERN']],
    ['Norway went further, warning against any hasty withdrawal.', ['NOR:CONCERN']],
  ]);
});

describe('vetoes, shows of force, hosting talks and attacks on institutions', () => {
  table([
    ['Poland vetoed the budget deal.', ['POL:REJECT_DENY']],
    ['Seoul placed its troops on maximum alert.', ['KOR:THREATEN_PUNISH']],
    ['Qatar said it would convene a summit of Gulf leaders.', ['QAT:CALL_FOR_DIALOGUE']],
    ['Kenya called the arrests an assault on the independence of the press.', ['KEN:CONDEMN']],
    ['Chile said the detention of the reporters was unconscionable.', ['CHL:CONDEMN']],
    // a veto welcomed is approval of the veto, not a veto
    ['Cuba welcomed the veto.', ['CUB:SUPPORT']],
  ]);
});

describe('defiance, and an end to a war called for', () => {
  table([
    ['“We will never be blackmailed,” Cuba said.', ['CUB:REJECT_DENY']],
    ['Caracas said it would not bow to foreign pressure.', ['VEN:REJECT_DENY']],
    ['Brazil called for an end to the conflict in Sudan.', ['BRA:CALL_FOR_RESTRAINT']],
    // the war ended, reported, is no appeal
    ['Colombia said the conflict had ended in 2016.', []],
  ]);
});

describe('opposition voiced, processes found wanting, prayers, cases raised, results awaited', () => {
  table([
    ['Turkey reiterated its strong opposition to the embargo.', ['TUR:CONDEMN']],
    ['Peru said the count lacked credibility.', ['PER:CONDEMN']],
    ['Ghana said it was praying for the families of the miners.', ['GHA:SOLIDARITY_AID']],
    ['Canada raised the plight of the jailed activists with Cairo.', ['CAN:CONCERN']],
    ['Mexico warned Washington against any military action.', ['MEX:CONCERN']],
    ['Chile said it would await the publication of the final tally.', ['CHL:NEUTRAL_MONITORING']],
    // the opposition as a party is no stance
    ['The opposition to the government held a rally in Lima.', []],
  ]);
});

describe('rescue teams and ambulances sent', () => {
  table([
    ['Jordan deployed two field hospitals and 40 paramedics to the quake zone.', ['JOR:SOLIDARITY_AID']],
    ['Algeria dispatched a search and rescue team to Morocco.', ['DZA:SOLIDARITY_AID']],
    // troops deployed are no aid
    ['Russia deployed troops to the border.', []],
  ]);
});

describe('a demand made, not the demand of markets', () => {
  table([
    ['Iran repeated its demand for the immediate release of the tanker.', ['IRN:DEMAND']],
    ['Chile demands that the mine be closed.', ['CHL:DEMAND']],
    ['Qatar said oil demand growth would slow next year.', []],
    ['Norway said demand for gas had fallen.', []],
  ]);
});

describe('entry bans, embassies suspended or closed, and contacts with one', () => {
  table([
    ['Poland barred the junta leaders from entering its territory.', ['POL:THREATEN_PUNISH']],
    ['Norway suspended its embassy operations in Kabul.', ['NOR:THREATEN_PUNISH']],
    ['Spain closed its consulate in the city.', ['ESP:THREATEN_PUNISH']],
    ['Italy said it was in close contact with its embassy in Tripoli.', ['ITA:NEUTRAL_MONITORING']],
  ]);
});

describe('an apposition of membership adds no reactor', () => {
  table([
    ['Turkey, a NATO member, urged restraint.', ['TUR:CALL_FOR_RESTRAINT']],
    ['Spain and Italy, both European Union members, condemned the raid.', ['ESP:CONDEMN', 'ITA:CONDEMN']],
    // a list of reactors goes on
    [
      'Turkey, NATO and Spain urged restraint.',
      ['ESP:CALL_FOR_RESTRAINT', 'NATO:CALL_FOR_RESTRAINT', 'TUR:CALL_FOR_RESTRAINT'],
    ],
  ]);
});

describe('diplomatic protest formulas, crimes named, relations broken off, appeals for peace', () => {
  table([
    ['Beijing lodged solemn representations with Tokyo over the visit.', ['CHN:CONDEMN']],
    ['“It was a cowardly crime,” Jordan said.', ['JOR:CONDEMN']],
    ['Colombia broke off relations with Israel.', ['COL:THREATEN_PUNISH']],
    ['Kenya appealed for lasting peace in the region.', ['KEN:CALL_FOR_RESTRAINT']],
    ['Chile said the vote was a declaration of war on its farmers.', ['CHL:CONDEMN']],
    ['Peru called the blockade a declaration of war.', ['PER:CONDEMN']],
  ]);
});

describe('a list of sayers whose last member has an article', () => {
  table([
    [
      'Chile, Peru and the Philippines said they were alarmed by the decision.',
      ['CHL:CONCERN', 'PER:CONCERN', 'PHL:CONCERN'],
    ],
  ]);
});

describe('"back" after a modal, which the tagger reads as an adverb', () => {
  table([
    ['Chile said it would back the proposal.', ['CHL:SUPPORT']],
    ['Peru will not back the plan.', ['PER:REJECT_DENY']],
  ]);
});
