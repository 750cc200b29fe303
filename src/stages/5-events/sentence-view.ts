// QuoteDoc -> per-article token view: the tokens (misread verb forms read as verbs), which mention
// covers each token, mentions as token ranges, with the cities and regions named after a place
// preposition read as their state.
import type { Mention } from '../../model/actor.js';
import type { QuoteDoc } from '../../model/doc.js';
import { type ActorLexicon, stateOfPlace } from '../../model/lexicons/actors.js';
import type { EventLexicon } from '../../model/lexicons/events.js';
import type { Token } from '../../model/text.js';
import {
  ADJ,
  ADP,
  CAPITAL,
  candidatesFor,
  classesOfRecord,
  DET,
  formIndexOf,
  formRecordOf,
  HEAD,
  IRREGULAR,
  isHead,
  PLACE_NOUN,
  PLACE_PREP,
  PREFIXED,
  PROPN,
  PUNCT,
  TAG,
  tagOf,
  VERB,
} from './token-classes.js';
import { readTaggedVerbs, verbFormAt } from './verb-forms.js';

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
  /**
   * for each token, its tag as `tokens` has it (`TAG` bits), its word form's classes and whether it heads
   * dictionary entries (`HEAD`), as in token-classes.ts
   */
  classes: number[];
  /** for each token, the index in `placed` of the mention covering it, or -1 */
  mentionAt: number[];
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
 * Reads each token's tag and word classes, the verb forms the tagger misses and where every mention lies
 * (`readTokens`, one pass), reads the verbs tagged as nouns or adjectives around their subject and object
 * (`readTaggedVerbs`), then the places named after a place preposition (see `addPlaces`).
 */
export function viewTokens(doc: QuoteDoc, actors: ActorLexicon, events: EventLexicon): TokenView {
  const view = readTaggedVerbs(readTokens(doc, events), events);
  addPlaces(view, doc, actors, visitVerbsOf(events));
  return view;
}

/**
 * One pass over the article's tokens (each token object is read once: a token read again later is likely a cache
 * miss): each one's tag and word classes; the verb forms the tagger misread (`verbFormAt`: only a form classed
 * `PREFIXED` or `IRREGULAR` can be one), read as verbs in a copy of the tokens; and the mentions placed on the
 * tokens, merged in as the tokens go (both lists are in text order). A mention's tokens run from the first that
 * ends after it starts while they start before it ends; a mention whose first token an earlier one holds is nested
 * ("the Russian foreign ministry" holding "Russian"): the outer one is kept.
 */
function readTokens(doc: QuoteDoc, lexicon: EventLexicon): TokenView {
  const { tokens, mentions } = doc;
  const n = tokens.length;
  // plain arrays made at their length: an array grown by `push` leaves its smaller copies behind as garbage, and a
  // typed array of an article's length lives outside V8's heap and costs more to make
  const classes: number[] = new Array(n);
  const mentionAt: number[] = new Array(n).fill(-1);
  const placed: PlacedMention[] = [];
  const order = textOrder(mentions);
  // the next mention to place, and the last one placed while its tokens go on
  let next = 0;
  let open: PlacedMention | null = null;
  const index = formIndexOf(lexicon);
  let read: Token[] | null = null;
  for (let k = 0; k < n; k++) {
    let token = tokens[k] as Token;
    const { start, end } = token;
    if (open !== null && k > open.first) {
      if (start < open.mention.end) {
        open.last = k;
        mentionAt[k] = placed.length - 1;
      } else open = null;
    }
    for (; next < order.length; next++) {
      const at = order[next] as number;
      const mention = mentions[at] as Mention;
      // its first token is a later one
      if (end <= mention.start) break;
      // no token of its own, or nested in the one placed
      if (start >= mention.end || mentionAt[k] !== -1) continue;
      open = { index: at, mention, first: k, last: k };
      mentionAt[k] = placed.length;
      placed.push(open);
    }
    let tag = tagOf(token.pos);
    const record = formRecordOf(token, index, lexicon);
    const bits = classesOfRecord(record);
    const lemma = bits & (PREFIXED | IRREGULAR) ? verbFormAt(k, tokens, lexicon.irregular) : null;
    if (lemma) {
      token = { ...token, pos: 'VERB', lemma };
      tag = VERB;
      read ??= [...tokens];
      read[k] = token;
    }
    // no entry's head is punctuation or a preposition (`headFits`), and no head is looked for inside a mention
    // (`findPredicates`): their head test is never asked
    const head =
      tag !== PUNCT &&
      tag !== ADP &&
      mentionAt[k] === -1 &&
      (lemma ? candidatesFor(token, lexicon) !== undefined : isHead(token, tag, record, index, lexicon));
    classes[k] = tag | bits | (head ? HEAD : 0);
  }
  return { text: doc.text, tokens: read ?? tokens, classes, mentionAt, placed };
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
  const { tokens, classes, mentionAt, placed } = view;
  const n = tokens.length;
  const tagAt = (k: number) => (classes[k] as number) & TAG;
  let sentence = 0;
  for (let k = 0; k < n - 1; k++) {
    // "visited Kampala", "attended the Paris summit": the object of a verb of visiting is a place too
    // "shelled the southern capital Juba", "took the town of Gao": any verb's object named as a place
    const before = ((classes[k] as number) & PLACE_PREP) !== 0;
    if (!before && tagAt(k) !== VERB) continue;
    let j = k + 1;
    // a determiner or an adjective: "the northern", "a small"
    while (j < n && mentionAt[j] === -1 && (tagAt(j) === DET || tagAt(j) === ADJ)) j++;
    const placeNoun = j < n && ((classes[j] as number) & PLACE_NOUN) !== 0;
    if (placeNoun) j += tokens[j + 1]?.lower === 'of' ? 2 : 1;
    let end = j;
    // a name: a proper noun that begins with a capital letter
    while (
      end < n &&
      end < j + 4 &&
      mentionAt[end] === -1 &&
      tagAt(end) === PROPN &&
      (classes[end] as number) & CAPITAL
    )
      end++;
    // most verbs have no name after them: their lemma is read only when one has
    if (end === j || (!before && !placeNoun && !visitVerbs.has(tokens[k]?.lemma ?? ''))) continue;
    const prep = tokens[k]?.lower ?? '';
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
