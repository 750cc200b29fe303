// Tokens + mentions -> the grammatical roles stage 6 reads: clause subjects and coordinated groups,
// the sayer next to a speech verb, passive agents, trailing speakers, and the span of each mention.
import type { Mention } from '../../model/actor.js';
import { SUBORDINATORS } from '../../model/clauses.js';
import type { ReactionModifiers } from '../../model/lexicons/reactions.js';
import type { Quote } from '../../model/quote.js';
import type { Sentence, Token } from '../../model/text.js';
import type { StanceAct } from './2-read-clauses.js';
import {
  FIRST_PERSON,
  hasClass,
  isWordIn,
  SPEECH,
  SPEECH_BY_LEMMA,
  STRONG_BREAK,
  type TokenClasses,
} from './word-classes.js';

/** What finding reactors reads: the tokens, the resolved mentions, the quotes and the closed-class words. */
export interface ReactorInput {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  quotes: readonly Quote[];
  modifiers: ReactionModifiers;
  /** per sentence, the mention of the round-up heading it stands under, or -1 (stage 3) */
  headings?: readonly number[] | undefined;
  /** the tokens' word classes (`classifyTokens`) */
  classes: TokenClasses;
}

// Words that open an adverbial clause or phrase before the main subject: "After the strike, …".
const OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  'as',
  'if',
  'following',
  'despite',
  'amid',
  'in',
  'on',
  'at',
  'during',
]);
export const BE_FORMS = new Set(['be', 'get']);

/** Only states, international organisations and organisations react; people and unknowns do not. */
export function canReact(actor: string | undefined): actor is string {
  return actor !== undefined && actor.length > 0 && !actor.startsWith('person:');
}

// Citizens, refugees, schools, hospitals, companies and media speak for no government:
// "millions of Americans supporting the plan" is no reaction of the United States.
const NON_GOVERNMENT_SECTORS: ReadonlySet<string> = new Set(['CVL', 'REF', 'EDU', 'HLH', 'BUS', 'MED']);

// Organisations of scholars: a person quoted from one is an expert commenting, not the organisation reacting.
const ACADEMIC_ORG =
  /^org:(?:[a-z0-9-]*-)?(?:institute|institution|university|college|school|academy|centre|center|endowment)(?:-|$)/;

/** Whether a mention can carry a reaction: a reacting actor, not a people's or a sector's voice. */
export function reacts(mention: Mention | undefined): boolean {
  if (mention === undefined || !canReact(mention.actor)) return false;
  if (mention.actor.startsWith('org:')) {
    // "…, a researcher at the Institute for Peace Studies, said": an expert quoted for context (the contract's
    // analysis pieces), not the institute's reaction, whether named or titled; the institute by its own name
    // ("the institute said in a report"), a company or a newspaper still speaks for itself
    const scholar = mention.person !== undefined || mention.kind === 'body';
    return !(scholar && ACADEMIC_ORG.test(mention.actor));
  }
  // "Tanzania's main opposition party rejected the results": a party's own statement is the party's
  // (the contract), never its state's; an opposition politician speaking for themselves is
  if (
    mention.sector === 'OPP' &&
    mention.person === undefined &&
    OPPOSITION_BODY.test(mention.text) &&
    !OPPOSITION_PEOPLE.test(mention.text)
  )
    return false;
  return !NON_GOVERNMENT_SECTORS.has(mention.sector ?? '');
}

const OPPOSITION_BODY = /\b(?:opposition|party|parties|coalition|alliance|groups?|movement)\b/i;
const OPPOSITION_PEOPLE =
  /\b(?:leaders?|politicians?|lawmakers?|legislators?|mps?|senators?|deputies|figures?)\b/i;

/**
 * The array `indexMentions` fills, kept from one article to the next (an array of an article's length lives outside
 * V8's heap and costs more to make than to reuse): an article's index is a view of it, valid until the next call.
 */
let mentionScratch = new Int32Array(4096);

/** The mention covering each token, as an index into `mentions` (-1 when none); valid until the next call. */
export function indexMentions(tokens: readonly Token[], mentions: readonly Mention[]): Int32Array {
  if (mentionScratch.length < tokens.length)
    mentionScratch = new Int32Array(Math.max(tokens.length, 2 * mentionScratch.length));
  const byToken = mentionScratch.subarray(0, tokens.length).fill(-1);
  let t = 0;
  for (const index of inStartOrder(mentions)) {
    const mention = mentions[index] as Mention;
    while (t > 0 && (tokens[t - 1]?.end ?? 0) > mention.start) t--;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= mention.start) t++;
    for (let i = t; i < tokens.length && (tokens[i]?.start ?? 0) < mention.end; i++) {
      if (byToken[i] === -1) byToken[i] = index;
    }
  }
  return byToken;
}

/** The indices of `mentions` by start (a stable sort): stage 3 gives them in that order, and then none is made. */
function inStartOrder(mentions: readonly Mention[]): Iterable<number> {
  let sorted = true;
  for (let m = 1; m < mentions.length && sorted; m++)
    sorted = (mentions[m - 1]?.start ?? 0) <= (mentions[m]?.start ?? 0);
  if (sorted) return mentions.keys();
  return mentions.map((_m, i) => i).sort((a, b) => (mentions[a]?.start ?? 0) - (mentions[b]?.start ?? 0));
}

// "…, while Kyiv condemned the strike": the subject is looked for after the last strong break first.
export function strongStart(act: StanceAct, input: ReactorInput): number {
  const sentence = input.sentences[act.sentence] as Sentence;
  for (let i = act.first - 1; i > sentence.tokenStart; i--) {
    if (hasClass(input.classes, i, STRONG_BREAK)) return i + 1;
  }
  return sentence.tokenStart;
}

// "After Israel struck Gaza, Turkey condemned …": an opening adverbial clause holds no subject.
export function skipSubordinate(
  start: number,
  end: number,
  tokens: readonly Token[],
  modifiers: ReactionModifiers,
): number {
  if (!OPENERS.has(tokens[start]?.lower ?? '')) return start;
  for (let i = start + 1; i < end; i++) {
    if (tokens[i]?.text === ',') return i + 1;
    if (modifiers.clauseBreakPunct.has(tokens[i]?.text ?? '') && tokens[i]?.text !== ',') break;
  }
  return start;
}

/** The last speech verb in [start, end): "Qatar said …, and the EU said it was in contact". */
export function findSpeechVerb(start: number, end: number, input: ReactorInput): number {
  for (let i = end - 1; i >= start; i--) {
    if (isWordIn(input.classes, i, SPEECH) && (input.tokens[i] as Token).pos === 'VERB') return i;
  }
  return -1;
}

export function hasFirstPerson(classes: TokenClasses, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (hasClass(classes, i, FIRST_PERSON)) return true;
  return false;
}

/**
 * The subject of a clause among the mentions in [start, end): the leftmost mention not governed by a
 * preposition ("the strike on Venezuela" is no subject), with the mentions coordinated with it
 * ("Greece, Panama and South Korea"). A mention that only modifies a group noun ("Council members
 * Greece …") gives way to the members.
 */
export function findSubject(
  start: number,
  end: number,
  input: ReactorInput,
  mentionAt: Int32Array,
): number[] {
  const { tokens, mentions, modifiers } = input;
  let i = start;
  while (i < end) {
    const m = mentionAt[i] ?? -1;
    if (m < 0) {
      i++;
      continue;
    }
    const mentionEnd = lastTokenOf(m, i, mentionAt);
    if (isSubjectCandidate(i, mentionEnd, end, tokens, modifiers)) {
      const actor = mentions[m]?.actor ?? '';
      if (actor.startsWith('person:')) return [];
      return coordinated(mentionEnd + 1, end, input, mentionAt, [m]);
    }
    i = mentionEnd + 1;
  }
  return [];
}

/** The subject group nearest the end of [start, end): the speaker just before a speech verb. */
export function findLastSubject(
  start: number,
  end: number,
  input: ReactorInput,
  mentionAt: Int32Array,
): number[] {
  for (let from = end - 1; from >= start; from--) {
    const m = mentionAt[from] ?? -1;
    if (m < 0 || mentionAt[from - 1] === m || complementsTitle(from, input, mentionAt)) continue;
    const group = findSubject(from, end, input, mentionAt);
    if (group.length > 0) {
      const before = coordinatedBefore(from, start, input, mentionAt);
      for (const m of group) before.push(m);
      return before;
    }
    if (input.mentions[m]?.actor.startsWith('person:')) return [];
  }
  return [];
}

/**
 * "the UN envoy for Yemen said", "the EU ambassador to the African Union said": a name in the
 * prepositional phrase after a reacting actor's title says whom the title concerns; the titled
 * actor speaks.
 */
function complementsTitle(first: number, input: ReactorInput, mentionAt: Int32Array): boolean {
  let at = first - 1;
  while (at > 0 && input.tokens[at]?.pos === 'DET') at--;
  const preposition = input.tokens[at];
  if (preposition?.pos !== 'ADP' || preposition.lower === 'by') return false;
  const titled = mentionAt[at - 1] ?? -1;
  return titled >= 0 && titled !== mentionAt[first] && reacts(input.mentions[titled]);
}

/** The first token of mention m, looked for in [from, to). */
export function firstTokenOf(m: number, from: number, to: number, mentionAt: Int32Array): number {
  for (let i = from; i < to; i++) if (mentionAt[i] === m) return i;
  return from;
}

/** The last token of mention m, looked for in [from, to). */
export function endOfMention(m: number, from: number, to: number, mentionAt: Int32Array): number {
  for (let i = to - 1; i >= from; i--) if (mentionAt[i] === m) return i;
  return from;
}

// "Chile and Ecuador said …": the mentions coordinated before the one next to the verb.
export function coordinatedBefore(
  first: number,
  start: number,
  input: ReactorInput,
  mentionAt: Int32Array,
): number[] {
  const { tokens } = input;
  const found: number[] = [];
  let i = first - 1;
  // "Qatar and the United Arab Emirates": a determiner before a member is part of it
  if (tokens[i]?.pos === 'DET') i--;
  while (i > start) {
    const link = tokens[i] as Token;
    // a list ends in "and" next to the last member: "Chile, Peru and Ecuador"
    if (found.length === 0 ? link.lower !== 'and' : link.text !== ',' && link.lower !== 'and') break;
    const m = mentionAt[i - 1] ?? -1;
    if (m < 0 || !reacts(input.mentions[m])) break;
    found.unshift(m);
    i -= 1;
    while (i > start && mentionAt[i - 1] === m) i--;
    i--;
    if (tokens[i]?.pos === 'DET' && mentionAt[i] !== m) i--;
  }
  return found;
}

function lastTokenOf(m: number, first: number, mentionAt: Int32Array): number {
  let last = first;
  while (mentionAt[last + 1] === m) last++;
  return last;
}

const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as']);
const NOMINAL_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const VERBAL_POS = new Set(['VERB', 'AUX']);

// The mention heads a clause: "Mali('s transitional government) accused …".
function opensFiniteVerb(last: number, end: number, tokens: readonly Token[]): boolean {
  let i = last + 1;
  if (tokens[i]?.lower === "'s" || tokens[i]?.lower === '’s') i++;
  // the verb may be the cue itself, just past the window searched for subjects
  while (i < end && i <= last + 5 && NOMINAL_POS.has(tokens[i]?.pos ?? '')) i++;
  return i <= end && VERBAL_POS.has(tokens[i]?.pos ?? '');
}

function isSubjectCandidate(
  first: number,
  last: number,
  end: number,
  tokens: readonly Token[],
  modifiers: ReactionModifiers,
): boolean {
  // only words of the mention's own sentence: a headline ending in a verb ("… after cable cut") is not
  // what the next sentence's first name is the object of
  const sentence = tokens[first]?.sentence;
  let before = first - 1;
  while (before >= 0 && tokens[before]?.pos === 'DET') before--;
  if (tokens[before]?.sentence !== sentence) before = -1;
  const previous = tokens[before];
  if (previous?.lower === 'by' && isPositionAgent(before, tokens, modifiers)) return true;
  // "Several states, including Spain and Ireland, called …", "states such as Spain": the members listed act
  if (previous?.lower === 'including' || (previous?.lower === 'as' && tokens[before - 1]?.lower === 'such'))
    return true;
  // "summoned the Philippine ambassador and demanded …": right after a verb is its object, unless
  // the verb reports speech ("said Turkey had condemned …").
  let head = before;
  while (head >= 0 && tokens[head]?.pos === 'ADJ') head--;
  const verb = tokens[head]?.sentence === sentence ? tokens[head] : undefined;
  if (
    verb?.pos === 'VERB' &&
    !modifiers.speechVerbs.has(verb.lemma) &&
    !modifiers.speechVerbs.has(verb.lower)
  )
    return false;
  // "the embassy of France", "the coast of Peru" name a place or a thing; "the government of France"
  // and "the foreign minister of Peru" name who acts.
  if (previous?.lower === 'of' && !modifiers.officeNouns.has(tokens[before - 1]?.lower ?? '')) return false;
  if (previous && modifiers.nonAgentPrepositions.has(previous.lower)) {
    // "along with Britain" coordinates; "with Britain" does not.
    const coordinating =
      previous.lower === 'with' && ['along', 'together'].includes(tokens[before - 1]?.lower ?? '');
    // "a day after Mali's government accused Paris": "after" opens a clause with its own subject.
    const clause = CLAUSE_PREPOSITIONS.has(previous.lower) && opensFiniteVerb(last, end, tokens);
    if (!coordinating && !clause) return false;
  }
  const next = tokens[last + 1];
  if (next && last + 1 < end && modifiers.groupNouns.has(next.lower) && next.pos === 'NOUN') {
    // "Council members Greece, Panama…": the members are the subject; "G7 members also stressed …"
    // names none, so the group is.
    return !['PROPN', 'PUNCT'].includes(tokens[last + 2]?.pos ?? '');
  }
  return true;
}

// "the calls by the Bolivian government and by …": "by" after a position noun names its author.
export function isPositionAgent(by: number, tokens: readonly Token[], modifiers: ReactionModifiers): boolean {
  while (by > 0 && tokens[by]?.pos === 'DET') by--;
  if (tokens[by]?.lower !== 'by') return false;
  let i = by - 1;
  if (tokens[i]?.lower === 'and' || tokens[i]?.text === ',') return false;
  while (i >= 0 && tokens[i]?.pos === 'ADJ') i--;
  const noun = tokens[i];
  return noun !== undefined && modifiers.positionNouns.has(noun.lower);
}

/** The mentions coordinated from `from` on, added to `found` (no array is spread). */
function coordinated(
  from: number,
  end: number,
  input: ReactorInput,
  mentionAt: Int32Array,
  found: number[],
): number[] {
  const { tokens, modifiers } = input;
  let i = from;
  let sawLink = false;
  while (i < end) {
    const m = mentionAt[i] ?? -1;
    if (m >= 0) {
      if (!sawLink) break;
      const last = lastTokenOf(m, i, mentionAt);
      // "France, a NATO member, …", "Spain and Ireland, both EU members, …": an apposition, not one more subject
      if (isMembershipApposition(i, last, tokens)) break;
      found.push(m);
      i = last + 1;
      sawLink = false;
      continue;
    }
    const token = tokens[i] as Token;
    if (modifiers.coordinators.has(token.lower)) sawLink = true;
    // "condemned by Egypt and by Jordan": the preposition may be repeated after the link
    else if (token.pos !== 'DET' && !(sawLink && token.lower === 'by')) break;
    i++;
  }
  return found;
}

/** Nouns of belonging that a name modifies in an apposition: "a NATO member", "both EU members", "a close ally". */
const MEMBERSHIP_NOUNS = new Set([
  'member',
  'members',
  'ally',
  'allies',
  'partner',
  'partners',
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'signatory',
  'signatories',
]);

/** Whether the mention from `first` to `last` modifies a noun of belonging after a determiner: "a NATO member". */
function isMembershipApposition(first: number, last: number, tokens: readonly Token[]): boolean {
  const before = tokens[first - 1];
  if (before?.pos !== 'DET' && before?.lower !== 'both' && before?.pos !== 'NUM') return false;
  return MEMBERSHIP_NOUNS.has(tokens[last + 1]?.lower ?? '');
}

/** Verbs of drawing a reaction from someone: "drew criticism from", "sparked condemnation from". */
const DRAWING_VERBS = new Set([
  'draw',
  'spark',
  'prompt',
  'trigger',
  'provoke',
  'attract',
  'earn',
  'elicit',
  'win',
]);

/**
 * A nominal act that something drew, followed by "from": "drew sharp criticism from Beijing" (tokens `first` to
 * `last`, in a clause from `floor`).
 */
export function isDrawnFrom(tokens: readonly Token[], first: number, last: number, floor: number): boolean {
  if (tokens[last + 1]?.lower !== 'from') return false;
  let k = first - 1;
  while (k >= floor && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADV'))
    k--;
  return DRAWING_VERBS.has(tokens[k]?.lemma ?? '');
}

/**
 * "The strike was condemned by Turkey and Egypt", "a meeting of the Council requested by Britain and
 * France": the agents after "by" react. Returns null when the act is not passive, [] when it is but
 * names no agent ("Israel was condemned" names no one who condemned).
 */
export function findPassiveAgents(
  act: StanceAct,
  input: ReactorInput,
  mentionAt: Int32Array,
): number[] | null {
  const { tokens, modifiers } = input;
  // The participle is the cue's own ("was condemned by"), or follows a nominal cue ("a meeting
  // requested by"); in "condemned the sanctions imposed by the EU" the EU imposed, not condemned.
  // ("disputed the account given by Beijing" is a verb's cue: Beijing gave the account)
  const nominal =
    ['NOUN', 'PROPN'].includes(tokens[act.last]?.pos ?? '') && tokens[act.first]?.pos !== 'VERB';
  const limit = Math.min(act.clause.end, nominal ? act.last + 3 : act.last + 1);
  if (nominal && isDrawnFrom(tokens, act.first, act.last, act.clause.start)) {
    // "The move drew sharp criticism from Beijing": the one the act comes from reacts
    let at = act.last + 2;
    while (at < act.last + 4 && mentionAt[at] === -1 && tokens[at]?.pos === 'DET') at++;
    const first = mentionAt[at] ?? -1;
    if (first < 0) return [];
    const sentenceEnd = (input.sentences[act.sentence] as Sentence).tokenEnd;
    return coordinated(lastTokenOf(first, at, mentionAt) + 1, sentenceEnd, input, mentionAt, [first]);
  }
  for (let i = act.first; i < limit; i++) {
    const token = tokens[i] as Token;
    const participle = token.pos === 'VERB' && /(ed|en)$/.test(token.lower);
    if (!participle || tokens[i + 1]?.lower !== 'by') continue;
    if (modifiers.statives.has(token.lower) || modifiers.statives.has(token.lemma)) return null;
    let at = i + 2;
    while (at < i + 4 && mentionAt[at] === -1 && tokens[at]?.pos === 'DET') at++;
    const first = mentionAt[at] ?? -1;
    if (first < 0) return [];
    const sentenceEnd = (input.sentences[act.sentence] as Sentence).tokenEnd;
    return coordinated(lastTokenOf(first, at, mentionAt) + 1, sentenceEnd, input, mentionAt, [first]);
  }
  const head = tokens[act.first] as Token;
  let before = act.first - 1;
  while (before >= 0 && tokens[before]?.pos === 'ADV') before--;
  const be = tokens[before];
  const participle = head.pos === 'VERB' && /(ed|en)$/.test(head.lower);
  // "Army accused of shelling camp", "Mayor praised for rescue": a verb that never leaves out its object, with
  // none before "of" or "for", is a headline's passive; its subject is judged, no judge is named
  const objectless = PASSIVE_LINKS.has(tokens[act.first + 1]?.lower ?? '');
  if (
    participle &&
    objectless &&
    (modifiers.objectRequired.has(head.lemma) || modifiers.objectRequired.has(head.lower))
  )
    return [];
  // "the dispute should be settled peacefully": an appeal in the passive names what is called for
  const appeal =
    (act.stance === 'CALL_FOR_DIALOGUE' || act.stance === 'CALL_FOR_RESTRAINT') &&
    modifiers.obligations.has(tokens[before - 1]?.lower ?? '');
  if (
    participle &&
    !appeal &&
    be &&
    BE_FORMS.has(be.lemma) &&
    !modifiers.statives.has(head.lower) &&
    !modifiers.statives.has(head.lemma)
  ) {
    return [];
  }
  return null;
}

/** What follows a passive participle whose object is missing: "accused of", "praised for". */
const PASSIVE_LINKS = new Set(['of', 'for', 'over', 'with']);

// "Russia's strike was illegal, the ministry said." / "…, said Foreign Minister Wang Yi."
export function findTrailingSpeaker(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): number[] {
  const { tokens, sentences } = input;
  const sentence = sentences[act.sentence] as Sentence;
  for (let i = act.last + 1; i < sentence.tokenEnd; i++) {
    // a verb of speaking by its lemma
    if (((input.classes[i] as number) & SPEECH_BY_LEMMA) === 0 || (tokens[i] as Token).pos !== 'VERB')
      continue;
    for (let j = i - 1; j > act.last && j >= i - 6; j--) {
      const m = mentionAt[j] ?? -1;
      if (m >= 0) return [m];
      if (tokens[j]?.text === ',') break;
    }
    for (let j = i + 1; j < sentence.tokenEnd && j <= i + 6; j++) {
      const m = mentionAt[j] ?? -1;
      if (m >= 0) return [m];
    }
  }
  return [];
}
