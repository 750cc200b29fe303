// Attributed acts + events -> one Reaction per (actor, stance, own words or framing): merged evidence,
// target, position toward the main event, and a calibrated confidence.

import type { Mention } from '../../model/actor.js';
import type { Event } from '../../model/event.js';
import type { Attribution, Position, Reaction, ReactionTarget, Stance } from '../../model/reaction.js';
import { type Evidence, evidenceOf, type Span, trimSpan } from '../../model/span.js';
import type { Token } from '../../model/text.js';
import type { StanceAct } from './2-read-clauses.js';
import type { AttributedAct } from './3-find-reactors.js';
import { indexMentions } from './subjects.js';

export interface BuildInput {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  events: readonly Event[];
  /** what a round-up's title says the reactions are to ("the disputed vote in Kenya") */
  topic?: string | undefined;
  /** the topic names a harm done ("the coup in Gabon"): backing anyone else then opposes it */
  topicIsHarm?: boolean;
}

const OPPOSING: ReadonlySet<Stance> = new Set(['CONDEMN', 'CONCERN', 'DEMAND', 'THREATEN_PUNISH']);
const APPROVING: ReadonlySet<Stance> = new Set(['SUPPORT', 'SOLIDARITY_AID']);
const TARGET_WINDOW = 12;
const DENIAL_OBJECTS =
  /\b(accusations?|allegations?|claims?|suggestions?|reports?|involvement|role|responsibility|links?|baseless|unfounded|groundless|false|untrue|lies|fabricat\w*|interference|(?:internal|domestic) (?:affairs?|matter))\b/i;
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'near', 'across', 'inside', 'against']);
const MAX_EVIDENCE_CHARS = 240;
/** marks cut from the end of a target's words */
const TRAILING_MARKS = new Set(['.', ',', ';', ':']);

/** The confidence of one act: explicit cue, own words, no hedge, a named reactor score highest. */
export function scoreAct(item: AttributedAct): number {
  const { act } = item;
  let score = act.cue.strength === 3 ? 0.8 : act.cue.strength === 2 ? 0.7 : 0.55;
  if (item.attribution === 'quote') score += 0.06;
  if (item.route === 'reported' || item.route === 'trailing') score -= 0.1;
  if (item.indirect) score -= 0.08;
  if (item.far) score -= 0.15;
  if (act.intense) score += 0.06;
  if (act.hedged) score -= 0.15;
  if (act.flipped) score -= 0.1;
  return Math.max(0.05, Math.min(0.97, score));
}

export function buildReactions(
  items: readonly AttributedAct[],
  input: BuildInput,
  mentionAt: Int32Array = indexMentions(input.tokens, input.mentions),
): Reaction[] {
  const first = input.events.find((e) => e.main);
  // "How the world reacted: Germany urged …, Brazil congratulated …": when the article's main event is
  // one reactor's own words, it is not what the others react to, and no position is taken toward it (but an
  // article that leads with an appeal, a summit or a demand reports what the others then answer)
  const main = first && !isReactorsWords(first, items, input.topic !== undefined) ? first : undefined;
  const reactions: Reaction[] = [];
  // made only for a round-up that has such a reaction (few articles)
  let backingOther: Set<Reaction> | undefined;
  for (const group of groupItems(items)) {
    const first = group[0] as AttributedAct;
    // "We reaffirm our support for its leadership … We support the statements by the Venezuelan authorities": the
    // reaction is aimed at the actor the first of its acts that names one is aimed at
    let target = findTarget(first, input, mentionAt, main);
    for (let k = 1; k < group.length && !target.actor; k++) {
      const other = findTarget(group[k] as AttributedAct, input, mentionAt, main, true);
      if (other.actor) target = other;
    }
    // a round-up with no event of its own coded: its reactions are to what its title names; backing something
    // else while a harm is done ("supported democratic institutions" after a coup) sides against the harm
    let backsOther = false;
    if (!main && input.topic && !target.actor) {
      backsOther =
        APPROVING.has(first.act.stance) &&
        input.topicIsHarm === true &&
        !isAboutTopic(target.text, input.topic);
      if (!backsOther) target.text = input.topic;
    }
    // the best act's score, raised a little by each other act that says the same
    let best = 0;
    for (const item of group) best = Math.max(best, scoreAct(item));
    const confidence = Math.min(0.97, best + 0.04 * (group.length - 1));
    const reaction: Reaction = {
      actor: first.actor,
      speaker: first.speaker,
      stances: [first.act.stance],
      target,
      position: 'neutral',
      attribution: strongestAttribution(group),
      evidence: mergeEvidence(group, input),
      confidence: Math.round(confidence * 100) / 100,
    };
    reactions.push(reaction);
    if (backsOther) {
      backingOther ??= new Set();
      backingOther.add(reaction);
    }
  }
  return assignPositions(reactions, main, input.topic, backingOther, input.mentions);
}

/**
 * The acts of one actor under one stance, framed or in the actor's own words: one group per reaction, in
 * the order of each group's first act. Looked up by actor, then among that actor's few groups, without
 * building a key string per act.
 */
function groupItems(items: readonly AttributedAct[]): AttributedAct[][] {
  const groups: AttributedAct[][] = [];
  const byActor = new Map<string, AttributedAct[][]>();
  for (const item of items) {
    let ofActor = byActor.get(item.actor);
    if (ofActor === undefined) {
      ofActor = [];
      byActor.set(item.actor, ofActor);
    }
    let group = groupOf(ofActor, item);
    if (group === undefined) {
      group = [];
      ofActor.push(group);
      groups.push(group);
    }
    group.push(item);
  }
  return groups;
}

/** The group of the actor's `groups` that `item` joins, if any. */
function groupOf(groups: readonly AttributedAct[][], item: AttributedAct): AttributedAct[] | undefined {
  const { stance } = item.act;
  // "The envoy called for a ceasefire and respect for the law": the framing verb and the words it frames are one
  // clause, read once as the writer's and once as the envoy's: one reaction, not two with the same evidence
  for (const group of groups) {
    if ((group[0] as AttributedAct).act.stance !== stance) continue;
    for (const g of group) if (sameClause(g, item)) return group;
  }
  const framing = item.attribution === 'framing';
  for (const group of groups) {
    const first = group[0] as AttributedAct;
    if (first.act.stance === stance && (first.attribution === 'framing') === framing) return group;
  }
  return undefined;
}

function sameClause(a: AttributedAct, b: AttributedAct): boolean {
  return a.act.clause.start === b.act.clause.start && a.act.clause.end === b.act.clause.end;
}

/** Appeals, summits and demands: words others take sides on (not judgements of another act, as condemnations are). */
const ANSWERED_ROOTS = new Set(['02', '04', '10']);

/** Root codes of words, not deeds: statements, appeals, intents, consultation, praise, demands, threats. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05', '09', '10', '11', '12', '13']);

function isReactorsWords(event: Event, items: readonly AttributedAct[], roundup: boolean): boolean {
  if (!VERBAL_ROOTS.has(event.cameo.slice(0, 2)) || event.source === null) return false;
  if (!roundup && ANSWERED_ROOTS.has(event.cameo.slice(0, 2))) return false;
  return items.some((item) => item.actor === event.source);
}

/** The group's strongest attribution: a quote, else a paraphrase, else framing. */
function strongestAttribution(group: readonly AttributedAct[]): Attribution {
  let strongest: Attribution = 'framing';
  for (const g of group) {
    if (g.attribution === 'quote') return 'quote';
    if (g.attribution === 'paraphrase') strongest = 'paraphrase';
  }
  return strongest;
}

// The clause holding the cue is the evidence; a clause too long to read is cut to the cue's words.
function mergeEvidence(group: readonly AttributedAct[], input: BuildInput): Evidence[] {
  // most reactions rest on one act: one span, nothing to merge
  if (group.length === 1) {
    const span = evidenceSpan((group[0] as AttributedAct).act, input);
    return [evidenceOf(input.text, span.start, span.end)];
  }
  // the spans by start, then end: one evidence per span, in the order first seen
  const spans = new Map<number, Evidence[]>();
  for (const { act } of group) {
    const span = evidenceSpan(act, input);
    const sameStart = spans.get(span.start);
    if (sameStart === undefined) spans.set(span.start, [evidenceOf(input.text, span.start, span.end)]);
    else if (!sameStart.some((seen) => seen.end === span.end))
      sameStart.push(evidenceOf(input.text, span.start, span.end));
  }
  const evidence: Evidence[] = [];
  for (const sameStart of spans.values()) for (const seen of sameStart) evidence.push(seen);
  // the acts come in text order, and so mostly do their spans: a sort (which copies the array) only when not
  for (let k = 1; k < evidence.length; k++)
    if ((evidence[k] as Evidence).start < (evidence[k - 1] as Evidence).start)
      return evidence.sort((a, b) => a.start - b.start);
  return evidence;
}

/** The act's clause, trimmed, or the cue's own words when the clause is too long to read. */
function evidenceSpan(act: StanceAct, input: BuildInput): Span {
  const clauseFirst = input.tokens[act.clause.start] as Token;
  const clauseLast = input.tokens[act.clause.end - 1] as Token;
  let start = clauseFirst.start;
  let end = clauseLast.end;
  if (end - start > MAX_EVIDENCE_CHARS) {
    start = (input.tokens[act.first] as Token).start;
    end = (input.tokens[act.last] as Token).end;
  }
  return trimSpan(input.text, start, end);
}

/** Verbs that frame the words after them as someone's naming: "what it called", "what they described as". */
const NAMING_VERBS = new Set([
  'call',
  'term',
  'dub',
  'brand',
  'label',
  'describe',
  'characterise',
  'characterize',
]);
/** How far the naming verb may stand from "what": "what the foreign ministry in Caracas called". */
const NAMING_REACH = 6;
const NAMED_WORDS_END = new Set([',', ';', '.', ':', '!', '?']);

/**
 * "what it called “piracy” in international waters": the token before the named words (the naming verb, or
 * "as") and the named words' last token, up to the next comma or the sentence's end; null with no such frame.
 */
function findNamedWords(first: number, tokens: readonly Token[]): [number, number] | null {
  if (tokens[first]?.lower !== 'what') return null;
  const sentence = tokens[first]?.sentence;
  for (let k = first + 1; k <= first + NAMING_REACH; k++) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence) return null;
    if (!NAMING_VERBS.has(token.lemma)) continue;
    const frameEnd = tokens[k + 1]?.lower === 'as' ? k + 1 : k;
    let last = frameEnd;
    while (
      tokens[last + 1]?.sentence === sentence &&
      !NAMED_WORDS_END.has(tokens[last + 1]?.text ?? '') &&
      !(tokens[last + 1]?.lower === 'and' && tokens[last + 2]?.pos === 'VERB')
    )
      last++;
    return last > frameEnd ? [frameEnd, last] : null;
  }
  return null;
}

/**
 * The actor the stance words govern (the first other actor named after the cue), and the event. With `actorOnly`, a
 * target that names no actor is returned unfinished (no words, no event).
 */
function findTarget(
  item: AttributedAct,
  input: BuildInput,
  mentionAt: Int32Array,
  main: Event | undefined,
  actorOnly = false,
): ReactionTarget {
  const { act } = item;
  const target: ReactionTarget = {};
  // the words the stance is about end where the next predicate starts: "deeply concerned by reports of
  // violence | and urged …", "called the attack an act of terror | and said Warsaw would consult NATO"
  let last = act.clause.end - 1;
  for (let i = act.last + 1; i < act.clause.end; i++) {
    const token = input.tokens[i] as Token;
    const next = input.tokens[i + 1];
    if ((token.lower === 'and' || token.lower === 'but') && next?.pos === 'VERB') {
      last = i - 1;
      break;
    }
  }
  // "rejected what it called “unilateral pressure” on Caracas": the target is the words named, past the frame
  const named = findNamedWords(act.last + 1, input.tokens);
  let from = act.last;
  if (named) [from, last] = named;
  const end = Math.min(last + 1, from + 1 + TARGET_WINDOW);
  // "ordered Israel to halt …", "accused Kabul of …": the one named in the cue's own words is its object
  const addressed = named ? undefined : actorInside(act.first, act.last, item.actor, input, mentionAt);
  if (addressed) target.actor = addressed;
  for (let i = from + 1; i < end && !target.actor; i++) {
    // "condemned the attack as a violation of Chad's sovereignty": what follows "as" describes the object
    if (i > from + 1 && input.tokens[i]?.lower === 'as') {
      last = i - 1;
      break;
    }
    const m = mentionAt[i] ?? -1;
    const actor = m >= 0 ? input.mentions[m]?.actor : undefined;
    // "condemned the strike on Kyiv": a place the event hit is where it happened, not the target (but in
    // "called on Kenya" the preposition is the cue's own)
    const place = i - 1 > from && PLACE_PREPOSITIONS.has(input.tokens[i - 1]?.lower ?? '');
    if (actor && mentionAt[i - 1] !== m && place) continue;
    if (actor && actor !== item.actor && !actor.startsWith('person:')) {
      target.actor = actor;
      break;
    }
  }
  // "urged Kenyan leaders to agree on a way forward": the one asked to do what the cue says
  if (!target.actor && !named) {
    const asked = askedBefore(act.first, item.actor, input, mentionAt);
    if (asked) target.actor = asked;
  }
  // the caller keeps a later act's target only if it names an actor: without one, its words need not be read
  if (actorOnly && !target.actor) return target;
  const after = (input.tokens[from] as Token).end;
  const clauseEnd = last > from ? (input.tokens[last] as Token).end : after;
  const span = trimSpan(input.text, after, clauseEnd);
  // "it was senseless and provocative", "is unacceptable, he said": what follows names nothing the stance is about
  const opener = input.tokens[act.last + 1];
  const namesNothing = opener !== undefined && (opener.pos === 'CCONJ' || opener.pos === 'PUNCT');
  if (!namesNothing && span.end > span.start && span.end - span.start <= 120) {
    // without the marks that end it: a search from the end, where a regular expression tries every position
    let end = span.end;
    while (end > span.start && TRAILING_MARKS.has(input.text[end - 1] as string)) end--;
    const words = input.text.slice(span.start, end);
    if (/\p{L}/u.test(words)) target.text = words;
  }
  if (main && (!target.actor || target.actor === main.source || target.actor === main.target)) {
    target.event = main.id;
  }
  return target;
}

/**
 * The actor named right after the cue's first word, a verb, before its last ("ordered Israel to", "called on
 * Kenya to"), when it is neither the reactor nor a person.
 */
function actorInside(
  first: number,
  last: number,
  reactor: string,
  input: BuildInput,
  mentionAt: Int32Array,
): string | undefined {
  // "a violation of Ukraine's sovereignty": only a verb's object is the one addressed
  if (input.tokens[first]?.pos !== 'VERB') return undefined;
  let i = first + 1;
  while (i < last && (mentionAt[i] ?? -1) < 0 && input.tokens[i]?.pos === 'ADP') i++;
  const m = i < last ? (mentionAt[i] ?? -1) : -1;
  const actor = m >= 0 ? input.mentions[m]?.actor : undefined;
  return actor && actor !== reactor && !actor.startsWith('person:') ? actor : undefined;
}

/** How far before the cue the "to" of the infinitive holding it may stand: "to agree on a | way forward". */
const INFINITIVE_REACH = 4;

/**
 * "urged Kenyan leaders to agree on a way forward", "called on Chile to show restraint": the actor named right
 * before the "to" of the infinitive that holds the cue, when it is neither the reactor nor a person.
 */
function askedBefore(
  first: number,
  reactor: string,
  input: BuildInput,
  mentionAt: Int32Array,
): string | undefined {
  let to = first - 1;
  while (to > first - 1 - INFINITIVE_REACH && to > 0) {
    const token = input.tokens[to];
    if (!token || token.pos === 'PUNCT' || (mentionAt[to] ?? -1) >= 0) return undefined;
    if (token.lower === 'to' && token.pos === 'PART') break;
    to--;
  }
  if (input.tokens[to]?.lower !== 'to' || to < 1) return undefined;
  const m = mentionAt[to - 1] ?? -1;
  const actor = m >= 0 ? input.mentions[m]?.actor : undefined;
  return actor && actor !== reactor && !actor.startsWith('person:') ? actor : undefined;
}

// "condemned the attack", "concerned by the developments": words that point back at the event itself
const EVENT_ANAPHORS =
  /^(?:it|this|that|the (?:attack|incident|move|events?|developments?|situation|news|violence|decision|crisis|act))\b/i;
const FUNCTION_WORDS = new Set([
  'the',
  'and',
  'that',
  'this',
  'with',
  'from',
  'what',
  'which',
  'into',
  'over',
  'their',
]);

/** Whether a stance's own words are about the round-up's topic: none, an anaphor, or a content word shared. */
function isAboutTopic(text: string | undefined, topic: string): boolean {
  if (!text || EVENT_ANAPHORS.test(text)) return true;
  const topicWords = new Set(contentWords(topic));
  return contentWords(text).some((word) => topicWords.has(word));
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word));
}

/**
 * Position toward the main event: condemning its author opposes it, supporting its victim too; the author's own
 * acts back it; taking it to the Security Council opposes it; joining another's call shares its leaning; and the
 * one the event was done to, when nothing else shows where it stands, opposes it.
 */
function assignPositions(
  reactions: Reaction[],
  main: Event | undefined,
  topic: string | undefined,
  backingOther: ReadonlySet<Reaction> | undefined,
  mentions: readonly Mention[],
): Reaction[] {
  // each reaction's own leaning (by index), then the actor's position from all of its own
  const own: (Position | undefined)[] = [];
  for (const reaction of reactions) {
    const against =
      backingOther?.has(reaction) === true ||
      (callsCouncil(reaction, mentions) && reaction.actor !== main?.source);
    own.push(against ? 'opposed' : leaningOf(reaction, main, topic));
  }
  // "Greece and Panama also supported the call": joining a call made before takes the side that call took
  for (let r = 0; r < reactions.length; r++) {
    const reaction = reactions[r] as Reaction;
    if (own[r] !== undefined || !JOINED_CALL.test(reaction.target.text ?? '')) continue;
    own[r] = callJoined(reaction, reactions, own);
  }
  // per actor, its one leaning, or 'mixed' when its reactions lean two ways
  const leanings = new Map<string, Position>();
  for (let r = 0; r < reactions.length; r++) {
    const leaning = own[r];
    if (leaning === undefined) continue;
    const actor = (reactions[r] as Reaction).actor;
    const known = leanings.get(actor);
    if (known === undefined) leanings.set(actor, leaning);
    else if (known !== leaning) leanings.set(actor, 'mixed');
  }
  for (const reaction of reactions) {
    const leaning = leanings.get(reaction.actor);
    if (leaning !== undefined) reaction.position = leaning;
    // the one the event was done to, saying nothing that takes a side, still stands against it
    else if (main?.target != null && reaction.actor === main.target) reaction.position = 'opposed';
    else reaction.position = 'neutral';
  }
  return reactions;
}

// "supported the call", "backed the appeal": the words a reaction is about are another actor's call
const JOINED_CALL = /^(?:the|this|that|these|those|such) (?:calls?|appeals?|requests?)$/i;

/** The leaning of the nearest call of the same stance, by another actor, before this one; none if it took none. */
function callJoined(
  reaction: Reaction,
  reactions: readonly Reaction[],
  own: readonly (Position | undefined)[],
): Position | undefined {
  const at = reaction.evidence[0]?.start ?? 0;
  let nearest = -1;
  let nearestAt = -1;
  for (let o = 0; o < reactions.length; o++) {
    const other = reactions[o] as Reaction;
    if (other.actor === reaction.actor || other.stances[0] !== reaction.stances[0]) continue;
    const otherAt = other.evidence[0]?.start ?? 0;
    if (otherAt < at && otherAt > nearestAt) {
      nearest = o;
      nearestAt = otherAt;
    }
  }
  return nearest >= 0 ? own[nearest] : undefined;
}

/**
 * "called an urgent meeting of the Security Council", "a Council session requested by Japan": a call to bring
 * the event before the Security Council treats it as a threat to peace, so it opposes it.
 */
function callsCouncil(reaction: Reaction, mentions: readonly Mention[]): boolean {
  if (reaction.stances[0] !== 'CALL_FOR_DIALOGUE') return false;
  if (reaction.target.actor === COUNCIL) return true;
  for (const m of mentions) {
    if (m.actor !== COUNCIL) continue;
    for (const e of reaction.evidence) if (e.start <= m.start && m.end <= e.end) return true;
  }
  return false;
}

const COUNCIL = 'UNSC';

// "irresponsible remarks", "the baseless allegations by Kabul": a stance aimed at someone's words answers the
// speaker, not the event
const WORDS_NOT_DEEDS =
  /^(?:\S+\s+){0,3}?(?:remarks?|comments?|statements?|rhetoric|accusations?|allegations?|claims?|assertions?|insinuations?)\b/i;
// "concerned about rising tensions in the strait": worry about a strain between sides blames none of them
// (unless it is one side's: "Moscow's escalation", "the escalation by the army")
const MUTUAL_STRAIN = /(?<!['’]s )\b(?:tensions?|escalation|hostilities|rivalry|stand-?off)\b(?! by\b)/i;
// "urged all parties to respect the law": a demand on every side takes none
const EVERY_SIDE =
  /^(?:all|both|the two) (?:parties|sides)\b|^(?:the )?parties concerned\b|^all concerned\b/i;

/** Whether some evidence denies an accusation or a role ("rejected the accusations", "denied any involvement"). */
function deniesObject(evidence: readonly Evidence[]): boolean {
  for (const e of evidence) if (DENIAL_OBJECTS.test(e.text)) return true;
  return false;
}

function leaningOf(reaction: Reaction, main: Event | undefined, topic?: string): Position | undefined {
  const stance = reaction.stances[0] as Stance;
  const opposing = OPPOSING.has(stance) || stance === 'REJECT_DENY';
  const approving = APPROVING.has(stance);
  // "the army said it would not allow disturbances", "Tehran rejected the criticism": the author of the event
  // defends it against its critics (its worry or sympathy says nothing of its own act)
  if (main?.source != null && reaction.actor === main.source) {
    const defends = stance === 'SUPPORT' || (opposing && stance !== 'CONCERN');
    return defends ? 'supportive' : undefined;
  }
  // Denying an accusation or one's own role, or calling the event an internal affair, takes no side on it.
  if (stance === 'REJECT_DENY' && deniesObject(reaction.evidence)) return undefined;
  if (!opposing && !approving) return undefined;
  const words = reaction.target.text ?? '';
  if (opposing && WORDS_NOT_DEEDS.test(words)) return undefined;
  if (stance === 'CONCERN' && MUTUAL_STRAIN.test(words)) return undefined;
  if (EVERY_SIDE.test(words)) return undefined;
  const victim = main?.target && reaction.target.actor === main.target;
  if (victim) return approving ? 'opposed' : 'supportive';
  // solidarity and aid go to those who suffer the event, unless they go to its author ("solidarity with Moscow")
  if (stance === 'SOLIDARITY_AID' && (!main?.source || reaction.target.actor !== main.source)) {
    return reaction.target.event || reaction.target.actor || !main ? 'opposed' : undefined;
  }
  const topical = !main && topic !== undefined && reaction.target.text === topic;
  const atSource = main?.source != null && reaction.target.actor === main.source;
  if (reaction.target.event || topical || atSource) return approving ? 'supportive' : 'opposed';
  // no event coded: a condemnation, worry, demand, threat or refusal is still against what the article reports
  // (whom a backing backs is not known)
  if (!main && opposing) return 'opposed';
  return undefined;
}
