// Tokens at i -> a capitalised run that names an organisation the gazetteer does not hold: "the Revolutionary
// United Front (RUF)", "the Front for the Liberation of the Northern Hills", "the Nigerian
// Union of Teachers", "the Nairobi-based group Lake Basin Forum", or a state organ ("the Kenya
// Anti-Corruption Commission").
import type { Sector } from '../../model/actor.js';
import type { ActorLexicon } from '../../model/lexicons/actors.js';
import type { Token } from '../../model/text.js';
import type { PhraseMatch } from './match-phrases.js';
import { CAPITAL, hasClass, NOT_NAME, SURNAME } from './word-classes.js';

/** Words that make a capitalised run an organisation, with the CAMEO-style sector they imply. */
const ORG_HEADS = new Map<string, Sector | null>([
  ['front', 'REB'],
  ['army', 'REB'],
  ['brigade', 'REB'],
  ['brigades', 'REB'],
  ['tigers', 'REB'],
  ['militia', 'REB'],
  ['party', null],
  ['movement', null],
  ['congress', null],
  ['alliance', null],
  ['coalition', null],
  ['union', null],
  ['league', null],
  ['organisation', null],
  ['organization', null],
  ['association', 'NGO'],
  ['federation', null],
  ['committee', null],
  ['society', 'NGO'],
  ['foundation', 'NGO'],
  ['institute', null],
  ['network', 'NGO'],
  ['forum', null],
  ['centre', null],
  ['center', null],
  ['watch', 'NGO'],
  ['trust', 'NGO'],
  ['initiative', 'NGO'],
  // "the London School of Economics", "Kyiv University": a place's school is no state
  ['school', 'EDU'],
  ['university', 'EDU'],
  ['college', 'EDU'],
  ['academy', 'EDU'],
]);
/** Heads of state organs: with a state's name before them they are that state ("Kenya … Commission"). */
const ORGAN_HEADS = new Set([
  'commission',
  'agency',
  'authority',
  'council',
  'bureau',
  'service',
  'directorate',
  'board',
]);
/** Lower-case words inside organisation names. */
const LINKS = new Set(['of', 'for', 'the', 'and', 'to', 'de', 'in', 'on']);
/** Capitalised words that may open an organisation's name though they are not names by themselves. */
const OPENERS = new Set([
  'united',
  'national',
  'international',
  'democratic',
  'islamic',
  'union',
  'people',
  'popular',
  'north',
  'south',
  'east',
  'west',
  'central',
  'new',
  'free',
]);
/** Nouns after which a capitalised run is a name: "the group Somali Public Agenda". */
export const NAMING_NOUNS = new Set([
  'group',
  'organisation',
  'organization',
  'party',
  'movement',
  'coalition',
  'charity',
  'ngo',
  'alliance',
  'network',
  'militia',
  'outfit',
  'association',
  'campaign',
]);

export interface OrgRun {
  /** token indices, end exclusive; `end` also covers a parenthesised acronym after the name */
  start: number;
  end: number;
  /** the name's last token index + 1 */
  nameEnd: number;
  /** a state organ: the state named at its start, GOV */
  state?: string;
  sector?: Sector;
}

export interface OrgContext {
  tokens: readonly Token[];
  /** the tokens' word classes (`hasClass`) */
  classes: readonly number[];
  keys: readonly string[];
  matchAt: readonly (PhraseMatch | undefined)[];
  lex: ActorLexicon;
  sentenceEnd: number;
}

/**
 * Whether the capitalised word at i may open an organisation's name, whatever the word before it: one word alone
 * ("Russia said") names none unless a capital, a link, a dash, a possessive or a bracket follows or a phrase runs
 * on from it. (After a naming noun, "the group Hamas said", `readOrganisation` reads on, but one word with no
 * acronym names no organisation there either: the caller may skip both the reading and the naming noun.)
 */
export function mayOpenOrganisation(c: OrgContext, i: number): boolean {
  const { classes, keys, matchAt } = c;
  if (hasClass(classes, i + 1, CAPITAL)) return true;
  const after = keys[i + 1] ?? '';
  if (after === '(' || after === '-' || LINKS.has(after) || after === "'" || after === "'s") return true;
  return (matchAt[i]?.end ?? 0) > i + 1;
}

/** The organisation named at token i, or null. `named`: a naming noun precedes ("the group …"). */
export function readOrganisation(c: OrgContext, i: number, named: boolean): OrgRun | null {
  const { tokens, classes, keys, matchAt, lex } = c;
  if (!hasClass(classes, i, CAPITAL)) return null;
  if (!named && !mayOpenOrganisation(c, i)) return null;
  if (hasClass(classes, i, NOT_NAME) && !OPENERS.has(keys[i] ?? '')) return null;
  let j = i;
  let last = -1;
  let words = 0;
  // "King's College London": a possessive after an unknown capitalised word, inside the name (checked below)
  let possessive = -1;
  // (the words are read by their classes and keys: no token is read)
  while (j < c.sentenceEnd && j < tokens.length && j - i < 14) {
    const key = keys[j] ?? '';
    if (hasClass(classes, j, CAPITAL)) {
      words++;
      last = j;
      j++;
      continue;
    }
    // "Anti-Corruption", "Workers' Party", "People's": dashes and possessives inside the name.
    const owner =
      key === "'s" &&
      possessive < 0 &&
      hasClass(classes, j + 1, CAPITAL) &&
      (j - 1 === i || (j - 2 === i && SAINTS.has(keys[i] ?? ''))) &&
      isPossessor(c, j - 1, j - 2 === i);
    const inside = key === '-' || key === "'" || (key === "'s" && keys[j - 1] === 'people') || owner;
    if (owner) possessive = j;
    if (words > 0 && (LINKS.has(key) || inside)) {
      let k = j + 1;
      while (k < c.sentenceEnd && LINKS.has(keys[k] ?? '')) k++;
      // "the Center for Strategic Studies in Washington": a known place after "in" and a name with its head
      // already read is where the organisation is, not its name's end
      if (key === 'in' && hasClass(classes, k, CAPITAL) && hasHeadIn(keys, i, j) && isPlace(c, k)) break;
      if (hasClass(classes, k, CAPITAL)) {
        j = k;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  const nameEnd = last + 1;
  let end = nameEnd;
  // "(RUF)": an acronym in brackets after a name is an organisation's.
  const acronym =
    keys[nameEnd] === '(' &&
    /^[A-Z][A-Z.-]{1,7}$/.test(tokens[nameEnd + 1]?.text ?? '') &&
    keys[nameEnd + 2] === ')';
  if (acronym) end = nameEnd + 3;
  // one word with no acronym names no organisation, whatever it is
  if (words < 2 && !acronym) return null;

  let head: string | undefined;
  let headAt = -1;
  let state: string | undefined;
  let organ = false;
  for (let k = i; k < nameEnd; k++) {
    const match = matchAt[k];
    if (match) {
      for (const entry of match.entries) {
        // A title, a known person or an outlet inside the run: not an organisation's name.
        if (entry.role === 'person' || (entry.role === 'outlet' && k === i)) return null;
        // ("King's College": a title's possessive inside a name is part of it)
        if (entry.role === 'body' && entry.bodyRole === 'title' && k + 1 !== possessive) return null;
      }
      // The run is one known phrase ("Human Rights Watch"): the gazetteer has it.
      if (k === i && match.end >= nameEnd) return null;
      const actor = match.entries.find((e) => e.role === 'actor');
      if (k === i && actor && lex.actors.get(actor.actor ?? '')?.type === 'state') state = actor.actor;
      // "Army" in "Afghan National Army" is a body word and the run's head.
      if (!actor && match.end === k + 1 && ORG_HEADS.has(keys[k] ?? '')) {
        head = keys[k];
        headAt = k;
      }
      k = match.end - 1;
      continue;
    }
    const key = keys[k] ?? '';
    if (ORG_HEADS.has(key)) {
      head = key;
      headAt = k;
    } else if (k === nameEnd - 1 && ORGAN_HEADS.has(key)) organ = true;
  }
  // a possessive is inside a name only before the name's head ("King's College London")
  if (possessive >= 0 && headAt < possessive) return null;
  // "Lina Marsh of the London School of Economics": a name before "of" with no head of its own is a
  // person's; the organisation starts after it
  if (head !== undefined && personBeforeLink(keys, classes, matchAt, i, nameEnd, head)) return null;
  // "the Afghan National Army" is the state's army; "the Free Syrian Army" a rebel group.
  if (state && head === 'army' && onlyArmyWords(keys, matchAt, i, nameEnd)) {
    return { start: i, end, nameEnd, state, sector: 'MIL' };
  }
  if (head !== undefined) {
    const sector = ORG_HEADS.get(head) ?? undefined;
    return sector ? { start: i, end, nameEnd, sector } : { start: i, end, nameEnd };
  }
  if (organ && state) return { start: i, end, nameEnd, state, sector: 'GOV' };
  if (named || acronym) return { start: i, end, nameEnd };
  return null;
}

function hasHeadIn(keys: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEADS.has(keys[k] ?? '')) return true;
  return false;
}

/** A state, its capital or another known place of a state starts at token k. */
function isPlace(c: OrgContext, k: number): boolean {
  const match = c.matchAt[k];
  if (!match) return false;
  return match.entries.some(
    (entry) =>
      entry.role === 'actor' &&
      (entry.capital === true ||
        entry.place === true ||
        (entry.kind === 'name' && c.lex.actors.get(entry.actor ?? '')?.type === 'state')),
  );
}

/** "St John's College", "St. Anselm's College". */
const SAINTS = new Set(['st', 'saint']);
/** Possessors that open names of their own: "Children's Hospital", "Women's Institute". */
const OWNING_WORDS = new Set(['children', 'women', 'men']);

/**
 * Whether the word at k may own the rest of a name with a possessive: a title ("King's College", "Queen's
 * University"), a saint's name ("St John's College") or a people ("Children's Hospital"); not a state, a place, a
 * person, a body or another organisation ("Russia's Defence Ministry", "Columbia's Graduate School", "the
 * House's committee": the owner and what it owns are two).
 */
function isPossessor(c: OrgContext, k: number, saint: boolean): boolean {
  if (!hasClass(c.classes, k, CAPITAL) || hasClass(c.classes, k, SURNAME)) return false;
  const match = c.matchAt[k];
  if (match) return match.entries.every((e) => e.role === 'body' && e.bodyRole === 'title');
  return saint || OWNING_WORDS.has(c.keys[k] ?? '');
}

/** Whether two or three unknown capitalised words open the run before its first "of" and the head comes after it. */
function personBeforeLink(
  keys: readonly string[],
  classes: readonly number[],
  matchAt: readonly (PhraseMatch | undefined)[],
  start: number,
  end: number,
  head: string,
): boolean {
  let link = start;
  while (link < end && hasClass(classes, link, CAPITAL)) link++;
  if (keys[link] !== 'of' || link - start < 2 || link - start > 3) return false;
  for (let k = start; k < link; k++) {
    const key = keys[k] ?? '';
    if (matchAt[k] || ORG_HEADS.has(key) || ORGAN_HEADS.has(key) || OPENERS.has(key)) return false;
  }
  for (let k = link + 1; k < end; k++) if (keys[k] === head) return true;
  return false;
}

const ARMY_WORDS = new Set(['national', 'army', 'royal', 'people', "'s", 'armed']);

function onlyArmyWords(
  keys: readonly string[],
  matchAt: readonly (PhraseMatch | undefined)[],
  start: number,
  end: number,
): boolean {
  const after = matchAt[start]?.end ?? start + 1;
  for (let k = after; k < end; k++) if (!ARMY_WORDS.has(keys[k] ?? '')) return false;
  return true;
}
