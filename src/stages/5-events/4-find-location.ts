// A sentence's tokens and the predicate -> the place named with "in"/"near"/"at" nearest after it (or before it).
import { MONTHS, WEEKDAYS } from '../../model/calendar.js';
import type { Sentence } from '../../model/text.js';
import { placedAt, type TokenView } from './sentence-view.js';
import { CAPITAL, LOCATION_PREP, PROPN, TAG } from './token-classes.js';

const NOT_PLACES = new Set([...WEEKDAYS, ...MONTHS]);

export function findLocation(view: TokenView, sentence: Sentence, head: number): string | null {
  let before: string | null = null;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    // the word classes first: most tokens are no preposition of place (`LOCATION_PREP` is `words.locationPreps`)
    if (((view.classes[k] as number) & LOCATION_PREP) === 0) continue;
    const place = readPlace(view, sentence, k + 1);
    if (!place) continue;
    if (k > head) return place;
    before = place;
  }
  return before;
}

/** "in the Gaza Strip", "near Kharkiv", "in the city of Aleppo" -> the proper-name run. */
function readPlace(view: TokenView, sentence: Sentence, from: number): string | null {
  let k = from;
  while (k < sentence.tokenEnd && ['DET', 'ADJ'].includes(view.tokens[k]?.pos ?? '') && !isName(view, k)) k++;
  // "the city of Aleppo", "the town of Rafah": the name after "of"
  if (['NOUN'].includes(view.tokens[k]?.pos ?? '') && view.tokens[k + 1]?.lower === 'of') k += 2;
  const first = k;
  while (
    k < sentence.tokenEnd &&
    (isName(view, k) || (view.tokens[k]?.lower === 'of' && isName(view, k + 1)))
  )
    k++;
  if (k === first) return null;
  // "a truce in the Iran-Iraq war": a hyphenated pair of names modifies a noun, and "drones used in Russia's
  // war" names an owner: neither is a place
  const after = view.tokens[k]?.text ?? '';
  if ((after === '-' && isName(view, k + 1)) || after === "'s" || after === '’s') return null;
  const start = view.tokens[first];
  const end = view.tokens[k - 1];
  if (!start || !end) return null;
  if (k - first === 1 && NOT_PLACES.has(start.lower)) return null;
  for (let m = first; m < k; m++) {
    const placed = placedAt(view, m);
    // An organisation or a person is not a place ("in the UN", "at Hamas's request"), nor is an
    // adjective ("at Indian positions").
    if (placed && (!/^[A-Z]{3}$/.test(placed.mention.actor) || placed.mention.kind === 'demonym'))
      return null;
  }
  return view.text.slice(start.start, end.end);
}

/** A proper noun that begins with a capital letter, from the token's classes. */
function isName(view: TokenView, k: number): boolean {
  const classes = view.classes[k];
  return classes !== undefined && (classes & TAG) === PROPN && (classes & CAPITAL) !== 0;
}
