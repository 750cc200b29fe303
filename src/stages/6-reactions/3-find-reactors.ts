// Stance acts + mentions + quotes -> who performs each act: a quote's speaker, the clause's subject,
// a passive agent, or a third party whose position a speaker reports.
import type { Mention } from '../../model/actor.js';
import type { Quote } from '../../model/quote.js';
import type { Attribution, Stance } from '../../model/reaction.js';
import { ADDRESSING_VERBS } from '../../model/speech.js';
import type { Sentence, Token } from '../../model/text.js';
import { type StanceAct, withStance } from './2-read-clauses.js';
import {
  BE_FORMS,
  canReact,
  coordinatedBefore,
  endOfMention,
  findLastSubject,
  findPassiveAgents,
  findSpeechVerb,
  findSubject,
  findTrailingSpeaker,
  firstTokenOf,
  hasFirstPerson,
  indexMentions,
  isPositionAgent,
  type ReactorInput,
  reacts,
  skipSubordinate,
  strongStart,
} from './subjects.js';
import { ACCORDING, hasClass } from './word-classes.js';

export type ReactorRoute = 'quote' | 'subject' | 'passive' | 'trailing' | 'reported';

export interface AttributedAct {
  act: StanceAct;
  actor: string;
  /** the words naming the reactor ("Russian foreign ministry") */
  speaker: string;
  attribution: Attribution;
  route: ReactorRoute;
  /** the reactor was found through a pronoun or a description, not a name */
  indirect: boolean;
  /** the reactor is named more than two sentences away from the act (a long quotation) */
  far?: boolean;
}

// Accusations and demands inside a quote are the speaker's even when their subject is the accused:
// "Iran is flagrantly defying the Council", "Russia must withdraw".
const SPEAKER_OWNED: ReadonlySet<Stance> = new Set(['CONDEMN', 'DEMAND']);

export function findReactors(
  acts: readonly StanceAct[],
  input: ReactorInput,
  mentionAt: Int32Array = indexMentions(input.tokens, input.mentions),
): AttributedAct[] {
  const out: AttributedAct[] = [];
  let last: { sentence: number; items: AttributedAct[] } | undefined;
  const quoteHolding = quoteFinder(input.quotes);
  for (const act of acts) {
    const quote = quoteHolding(input.tokens[act.first] as Token);
    let found = quote
      ? attributeInQuote(act, quote, input, mentionAt)
      : attributeInProse(act, input, mentionAt);
    if (quote && found.length === 0 && !canReact(quote.speaker?.actor)) {
      // "… and called it “a decision that we cannot accept”": a quotation whose speaker was not
      // resolved is read with the sentence around it; the words stay the actor's own.
      // (the items are new: no other list holds them)
      found = attributeInProse(act, input, mentionAt);
      for (const item of found) item.attribution = 'quote';
    }
    if (found.length === 0 && !quote) found = attributeToDocument(act, input, mentionAt, last);
    if (found.length > 0) last = { sentence: act.sentence, items: found };
    for (const item of found) out.push(item);
  }
  return out;
}

/**
 * "Canada issued a statement on Tuesday. The statement threatened sanctions.": a document as the
 * subject speaks for whoever issued it, or else for the reactor of the sentences just before.
 */
function attributeToDocument(
  act: StanceAct,
  input: ReactorInput,
  mentionAt: Int32Array,
  last: { sentence: number; items: AttributedAct[] } | undefined,
): AttributedAct[] {
  const noun = findDocumentSubject(act, input);
  if (noun < 0) return [];
  const issuers = findIssuers(act, noun, input, mentionAt);
  if (issuers.length > 0) {
    return issuers.map((m) => {
      const item = fromMention(act, input.mentions[m] as Mention, 'paraphrase', 'reported', input.mentions);
      item.indirect = true;
      return item;
    });
  }
  if (!last || act.sentence - last.sentence > 2) return [];
  return last.items.map((item) => copyAttributed(item, act, 'paraphrase', 'reported', true));
}

/**
 * `{ ...item, act, attribution, route, indirect }` written field by field: V8 builds a spread object
 * literal slowly, and every later read of the copy pays for it. `far` is copied only when set, as the
 * spread does.
 */
function copyAttributed(
  item: AttributedAct,
  act: StanceAct,
  attribution: Attribution,
  route: ReactorRoute,
  indirect: boolean,
): AttributedAct {
  const copy: AttributedAct = { act, actor: item.actor, speaker: item.speaker, attribution, route, indirect };
  if (item.far !== undefined) copy.far = item.far;
  return copy;
}

// "it said it was alarmed": the reaction names the antecedent ("Qatar"), not the pronoun.
function nameOf(mention: Mention, mentions: readonly Mention[]): string {
  let current = mention;
  for (let hops = 0; current.kind === 'pronoun' && current.antecedent !== undefined && hops < 5; hops++) {
    const next = mentions[current.antecedent];
    if (!next) break;
    current = next;
  }
  return current.person ?? current.text;
}

/** the words before a document noun (`findDocumentSubject`) */
const NOMINAL_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** "The statement threatened …", "The joint declaration also urged …": the document noun's index, or -1. */
function findDocumentSubject(act: StanceAct, input: ReactorInput): number {
  const { tokens, sentences, modifiers } = input;
  const sentence = sentences[act.sentence] as Sentence;
  const first = tokens[sentence.tokenStart];
  if (!first || !['the', 'this', 'that', 'its', 'their'].includes(first.lower)) return -1;
  for (let i = sentence.tokenStart + 1; i < act.first; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'NOUN' && modifiers.positionNouns.has(token.lower)) {
      const next = tokens[i + 1];
      const verbNext = next !== undefined && ['VERB', 'ADV', 'AUX'].includes(next.pos);
      return i + 1 === act.first || verbNext ? i : -1;
    }
    if (!NOMINAL_POS.has(token.pos)) return -1;
  }
  return -1;
}

// The subject of the sentence before that names the same document: "Canada issued a statement".
function findIssuers(act: StanceAct, noun: number, input: ReactorInput, mentionAt: Int32Array): number[] {
  const { tokens, sentences } = input;
  const word = (tokens[noun] as Token).lemma;
  for (let s = act.sentence - 1; s >= Math.max(0, act.sentence - 2); s--) {
    const sentence = sentences[s] as Sentence;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (tokens[i]?.lemma !== word) continue;
      const issuers = findSubject(sentence.tokenStart, i, input, mentionAt).filter((m) =>
        reacts(input.mentions[m]),
      );
      if (issuers.length > 0) return issuers;
    }
  }
  return [];
}

function attributeInQuote(
  act: StanceAct,
  quote: Quote,
  input: ReactorInput,
  mentionAt: Int32Array,
): AttributedAct[] {
  const { tokens, sentences } = input;
  const attribution: Attribution = quote.kind === 'indirect' ? 'paraphrase' : 'quote';
  const sentence = sentences[act.sentence] as Sentence;
  // the first token of the sentence inside the quote (tokens are in text order: a binary search)
  let from = sentence.tokenStart;
  let to = act.first;
  while (from < to) {
    const mid = (from + to) >> 1;
    if ((tokens[mid]?.start ?? 0) < quote.start) from = mid + 1;
    else to = mid;
  }
  if (quote.kind === 'indirect') {
    // "Qatar said it was ready to mediate, and the EU said it was in contact …": a later sayer inside
    // a long paraphrase speaks for what follows its own verb.
    const speech = findSpeechVerb(from, act.first, input);
    // "… supported the US action saying …": a participle's sayer is the quote's speaker.
    const finite = speech >= 0 && !isParticiple(tokens[speech] as Token);
    const sayers = finite ? findLastSubject(from, speech, input, mentionAt) : [];
    const named = sayers.filter((m) => reacts(input.mentions[m]));
    if (named.length > 0)
      return attributeEmbedded(
        act,
        contentStart(speech, act, tokens),
        sayerOf(named, input),
        input,
        mentionAt,
      );
  }
  const speaker = quote.speaker?.actor;
  const name = quote.speaker?.name ?? '';
  const sayer: Sayer = { actor: speaker, name, attribution, route: 'quote' };
  // "Chile and Ecuador said they were monitoring …": the whole coordinated group speaks.
  const at = quote.speaker?.start;
  const first = at === undefined ? -1 : tokenStartingAt(tokens, at);
  const m = first >= 0 ? (mentionAt[first] ?? -1) : -1;
  if (m >= 0 && input.mentions[m]?.actor === speaker) {
    const group = coordinatedBefore(first, sentence.tokenStart, input, mentionAt);
    if (group.length > 0) {
      group.push(m);
      sayer.mentions = group;
    }
  }
  // A speaker named far from the act, or only as "the diplomats" or "she", is a weaker attribution.
  const mention = m >= 0 ? input.mentions[m] : undefined;
  // "“We are afraid,” residents said": a people's voice is no government's reaction.
  if (mention !== undefined && mention.actor === speaker && !reacts(mention)) sayer.actor = undefined;
  const far = mention !== undefined && Math.abs(mention.sentence - act.sentence) > 2;
  const indirect = mention !== undefined && (mention.kind === 'pronoun' || mention.kind === 'description');
  if (far && namesOwnSayer(act, input, mentionAt)) {
    // A sentence that names its own sayer ("…, Joly said") is not part of a quotation opened
    // sentences before: the marks around it were misread.
    return attributeInProse(act, input, mentionAt);
  }
  // the items are new (no other list holds them): marked in place
  const found = attributeEmbedded(act, from, sayer, input, mentionAt);
  for (const item of found) {
    if (item.route !== 'quote') continue;
    item.indirect ||= indirect;
    item.far = far;
  }
  return found;
}

/** The first token starting at `offset`, or -1: a binary search, tokens being in text order. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? lo : -1;
}

/** Whether the act's sentence has a speech verb with an actor as its subject. */
function namesOwnSayer(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): boolean {
  const sentence = input.sentences[act.sentence] as Sentence;
  const speech = findSpeechVerb(sentence.tokenStart, sentence.tokenEnd, input);
  if (speech < 0) return false;
  const before = findLastSubject(sentence.tokenStart, speech, input, mentionAt);
  return before.some((m) => reacts(input.mentions[m]));
}

function sayerOf(group: number[], input: ReactorInput): Sayer {
  const first = input.mentions[group[0] as number] as Mention;
  return {
    actor: first.actor,
    name: nameOf(first, input.mentions),
    attribution: 'paraphrase',
    route: 'subject',
    mentions: group,
  };
}

interface Sayer {
  actor: string | undefined;
  name: string;
  attribution: Attribution;
  route: ReactorRoute;
  /** the sayer's own mentions, when named in the sentence (a group may say things together) */
  mentions?: number[];
}

/**
 * Who performs an act inside what someone says: the sayer, or a third party that is the subject of
 * the act. "We condemn …" and "Russia must withdraw" are the sayer's; in "Britain will impose
 * sanctions" or "Moscow rejected the offer" the subject acts, and the sayer reports it.
 */
function attributeEmbedded(
  act: StanceAct,
  from: number,
  sayer: Sayer,
  input: ReactorInput,
  mentionAt: Int32Array,
): AttributedAct[] {
  const { tokens, mentions, modifiers } = input;
  const participial = opensParticiple(act, tokens);
  // The act's own clause first: "… on Iran, as Tehran rejected its offer" is Tehran's rejection.
  const own = act.clause.start > from ? findSubject(act.clause.start, act.first, input, mentionAt) : [];
  const subject = participial ? [] : own.length > 0 ? own : findSubject(from, act.first, input, mentionAt);
  const firstPerson = hasFirstPerson(input.classes, from, act.first);
  const self = firstPerson || (subject.length > 0 && allSayers(subject, sayer, mentions));
  // the reacting mentions of the subject that are not the sayer's (an empty subject is its own empty list)
  let other = subject;
  if (subject.length > 0) {
    other = [];
    for (const m of subject)
      if (reacts(mentions[m]) && !isSayers(sayer, mentions[m]?.actor, mentions)) other.push(m);
  }
  // "We support the statements by Cuba calling for a meeting": the statements' authors hold it too.
  let authors: AttributedAct[] | undefined;
  for (const m of other) {
    if (isPositionAgent(firstTokenOf(m, from, act.first, mentionAt) - 1, tokens, modifiers)) {
      authors ??= [];
      authors.push(fromMention(act, mentions[m] as Mention, 'paraphrase', 'reported', mentions));
    }
  }
  if (authors !== undefined) return firstPerson ? bySayer(act, sayer, mentions, authors) : authors;
  if (isReceived(act, tokens)) return [];
  if (other.length === 0 && !self && hasOwnSubject(act, from, input)) {
    // "“… so that the rebels cannot deny it,” she said": a verb with its own subject is not the sayer's.
    return [];
  }
  if (self || other.length === 0) {
    // "these fighters were in contact with their backers": said of someone else, no position of the sayer.
    if (
      act.cue.flags.has('self') &&
      !self &&
      hasNominalBefore(act, Math.max(from, act.clause.start), tokens, true)
    )
      return [];
    return bySayer(act, sayer, mentions);
  }
  const subjectEnd = endOfMention(subject[subject.length - 1] as number, from, act.first, mentionAt);
  // "warned Serbia to avoid …", "told Moscow to withdraw": an addressee, not a subject.
  const after = tokens[subjectEnd + 1];
  if (after?.lower === 'to' && after.pos === 'PART')
    return bySayer(CALLS.has(act.stance) ? act : asDemand(act), sayer, mentions);
  if (isObligated(act, subjectEnd, input)) {
    // "The Council must condemn this" / "Russia must withdraw": the sayer's demand on the subject.
    return bySayer(CALLS.has(act.stance) ? act : asDemand(act), sayer, mentions);
  }
  if (!performsAct(act, subjectEnd, input, mentionAt)) return bySayer(act, sayer, mentions);
  if (act.cue.flags.has('self')) return [];
  // "We back the calls by the Bolivian government for a meeting": both hold it.
  const reported: AttributedAct[] = [];
  for (const m of other)
    reported.push(fromMention(act, mentions[m] as Mention, 'paraphrase', 'reported', mentions));
  return firstPerson ? bySayer(act, sayer, mentions, reported) : reported;
}

/** Whether every mention of `group` is the sayer's. */
function allSayers(group: readonly number[], sayer: Sayer, mentions: readonly Mention[]): boolean {
  for (const m of group) if (!isSayers(sayer, mentions[m]?.actor, mentions)) return false;
  return true;
}

/** The act `performed` by the sayer (or each of its reacting mentions), added to `out`. */
function bySayer(
  performed: StanceAct,
  sayer: Sayer,
  mentions: readonly Mention[],
  out: AttributedAct[] = [],
): AttributedAct[] {
  if (sayer.mentions) {
    for (const m of sayer.mentions)
      if (reacts(mentions[m]))
        out.push(fromMention(performed, mentions[m] as Mention, sayer.attribution, sayer.route, mentions));
  } else if (canReact(sayer.actor)) {
    out.push({
      act: performed,
      actor: sayer.actor,
      speaker: sayer.name,
      attribution: sayer.attribution,
      route: sayer.route,
      indirect: false,
    });
  }
  return out;
}

/** Whether `actor` is the sayer's, or one of the sayer's mentions' (read in place: no set is built per act). */
function isSayers(sayer: Sayer, actor: string | undefined, mentions: readonly Mention[]): boolean {
  if (sayer.mentions === undefined) return actor === sayer.actor;
  for (const m of sayer.mentions) if (mentions[m]?.actor === actor) return true;
  return false;
}

const CALLS: ReadonlySet<Stance> = new Set(['CALL_FOR_RESTRAINT', 'CALL_FOR_DIALOGUE']);

/** How far "that" may stand past an addressing verb: "told a meeting of the Security Council that". */
const ADDRESSEE_REACH = 8;

/**
 * Where the words a speech verb reports begin: right after it, or past the addressee and "that"
 * ("Kenya's envoy told the council that the raid was illegal and urged restraint": the urging is the
 * envoy's, not the council's).
 */
function contentStart(speech: number, act: StanceAct, tokens: readonly Token[]): number {
  if (!ADDRESSING_VERBS.has((tokens[speech] as Token).lemma)) return speech + 1;
  const end = Math.min(act.first, speech + 1 + ADDRESSEE_REACH);
  for (let i = speech + 1; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'that') return i + 1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') break;
  }
  return speech + 1;
}

/** A performative verb whose clause has a nominal subject that is no actor: "Republicans deny …". */
function hasOwnSubject(act: StanceAct, from: number, input: ReactorInput): boolean {
  const { tokens, modifiers } = input;
  const head = tokens[act.first] as Token;
  // the tagger reads some verbs with an object as nouns: "voters support the plan"
  const object = ['DET', 'PROPN', 'PRON'].includes(tokens[act.last + 1]?.pos ?? '');
  const verbal = head.pos === 'VERB' || (head.pos === 'NOUN' && object);
  if (!verbal || act.cue.flags.has('about') || act.cue.strength === 1) return false;
  if (act.stance === 'DEMAND' && !act.cue.flags.has('appeal')) return false;
  const start = Math.max(from, act.clause.start);
  // Subject and verb side by side, with only auxiliaries, adverbs and "not" between:
  // "polluters cannot deny", not "the need to avoid".
  for (let i = act.first - 1; i >= start; i--) {
    const token = tokens[i] as Token;
    if (modifiers.obligations.has(token.lower) || token.lower === 'to') return false;
    if (token.pos === 'AUX' || token.pos === 'ADV' || token.lower === 'not' || token.lower === "n't")
      continue;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      // "the government condemns …" speaks for the sayer's state
      return !modifiers.groupNouns.has(token.lower);
    }
    return false;
  }
  return false;
}

/** "strong support from voters", "praise from donors": a nominal act received, not given. */
function isReceived(act: StanceAct, tokens: readonly Token[]): boolean {
  if ((tokens[act.first] as Token).pos !== 'NOUN') return false;
  const next = tokens[act.last + 1]?.lower;
  // "consolidates the support of the party" is the party's; "her support of the raid" is hers
  return next === 'from' || (next === 'of' && tokens[act.first - 1]?.lower === 'the');
}

/** words of a noun phrase after an own possessive; words that name someone (`hasNominalBefore`) */
const BODY_POS = new Set(['ADJ', 'NOUN']);
const NAMING_POS = new Set(['NOUN', 'PROPN', 'PRON']);

// An unresolved "they said they were monitoring" most likely refers back to the sayer.
const SAYER_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

// "said its embassy was in contact with …": the sayer's own body speaks for the sayer.
const OWN_POSSESSIVES = new Set(['its', 'their', 'our', 'my']);

function hasNominalBefore(
  act: StanceAct,
  from: number,
  tokens: readonly Token[],
  ownBodies = false,
): boolean {
  for (let i = from; i < act.first; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'PRON' && SAYER_PRONOUNS.has(token.lower)) continue;
    if (ownBodies && OWN_POSSESSIVES.has(token.lower)) {
      while (i + 1 < act.first && BODY_POS.has(tokens[i + 1]?.pos ?? '')) i++;
      continue;
    }
    if (NAMING_POS.has(token.pos)) return true;
  }
  return false;
}

function asDemand(act: StanceAct): StanceAct {
  return act.stance === 'DEMAND' ? act : withStance(act, 'DEMAND');
}

/** "must", "should", "needs to" between the subject and the cue: the subject is addressed, not acting. */
function isObligated(act: StanceAct, subjectEnd: number, input: ReactorInput): boolean {
  const { tokens, modifiers } = input;
  // the cue itself may open with the modal: "must ~2 withdraw"
  for (let i = subjectEnd + 1; i <= act.first; i++) {
    const token = tokens[i] as Token;
    if (modifiers.obligations.has(token.lower)) return true;
    if (token.lower === 'have' || token.lower === 'has') {
      if (tokens[i + 1]?.lower === 'to') return true;
    }
  }
  return false;
}

/**
 * Whether the subject of a clause performs the act its cue names. Explicit verbs do ("Russia
 * condemned", "Britain will impose sanctions"); words that describe the subject do not: "Iran is
 * defying the Council", "the strike was reckless", "Russia's aggression", "Russia faces sanctions".
 */
export function performsAct(
  act: StanceAct,
  subjectEnd: number,
  input: ReactorInput,
  mentionAt: Int32Array,
): boolean {
  const head = headOf(act, input.tokens);
  if (isReceived(act, input.tokens)) return false;
  // "Pakistan's claims are baseless": a judging adjective describes its subject (but "Kenya is
  // concerned" feels the worry itself).
  const judging = head.pos === 'ADJ' && (act.stance === 'REJECT_DENY' || act.stance === 'CONDEMN');
  // "…, warning that the exit would hurt": a participle opening an adjunct is a verb, whatever the tagger read
  const verbHead =
    head.pos === 'VERB' || (act.first === act.clause.start && opensParticiple(act, input.tokens));
  const weak = (act.cue.strength === 1 && !act.flipped && !verbHead) || judging;
  if (act.cue.flags.has('about') || weak) {
    // "Russia called the strike illegal", "Kyiv described it as a flagrant violation"
    return hasEvaluationVerb(subjectEnd + 1, act.first, input);
  }
  const verbal = head.pos === 'VERB' || head.pos === 'AUX';
  // "Kenya called the raid an act of aggression": a verb of judgement makes the phrase its subject's verdict
  if (SPEAKER_OWNED.has(act.stance))
    return verbal || act.cue.strength === 3 || judgedByVerb(subjectEnd + 1, act.first, input, mentionAt);
  if (act.stance === 'THREATEN_PUNISH' && !verbal) return hasVerbBefore(act, input, mentionAt);
  return true;
}

/** The reacting actor named after "according to" in the act's sentence, or -1. */
function findAccordingTo(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): number {
  const { tokens, sentences } = input;
  const sentence = sentences[act.sentence] as Sentence;
  for (let i = sentence.tokenStart; i + 1 < sentence.tokenEnd; i++) {
    if (!hasClass(input.classes, i, ACCORDING) || tokens[i + 1]?.lower !== 'to') continue;
    for (let j = i + 2; j < Math.min(sentence.tokenEnd, i + 5); j++) {
      const m = mentionAt[j] ?? -1;
      if (m >= 0) return reacts(input.mentions[m]) ? m : -1;
    }
  }
  return -1;
}

/** The cue's first word that is not an adverb: "firmly opposes" is headed by "opposes". */
function headOf(act: StanceAct, tokens: readonly Token[]): Token {
  for (let i = act.first; i <= act.last; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'ADV') return token;
  }
  return tokens[act.first] as Token;
}

function hasEvaluationVerb(from: number, to: number, input: ReactorInput): boolean {
  for (let i = from; i < to; i++) {
    const token = input.tokens[i] as Token;
    if (token.pos !== 'VERB' || !input.modifiers.evaluationVerbs.has(token.lemma)) continue;
    // "He has been criticised for policies seen as abuses": a passive judge is someone else
    let before = i - 1;
    while (before >= from && input.tokens[before]?.pos === 'ADV') before--;
    if (!BE_FORMS.has(input.tokens[before]?.lemma ?? '')) return true;
  }
  return false;
}

/**
 * Whether the verb nearest before `to` judges its object ("called the raid an act of aggression"); in
 * "urged the army to end violations of the truce" the nearest verb acts on the phrase instead.
 */
function judgedByVerb(from: number, to: number, input: ReactorInput, mentionAt: Int32Array): boolean {
  for (let i = to - 1; i >= from; i--) {
    const token = input.tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return hasEvaluationVerb(i, i + 1, input);
    // "Brazil branded the raid …" with "branded" read as an adjective
    if (isVerbAfterName(i, input.tokens, mentionAt))
      return input.modifiers.evaluationVerbs.has(token.lower.replace(/(ed|d|s)$/, ''));
  }
  return false;
}

// "Britain will take any measures necessary", "Washington imposed sanctions": a verb governs the noun.
function hasVerbBefore(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): boolean {
  for (let i = act.first - 1; i >= act.clause.start; i--) {
    const token = input.tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX')
      return !['face', 'faces', 'faced', 'facing'].includes(token.lower);
    if ((mentionAt[i] ?? -1) >= 0) return false;
  }
  return false;
}

function attributeInProse(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): AttributedAct[] {
  const { tokens, sentences, mentions, modifiers } = input;
  const sentence = sentences[act.sentence] as Sentence;
  const passive = findPassiveAgents(act, input, mentionAt);
  if (passive !== null) {
    if (act.cue.flags.has('self')) return [];
    return passive
      .filter((m) => reacts(mentions[m]))
      .map((m) => fromMention(act, mentions[m] as Mention, 'framing', 'passive', mentions));
  }
  const source = findAccordingTo(act, input, mentionAt);
  if (source >= 0) {
    // "According to the foreign ministry, the strike was illegal": the source says it.
    const sentence = sentences[act.sentence] as Sentence;
    return attributeEmbedded(act, sentence.tokenStart, sayerOf([source], input), input, mentionAt);
  }
  const strong = skipSubordinate(strongStart(act, input), act.first, tokens, modifiers);
  const speech = findSpeechVerb(strong, act.first, input);
  if (speech >= 0) {
    // "The note comes as the Elysee said …": the one saying stands next to the speech verb.
    // "Kallas supported the US action saying …": the one saying is the clause's subject, not the US.
    const found = isParticiple(tokens[speech] as Token)
      ? findSubject(strong, speech, input, mentionAt)
      : findLastSubject(strong, speech, input, mentionAt);
    const sayers = found.filter((m) => reacts(mentions[m]));
    if (sayers.length > 0) {
      const sayer = sayerOf(sayers, input);
      // the items are new (no other list holds them): marked in place
      const found = attributeEmbedded(act, contentStart(speech, act, tokens), sayer, input, mentionAt);
      const pronoun = mentions[sayers[0] as number]?.kind === 'pronoun';
      for (const item of found) if (item.route === 'subject') item.indirect = pronoun;
      return found;
    }
  }
  // "X spoke with Y", "X is monitoring Y" in the writer's words report contacts, not a stated position.
  if (act.cue.flags.has('self')) return [];
  if (isExperiencerVerb(act, tokens)) {
    // "The shelling worries Egypt", "something that concerns the minister": the object feels it.
    const object = objectMention(act, mentionAt);
    return object >= 0 && reacts(mentions[object])
      ? [fromMention(act, mentions[object] as Mention, 'framing', 'subject', mentions)]
      : [];
  }
  const clauseStart = Math.max(act.clause.start, strong);
  if (opensRelative(act, input, mentionAt)) return [];
  // "X warned that …", "X urged …": a verb of speaking reports the actor's words, not the writer's.
  const head = tokens[act.first] as Token;
  const spoken =
    modifiers.speechVerbs.has(head.lemma) ||
    act.cue.flags.has('appeal') ||
    isAppealed(act, clauseStart, tokens);
  const attribution: Attribution = act.stance === 'DEMAND' || spoken ? 'paraphrase' : 'framing';
  // "…, signalling its reluctance to endorse the plan": a participle's subject is the sentence's.
  const windows = opensParticiple(act, tokens)
    ? [strong, sentence.tokenStart]
    : [clauseStart, strong, sentence.tokenStart];
  for (const windowStart of windows) {
    // "demanded that the parties cease hostilities": the subject of what is demanded is the one
    // appealed to; the call is the demander's
    if (windowStart === clauseStart && isAppealContent(clauseStart, tokens)) continue;
    const start = skipSubordinate(windowStart, act.first, tokens, modifiers);
    let subject = findSubject(start, act.first, input, mentionAt);
    // "… while 1 percent support the Greens": the clause has its own subject, no actor.
    if (subject.length === 0 && windowStart === clauseStart && hasOwnSubject(act, clauseStart, input))
      return [];
    if (subject.length === 0) continue;
    if (windowStart === clauseStart && clauseStart > strong) {
      // "Council members Greece, Kenya and Norway supported …": the list began before the comma.
      const wider = findSubject(
        skipSubordinate(strong, act.first, tokens, modifiers),
        act.first,
        input,
        mentionAt,
      );
      if (wider.includes(subject[0] as number)) subject = wider;
    }
    if (!actsAsSubject(subject, act, input, mentionAt)) return [];
    const subjectEnd = endOfMention(subject[subject.length - 1] as number, start, act.first, mentionAt);
    if (opensOwnClause(act, subjectEnd, tokens)) return [];
    const obligated = isObligated(act, subjectEnd, input);
    if (obligated || !performsAct(act, subjectEnd, input, mentionAt)) {
      // "The Council must act now, the ambassador said": the trailing speaker's appeal.
      const trailing = trailingReactors(act, input, mentionAt);
      const performed = obligated && !CALLS.has(act.stance) ? asDemand(act) : act;
      return trailing.map((m) =>
        fromMention(performed, mentions[m] as Mention, 'paraphrase', 'trailing', mentions),
      );
    }
    return fromGroup(act, subject, input, attribution);
  }
  const headed = headingReactor(act, input);
  if (headed >= 0) return [fromMention(act, mentions[headed] as Mention, attribution, 'subject', mentions)];
  // "The junta reneged on its pledge, Ghana said": a verb with its own subject is that subject's act,
  // reported by the speaker; "The strike was illegal, Ghana said" is the speaker's judgement.
  const verbal =
    (tokens[act.first] as Token).pos === 'VERB' && performsAct(act, act.first - 1, input, mentionAt);
  // "The row must be settled peacefully, Ghana said": an appeal in the passive is Ghana's.
  const clauseFrom = Math.max(act.clause.start, strong);
  const appealed = BE_FORMS.has(tokens[act.first - 1]?.lemma ?? '') && isObligated(act, clauseFrom, input);
  if (verbal && !appealed && hasNominalBefore(act, clauseFrom, tokens)) return [];
  if (act.stance === 'THREATEN_PUNISH' && describesPastMeasure(act, tokens)) return [];
  return trailingReactors(act, input, mentionAt).map((m) =>
    fromMention(act, mentions[m] as Mention, 'paraphrase', 'trailing', mentions),
  );
}

/**
 * "Austria / Offered condolences to the families.": a sentence that opens with its verb, under a round-up
 * heading that names one actor (stage 3 found it), is that actor's; -1 when there is none.
 */
function headingReactor(act: StanceAct, input: ReactorInput): number {
  const { tokens, sentences, mentions } = input;
  const sentence = sentences[act.sentence] as Sentence;
  const first = tokens[sentence.tokenStart];
  if (first?.pos !== 'VERB' || !/^\p{Lu}/u.test(first.text)) return -1;
  const m = input.headings?.[act.sentence] ?? -1;
  return m >= 0 && reacts(mentions[m]) ? m : -1;
}

/**
 * "Sanctions against Iran have hurt ordinary people, Iraq said": a measure that is the subject of a
 * verb in the past or perfect is described, not threatened ("Sanctions will follow" still threatens).
 */
function describesPastMeasure(act: StanceAct, tokens: readonly Token[]): boolean {
  // a sentence's first word may be read as a name: "Sanctions/PROPN against …"
  if (!['NOUN', 'PROPN'].includes(tokens[act.last]?.pos ?? '')) return false;
  for (let i = act.last + 1; i < act.clause.end && i <= act.last + 6; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'AUX') return /^(have|has|had)$/.test(token.lower);
    if (token.pos === 'VERB') return token.lower !== token.lemma && !token.lower.endsWith('ing');
  }
  return false;
}

/** the words of a verb group before its verb, and of a noun phrase (`opensOwnClause`) */
const VERB_GROUP_POS = new Set(['ADV', 'AUX', 'PART']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

const CLAUSE_OPENERS = new Set([
  'as',
  'while',
  'after',
  'when',
  'because',
  'since',
  'before',
  'until',
  'once',
]);

/**
 * "UN council split over coup as junta expels envoy": a verb whose own subject, named by no actor,
 * follows a word that opens a clause is not the act of the sentence's subject.
 */
function opensOwnClause(act: StanceAct, subjectEnd: number, tokens: readonly Token[]): boolean {
  if (tokens[act.first]?.pos !== 'VERB') return false;
  let i = act.first - 1;
  while (i > subjectEnd && VERB_GROUP_POS.has(tokens[i]?.pos ?? '')) i--;
  if (i <= subjectEnd || !NOUN_POS.has(tokens[i]?.pos ?? '')) return false;
  while (i > subjectEnd && NOUN_PHRASE_POS.has(tokens[i]?.pos ?? '')) i--;
  return i > subjectEnd && CLAUSE_OPENERS.has(tokens[i]?.lower ?? '');
}

function isParticiple(token: Token): boolean {
  return token.lower.endsWith('ing');
}

/** Whether the act's clause is a participial adjunct after a comma: "…, signalling its reluctance". */
function opensParticiple(act: StanceAct, tokens: readonly Token[]): boolean {
  const opener = tokens[act.clause.start];
  const before = tokens[act.clause.start - 1];
  // the tagger sometimes reads a sentence-final participle as a noun ("…, offering to host talks")
  return (
    opener !== undefined &&
    (opener.pos === 'VERB' || opener.pos === 'NOUN') &&
    opener.lower.endsWith('ing') &&
    before?.text === ','
  );
}

const EXPERIENCER_VERBS = new Set(['concern', 'worry', 'alarm', 'trouble', 'disappoint', 'dismay']);

/** "worries" -> "worry", "concerned" -> "concern": the form without its ending. */
function stemOf(lower: string): string {
  return lower.replace(/(ies|es|s|ed|ied)$/, (m) => (m.startsWith('i') ? 'y' : ''));
}

function isExperiencerVerb(act: StanceAct, tokens: readonly Token[]): boolean {
  const head = tokens[act.first] as Token;
  if (act.stance !== 'CONCERN' || act.first !== act.last) return false;
  // the stem only when the lemma is none: most heads ("concern", "worry") are their lemma's
  if (!EXPERIENCER_VERBS.has(head.lemma) && !EXPERIENCER_VERBS.has(stemOf(head.lower))) return false;
  // the tagger reads "concerns Kenya", "worries Egypt" as nouns at times
  const verbal = head.pos === 'VERB' || (head.pos === 'NOUN' && /s$/.test(head.lower));
  if (!verbal) return false;
  let before = act.first - 1;
  while (before >= 0 && tokens[before]?.pos === 'ADV') before--;
  if (BE_FORMS.has(tokens[before]?.lemma ?? '') || tokens[before]?.pos === 'AUX') return false;
  const next = tokens[act.last + 1];
  const objects = head.pos === 'VERB' ? ['DET', 'PROPN', 'PRON', 'NOUN'] : ['DET', 'PROPN'];
  const previous = tokens[before];
  const relative = ['that', 'which', 'who'].includes(previous?.lower ?? '');
  if (head.pos !== 'VERB' && !relative && ['DET', 'ADJ', 'PRON'].includes(previous?.pos ?? '')) return false;
  return next !== undefined && objects.includes(next.pos);
}

function objectMention(act: StanceAct, mentionAt: Int32Array): number {
  for (let i = act.last + 1; i <= act.last + 3 && i < act.clause.end; i++) {
    const m = mentionAt[i] ?? -1;
    if (m >= 0) return m;
  }
  return -1;
}

// "called on both sides to show restraint": the call is in the actor's words.
const APPEAL_VERBS = new Set(['call', 'urge', 'appeal', 'ask', 'press', 'demand', 'encourage', 'invite']);

/** A clause opened by "that" after an appeal verb: "demanded that …", "urged that …". */
function isAppealContent(clauseStart: number, tokens: readonly Token[]): boolean {
  return tokens[clauseStart]?.lower === 'that' && APPEAL_VERBS.has(tokens[clauseStart - 1]?.lemma ?? '');
}

function isAppealed(act: StanceAct, from: number, tokens: readonly Token[]): boolean {
  for (let i = from; i < act.first; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && APPEAL_VERBS.has(token.lemma)) return true;
  }
  return false;
}

function trailingReactors(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): number[] {
  return findTrailingSpeaker(act, input, mentionAt).filter((m) => reacts(input.mentions[m]));
}

function fromGroup(
  act: StanceAct,
  group: readonly number[],
  input: ReactorInput,
  attribution: Attribution,
): AttributedAct[] {
  return group
    .filter((m) => reacts(input.mentions[m]))
    .map((m) => fromMention(act, input.mentions[m] as Mention, attribution, 'subject', input.mentions));
}

// "moves that endanger the region's peace": the relative pronoun, not an actor, is the subject.
function opensRelative(act: StanceAct, input: ReactorInput, mentionAt: Int32Array): boolean {
  const opener = input.tokens[act.clause.start];
  if (!opener || !['that', 'which', 'who'].includes(opener.lower)) return false;
  for (let i = act.clause.start + 1; i < act.first; i++) if ((mentionAt[i] ?? -1) >= 0) return false;
  // "the 2015 deal, which provided …": a comma may stand between the antecedent and the pronoun.
  const at = input.tokens[act.clause.start - 1]?.text === ',' ? act.clause.start - 2 : act.clause.start - 1;
  const before = input.tokens[at];
  return (
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    (mentionAt[at] ?? -1) < 0 &&
    !isVerbAfterName(at, input.tokens, mentionAt)
  );
}

/**
 * "The Council demands that …", "Peru notes with regret …", "Brazil branded the raid …": a verb right
 * after a name, which the tagger reads as a plural noun or a participle adjective.
 */
function isVerbAfterName(i: number, tokens: readonly Token[], mentionAt: Int32Array): boolean {
  const token = tokens[i];
  const misread =
    (token?.pos === 'NOUN' && token.lower.endsWith('s')) ||
    (token?.pos === 'ADJ' && token.lower.endsWith('ed'));
  return (
    token !== undefined &&
    misread &&
    (mentionAt[i] ?? -1) < 0 &&
    (mentionAt[i - 1] ?? -1) >= 0 &&
    tokens[i + 1]?.pos !== 'NOUN'
  );
}

/**
 * A nominal cue takes a subject only through a verb or a possessive: "Russia imposed sanctions",
 * "Russia's condemnation"; in "a U.N. arms embargo" the name only modifies the noun.
 */
function actsAsSubject(
  subject: readonly number[],
  act: StanceAct,
  input: ReactorInput,
  mentionAt: Int32Array,
): boolean {
  const head = input.tokens[act.first] as Token;
  if (head.pos !== 'NOUN' && head.pos !== 'ADJ' && head.pos !== 'PROPN') return true;
  if (isVerbAfterName(act.first, input.tokens, mentionAt)) return true;
  const last = subject[subject.length - 1] as number;
  let i = act.first - 1;
  while (i >= 0 && mentionAt[i] !== last) {
    const token = input.tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.lower === "'s" || token.lower === '’s')
      return true;
    if (isVerbAfterName(i, input.tokens, mentionAt)) return true;
    i--;
  }
  const after = input.tokens[i + 1];
  return after !== undefined && (after.lower === "'s" || after.lower === '’s');
}

function fromMention(
  act: StanceAct,
  mention: Mention,
  attribution: Attribution,
  route: ReactorRoute,
  mentions: readonly Mention[],
): AttributedAct {
  return {
    act,
    actor: mention.actor,
    speaker: nameOf(mention, mentions),
    attribution,
    route,
    indirect: mention.kind === 'pronoun' || mention.kind === 'description',
  };
}

/**
 * The first quote (in quote order) whose span holds the token, if any. Only the acts' first tokens are asked: an
 * index of every token inside a quote would read far more tokens than there are acts.
 */
/** The first quote (in the quotes' order) holding a token: of one article, asked for each act. */
function quoteFinder(quotes: readonly Quote[]): (token: Token) => Quote | undefined {
  const scan = (token: Token) => {
    for (const quote of quotes) if (quote.start <= token.start && token.end <= quote.end) return quote;
    return undefined;
  };
  // Quotes come by start (stage 4 sorts them). The first holding a token is then the first whose end reaches
  // the token's, if it starts by the token's start (no later one does): found by a binary search on the
  // running largest end, where a scan read every quote for every act.
  const reach: number[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < quotes.length; k++) {
    const quote = quotes[k] as Quote;
    if (k > 0 && quote.start < (quotes[k - 1] as Quote).start) return scan;
    end = Math.max(end, quote.end);
    reach.push(end);
  }
  return (token) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((reach[mid] as number) < token.end) lo = mid + 1;
      else hi = mid;
    }
    const quote = quotes[lo];
    return quote !== undefined && quote.start <= token.start ? quote : undefined;
  };
}
