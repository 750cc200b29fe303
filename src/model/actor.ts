// Actors and their mentions: states (ISO 3166-1 alpha-3), international organisations, other
// organisations (`org:…`) and people speaking for none of these (`person:…`).
import type { Evidence } from './span.js';

export type ActorType = 'state' | 'igo' | 'org' | 'person';

/** The contract's intergovernmental organisation ids (../shared/contract/analysis.md, "Actor ids"). */
export const IGO_IDS: ReadonlySet<string> = new Set([
  'UN',
  'UNSC',
  'UNHRC',
  'UNHCR',
  'UNICEF',
  'WHO',
  'WFP',
  'IAEA',
  'ICC',
  'ICJ',
  'IMF',
  'WORLD_BANK',
  'EU',
  'NATO',
  'AU',
  'ASEAN',
  'OAS',
  'ARAB_LEAGUE',
  'GCC',
  'OIC',
  'CELAC',
  'MERCOSUR',
  'ECOWAS',
  'SADC',
  'IGAD',
  'SCO',
  'BRICS',
  'G7',
  'G20',
  'OSCE',
  'COUNCIL_OF_EUROPE',
  'CARICOM',
  'CIS',
  'EAC',
  'QUAD',
  'OPEC',
  'RED_CROSS',
]);

/** An IGO id of the contract, or any other organisation (`org:…`): what a gold "IGO" code accepts. */
export function isIgoId(id: string): boolean {
  return IGO_IDS.has(id) || id.startsWith('org:');
}

/** CAMEO-style sector of a mention: who inside the actor is acting. */
export type Sector =
  | 'GOV'
  | 'MIL'
  | 'LEG'
  | 'OPP'
  | 'REB'
  | 'COP'
  | 'JUD'
  | 'MED'
  | 'NGO'
  | 'BUS'
  | 'CVL'
  | 'REF'
  | 'EDU'
  | 'HLH'
  | 'IGO'
  /** intelligence services (CAMEO SPY) */
  | 'SPY';

export type MentionKind =
  /** a name of the actor: "Russia", "the European Union", "NATO" */
  | 'name'
  /** an adjective or demonym: "Russian", "Emirati" */
  | 'demonym'
  /** a capital or seat of power used for the government: "Moscow", "the Kremlin" */
  | 'metonym'
  /** a body or title: "the foreign ministry", "the State Department", "Secretary of State" */
  | 'body'
  /** a named person: "Kaja Kallas", "Kallas" */
  | 'person'
  /** a pronoun resolved to an antecedent */
  | 'pronoun'
  /** a definite description resolved to an antecedent: "the ministry", "the bloc" */
  | 'description';

export interface Mention extends Evidence {
  /** the actor id: "RUS", "EU", "org:hamas", "person:jane-doe" */
  actor: string;
  kind: MentionKind;
  sector?: Sector;
  /** For people: the person's full name as first given in the article ("Kaja Kallas"). */
  person?: string;
  /** index of the sentence holding the mention */
  sentence: number;
  /** For pronouns and descriptions: the index in `mentions` of the antecedent. */
  antecedent?: number;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  mentions: Evidence[];
}
