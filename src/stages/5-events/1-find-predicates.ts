// One sentence's tokens -> event predicates: dictionary patterns anchored at tokens, with voice, negation, intention, obligation and clause embedding.

import { SUBORDINATORS as CLAUSE_SUBORDINATORS } from '../../model/clauses.js';
import { type EventLexicon, NO_EVENT, type PredicateEntry } from '../../model/lexicons/events.js';
import type { Sentence, Token } from '../../model/text.js';
import { isPossessiveMark, QUOTATION_MARKS } from '../../model/word-shape.js';
import { codeIntent, codeObligation } from './intent-code.js';
import { placedAt, type TokenView } from './sentence-view.js';
import {
  ADP,
  COMMA,
  CONDITIONAL,
  candidatesFor,
  endsEdEn,
  HEAD,
  HYPHEN,
  NEGATOR,
  OBLIGATION,
  POSSESSIVE,
  PRON,
  PUNCT,
  TAG,
  ULTIMATUM,
  VERB,
} from './token-classes.js';

export interface PredicateMatch {
  entry: PredicateEntry;
  /** the code after negation ("did not agree" -> 120) and intention ("will withdraw" -> 0356) */
  code: string;
  /** told as future or intended: "will visit", "plans to impose", "is ready to send" */
  intended: boolean;
  /** demanded of its subject: "Sudan must return", "Iraq has to cooperate" */
  obliged: boolean;
  /** a to-infinitive: "met Assad to discuss", "the right to fire", "pressure to help" */
  infinitive: 'none' | 'verbal' | 'nominal';
  /** token index of the pattern's head */
  head: number;
  /** token indices the pattern matched, in order */
  matched: number[];
  /** the verb whose subject is the source: the head, or a light verb ("launched" an attack) */
  anchor: number;
  passive: boolean;
  /** the head is a noun (an event named, not told: "the strike on Gaza") */
  nominal: boolean;
  /** part of an earlier predicate's complement ("threatened to strike"): not an event of its own */
  subordinate: boolean;
}

const MAX_GAP = 4;
/** verbs of trying: before "to" they tell an attempt at the next verb, not an act of their own */
const ATTEMPT_VERBS = new Set(['try', 'attempt']);
const COMPLEMENTISERS = ['to', 'that', 'of', 'for', 'from'];
/** verbs of promising: what they promise is the act the speaker intends (CAMEO 03 or 13) */
const PLEDGE_VERBS = new Set(['pledge', 'vow', 'promise', 'swear']);

export function findPredicates(view: TokenView, sentence: Sentence, lexicon: EventLexicon): PredicateMatch[] {
  const { tokens } = view;
  const matches: PredicateMatch[] = [];
  // the last token any match so far took: no later token is taken
  let reach = -1;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (view.mentionAt[i] !== -1 || (i <= reach && isTaken(i, matches))) continue;
    // the token's classes first: most tokens head no entry and are no "must", and their objects are not read
    const classes = view.classes[i] as number;
    if ((classes & (HEAD | OBLIGATION)) === 0) continue;
    const token = tokens[i];
    if (!token) continue;
    const found =
      (classes & HEAD ? matchAt(i, token, view, sentence, lexicon) : null) ??
      (classes & OBLIGATION ? reportedDemandAt(i, view, sentence, lexicon) : null);
    if (!found) continue;
    matches.push(found);
    for (const k of found.matched) if (k > reach) reach = k;
  }
  if (matches.length === 0) return matches;
  // most sentences' matches are all acts of their own: the list is copied only when one is not
  const kept = matches.some((m) => isTold(m, matches)) ? matches.filter((m) => !isTold(m, matches)) : matches;
  markSubordinates(kept, tokens, lexicon);
  return kept;
}

/** Token `k` is a word of an earlier match (the matches so far, in text order). */
function isTaken(k: number, matches: readonly PredicateMatch[]): boolean {
  for (const match of matches) if (match.matched.includes(k)) return true;
  return false;
}

/** Whether another match of the sentence tells the act of `match`, which then is none of its own. */
function isTold(match: PredicateMatch, matches: readonly PredicateMatch[]): boolean {
  for (const other of matches) {
    // "were engaged in ethnic cleansing", "launched strikes": when an event noun's light verb is itself
    // an entry ("engage" the enemy), the noun tells the act
    if (match.anchor === match.head && other.anchor !== other.head && other.anchor === match.head)
      return true;
    // "the release of the prisoners was welcomed": a passive pattern's noun is no event of its own
    const words = other.matched;
    if (words[0] === other.head) continue;
    for (let w = 0; w < words.length - 1; w++) if (words[w] === match.head) return true;
  }
  return false;
}

/** Whether a noun is itself the head of an event noun entry ("talks", "agreement"). */
function namesEvent(token: Token, lexicon: EventLexicon): boolean {
  for (const entry of candidatesFor(token, lexicon) ?? []) {
    if (entry.headClass === 'noun' && headFits(entry, token)) return true;
  }
  return false;
}

function matchAt(
  i: number,
  token: Token,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PredicateMatch | null {
  const candidates = candidatesFor(token, lexicon);
  if (!candidates) return null;
  const screen = screenOf(candidates);
  const { firsts, passives, classes } = screen;
  // "a strike" read as a verb's noun, "talks" as a verb: no entry fits the head's tag (`headFits`, or a verb's
  // slot: `isVerbSlot`), and none of the words around it are read
  if ((classes & classesFitting(token.pos)) === 0) return null;
  // what the checks below read of the words around the head is read once for all its entries
  // "the occupied West Bank", "the besieged town of Gorazde", "the release of detained ministers": a
  // participle between a determiner or a preposition and a noun or a name is an adjective
  const before = view.tokens[i - 1]?.pos;
  const determiner = (before === 'DET' || before === 'ADP') && endsEdEn(token.lower);
  const next = view.tokens[i + 1];
  const modifies =
    next !== undefined && (['NOUN', 'PROPN', 'ADJ'].includes(next.pos) || view.mentionAt[i + 1] !== -1);
  let nextNamesEvent: boolean | undefined;
  let reachable: string[] | undefined;
  // a long list's reading of the reachable words (`markReached`): the stamp its reached entries hold
  let stamp = -1;
  // "tried to secure", "attempted to enter": an attempt, told by the verb after it (no trial); "wants
  // to help": an intention, told by the verb after it ("wants Chad to help" is an appeal to Chad)
  const intent = lexicon.words.intentVerbs.has(token.lemma);
  const framed = (ATTEMPT_VERBS.has(token.lemma) || intent) && view.tokens[i + 1]?.lower === 'to';
  const wish = intent;
  let asks: boolean | undefined;
  let gerund: boolean | undefined;
  let passiveBe: number | undefined;
  for (let e = 0; e < candidates.length; e++) {
    // "welcome" heads some sixty patterns: most are ruled out by their first word without reading on. A
    // pattern whose first word is out of reach can still find its words in the subject of a passive
    // (`matchPassiveSubject`), and no other way: ruled out here without reading the entry
    const firstWord = firsts[e];
    let reached = true;
    if (firstWord !== undefined) {
      reachable ??= reachableWords(i, view, sentence);
      if (screen.byFirst === null) reached = reachable.includes(firstWord);
      else {
        if (stamp < 0) stamp = markReached(screen, reachable);
        reached = screen.reachedIn[e] === stamp;
      }
      if (!reached) {
        if (!passives[e]) continue;
        passiveBe ??= beforePassiveParticiple(i, view, sentence, lexicon);
        if (passiveBe < 0) continue;
      }
    }
    const entry = candidates[e] as PredicateEntry;
    if (!headFits(entry, token) && !(entry.headClass === 'verb' && isVerbSlot(i, token, view, lexicon)))
      continue;
    // "worst-hit districts", "war-torn Mozambique": a participle in a hyphenated adjective
    if (entry.headClass !== 'noun' && view.tokens[i - 1]?.text === '-') continue;
    if (entry.headClass === 'verb' && determiner && modifies) continue;
    // "resumed ceasefire talks", "a trade sanctions package": an event noun that modifies another event
    // noun names no act of its own ("mediation efforts" still does)
    if (entry.headClass === 'noun' && entry.rest.length === 0 && next?.pos === 'NOUN') {
      if (nextNamesEvent === undefined) nextNamesEvent = namesEvent(next, lexicon);
      if (nextNamesEvent) continue;
    }
    if (framed && entry.rest.length === 0) continue;
    // "nobody wants another war": a wish for a thing asks nothing of anyone
    if (wish && entry.rest.length === 0) {
      asks ??= asksOfSomeone(i, view, sentence);
      if (!asks) continue;
    }
    let matched = reached ? matchRest(entry, i, view, sentence) : null;
    if (!matched) {
      passiveBe ??= beforePassiveParticiple(i, view, sentence, lexicon);
      matched = matchPassiveSubject(entry, i, passiveBe, view, sentence);
    }
    if (!matched) continue;
    // "struck a conciliatory tone": an idiom of an event verb names no event (nor do the verb's shorter entries)
    if (entry.code === NO_EVENT) return null;
    // "ethnic cleansing", "hunger strike": a pattern ending in a noun names the act
    const nounEnd = entry.headClass === 'any' && entry.rest.at(-1)?.noun === true;
    gerund ??= isGerundNoun(i, view, sentence);
    const nominal =
      entry.headClass === 'noun' || token.pos === 'NOUN' || token.pos === 'PROPN' || nounEnd || gerund;
    let anchor = nominal ? findLightVerb(i, view, sentence, lexicon) : i;
    // "a warning was issued to Iran by Israel": the event noun is the subject of a passive light verb
    // (unless the verb's own pattern takes the noun: "a state of siege was declared")
    if (nominal && anchor < 0) {
      anchor = findPassiveLightVerb(i, view, sentence, lexicon);
      if (anchor >= 0 && takesPassiveSubject(anchor, i, view, sentence, lexicon)) return null;
    }
    // "is committed to", "is opposed to": a pattern that ends in "to" is an adjective, not a passive
    const adjectival = entry.rest[0]?.word === 'to';
    const passive =
      anchor > i || (!nominal && !adjectival && isPassive(i, matched, view.tokens, sentence, lexicon));
    const verb = anchor >= 0 ? anchor : i;
    // "if it is attacked", "unless Israel withdraws": a condition, not an act that happened
    if (isHypothetical(verb, view, sentence)) return null;
    const negated = isNegated(verb, view, sentence);
    if (negated && !entry.negCode) return null;
    const intended =
      !negated && (nominal ? anchor >= 0 : true) && isIntended(verb, view.tokens, sentence, lexicon);
    // "might want Chad to help": a wish under a modal is no appeal made
    if (intended && lexicon.words.intentVerbs.has(token.lemma)) return null;
    const obliged = !negated && isObliged(verb, view.tokens, sentence, lexicon);
    let code = negated && entry.negCode ? entry.negCode : entry.code;
    if (obliged) code = codeObligation(code);
    else if (intended) code = codeIntent(code, hasUltimatum(i, view, sentence));
    return {
      entry,
      code,
      intended: intended && !obliged,
      obliged,
      infinitive: infinitiveOf(verb, view, sentence, lexicon),
      head: i,
      matched,
      anchor: anchor >= 0 ? anchor : i,
      passive,
      nominal: nominal && anchor < 0,
      subordinate: false,
    };
  }
  return null;
}

/** Prepositions before a gerund that names an act: "killed in shelling", "wounded during bombing". */
const GERUND_PREPOSITIONS = new Set(['in', 'during', 'amid', 'after', 'by', 'through', 'despite']);

/**
 * "killed in Algerian shelling", "wounded in shelling by rebels": an -ing form after a preposition or a
 * determiner (past its modifiers), with no object after it, is a noun that names the act ("accused
 * Chad of shelling" and "in shelling the town" keep the verb).
 */
function isGerundNoun(i: number, view: TokenView, sentence: Sentence): boolean {
  const token = view.tokens[i];
  if (token?.pos !== 'VERB' || !token.lower.endsWith('ing')) return false;
  const next = view.tokens[i + 1];
  if (i + 1 < sentence.tokenEnd && next && !['ADP', 'PUNCT', 'CCONJ'].includes(next.pos)) return false;
  let k = i - 1;
  while (k >= sentence.tokenStart && (view.mentionAt[k] !== -1 || view.tokens[k]?.pos === 'ADJ')) k--;
  const before = view.tokens[k];
  return before?.pos === 'DET' || (before?.pos === 'ADP' && GERUND_PREPOSITIONS.has(before.lower));
}

/** "a demand": what a reported "must" asks of its subject when the verb after it is no entry. */
const REPORTED_DEMAND: PredicateEntry = {
  code: '100',
  head: 'must',
  headClass: 'any',
  rest: [],
  sym: false,
  comp: false,
  negCode: null,
  targetPreps: new Set(),
  loc: false,
  subjectIsTarget: false,
  display: 'demanded',
};

/**
 * "The ministry declared that Iran must drop its barriers": an obligation on an actor, told after a
 * reporting verb, is a demand by the speaker whatever the verb after "must" (the verbs that are entries
 * are coded by their own entry). Active verbs only: "the control must be taken away" names no addressee.
 */
function reportedDemandAt(
  i: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PredicateMatch | null {
  const { tokens } = view;
  // an actor right before "must" is the one it is asked of (read first: most words have neither)
  if (view.mentionAt[i - 1] === -1 && tokens[i - 1]?.pos !== 'PRON') return null;
  if (!lexicon.words.obligation.has(tokens[i]?.lower ?? '')) return null;
  let v = i + 1;
  while (v < sentence.tokenEnd && ['ADV', 'PART'].includes(tokens[v]?.pos ?? '')) v++;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB' || view.mentionAt[v] !== -1 || verb.lemma === 'be') return null;
  if (matchAt(v, verb, view, sentence, lexicon)) return null;
  let reported = false;
  for (let k = sentence.tokenStart; k < i && !reported; k++) {
    const word = tokens[k];
    reported = word?.pos === 'VERB' && lexicon.words.reporting.has(word.lemma);
  }
  if (!reported) return null;
  return {
    entry: REPORTED_DEMAND,
    code: REPORTED_DEMAND.code,
    intended: false,
    obliged: true,
    infinitive: 'none',
    head: v,
    matched: [i, v],
    anchor: v,
    passive: false,
    nominal: false,
    subordinate: false,
  };
}

/** What `matchAt` reads of a head's entries before the entries themselves, index by index. */
interface EntryScreen {
  /** the pattern's first word after the head, or undefined for a one-word pattern */
  firsts: (string | undefined)[];
  /** a verb pattern that ends in a noun: it may find its words in a passive's subject (`matchPassiveSubject`) */
  passives: boolean[];
  /** the head classes of the entries, a bit each (`HEAD_CLASS_BITS`) */
  classes: number;
  /**
   * a long list's entries by their first word ("welcome" heads 67 patterns, each with its own first word), or
   * null: each entry's first word is then looked for among the reachable words (`reachableWords`)
   */
  byFirst: Map<string, number[]> | null;
  /** by entry: the stamp of the last reading (`markReached`) that found its first word reachable */
  reachedIn: Uint32Array;
  /** the stamp of the list's last reading */
  stamp: number;
}

/**
 * Lists with more entries than this are read word by word (`markReached`): a reachable word looked up once
 * instead of each entry's first word sought among a dozen reachable ones.
 */
const LONG_LIST = 8;

const HEAD_CLASS_BITS: Record<PredicateEntry['headClass'], number> = { verb: 1, noun: 2, any: 4 };

/**
 * The head classes an entry may have to fit a token of tag `pos` (`headFits`): a verb entry also fits an
 * adjective in a verb's slot (`isVerbSlot`).
 */
function classesFitting(pos: string): number {
  if (pos === 'VERB') return HEAD_CLASS_BITS.verb | HEAD_CLASS_BITS.any;
  if (pos === 'NOUN' || pos === 'PROPN') return HEAD_CLASS_BITS.noun | HEAD_CLASS_BITS.any;
  if (pos === 'ADJ') return HEAD_CLASS_BITS.verb | HEAD_CLASS_BITS.any;
  return pos === 'PUNCT' || pos === 'ADP' ? 0 : HEAD_CLASS_BITS.any;
}

/** The screens of the head entry lists met so far (a list is the lexicon's own: the same list, the same screen). */
const screens = new WeakMap<readonly PredicateEntry[], EntryScreen>();

function screenOf(entries: readonly PredicateEntry[]): EntryScreen {
  let screen = screens.get(entries);
  if (!screen) {
    const firsts = entries.map((entry) => entry.rest[0]?.word);
    const byFirst = entries.length > LONG_LIST ? new Map<string, number[]>() : null;
    firsts.forEach((word, index) => {
      if (word === undefined || !byFirst) return;
      const listed = byFirst.get(word);
      if (listed) listed.push(index);
      else byFirst.set(word, [index]);
    });
    screen = {
      firsts,
      passives: entries.map((entry) => entry.headClass === 'verb' && entry.rest.at(-1)?.noun === true),
      classes: entries.reduce((bits, entry) => bits | HEAD_CLASS_BITS[entry.headClass], 0),
      byFirst,
      reachedIn: new Uint32Array(byFirst ? entries.length : 0),
      stamp: 0,
    };
    screens.set(entries, screen);
  }
  return screen;
}

/**
 * Marks in `screen.reachedIn`, with a new stamp, the entries of a long list whose first word is one of
 * `reachable`: what `reachable.includes(firsts[e])` tells of entry `e`. Returns the stamp.
 */
function markReached(screen: EntryScreen, reachable: readonly string[]): number {
  // a stamp is never reused while an entry may hold it: past the largest, every entry is cleared
  if (screen.stamp === 0xffffffff) {
    screen.reachedIn.fill(0);
    screen.stamp = 0;
  }
  const stamp = ++screen.stamp;
  for (const word of reachable) {
    const entries = screen.byFirst?.get(word);
    if (entries) for (const e of entries) screen.reachedIn[e] = stamp;
  }
  return stamp;
}

function headFits(entry: PredicateEntry, token: Token): boolean {
  if (entry.headClass === 'verb') return token.pos === 'VERB';
  if (entry.headClass === 'noun') return token.pos === 'NOUN' || token.pos === 'PROPN';
  return token.pos !== 'PUNCT' && token.pos !== 'ADP';
}

/** "wants Chad to reopen", "wanted the rebels to lay down their arms": an object, then a to-infinitive. */
function asksOfSomeone(verb: number, view: TokenView, sentence: Sentence): boolean {
  for (let k = verb + 2; k < sentence.tokenEnd && k <= verb + 8; k++) {
    const token = view.tokens[k];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
    if (token.lower === 'to') return ['VERB', 'AUX', 'ADJ'].includes(view.tokens[k + 1]?.pos ?? '');
  }
  return false;
}

/**
 * "would free the prisoners", "promised to clear the road": a word the tagger reads as an adjective
 * is a verb right after a modal or an infinitive "to" (through "not", "also"), where only a verb fits;
 * "was pressured by": so is a participle between "be" and the agent's "by".
 */
function isVerbSlot(i: number, token: Token, view: TokenView, lexicon: EventLexicon): boolean {
  if (token.pos !== 'ADJ') return false;
  let k = i - 1;
  while (k > 0 && ['ADV', 'PART'].includes(view.tokens[k]?.pos ?? '') && view.tokens[k]?.lower !== 'to') k--;
  const before = view.tokens[k];
  if (!before) return false;
  if (before.lower === 'to') return before.pos === 'PART';
  if (BE.has(before.lower) || lexicon.words.passiveAux.has(before.lower))
    return token.lower !== token.lemma && view.tokens[i + 1]?.lower === 'by';
  return lexicon.words.future.has(before.lower) || lexicon.words.obligation.has(before.lower);
}

/**
 * The forms and lemmas of the tokens where `matchRest` may find a pattern's first word after the head:
 * the tokens it reads for a step with a gap (a step without one reads fewer of them, from the first).
 */
function reachableWords(head: number, view: TokenView, sentence: Sentence): string[] {
  const { tokens, mentionAt } = view;
  const reached: string[] = [];
  const next = head + 1;
  let words = 0;
  for (let k = next; k < sentence.tokenEnd; k++) {
    const token = tokens[k];
    if (!token) break;
    const inName = (mentionAt[k] ?? -1) >= 0 && mentionAt[k] === mentionAt[k - 1] && k > next;
    // as in matchRest: a hyphenated compound counts as one word
    const joined = token.text === '-' || (k > next && tokens[k - 1]?.text === '-');
    if (!inName && !joined && ++words > MAX_GAP + 1) break;
    reached.push(token.lower, token.lemma);
    if (token.pos === 'PUNCT' && token.text !== '-') break;
  }
  return reached;
}

function matchRest(entry: PredicateEntry, head: number, view: TokenView, sentence: Sentence) {
  const { tokens, mentionAt } = view;
  // most patterns tried fail at their first word: the list is made once that one is found
  let matched: number[] | null = null;
  let next = head + 1;
  for (const step of entry.rest) {
    // a gap counts a name as one word: "welcomed Premier Lindqvist's new budget plan"
    let words = 0;
    let found = -1;
    for (let k = next; k < sentence.tokenEnd; k++) {
      const token = tokens[k];
      if (!token) break;
      const inName = (mentionAt[k] ?? -1) >= 0 && mentionAt[k] === mentionAt[k - 1] && k > next;
      // "a day-old blockade": a hyphenated compound counts as one word
      const joined = token.text === '-' || (k > next && tokens[k - 1]?.text === '-');
      if (!inName && !joined && ++words > (step.gap ? MAX_GAP + 1 : 1)) break;
      const fits = !step.noun || token.pos === 'NOUN' || token.pos === 'PROPN';
      if (fits && (token.lower === step.word || token.lemma === step.word)) {
        found = k;
        break;
      }
      if (token.pos === 'PUNCT' && token.text !== '-') break;
    }
    if (found < 0) return null;
    matched ??= [head];
    matched.push(found);
    next = found + 1;
  }
  return matched ?? [head];
}

/**
 * "fresh evidence of abuses was presented to the court by Chad", "a state of siege was declared": a "verb … noun"
 * pattern in the passive, its words in the subject before the verb's "be" (at `be`, from
 * `beforePassiveParticiple`; through the subject's own phrases: "new sanctions on Iran"). The matched
 * indices in text order, the verb last.
 */
function matchPassiveSubject(
  entry: PredicateEntry,
  head: number,
  be: number,
  view: TokenView,
  sentence: Sentence,
): number[] | null {
  if (be < 0 || entry.headClass !== 'verb' || entry.rest.at(-1)?.noun !== true) return null;
  const matched = [head];
  let step = entry.rest.length - 1;
  for (let k = be - 1; k >= sentence.tokenStart && k >= be - 8 && step >= 0; k--) {
    const token = view.tokens[k];
    const word = entry.rest[step];
    if (!token || !word) return null;
    const tagged = !word.noun || token.pos === 'NOUN' || token.pos === 'PROPN';
    if (tagged && (token.lower === word.word || token.lemma === word.word)) {
      matched.unshift(k);
      step--;
    } else if (view.mentionAt[k] === -1 && !SUBJECT_PHRASE.includes(token.pos)) return null;
  }
  return step < 0 ? matched : null;
}

/** Whether an entry of the passive verb at `verb` takes the noun at `noun` from its subject. */
function takesPassiveSubject(
  verb: number,
  noun: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): boolean {
  const token = view.tokens[verb];
  const entries = token ? candidatesFor(token, lexicon) : undefined;
  if (!entries) return false;
  const be = beforePassiveParticiple(verb, view, sentence, lexicon);
  return entries.some((entry) => matchPassiveSubject(entry, verb, be, view, sentence)?.includes(noun));
}

/** Words of a subject noun phrase with its prepositional phrases ("new sanctions on Iran"). */
const SUBJECT_PHRASE = ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP'];

/**
 * "sanctions were imposed", "an attack was carried out", "aid has been sent": the passive light verb
 * after the event noun at `head` (through the noun's own phrase), or -1.
 */
function findPassiveLightVerb(
  head: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): number {
  for (let k = head + 1; k < sentence.tokenEnd && k <= head + 7; k++) {
    const token = view.tokens[k];
    if (!token) return -1;
    if (token.pos === 'VERB') {
      const light = lexicon.words.light.has(token.lemma) || lexicon.words.light.has(token.lower);
      return light && beforePassiveParticiple(k, view, sentence, lexicon) >= 0 ? k : -1;
    }
    // "the hearing he was called to": a pronoun opens a clause of its own
    const pronoun = token.pos === 'PRON' || placedAt(view, k)?.mention.kind === 'pronoun';
    const phrase = view.mentionAt[k] !== -1 || SUBJECT_PHRASE.includes(token.pos);
    if (pronoun || (!phrase && token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART')) return -1;
  }
  return -1;
}

/**
 * The index of the first auxiliary of a passive right before the participle at `verb` ("was", "has
 * been", "will not be"), or -1.
 */
function beforePassiveParticiple(verb: number, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  const token = view.tokens[verb];
  if (!token || token.lower === token.lemma || token.lower.endsWith('ing')) return -1;
  for (let k = verb - 1; k >= sentence.tokenStart && k >= verb - 3; k--) {
    const before = view.tokens[k];
    if (!before) return -1;
    if (lexicon.words.passiveAux.has(before.lower) || BE.has(before.lower) || before.lemma === 'be') {
      let first = k;
      while (first > sentence.tokenStart && ['AUX', 'PART'].includes(view.tokens[first - 1]?.pos ?? ''))
        first--;
      return first;
    }
    if (before.pos !== 'ADV' && before.pos !== 'PART') return -1;
  }
  return -1;
}

/** "carried out air strikes", "launched an attack": the verb a few words before the event noun. */
function findLightVerb(head: number, view: TokenView, sentence: Sentence, lexicon: EventLexicon): number {
  // the token classes first: a token object is read for a verb or a preposition only
  const tagAt = (k: number) => (view.classes[k] ?? 0) & TAG;
  // five words back; a hyphenated compound ("two-day") counts as one word
  let reach = head - 5;
  for (let k = head - 1; k >= sentence.tokenStart && k >= reach; k--) {
    const classes = view.classes[k];
    if (classes === undefined) break;
    const tag = classes & TAG;
    // "its long-threatened invasion": a hyphenated participle is an adjective
    if (tag === VERB && (view.classes[k - 1] ?? 0) & HYPHEN) {
      k--;
      continue;
    }
    // "launched its attack", "mounted their offensive": a possessive before the noun
    if (classes & POSSESSIVE) continue;
    if (tag === VERB) {
      const token = view.tokens[k] as Token;
      // "called the shooting a cowardly act", "called the raid barbaric", "called the attack “shocking”": naming an
      // act, not doing it
      const mark = QUOTATION_MARKS.has(view.tokens[head + 1]?.text ?? '');
      const complement = view.tokens[mark ? head + 2 : head + 1];
      if (
        token.lemma === 'call' &&
        (complement?.lower === 'a' || complement?.lower === 'an' || complement?.pos === 'ADJ')
      )
        return -1;
      return lexicon.words.light.has(token.lemma) || lexicon.words.light.has(token.lower) ? k : -1;
    }
    // "paid a two-day visit", "launched a three-pronged offensive": the hyphen of a compound modifier
    if (classes & HYPHEN && (view.classes[k - 1] === undefined || tagAt(k - 1) !== PUNCT)) {
      reach -= 2;
      continue;
    }
    if (tag === PUNCT || tag === PRON || view.mentionAt[k] !== -1) return -1;
    if (tag !== ADP) continue;
    const token = view.tokens[k] as Token;
    // "committed an act of open hostility", "carried out a series of strikes"
    const previous = view.tokens[k - 1];
    const measure =
      (token.lower === 'of' &&
        /^(act|acts|series|wave|campaign|string|round|rounds|days|weeks|months|hours)$/.test(
          previous?.lower ?? '',
        )) ||
      // "engaged in ethnic cleansing"
      (token.lower === 'in' && previous?.pos === 'VERB' && lexicon.words.light.has(previous.lemma));
    if (token.lower !== 'out' && token.lower !== 'up' && !measure) return -1;
  }
  return -1;
}

/** "was attacked", "has been shelled", and reduced passives followed by "by" ("civilians killed by"). */
function isPassive(
  head: number,
  matched: number[],
  tokens: readonly Token[],
  sentence: Sentence,
  lexicon: EventLexicon,
): boolean {
  const token = tokens[head];
  if (!token || token.lower.endsWith('ing')) return false;
  const participle = token.lower !== token.lemma || endsEdEn(token.lower) || token.lower.endsWith('wn');
  if (!participle) return false;
  for (let k = head - 1; k >= sentence.tokenStart && k >= head - 3; k--) {
    const before = tokens[k];
    if (!before) break;
    if (lexicon.words.passiveAux.has(before.lower) || (before.pos === 'AUX' && before.lemma === 'be'))
      return true;
    if (before.pos !== 'ADV' && before.pos !== 'PART' && before.pos !== 'AUX') break;
  }
  // "There were ten soldiers killed in …": a participle after the noun of an existential "there be"
  let k = head - 1;
  while (k > sentence.tokenStart && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(tokens[k]?.pos ?? ''))
    k--;
  if (k < head - 1 && BE.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'there') return true;
  // "welcomed the decision by Serbia": a "by" after a longer pattern belongs to its noun
  if (matched.length > 1) return false;
  const after = tokens[head + 1];
  const previous = tokens[head - 1];
  return after?.lower === 'by' && previous?.pos !== 'AUX' && previous?.lower !== 'have';
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', "'s", "'re"]);

/**
 * "will withdraw", "would boycott", "may halt", "plans to impose", "is ready to send", "said it is
 * prepared to lift": a modal or an intention word before the verb (through adverbs, "be", "to").
 */
function isIntended(verb: number, tokens: readonly Token[], sentence: Sentence, lexicon: EventLexicon) {
  const words = lexicon.words;
  for (let k = verb - 1; k >= sentence.tokenStart && k >= verb - 5; k--) {
    const token = tokens[k];
    if (!token) return false;
    if (words.future.has(token.lower)) return true;
    if (token.lower === 'to') {
      const before = tokens[k - 1];
      if (!before) return false;
      if (words.intentVerbs.has(before.lemma) || words.intentVerbs.has(before.lower)) return true;
      // "is prepared to", "was ready to": the adjective after a form of "be"
      if (words.intentAdjectives.has(before.lower)) {
        const be = tokens[k - 2];
        return before.pos === 'ADJ' || (be !== undefined && (BE.has(be.lower) || be.lemma === 'be'));
      }
      return false;
    }
    if (token.pos === 'ADV' || token.pos === 'PART' || BE.has(token.lower) || token.lemma === 'be') continue;
    if (token.pos === 'AUX' && (token.lemma === 'have' || token.lemma === 'do')) continue;
    return false;
  }
  return false;
}

/** "… if it is attacked": a conditional word before the verb with no clause break between. */
function isHypothetical(verb: number, view: TokenView, sentence: Sentence) {
  for (let k = verb - 1; k >= sentence.tokenStart && k >= verb - 8; k--) {
    const classes = view.classes[k];
    if (classes === undefined || classes & COMMA) return false;
    if (classes & CONDITIONAL) return true;
  }
  return false;
}

/** "… will withdraw unless …": an ultimatum word later in the sentence ("if" is no ultimatum). */
function hasUltimatum(head: number, view: TokenView, sentence: Sentence) {
  for (let k = head + 1; k < sentence.tokenEnd; k++) {
    if ((view.classes[k] ?? 0) & ULTIMATUM) return true;
  }
  return false;
}

/**
 * Is the verb a to-infinitive, and after what: "the right of troops to fire", "pressure from Congress
 * to help" (a noun's content: 'nominal') or "met Assad to discuss" (a purpose or a complement:
 * 'verbal')? "in order to" counts as "to".
 */
function infinitiveOf(
  verb: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PredicateMatch['infinitive'] {
  let k = verb - 1;
  // "a call for troops to be deployed", "is said to have attacked": through a passive's or perfect's auxiliaries
  const auxiliary = (token: Token | undefined) =>
    token?.pos === 'ADV' || (token?.pos === 'AUX' && ['be', 'been', 'have'].includes(token.lower));
  while (k > sentence.tokenStart && auxiliary(view.tokens[k])) k--;
  if (view.tokens[k]?.lower !== 'to') return 'none';
  const before = view.tokens[k - 1];
  if (!before) return 'verbal';
  const noun = before.pos === 'NOUN' || before.pos === 'PROPN' || view.mentionAt[k - 1] !== -1;
  // "Mali's decision to expel the envoys", "a bid last week to seize the port", "the EU voted to impose tariffs":
  // the act decided or tried is told
  if (decisionNounBefore(k, view, sentence, lexicon) >= 0) return 'none';
  if (before.pos === 'VERB' && lexicon.words.decisionVerbs.has(before.lemma)) return 'none';
  return noun && before.lower !== 'order' ? 'nominal' : 'verbal';
}

/**
 * The noun of someone's decision or attempt whose infinitive's "to" is at `to` ("Mali's decision to", "its move
 * last week to"), past time words; -1 when there is none.
 */
export function decisionNounBefore(
  to: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): number {
  let k = to - 1;
  while (k > sentence.tokenStart && lexicon.words.timeWords.has(view.tokens[k]?.lower ?? '')) k--;
  const noun = view.tokens[k];
  if (noun?.pos !== 'NOUN' || !lexicon.words.decisionNouns.has(noun.lemma)) return -1;
  // only someone's: "Mali's decision", "its bid", "the Malian move" (a decision of no one named is no act told)
  const owner = view.tokens[k - 1];
  const owned =
    (view.mentionAt[k - 1] ?? -1) >= 0 ||
    (owner !== undefined && (isPossessiveMark(owner.text) || owner.pos === 'PRON'));
  return owned ? k : -1;
}

/** "must return", "should cooperate fully", "has to withdraw": obligation before the verb. */
function isObliged(verb: number, tokens: readonly Token[], sentence: Sentence, lexicon: EventLexicon) {
  for (let k = verb - 1; k >= sentence.tokenStart && k >= verb - 4; k--) {
    const token = tokens[k];
    if (!token) return false;
    if (lexicon.words.obligation.has(token.lower)) return true;
    if (token.lower === 'to') {
      const before = tokens[k - 1];
      if (['has', 'have', 'had'].includes(before?.lower ?? '')) return true;
      // "must be ready to mediate", "should be willing to talk": an obligation on an intention
      const frame =
        before &&
        (lexicon.words.intentAdjectives.has(before.lower) || lexicon.words.intentVerbs.has(before.lemma));
      if (!frame) return false;
      k--;
      continue;
    }
    if (token.pos === 'ADV' || token.pos === 'PART' || BE.has(token.lower) || token.lemma === 'be') continue;
    return false;
  }
  return false;
}

/** "did not agree", "never attacked", "no talks": a negator up to three words before the predicate. */
function isNegated(anchor: number, view: TokenView, sentence: Sentence) {
  for (let k = anchor - 1; k >= sentence.tokenStart && k >= anchor - 3; k--) {
    const classes = view.classes[k];
    if (classes === undefined || (classes & TAG) === PUNCT) return false;
    if (classes & NEGATOR) return true;
  }
  return false;
}

/**
 * "threatened to strike", "accused Russia of shelling", "urged both sides to hold talks": a predicate
 * in the complement of a `comp` predicate is part of it. The complement opens with to/that/of/for
 * within a few words and runs until a clause break.
 */
function markSubordinates(matches: PredicateMatch[], tokens: readonly Token[], lexicon: EventLexicon): void {
  for (let m = 0; m < matches.length; m++) {
    const governor = matches[m];
    if (!governor?.entry.comp || governor.subordinate) continue;
    const from = (governor.matched.at(-1) ?? governor.head) + 1;
    // "agreed to lift": the pattern itself may end in the complement's "to"
    let opened = COMPLEMENTISERS.includes(tokens[from - 1]?.lower ?? '');
    // the words from `from` up to `read` are read once for all the matches after: none breaks the complement
    let read = from;
    for (let n = m + 1; n < matches.length; n++) {
      const next = matches[n];
      if (!next) break;
      const limit = next.anchor;
      if (limit - from > 14) break;
      let broken = false;
      for (; read < limit; read++) {
        const token = tokens[read];
        if (!token) break;
        if (COMPLEMENTISERS.includes(token.lower)) opened = true;
        if (
          token.text === ';' ||
          lexicon.words.reporting.has(token.lemma) ||
          lexicon.words.reporting.has(token.lower)
        ) {
          broken = true;
          break;
        }
      }
      if (broken || !opened) break;
      // "vowed to fight the army", "pledged to free the prisoners": a pledge tells what it promises; to
      // force it is a threat (13), to cooperation an intent of its kind (03x)
      const pledge = PLEDGE_VERBS.has(governor.entry.head) && governor.code === governor.entry.code;
      if (pledge && !next.subordinate) {
        const told = codeIntent(next.code, false);
        if (told !== next.code) governor.code = told;
      }
      next.subordinate = true;
    }
  }
}

// "As troops advanced, …": "as" opens a clause of time here too
const SUBORDINATORS: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'as']);

/** A subordinating word before `verb` in its sentence ("Back when it signed …"). */
function opensWithSubordinator(verb: number, tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < verb; k++) if (SUBORDINATORS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Where a predicate outside its sentence's main clause sits. */
export type Embedding = 'adverbial' | 'relative' | 'modifier';

/**
 * Is the predicate outside its sentence's main clause? "… after their vehicles were hit" (an
 * adverbial clause), "… whom they had taken hostage", "a plan that aims to …" (a relative clause),
 * "the right of troops to fire", "suspected of blowing up", "equipment seized last year", "the
 * Israeli-occupied West Bank" (a noun's complement or modifier). Null in the main clause.
 */
export function isEmbedded(
  match: PredicateMatch,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): Embedding | null {
  const { tokens } = view;
  const verb = match.anchor;
  const token = tokens[verb];
  if (!token || match.nominal) return null;
  const before = tokens[verb - 1];
  const head = tokens[verb - 2];
  // "the right to fire" (but "plans to impose", however tagged, is an intention)
  const intent =
    head !== undefined &&
    (lexicon.words.intentVerbs.has(head.lemma) || lexicon.words.intentVerbs.has(head.lower));
  // "Mali's decision to expel the envoys" tells the act decided, as "Mali decided to expel" does
  const decided = before?.lower === 'to' && decisionNounBefore(verb - 1, view, sentence, lexicon) >= 0;
  if (before?.lower === 'to' && ['NOUN', 'PROPN'].includes(head?.pos ?? '') && !intent && !decided)
    return 'modifier';
  if (token.lower.endsWith('ing') && (before?.pos === 'ADP' || before?.lower === 'for')) return 'modifier';
  if (before?.text === '-') return 'modifier';
  for (let k = verb - 1; k >= sentence.tokenStart && k >= verb - 10; k--) {
    const word = tokens[k];
    if (!word || word.text === ',' || word.text === ';') break;
    // "two weeks after rebels kidnapped …", "a day before the premier flies to …": after a measure of
    // time, "after" and "before" open a clause whatever their tag
    const measured =
      (word.lower === 'after' || word.lower === 'before') &&
      ['NOUN', 'NUM'].includes(tokens[k - 1]?.pos ?? '') &&
      view.mentionAt[k - 1] === -1;
    if (SUBORDINATORS.has(word.lower) && (word.pos !== 'ADV' || measured)) return 'adverbial';
    if (lexicon.words.relatives.has(word.lower) && view.mentionAt[k] === -1) {
      if (word.lower !== 'that') return 'relative';
      // "a plan that aims" is a relative clause; "said on Friday that Peru must" is a complement
      const head = tokens[k - 1];
      const noun = head && (head.pos === 'NOUN' || head.pos === 'PROPN');
      if (noun && !lexicon.words.timeWords.has(head.lower) && view.mentionAt[k - 1] === -1) return 'relative';
    }
  }
  // "weapons seized last year from …": a participle right after a noun that an earlier verb governs
  if (!endsEdEn(token.lower) && !token.lower.endsWith('wn')) return null;
  let k = verb - 1;
  while (
    k > sentence.tokenStart &&
    (tokens[k]?.pos === 'ADV' || lexicon.words.timeWords.has(tokens[k]?.lower ?? ''))
  )
    k--;
  const noun = tokens[k];
  if (!noun || !(noun.pos === 'NOUN' || noun.pos === 'PROPN' || view.mentionAt[k] !== -1)) return null;
  // "In a note sent to the OSCE, Serbia said …": a participle after the noun of an opening
  // prepositional phrase ("The strike on the airport killed four" is the subject's own verb)
  let p = k - 1;
  while (p >= sentence.tokenStart && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[p]?.pos ?? ''))
    p--;
  const opening = p === sentence.tokenStart || tokens[p - 1]?.text === ',';
  if (tokens[p]?.pos === 'ADP' && opening && view.mentionAt[k] === -1) return 'modifier';
  // "they attempted": a pronoun is a subject, never a noun a participle modifies
  if (placedAt(view, k)?.mention.kind === 'pronoun' || noun.pos === 'PRON') return null;
  const after = tokens[verb + 1];
  const objectless =
    after !== undefined &&
    view.mentionAt[verb + 1] === -1 &&
    after.lower !== 'that' &&
    after.lower !== 'to' &&
    (['ADP', 'NUM', 'PUNCT'].includes(after.pos) || lexicon.words.timeWords.has(after.lower));
  let apposed = false;
  for (let j = k - 1; j >= sentence.tokenStart; j--) {
    const word = tokens[j];
    if (!word) return null;
    // "freed the editor, a spokesman for the union detained in March": an apposition (a comma, then a
    // determiner) belongs to the noun an earlier verb governs when the participle takes no object ("…,
    // the minister pledged that …" is a clause of its own)
    if (word.text === ',' && (tokens[j + 1]?.pos !== 'DET' || !objectless)) return null;
    if (word.text === ',') apposed = true;
    if (word.pos !== 'VERB' || view.mentionAt[j] !== -1) continue;
    // "When talks failed, the army attacked at dawn": the comma closed an opening clause, no apposition
    if (apposed && opensWithSubordinator(j, tokens, sentence)) return null;
    // "guided missiles", "armed groups": a participle before a noun is an adjective
    if (['NOUN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '') && endsEdEn(word.lower)) continue;
    // "Iranian-backed Hezbollah fighters": a hyphenated participle is an adjective
    if (tokens[j - 1]?.text === '-') continue;
    // "the ministry said militants killed …" (a reported clause), "aircraft including gunships
    // killed …" (a participle inside the subject): the verb is the clause's own
    if (lexicon.words.reporting.has(word.lemma) || word.lower.endsWith('ing')) return null;
    return 'modifier';
  }
  return null;
}
