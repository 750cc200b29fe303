// Loads the actors lexicon: world-countries (ODbL) plus data/actors/* -> a phrase trie, actors, office holders.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { Sector } from '../../model/actor.js';
import {
  type ActorInfo,
  type ActorLexicon,
  type BodyRole,
  type CaseRule,
  type DescriptionRule,
  isJoiner,
  keyOf,
  type PersonRecord,
  type PhraseEntry,
  phraseEntry,
  type TrieNode,
} from '../../model/lexicons/actors.js';
import { readDataJson, readDataLines } from './data-dir.js';

interface StateVariants {
  names?: string[];
  demonyms?: string[];
  metonyms?: string[];
}

interface StatesExtra {
  states: Record<string, StateVariants>;
  preferForDemonym: Record<string, string>;
  drop: string[];
  personish: string[];
  blockers: string[];
  seats: string[];
  placePrepositions: string[];
  usPlaceWords: string[];
  notNames: string[];
  sourceVerbs: string[];
}

interface IgoFile {
  igos: { id: string; name: string; names: string[] }[];
}

interface OrgFile {
  orgs: {
    id: string;
    name: string;
    sector: Sector;
    names: string[];
    governs?: { state: string; from: string; sector: Sector };
    state?: string;
  }[];
}

interface BodyFile {
  bodies: Record<string, [Sector, BodyRole]>;
}

interface PlaceFile {
  personish: string[];
  cities: Record<string, string[]>;
  regions: Record<string, string[]>;
  peoples: Record<string, string[]>;
}

interface DescriptionFile {
  descriptions: Record<
    string,
    { types: ActorInfo['type'][]; ids?: string[]; sector?: Sector; role?: string; fallback?: string }
  >;
}

const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

/** Kosovo has no ISO code; the contract uses XKX where world-countries says UNK. */
const CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

export function loadActorLexicon(): ActorLexicon {
  const extra = readDataJson<StatesExtra>('actors/states-extra.json');
  const builder = new PhraseTrie(new Set(extra.drop.map((d) => d.toLowerCase())));
  const actors = new Map<string, ActorInfo>();
  const personish = new Set(extra.personish.map(keyOf));
  const seats = new Set(extra.seats.map((s) => s.toLowerCase()));

  const places = new Map<string, string>();
  addStates(builder, actors, extra, personish, seats, places);
  addIgos(builder, actors);
  addOrgs(builder, actors);
  const sharedBodies = addBodies(builder);
  addOutlets(builder, actors);
  addPlaces(builder, places);
  for (const phrase of extra.blockers) builder.add(phrase, { role: 'blocker', caseRule: 'any' });
  const surnames = addPeople(builder);
  const descriptions = readDescriptions();

  return {
    version: 1,
    phrases: builder.root,
    actors,
    surnames,
    descriptions,
    descriptionStarts: new Set(
      [...descriptions.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
    ),
    sourceVerbs: new Set(extra.sourceVerbs),
    placePrepositions: new Set(extra.placePrepositions),
    notNames: new Set(extra.notNames),
    usPlaceWords: new Set(extra.usPlaceWords),
    places,
    sharedBodies,
  };
}

function addStates(
  builder: PhraseTrie,
  actors: Map<string, ActorInfo>,
  extra: StatesExtra,
  personish: Set<string>,
  seats: Set<string>,
  places: Map<string, string>,
): void {
  const demonymOwner = new Map<string, string>(Object.entries(extra.preferForDemonym));
  // Member states first, so that a demonym shared with a territory ("American") goes to the state.
  const countries = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of countries) {
    const code = CODE_FIXES[country.cca3] ?? country.cca3;
    const curated = extra.states[code];
    const name = curated?.names?.find((n) => !n.startsWith('the ') && n.length > 3) ?? country.name.common;
    actors.set(code, { id: code, name: name === 'US' ? 'United States' : name, type: 'state' });
    const names = new Set<string>([country.name.common, country.name.official, ...(curated?.names ?? [])]);
    for (const alt of country.altSpellings) if (isUsableSpelling(alt)) names.add(alt);
    const curatedNames = new Set(curated?.names ?? []);
    for (const n of names) {
      const entry = {
        role: 'actor' as const,
        actor: code,
        kind: 'name' as const,
        ...personishFlag(n, personish),
      };
      // "Djibouti" is dropped as a capital (Djibouti City) but kept as the state's own name.
      if (curatedNames.has(n)) builder.addKept(n, entry);
      else builder.add(n, entry);
    }
    const demonyms = new Set<string>(curated?.demonyms ?? []);
    const eng = country.demonyms?.eng;
    if (eng) {
      demonyms.add(eng.m);
      demonyms.add(eng.f);
    }
    for (const d of demonyms) {
      const owner = demonymOwner.get(d.toLowerCase());
      if (owner !== undefined && owner !== code) continue;
      demonymOwner.set(d.toLowerCase(), code);
      builder.add(d, { role: 'actor', actor: code, kind: 'demonym' });
      const plural = pluralOf(d);
      if (plural) builder.add(plural, { role: 'actor', actor: code, kind: 'demonym', plural: true });
    }
    const metonyms = new Set<string>(curated?.metonyms ?? []);
    // Capitals of territories and of unrecognised lists are places, not governments.
    if (country.independent !== false) {
      for (const c of country.capital ?? []) {
        metonyms.add(c);
        // Capitals dropped as metonyms ("Lima", "Kingston") are still their state's places.
        places.set(phraseKeys(c).join(' '), code);
      }
    }
    for (const m of metonyms) {
      const seat = seats.has(m.toLowerCase());
      builder.add(m, {
        role: 'actor',
        actor: code,
        kind: 'metonym',
        sector: 'GOV',
        ...(seat ? {} : { capital: true }),
        ...personishFlag(m, personish),
      });
    }
  }
}

/**
 * Major cities, regions and peoples (data/actors/places.json) -> their state: in `places` for `stateOfPlace`,
 * and in the trie as places (`place: true`) unless the phrase already names something ("Gaza", "Singapore").
 */
function addPlaces(builder: PhraseTrie, places: Map<string, string>): void {
  const file = readDataJson<PlaceFile>('actors/places.json');
  const personish = new Set(file.personish.map(keyOf));
  const groups: [Record<string, string[]>, 'metonym' | 'demonym'][] = [
    [file.cities, 'metonym'],
    [file.regions, 'metonym'],
    [file.peoples, 'demonym'],
  ];
  for (const [group, kind] of groups) {
    for (const [code, names] of Object.entries(group)) {
      for (const name of names) {
        const key = phraseKeys(name).join(' ');
        if (kind === 'metonym' && !places.has(key)) places.set(key, code);
        if (builder.names(name)) continue;
        builder.add(name, {
          role: 'actor',
          actor: code,
          kind,
          sector: 'CVL',
          place: true,
          ...personishFlag(name, personish),
        });
      }
    }
  }
}

function personishFlag(phrase: string, personish: Set<string>): { personish?: boolean } {
  return personish.has(keyOf(phrase)) ? { personish: true } : {};
}

/** world-countries' alternative spellings include two-letter codes and scripts other than Latin. */
function isUsableSpelling(alt: string): boolean {
  if (/^[A-Z]{2}$/.test(alt)) return false;
  return /^[A-Za-z\u00c0-\u024f' .()-]+$/.test(alt) && /^[A-Z]/.test(alt);
}

/** "Palestinian" -> "Palestinians", "Iraqi" -> "Iraqis"; "Chinese", "British", "French" have none. */
function pluralOf(demonym: string): string | null {
  if (/(ese|ish|ch|ss|s|x|z)$/i.test(demonym) || /^[A-Z.]+$/.test(demonym)) return null;
  if (/man$/.test(demonym)) return null;
  return `${demonym}s`;
}

function addIgos(builder: PhraseTrie, actors: Map<string, ActorInfo>): void {
  const file = readDataJson<IgoFile>('actors/igos.json');
  for (const igo of file.igos) {
    actors.set(igo.id, { id: igo.id, name: igo.name, type: 'igo' });
    for (const n of igo.names) builder.add(n, { role: 'actor', actor: igo.id, kind: 'name', sector: 'IGO' });
  }
}

function addOrgs(builder: PhraseTrie, actors: Map<string, ActorInfo>): void {
  const file = readDataJson<OrgFile>('actors/orgs.json');
  for (const org of file.orgs) {
    const info: ActorInfo = { id: org.id, name: org.name, type: 'org' };
    if (org.governs) info.governs = org.governs;
    if (org.state) info.state = org.state;
    actors.set(org.id, info);
    for (const n of org.names) {
      builder.add(n, { role: 'actor', actor: org.id, kind: 'name', sector: org.sector });
    }
  }
}

/** Adds the bodies; returns the names that several states' bodies share, by phrase key. */
function addBodies(builder: PhraseTrie): Map<string, ReadonlySet<string>> {
  const file = readDataJson<BodyFile>('actors/bodies.json');
  for (const [phrase, [sector, bodyRole]] of Object.entries(file.bodies)) {
    builder.add(phrase, { role: 'body', caseRule: 'any', kind: 'body', sector, bodyRole });
  }
  // Bodies that are one state's by name: "the State Department", "the Knesset", "the IDF".
  const named = readDataJson<{
    bodies: { actor: string; sector: Sector; names: string[]; alsoOf?: string[] }[];
  }>('actors/state-bodies.json');
  const shared = new Map<string, ReadonlySet<string>>();
  for (const body of named.bodies) {
    for (const n of body.names) {
      builder.add(n, { role: 'actor', actor: body.actor, kind: 'body', sector: body.sector });
      if (body.alsoOf) shared.set(phraseKey(n), new Set(body.alsoOf));
    }
  }
  return shared;
}

function addOutlets(builder: PhraseTrie, actors: Map<string, ActorInfo>): void {
  for (const line of readDataLines('actors/news-outlets.txt')) {
    const names = line.split('|').map((n) => n.trim());
    const first = names[0] ?? '';
    const id = `org:${slugOf(first.replace(/^The /, ''))}`;
    actors.set(id, { id, name: first, type: 'org' });
    for (const n of names) builder.add(n, { role: 'outlet', actor: id, kind: 'name', sector: 'MED' });
  }
}

function addPeople(builder: PhraseTrie): Map<string, PersonRecord[]> {
  const surnames = new Map<string, PersonRecord[]>();
  const stop = new Set(readDataLines('actors/surname-stop.txt').map(keyOf));
  for (const line of readDataLines('actors/people.txt')) {
    const [name = '', actor = '', post = '', sector = 'GOV', from = '', to = '', others = ''] = line
      .split('|')
      .map((f) => f.trim());
    const record: PersonRecord = {
      name,
      actor,
      post,
      sector: sector as Sector,
      from,
      to: to === '' ? null : to,
    };
    const forms = [name, ...others.split(';').map((o) => o.trim())].filter((f) => f.length > 0);
    for (const form of forms) builder.addPerson(form, record);
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    const surnameKey = keyOf(/^(Jr\.?|II|III|XIV)$/.test(last) ? (words[words.length - 2] ?? '') : last);
    if (surnameKey.length < 4 || stop.has(surnameKey)) continue;
    const list = surnames.get(surnameKey) ?? [];
    list.push(record);
    surnames.set(surnameKey, list);
  }
  return surnames;
}

function readDescriptions(): Map<string, DescriptionRule> {
  const file = readDataJson<DescriptionFile>('actors/descriptions.json');
  const rules = new Map<string, DescriptionRule>();
  for (const [phrase, rule] of Object.entries(file.descriptions)) {
    const built: DescriptionRule = { types: rule.types, ids: rule.ids ?? [], person: rule.role === 'person' };
    if (rule.sector) built.sector = rule.sector;
    if (rule.fallback) built.fallback = rule.fallback;
    rules.set(phraseKeys(phrase).join(' '), built);
  }
  return rules;
}

export function slugOf(name: string): string {
  return keyOf(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits a gazetteer phrase the way the text stage tokenises prose ("People's" -> "People", "'s"). */
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  for (const raw of phrase.replace(/^the /i, '').split(/\s+/)) {
    for (const piece of raw.split(/(-)/)) {
      if (piece === '') continue;
      const possessive = /^(.+?)(['’]s)$/.exec(piece);
      if (possessive?.[1] && possessive[2]) {
        words.push(possessive[1], possessive[2]);
      } else {
        words.push(piece);
      }
    }
  }
  return words;
}

export function phraseKeys(phrase: string): string[] {
  return phraseWords(phrase)
    .filter((w) => !isJoiner(w))
    .map(keyOf);
}

function caseRuleOf(words: string[]): CaseRule {
  const letters = words.join('').replace(/[^A-Za-z\u00c0-\u024f]/g, '');
  if (letters.length === 0) return 'any';
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  if (!/^[A-Z\u00c0-\u00de]/.test(words[0] ?? '')) return 'any';
  const named = words.filter((w) => !isJoiner(w) && /[A-Za-z]/.test(w));
  return named.length > 1 && named.every((w) => /^[A-Z\u00c0-\u00de]/.test(w)) ? 'title' : 'capital';
}

/** A phrase's key as the trie stores it and as the actor stage's token keys spell it: "congress". */
function phraseKey(phrase: string): string {
  return phraseWords(phrase)
    .filter((w) => !isJoiner(w))
    .map(keyOf)
    .join(' ');
}

class PhraseTrie {
  readonly root: TrieNode = { next: new Map() };
  private readonly people = new Map<string, PhraseEntry>();

  constructor(private readonly drop: Set<string>) {}

  add(phrase: string, entry: Omit<PhraseEntry, 'caseRule'> & { caseRule?: CaseRule }): void {
    if (this.drop.has(phrase.toLowerCase())) return;
    this.addKept(phrase, entry);
  }

  /** Adds a phrase even when the drop list names it (a curated name that is also a dropped capital). */
  addKept(phrase: string, entry: Omit<PhraseEntry, 'caseRule'> & { caseRule?: CaseRule }): void {
    const words = phraseWords(phrase);
    const full = phraseEntry({ ...entry, caseRule: entry.caseRule ?? caseRuleOf(words) });
    this.insert(words.filter((w) => !isJoiner(w)).map(keyOf), full);
    // "G-7" is one token in the text, "Secretary-General" three: a dashed phrase is stored both ways.
    if (phrase.includes('-')) this.insert(phraseWords(phrase.replace(/-/g, '')).map(keyOf), full);
  }

  /** Whether the phrase already names an actor, a body or a person. */
  names(phrase: string): boolean {
    let node: TrieNode | undefined = this.root;
    for (const key of phraseKeys(phrase)) {
      node = node.next.get(key);
      if (!node) return false;
    }
    return (node.entries?.length ?? 0) > 0;
  }

  private insert(keys: string[], full: PhraseEntry): void {
    if (keys.length === 0) return;
    const node = this.nodeFor(keys);
    const list = node.entries ?? [];
    // The same phrase twice for one actor and role ("Myanmar" as name and demonym) keeps the first.
    if (!list.some((e) => e.role === full.role && e.actor === full.actor && e.caseRule === full.caseRule)) {
      list.push(full);
    }
    node.entries = list;
  }

  addPerson(phrase: string, record: PersonRecord): void {
    const keys = phraseKeys(phrase);
    const id = keys.join(' ');
    let entry = this.people.get(id);
    if (!entry) {
      entry = phraseEntry({ role: 'person', caseRule: 'capital', kind: 'person', people: [] });
      this.people.set(id, entry);
      const node = this.nodeFor(keys);
      node.entries = [...(node.entries ?? []), entry];
      if (phrase.includes('-')) {
        const joined = this.nodeFor(phraseKeys(phrase.replace(/-/g, '')));
        joined.entries = [...(joined.entries ?? []), entry];
      }
    }
    entry.people?.push(record);
  }

  private nodeFor(keys: string[]): TrieNode {
    let node = this.root;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) {
        next = { next: new Map() };
        node.next.set(key, next);
      }
      node = next;
    }
    return node;
  }
}
