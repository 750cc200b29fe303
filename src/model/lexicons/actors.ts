// The lexicon the actors stage uses, as loaded by src/adapters/lexicons/actors.ts: a phrase trie over
// normalised token keys, the actors it names, office holders, descriptions and context word lists.
import type { ActorType, MentionKind, Sector } from '../actor.js';

/**
 * How a phrase must be capitalised in the text to count: "US" is not "us", "Turkey" is not "turkey";
 * `title`: every word capitalised, so "Russia today" is not the broadcaster "Russia Today".
 */
export type CaseRule = 'any' | 'capital' | 'upper' | 'title';

/** What a matched phrase is. */
export type PhraseRole =
  /** names an actor by itself: a state, its demonym or seat of power, an IGO, an organisation */
  | 'actor'
  /** a body, group or title that takes its actor from a neighbour: "foreign ministry", "troops" */
  | 'body'
  /** a news organisation: a source, not an actor, unless it acts */
  | 'outlet'
  /** a known person (office holder) by full name or alias */
  | 'person'
  /** a phrase that contains a name but names none: "New Jersey", "South China Sea" */
  | 'blocker';

/** Bodies: a post one person holds (precedes a name), a group of people, or an institution. */
export type BodyRole = 'title' | 'group' | 'body';

export interface PhraseEntry {
  role: PhraseRole;
  caseRule: CaseRule;
  /** the actor id for 'actor', 'outlet' and 'person' entries */
  actor?: string | undefined;
  kind?: MentionKind | undefined;
  sector?: Sector | undefined;
  bodyRole?: BodyRole | undefined;
  /** a capital city: the government only when it acts ("Moscow said"), a place otherwise */
  capital?: boolean | undefined;
  /** also a first name or a US place ("Chad", "Jordan", "Georgia", "Washington") */
  personish?: boolean | undefined;
  /**
   * a city, region or people that is not a capital ("Juba", "Darfur", "Shona"): its state only when it is
   * acted on ("Rebels shelled Juba") or names a group ("Darfur rebels"); a place otherwise
   */
  place?: boolean | undefined;
  /** a people noun or plural demonym ("Palestinians") */
  plural?: boolean | undefined;
  /** for 'person' entries: the office holders named by this phrase */
  people?: PersonRecord[] | undefined;
}

/**
 * The entry with every field present, in one order: the gazetteer's entries then share one shape, and the actors
 * stage's reads of them are not looked up among the dozens of shapes that entries built field by field take.
 */
export function phraseEntry(entry: PhraseEntry): PhraseEntry {
  return {
    role: entry.role,
    caseRule: entry.caseRule,
    actor: entry.actor,
    kind: entry.kind,
    sector: entry.sector,
    bodyRole: entry.bodyRole,
    capital: entry.capital,
    personish: entry.personish,
    place: entry.place,
    plural: entry.plural,
    people: entry.people,
  };
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: PhraseEntry[];
}

export interface ActorInfo {
  id: string;
  name: string;
  type: ActorType;
  /** a de facto authority that is its state from a date on (the Taliban: AFG from 2021-08-15) */
  governs?: { state: string; from: string; sector: Sector };
  /** an organisation that belongs to a state (IRGC -> IRN); not used as the actor, kept for context */
  state?: string;
}

export interface PersonRecord {
  name: string;
  actor: string;
  post: string;
  sector: Sector;
  /** ISO dates; `to` null while in office */
  from: string;
  to: string | null;
}

export interface DescriptionRule {
  types: readonly ActorType[];
  ids: readonly string[];
  sector?: Sector;
  /** refers to a person ("the minister") rather than a body ("the ministry") */
  person: boolean;
  fallback?: string;
}

export interface ActorLexicon {
  version: number;
  phrases: TrieNode;
  actors: ReadonlyMap<string, ActorInfo>;
  /** surname key -> office holders, for untitled surnames ("Peskov said") */
  surnames: ReadonlyMap<string, readonly PersonRecord[]>;
  /** head phrase key ("bloc", "foreign ministry") -> what a definite description may refer to */
  descriptions: ReadonlyMap<string, DescriptionRule>;
  /** first words of two-word description heads ("foreign" for "foreign ministry") */
  descriptionStarts: ReadonlySet<string>;
  /** verbs with which a news outlet is a source, not an actor ("reported", "told") */
  sourceVerbs: ReadonlySet<string>;
  /** words before a capital that make it a place ("in", "near") */
  placePrepositions: ReadonlySet<string>;
  /** words that are not names though capitalised at a sentence start or in titles ("Monday", "The") */
  notNames: ReadonlySet<string>;
  /** US states and similar words that make "Georgia"/"Washington" a US place */
  usPlaceWords: ReadonlySet<string>;
  /** place key ("juba", "port sudan", "darfur") -> the ISO-3 code of its state; read with `stateOfPlace` */
  places: ReadonlyMap<string, string>;
  /**
   * phrase key of a body name several states share ("congress") -> the states besides its listed one whose body
   * it also names; the name is theirs where the article is set in one of them
   */
  sharedBodies: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The state a named place belongs to: a capital, a major city or a region ("Juba" -> "SSD", "Port Harcourt"
 * -> "NGA", "Darfur" -> "SDN", "Kabul" -> "AFG"), or null for a place the gazetteer does not hold (names
 * two states share, such as "Santiago" or "Granada", are left out of it). A leading "the" is ignored; case, diacritics, dots and dashes do not matter.
 * PLOVER and CAMEO code a city as its state when it is the target of an act ("Rebels shelled Juba" -> SSD).
 */
export function stateOfPlace(lexicon: ActorLexicon, name: string): string | null {
  const words = name
    .trim()
    .replace(/^the\s+/i, '')
    .split(/[\s\u2010\u2011-]+/)
    .filter((w) => w.length > 0)
    .map(keyOf);
  return lexicon.places.get(words.join(' ')) ?? null;
}

/** The key of a token or gazetteer word: lower case, no diacritics, straight apostrophes, no dots or inner dashes. */
export function keyOf(word: string): string {
  let key = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(key)) {
    key = key
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc]/g, "'");
  }
  if (key.length > 1 && (key.includes('.') || key.includes('-'))) key = key.replace(/[.-]/g, '');
  return key;
}

/** `keyOf` for a word already in lower case: plain ASCII words (most of them) are their own key. */
export function keyOfLower(word: string): string {
  if (word.length === 1 && word.charCodeAt(0) < 128) return word;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || c === 46 || c === 45) return rememberedKeyOf(word);
  }
  return word;
}

// Keys of the words `keyOf` must normalise ("’s", "u.s.", "côte"): the same few come back in every article.
const normalisedKeys = new Map<string, string>();
const MAX_NORMALISED_KEYS = 50_000;

function rememberedKeyOf(word: string): string {
  let key = normalisedKeys.get(word);
  if (key === undefined) {
    if (normalisedKeys.size >= MAX_NORMALISED_KEYS) normalisedKeys.clear();
    key = keyOf(word);
    normalisedKeys.set(word, key);
  }
  return key;
}

/** Dashes that join words ("Asia-Pacific"): skipped when matching, so "Secretary-General" = "Secretary General". */
export function isJoiner(word: string): boolean {
  return word === '-' || word === '\u2010' || word === '\u2011';
}
