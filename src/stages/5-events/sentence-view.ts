// QuoteDoc -> per-article token view: the tokens (misread verb forms read as verbs), which mention
// covers each token, mentions as token ranges, with the cities and regions named after a place
// preposition read as their state.
import type { Mention } from '../../model/actor.js';
import type { QuoteDoc } from '../../model/doc.js';
import { type ActorLexicon, stateOfPlace } from '../../model/lexicons/actors.js';
import type { EventLexicon } from '../../model/lexicons/events.js';
import type { Token } from '../../model/text.js';
import { readTaggedVerbs, readVerbForms } from './verb-forms.js';

/** A mention placed on the token array: tokens [first, last] (inclusive) hold it. */
export interface PlacedMention {
  index: number;
  mention: Mention;
  first: number;
  last: number;
  /** a city or region read as its state (`addPlaces`, `index` -1): the preposition (or the verb of
   * visiting) before it */
  placePrep?: string;
  /** the people of the place this mention names ("students demonstrated in Ghana"), not its state */
  people?: boolean;
}

export interface TokenView {
  text: string;
  tokens: readonly Token[];
  /** for each token, the index in `placed` of the mention covering it, or -1 */
  mentionAt: Int32Array;
  placed: PlacedMention[];
}

/**
 * The mention covering token `k`, if any. (`placed[-1]` would be undefined too, but an array read at a
 * negative index leaves V8's fast path: tens of times slower, in scans that mostly meet no mention.)
 */
export function placedAt(view: TokenView, k: number): PlacedMention | undefined {
  const at = view.mentionAt[k] ?? -1;
  return at < 0 ? undefined : view.placed[at];
}

/**
 * Reads the verb forms the tagger misses (`readVerbForms`), places every mention on the tokens in one
 * merge pass (both lists are in text order), reads the verbs tagged as nouns or adjectives around their
 * subject and object (`readTaggedVerbs`), then the places named after a place preposition (see `addPlaces`).
 */
export function viewTokens(doc: QuoteDoc, actors: ActorLexicon, events: EventLexicon): TokenView {
  const placed = placeMentions(doc, readVerbForms(doc.tokens, events.irregular));
  const view = readTaggedVerbs(placed, events.byHead);
  addPlaces(view, doc, actors, visitVerbsOf(events));
  return view;
}

let visits: { lexicon: EventLexicon; verbs: ReadonlySet<string> } | null = null;

/** The verbs of the dictionary's plain visit entries (CAMEO 042: "visit", "tour", "attend"), once per lexicon. */
function visitVerbsOf(lexicon: EventLexicon): ReadonlySet<string> {
  if (visits?.lexicon === lexicon) return visits.verbs;
  const verbs = new Set<string>();
  for (const entries of lexicon.byHead.values())
    for (const entry of entries)
      if (entry.code === '042' && entry.headClass === 'verb' && entry.rest.length === 0)
        verbs.add(entry.head);
  visits = { lexicon, verbs };
  return verbs;
}

/** Prepositions after which a city or region names where an act happens or where it goes. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'to',
  'into',
  'from',
  'toward',
  'towards',
]);
/** The lengths of the place prepositions, one bit each (all are shorter than 31 characters). */
const PREPOSITION_LENGTHS = [...PLACE_PREPOSITIONS].reduce((bits, word) => bits | (1 << word.length), 0);

function hasPrepositionLength(word: string): boolean {
  return word.length < 31 && ((PREPOSITION_LENGTHS >>> word.length) & 1) === 1;
}

/** "the city of Homs", "the port of Mombasa", "the capital Juba": the name after "of" or after the noun. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district']);

/**
 * "landed in Nairobi", "a trip to Hanoi", "a curfew in the northern city of Mosul", "visited Kampala":
 * stage 3 keeps no mention for a city or region after a place preposition or a verb of visiting (it is
 * a place, not a government that acts),
 * but an act done in or aimed at it is aimed at its state, as one aimed at "Kenya" would be. Every
 * city and region of the gazetteer counts (data/actors/places.json, capitals and each state's largest
 * cities); the mention made here lives only in this stage's view (`index` -1, after the article's
 * own mentions in `placed`: only `mentionAt` tells where each one is).
 */
function addPlaces(
  view: TokenView,
  doc: QuoteDoc,
  actors: ActorLexicon,
  visitVerbs: ReadonlySet<string>,
): void {
  const { tokens, mentionAt, placed } = view;
  let sentence = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    const prep = tokens[k]?.lower ?? '';
    // a cheap test before the set: a word of a length no place preposition has ("the", "said") is none;
    // "visited Kampala", "attended the Paris summit": the object of a verb of visiting is a place too
    // "shelled the southern capital Juba", "took the town of Gao": any verb's object named as a place
    const before = hasPrepositionLength(prep) && PLACE_PREPOSITIONS.has(prep);
    if (!before && tokens[k]?.pos !== 'VERB') continue;
    let j = k + 1;
    while (j < tokens.length && mentionAt[j] === -1 && isModifier(tokens[j])) j++;
    const placeNoun = PLACE_NOUNS.has(tokens[j]?.lower ?? '');
    if (placeNoun) j += tokens[j + 1]?.lower === 'of' ? 2 : 1;
    if (!before && !placeNoun && !visitVerbs.has(tokens[k]?.lemma ?? '')) continue;
    let end = j;
    while (end < tokens.length && end < j + 4 && mentionAt[end] === -1 && isCapitalName(tokens[end])) end++;
    // the longest run that names a place: "Port Harcourt on Sunday" is Port Harcourt
    for (; end > j; end--) {
      const first = tokens[j] as Token;
      const last = tokens[end - 1] as Token;
      const text = doc.text.slice(first.start, last.end);
      const state = stateOfPlace(actors, text);
      if (!state) continue;
      while ((doc.sentences[sentence]?.tokenEnd ?? Number.POSITIVE_INFINITY) <= j) sentence++;
      const mention: Mention = {
        actor: state,
        kind: 'name',
        text,
        start: first.start,
        end: last.end,
        sentence,
      };
      const at = placed.length;
      placed.push({ index: -1, mention, first: j, last: end - 1, placePrep: prep });
      for (let m = j; m < end; m++) mentionAt[m] = at;
      k = end - 1;
      break;
    }
  }
}

/** A determiner or an adjective: "the northern", "a small". */
function isModifier(token: Token | undefined): boolean {
  return token?.pos === 'DET' || token?.pos === 'ADJ';
}

function isCapitalName(token: Token | undefined): boolean {
  if (token?.pos !== 'PROPN') return false;
  // most names begin with an ASCII letter: the expression only for the others
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token.text);
}

function placeMentions(doc: QuoteDoc, tokens: readonly Token[]): TokenView {
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const placed: PlacedMention[] = [];
  const order = textOrder(doc.mentions);
  let t = 0;
  for (let n = 0; n < order.length; n++) {
    const index = order[n] as number;
    const mention = doc.mentions[index] as Mention;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= mention.start) t++;
    let first = -1;
    let last = -1;
    for (let k = t; k < tokens.length; k++) {
      const token = tokens[k];
      if (!token || token.start >= mention.end) break;
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0) continue;
    // Nested mentions ("the Russian foreign ministry" holding "Russian"): the outer one is kept.
    if (mentionAt[first] !== -1) continue;
    const at = placed.length;
    placed.push({ index, mention, first, last });
    for (let k = first; k <= last; k++) mentionAt[k] = at;
  }
  return { text: doc.text, tokens, mentionAt, placed };
}

/**
 * Indices of the mentions by start, the longer first at the same start (a stable sort). Stage 3 lists
 * them in that order already, so the sort runs only when they are not.
 */
function textOrder(mentions: readonly Mention[]): readonly number[] {
  const order = mentions.map((_, index) => index);
  for (let n = 1; n < mentions.length; n++) {
    const a = mentions[n - 1] as Mention;
    const b = mentions[n] as Mention;
    if (a.start - b.start > 0 || (a.start === b.start && b.end - a.end > 0)) {
      order.sort((x, y) => {
        const p = mentions[x] as Mention;
        const q = mentions[y] as Mention;
        return p.start - q.start || q.end - p.end;
      });
      break;
    }
  }
  return order;
}
