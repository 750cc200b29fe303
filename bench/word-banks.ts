// Word banks for the synthetic benchmark corpus: states (from world-countries), organisations, people, phrasing.
import type { Country } from 'world-countries';
import worldCountries from 'world-countries';

// The package's types describe a CommonJS namespace; at run time the default export is the array.
const countries = worldCountries as unknown as Country[];

export interface StateActor {
  name: string;
  demonym: string;
  capital: string;
  code: string;
}

export interface OrgActor {
  name: string;
  short: string;
  /** who speaks for it: "the alliance's secretary general" */
  office: string;
}

/** Every UN member or independent state (~194), with demonym and capital, so no state is privileged. */
export const STATES: StateActor[] = countries
  .filter((country) => country.unMember || country.independent)
  .map((country) => ({
    name: country.name.common,
    demonym: country.demonyms?.eng?.m ?? country.name.common,
    capital: country.capital?.[0] ?? country.name.common,
    code: country.cca3,
  }));

export const ORGANISATIONS: OrgActor[] = [
  { name: 'the United Nations', short: 'the UN', office: 'Secretary-General' },
  { name: 'the UN Security Council', short: 'the Security Council', office: 'council president' },
  { name: 'the UN Human Rights Council', short: 'the council', office: 'High Commissioner' },
  { name: 'the UN refugee agency', short: 'UNHCR', office: 'High Commissioner for Refugees' },
  { name: 'UNICEF', short: 'UNICEF', office: 'executive director' },
  { name: 'the World Health Organization', short: 'the WHO', office: 'director-general' },
  { name: 'the World Food Programme', short: 'the WFP', office: 'executive director' },
  { name: 'the International Atomic Energy Agency', short: 'the IAEA', office: 'director general' },
  { name: 'the International Criminal Court', short: 'the ICC', office: 'chief prosecutor' },
  { name: 'the International Court of Justice', short: 'the ICJ', office: 'president' },
  { name: 'the International Monetary Fund', short: 'the IMF', office: 'managing director' },
  { name: 'the World Bank', short: 'the bank', office: 'president' },
  { name: 'the European Union', short: 'the EU', office: 'foreign policy chief' },
  { name: 'the European Commission', short: 'the Commission', office: 'president' },
  { name: 'NATO', short: 'the alliance', office: 'secretary general' },
  { name: 'the African Union', short: 'the AU', office: 'commission chairperson' },
  { name: 'ASEAN', short: 'the bloc', office: 'secretary-general' },
  { name: 'the Organization of American States', short: 'the OAS', office: 'secretary general' },
  { name: 'the Arab League', short: 'the league', office: 'secretary-general' },
  { name: 'the Gulf Cooperation Council', short: 'the GCC', office: 'secretary-general' },
  { name: 'the Organisation of Islamic Cooperation', short: 'the OIC', office: 'secretary-general' },
  { name: 'ECOWAS', short: 'the regional bloc', office: 'commission president' },
  { name: 'the Southern African Development Community', short: 'SADC', office: 'executive secretary' },
  { name: 'the OSCE', short: 'the OSCE', office: 'chairperson-in-office' },
  { name: 'the Council of Europe', short: 'the council', office: 'secretary general' },
  { name: 'the International Committee of the Red Cross', short: 'the ICRC', office: 'president' },
  { name: 'Human Rights Watch', short: 'the group', office: 'director' },
  { name: 'Amnesty International', short: 'Amnesty', office: 'secretary general' },
  { name: 'Doctors Without Borders', short: 'MSF', office: 'head of mission' },
  { name: 'OPEC', short: 'the cartel', office: 'secretary general' },
  { name: 'the G7', short: 'the group', office: 'current chair' },
];

export const FIRST_NAMES = [
  'Amina',
  'Carlos',
  'Yuki',
  'Olena',
  'Mohammed',
  'Priya',
  'Jean-Luc',
  'Fatima',
  'Sergei',
  'Grace',
  'Kwame',
  'Lucia',
  'Hiroshi',
  'Ingrid',
  'Tariq',
  'Mei',
  'Alejandro',
  'Nadia',
  'Oluwaseun',
  'Anders',
  'Leila',
  'Dmitri',
  'Thandiwe',
  'Rafael',
  'Sofia',
  'Arjun',
  'Chloe',
  'Emeka',
  'Hana',
  'Viktor',
  'Zainab',
  'Tomasz',
  'Isabel',
  'Kenji',
  'Aisha',
  'Pedro',
  'Marta',
  'Ibrahim',
  'Elena',
  'Samuel',
];

export const SURNAMES = [
  'Okafor',
  'Mendes',
  'Tanaka',
  'Kovalenko',
  'Al-Rashid',
  'Sharma',
  'Moreau',
  'Haddad',
  'Volkov',
  'Mwangi',
  'Mensah',
  'Ferreira',
  'Sato',
  'Lindqvist',
  'Qureshi',
  'Zhang',
  'Gutierrez',
  'Benali',
  'Adeyemi',
  'Nielsen',
  'Farahani',
  'Petrov',
  'Dlamini',
  'Castillo',
  'Rossi',
  'Iyer',
  'Dubois',
  'Nwosu',
  'Kim',
  'Horvat',
  'Abdullahi',
  'Nowak',
  'Ortega',
  'Yamamoto',
  'Hassan',
  'Silva',
  'Jansen',
  'Diallo',
  'Popescu',
  'Brennan',
];

export const STATE_OFFICES = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Defence Minister',
  'Interior Minister',
  'government spokesperson',
  'foreign ministry spokesperson',
  'ambassador to the United Nations',
  'Deputy Foreign Minister',
  'national security adviser',
];

export const STATE_BODIES = [
  'foreign ministry',
  'Ministry of Foreign Affairs',
  'government',
  'defence ministry',
  'presidency',
  'embassy in {capital}',
  'armed forces',
  'parliament',
];

export const AGENCIES = ['Reuters', 'AFP', 'AP', 'Anadolu', 'EPA', 'Xinhua', 'Kyodo', 'dpa', 'Getty Images'];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Things one state does to another: "{src} {verb} {tgt}". */
export const EVENT_CLAUSES = [
  '{src} forces shelled border villages in {tgt} overnight, killing at least {n} civilians',
  '{src} imposed new sanctions on {tgt} over its nuclear programme',
  '{src} expelled {n} {tgtDem} diplomats, accusing them of espionage',
  '{src} and {tgt} signed a trade agreement covering energy and agriculture',
  '{src} recalled its ambassador from {tgt} for consultations',
  'a {src} drone strike hit a fuel depot near the {tgtDem} capital, {tgtCap}',
  '{src} sent {n} tonnes of humanitarian aid to flood-hit regions of {tgt}',
  '{src} closed its airspace to {tgtDem} aircraft',
  '{src} and {tgt} held talks in {srcCap} on a ceasefire',
  '{src} detained {n} {tgtDem} fishermen it said had entered its waters',
  'the {srcDem} navy seized a tanker bound for {tgt}',
  '{src} announced it would restore full diplomatic relations with {tgt}',
  '{src} raised tariffs on {tgtDem} steel and aluminium to {n} percent',
  '{src} accused {tgt} of massing troops near the shared border',
  'the {srcDem} parliament voted to suspend a defence pact with {tgt}',
];

/** The reacting actor's words, as a direct quote. */
export const QUOTE_LINES = [
  'This is a flagrant violation of international law and of the sovereignty of a neighbour',
  'We are deeply concerned by the escalation and call on all sides to exercise restraint',
  'We welcome this step, which opens the way to a lasting settlement',
  'Our thoughts are with the families of the victims, and we stand ready to send help',
  'We will not accept threats, and we reserve the right to respond',
  'Dialogue is the only path forward, and we urge both governments to return to the table',
  'Nobody in this region wants another war',
  'These measures are unjustified and will only hurt ordinary people',
  'We have been clear from the start that attacks on civilians are unacceptable',
  'The agreement shows what patient diplomacy can achieve',
  'We are monitoring the situation closely and are in contact with our partners',
  'We condemn this attack in the strongest possible terms',
  'It is too early to say what this means for the talks',
  'We stand in solidarity with the people who have lost their homes',
];

/** The writer's account of a reaction: "{actor} {verb}". */
export const REACTION_CLAUSES = [
  'condemned the {event}, calling it an act of aggression',
  'expressed deep concern over the {event}',
  'welcomed the {event} as a step towards stability',
  'offered condolences to the families of those killed',
  'called on both sides to show restraint',
  'said it regretted the {event} and urged a return to talks',
  'voiced support for {tgt}, saying it had the right to defend itself',
  'denounced the {event} as unlawful',
  'urged an independent investigation into the {event}',
  'declined to comment on the {event}',
  'said it was ready to mediate between the two governments',
  'warned that the {event} risked destabilising the region',
];

export const EVENT_NOUNS = [
  'strike',
  'sanctions',
  'expulsions',
  'agreement',
  'incursion',
  'seizure',
  'decision',
  'shelling',
  'talks',
  'tariff increase',
];

export const BACKGROUND_SENTENCES = [
  'Relations between the two countries have been strained since a dispute over the border in {year}.',
  'The region has seen repeated clashes over water rights and grazing land.',
  'Trade between the two neighbours was worth about {n} billion dollars last year, according to official figures.',
  'Analysts say the move is likely to complicate efforts to revive the stalled negotiations.',
  'The announcement came hours after a meeting of the cabinet in {srcCap}.',
  'Officials did not say when the measures would take effect.',
  'Residents described hearing explosions shortly after midnight.',
  'Markets in {tgtCap} fell sharply on the news before recovering some losses.',
  'The ministry said further details would be released in the coming days.',
  'Local media reported long queues at fuel stations and banks.',
  'The talks are expected to resume next month in {thirdCap}.',
  'Opposition lawmakers criticised the government for failing to consult parliament.',
  'An estimated {n},000 people have been displaced by the fighting this year.',
  'Both sides have accused each other of violating a truce agreed in {year}.',
];

export const ANALYST_AFFILIATIONS = [
  'a researcher at the International Crisis Group',
  'a professor of international relations at the University of {thirdCap}',
  'a senior fellow at a think tank in {thirdCap}',
  'a former diplomat',
  'a regional security analyst',
];

export const CAPTION_SCENES = [
  'Smoke rises over the outskirts of {tgtCap} after the strike',
  'Delegates arrive for talks in {srcCap}',
  'Protesters gather outside the {srcDem} embassy in {tgtCap}',
  'Aid trucks wait at a border crossing into {tgt}',
  'The {srcDem} foreign minister speaks to reporters in {srcCap}',
  'Residents inspect a damaged building in {tgtCap}',
];
