// Cue matches + tokens -> stance acts scoped to their clause: negation, refusal, hedging, conditionals,
// appeals and objects decide which matches are acts, under which stance, with what intensity.
import type { ReactionModifiers } from '../../model/lexicons/reactions.js';
import type { Stance } from '../../model/reaction.js';
import type { Sentence, Token } from '../../model/text.js';
import { QUOTATION_MARKS } from '../../model/word-shape.js';
import type { CueHit } from './1-match-cues.js';
import { isDrawnFrom } from './subjects.js';
import {
  APPEAL,
  BLOCKER,
  BREAK_PUNCT,
  BREAK_WORD,
  CONDITIONAL,
  HEDGE,
  hasClass,
  INTENSIFIER,
  isWordIn,
  MODAL,
  NEGATIVE_VERB,
  NEGATOR,
  negationOf,
  REFUSAL_VERB,
  type TokenClasses,
} from './word-classes.js';

export interface Clause {
  /** first token and one past the last token */
  start: number;
  end: number;
  /** opened by "if", "unless", … */
  conditional: boolean;
}

export interface StanceAct extends CueHit {
  clause: Clause;
  hedged: boolean;
  intense: boolean;
  /** the cue was turned into another stance ("refused to back" -> REJECT_DENY) */
  flipped: boolean;
}

const NEGATION_WINDOW = 6;
const OBJECT_WINDOW = 10;
const ANAPHOR_SENTENCES = 3;

/**
 * The clauses of the sentence being read, as bounds: three numbers per clause (its first token, one past its last,
 * 1 when conditional). A clause becomes a `Clause` only when an act lies in it (most clauses hold none), once, so
 * that the acts of one clause share it.
 */
interface SentenceClauses {
  /** kept from one sentence to the next (emptying an array gives its memory back): `size` numbers are the sentence's */
  bounds: number[];
  size: number;
  /** per clause, its `Clause` once made */
  made: (Clause | null)[];
}

const CLAUSE_SLOTS = 3;

/** Splits one sentence into clauses at clause punctuation and clause-opening words (the sentence before is gone). */
function splitSentence(
  tokens: readonly Token[],
  classes: TokenClasses,
  sentence: Sentence,
  clauses: SentenceClauses,
): void {
  const { bounds, made } = clauses;
  let size = 0;
  let start = sentence.tokenStart;
  let conditional = hasClass(classes, start, CONDITIONAL);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // the token's classes tell a clause mark and a clause word: most tokens are neither
    const kind = classes[i] as number;
    if ((kind & (BREAK_PUNCT | BREAK_WORD)) === 0) continue;
    const punct = (kind & BREAK_PUNCT) !== 0;
    // "that" opens a clause only as a complementiser or relative, not as a determiner ("that decision").
    const word = (kind & BREAK_WORD) !== 0 && !isDeterminerThat(tokens, i) && !isAdverbYet(tokens, i);
    if (!punct && !word) continue;
    if (i > start) size = setClause(bounds, size, start, i, conditional);
    start = punct ? i + 1 : i;
    conditional = (kind & CONDITIONAL) !== 0;
  }
  if (start < sentence.tokenEnd) size = setClause(bounds, size, start, sentence.tokenEnd, conditional);
  clauses.size = size;
  for (let c = 0; c < size / CLAUSE_SLOTS; c++) made[c] = null;
  markConsequents(bounds, size, tokens, classes);
}

/** Writes one clause's bounds at `size` (the array grows as needed); the new size. */
function setClause(bounds: number[], size: number, start: number, end: number, conditional: boolean): number {
  bounds[size] = start;
  bounds[size + 1] = end;
  bounds[size + 2] = conditional ? 1 : 0;
  return size + CLAUSE_SLOTS;
}

/** The clause holding token i, or undefined (a clause mark lies between clauses). */
function clauseAt(clauses: SentenceClauses, i: number): Clause | undefined {
  const { bounds, size, made } = clauses;
  for (let at = 0, c = 0; at < size; at += CLAUSE_SLOTS, c++) {
    const start = bounds[at] as number;
    const end = bounds[at + 1] as number;
    if (start > i || i >= end) continue;
    let clause = made[c] as Clause | null;
    if (clause === null) {
      clause = { start, end, conditional: bounds[at + 2] === 1 };
      made[c] = clause;
    }
    return clause;
  }
  return undefined;
}

/**
 * The clause an if-clause governs is hypothetical too: "If the talks fail, Norway would regret it",
 * "Kenya will welcome the result if the vote is fair". Only threats and demands survive there.
 */
function markConsequents(
  bounds: number[],
  size: number,
  tokens: readonly Token[],
  classes: TokenClasses,
): void {
  for (let at = 0; at < size; at += CLAUSE_SLOTS) {
    const start = bounds[at] as number;
    if (bounds[at + 2] !== 1 || !hasClass(classes, start, CONDITIONAL)) continue;
    if (tokens[start]?.lower === 'whether') continue;
    const next = at + CLAUSE_SLOTS;
    const previous = at - CLAUSE_SLOTS;
    if (at === 0 && next < size) bounds[next + 2] = 1;
    else if (at > 0 && hasModal(classes, bounds[previous] as number, bounds[previous + 1] as number))
      bounds[previous + 2] = 1;
  }
}

function hasModal(classes: TokenClasses, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (hasClass(classes, i, MODAL)) return true;
  return false;
}

// "that" opens a clause as a complementiser or relative ("policies that critics see as …"), not as a
// determiner after a verb or a preposition ("condemned that decision", "on that day").
function isDeterminerThat(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.lower !== 'that' || token.pos !== 'DET') return false;
  const previous = tokens[i - 1];
  return previous === undefined || ['VERB', 'ADP', 'AUX', 'CCONJ', 'PUNCT'].includes(previous.pos);
}

// "yet" opens a clause as a conjunction ("condemned the raid yet refused …"), not as the adverb of
// "has not yet condemned" or "has yet to condemn".
function isAdverbYet(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'yet') return false;
  const previous = tokens[i - 1];
  return tokens[i + 1]?.lower === 'to' || previous?.pos === 'AUX' || previous?.pos === 'PART';
}

/** Modals whose negation refuses an act ("can not", "will not", "won't"; "did not" only reports it undone). */
const REFUSING_MODALS = new Set(['can', 'could', 'will', 'wo', 'would']);

/** What `readNegation` finds, as bits: the cue is negated; the negation refuses the act. */
const NEGATED = 1;
const REFUSAL = 2;

/**
 * Counts negations before a cue in its clause; an even count ("did not hesitate to condemn") cancels. NEGATED and
 * REFUSAL as bits.
 */
export function readNegation(
  tokens: readonly Token[],
  classes: TokenClasses,
  first: number,
  clauseStart: number,
): number {
  let count = 0;
  let refusal = false;
  let sawNor = false;
  const from = Math.max(clauseStart, first - NEGATION_WINDOW);
  for (let i = first - 1; i >= from; i--) {
    const token = tokens[i] as Token;
    // "stopped short of condemning", "fell short of endorsing": one negation, the verb is part of it.
    const shortOf = token.lower === 'short' && tokens[i + 1]?.lower === 'of';
    if (shortOf) {
      count++;
      if (['stop', 'fall', 'stopped', 'fell'].includes(tokens[i - 1]?.lemma ?? '')) i--;
      continue;
    }
    // "ruled out sanctions": one negation; "did not rule out sanctions" leaves them possible (a hedge)
    if (token.lower === 'out' && tokens[i - 1]?.lemma === 'rule') {
      count++;
      i--;
      continue;
    }
    // "change the law rather than criticise him", "instead of condemning the raid"
    const instead =
      (token.lower === 'than' && tokens[i - 1]?.lower === 'rather') ||
      (token.lower === 'of' && tokens[i - 1]?.lower === 'instead');
    // only an act is left undone: "instead of such irresponsible remarks" still judges the remarks
    if (instead) {
      if (tokens[first]?.pos === 'VERB') count++;
      i--;
      continue;
    }
    // "has yet to condemn", "is yet to welcome": not done so far
    const yetTo = token.lower === 'yet' && tokens[i + 1]?.lower === 'to';
    // the classes of the word's lower-case form and of its lemma
    const word = negationOf(classes, i);
    const negator = yetTo || (word & NEGATOR) !== 0;
    // "neither condemn nor endorse", "did not condemn nor endorse": one negation over both verbs
    if (negator && sawNor && token.lower !== 'nor') {
      sawNor = false;
      continue;
    }
    if (token.lower === 'nor') sawNor = true;
    if (negator) {
      count++;
      // "we cannot support", "Kenya will not back": a negated modal of will or ability refuses
      if (token.lower === 'cannot' || REFUSING_MODALS.has(tokens[i - 1]?.lower ?? '')) refusal = true;
    } else if ((word & NEGATIVE_VERB) !== 0) {
      count++;
      if ((word & REFUSAL_VERB) !== 0) refusal = true;
    }
  }
  return (count % 2 === 1 ? NEGATED : 0) | (refusal ? REFUSAL : 0);
}

/**
 * An appeal word in [from, to): "time" only as in "it is time to talk" or "the time has come", not in
 * "for the first time".
 */
function hasAppealWord(tokens: readonly Token[], classes: TokenClasses, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isWordIn(classes, i, APPEAL)) continue;
    const token = tokens[i] as Token;
    if (token.lower !== 'time' || /^(to|for|has|had|is|was|came)$/.test(tokens[i + 1]?.lower ?? ''))
      return true;
  }
  return false;
}

/** Whether a token of [from, to) is in `kind` by its lower-case form or its lemma. */
function anyWordIn(classes: TokenClasses, from: number, to: number, kind: number): boolean {
  for (let i = from; i < to; i++) if (isWordIn(classes, i, kind)) return true;
  return false;
}

const CALLS: ReadonlySet<Stance> = new Set(['CALL_FOR_DIALOGUE', 'CALL_FOR_RESTRAINT']);
const OBJECT_STANCES: ReadonlySet<Stance> = new Set([
  'SUPPORT',
  'THREATEN_PUNISH',
  'SOLIDARITY_AID',
  'DEMAND',
]);
const COND_KEPT: ReadonlySet<Stance> = new Set(['THREATEN_PUNISH', 'DEMAND']);
// Postposed "concerned" names the parties involved, not a worry: "the parties concerned", "all those concerned".
const CONCERN_COMPLEMENTS = new Set(['about', 'over', 'with', 'by', 'that', 'at', 'for', 'as', 'regarding']);

/**
 * Turns raw cue matches into stance acts: what the clause says, not what the words say alone. The
 * matches come sentence by sentence, as `matchCues` finds them: the acts of one sentence share its clauses.
 */
export function readActs(
  hits: readonly CueHit[],
  tokens: readonly Token[],
  classes: TokenClasses,
  sentences: readonly Sentence[],
  modifiers: ReactionModifiers,
): StanceAct[] {
  const acts: StanceAct[] = [];
  // Only the sentences with a match are split into clauses: most sentences have none.
  const clauses: SentenceClauses = { bounds: [], size: 0, made: [] };
  let clausesOf = -1;
  for (const hit of hits) {
    if (hit.sentence !== clausesOf) {
      clausesOf = hit.sentence;
      splitSentence(tokens, classes, sentences[hit.sentence] as Sentence, clauses);
    }
    const clause = clauseAt(clauses, hit.first) ?? {
      start: hit.first,
      end: hit.last + 1,
      conditional: false,
    };
    const negation = readNegation(tokens, classes, hit.first, clause.start);
    let stance = hit.stance;
    let flipped = false;
    if ((negation & NEGATED) !== 0 && !hit.cue.flags.has('keep-negated')) {
      if (!((negation & REFUSAL) !== 0 && hit.cue.flags.has('refusal-flip'))) continue;
      stance = 'REJECT_DENY';
      flipped = true;
    }
    if (clause.conditional && !COND_KEPT.has(stance)) continue;
    if (hit.cue.flags.has('needs-appeal') && !hasAppealWord(tokens, classes, clause.start, clause.end)) {
      if (!precededByAppeal(classes, clause.start, sentences[hit.sentence] as Sentence)) continue;
    }
    if (isPostposedConcerned(tokens, hit) || isPurposeConcern(tokens, hit)) continue;
    if (isBlockedNominal(tokens, classes, hit, clause)) continue;
    if (isDeniedNominal(tokens, classes, hit, clause)) continue;
    if (isAttributive(tokens, hit) || isPollShare(tokens, hit) || isPhrasalBack(tokens, hit)) continue;
    if (isCompoundParticiple(tokens, hit) || isJudgedSubject(tokens, hits, hit, clause)) continue;
    // "they were told to turn", "Kyiv was urged to …": an appeal received names no one appealing.
    if (hit.cue.flags.has('appeal') && BE_WORDS.has(tokens[hit.first - 1]?.lower ?? '')) continue;
    const sentence = sentences[hit.sentence] as Sentence;
    const question = tokens[sentence.tokenEnd - 1]?.text === '?';
    // Every field written out, in the spread's order: `{ ...hit, stance }` redefines a copied field, which
    // V8 serves slowly, and every later read of the act pays for it.
    acts.push({
      stance,
      cue: hit.cue,
      first: hit.first,
      last: hit.last,
      sentence: hit.sentence,
      clause,
      flipped,
      hedged: question || anyWordIn(classes, clause.start, hit.first, HEDGE),
      intense: anyWordIn(classes, Math.max(clause.start, hit.first - 2), hit.last + 1, INTENSIFIER),
    });
  }
  // Every check between two acts is within one sentence: run them per sentence, so an article with
  // thousands of acts costs linear time, not quadratic.
  // (each check keeps its acts in order, and the sentences' runs follow one another: the kept acts stay in order)
  // (with no two acts in one sentence, no check has a pair to read: all are kept)
  if (!hasSentenceWithTwo(acts)) return resolveObjects(acts, tokens, modifiers);
  const kept: StanceAct[] = [];
  // one sentence's acts at a time, each check dropping some of them in place (no array per check)
  for (let from = 0; from < acts.length; ) {
    const to = runEnd(acts, from);
    // each check pairs two acts: a sentence's only act is kept as it is
    if (to - from === 1) {
      kept.push(acts[from] as StanceAct);
      from = to;
      continue;
    }
    const group = acts.slice(from, to);
    dropWhere(group, tokens, isYieldingAppeal);
    dropWhere(group, tokens, isDemandedContent);
    dropWhere(group, tokens, isWarningOfThreat);
    dropWhere(group, tokens, isAccusedContent);
    dropWhere(group, tokens, isDeniedAccusation);
    for (const act of group) kept.push(act);
    from = to;
  }
  return resolveObjects(kept, tokens, modifiers);
}

/** One past the last act of the sentence of acts[from]: acts come sentence by sentence, as their cue matches do. */
function runEnd(acts: readonly StanceAct[], from: number): number {
  const sentence = (acts[from] as StanceAct).sentence;
  let to = from + 1;
  while (to < acts.length && (acts[to] as StanceAct).sentence === sentence) to++;
  return to;
}

/** A check between the acts of one sentence: whether it drops `act`, one of `group`. */
type GroupCheck = (act: StanceAct, group: readonly StanceAct[], tokens: readonly Token[]) => boolean;

/** Per act of a group, whether a check drops it (kept from one group to the next). */
let droppedScratch = new Uint8Array(64);

/**
 * Drops in place the acts of `group` that `drops` names. Every act is judged against the whole group as it came
 * in, as a filter would: the verdicts first, then the acts are moved up.
 */
function dropWhere(group: StanceAct[], tokens: readonly Token[], drops: GroupCheck): void {
  if (droppedScratch.length < group.length) droppedScratch = new Uint8Array(2 * group.length);
  const dropped = droppedScratch;
  let any = false;
  for (let k = 0; k < group.length; k++) {
    const drop = drops(group[k] as StanceAct, group, tokens);
    dropped[k] = drop ? 1 : 0;
    any ||= drop;
  }
  if (!any) return;
  let kept = 0;
  for (let k = 0; k < group.length; k++) if (dropped[k] === 0) group[kept++] = group[k] as StanceAct;
  group.length = kept;
}

// "called on both sides to return to talks": the appeal word belongs to the previous clause.
function precededByAppeal(classes: TokenClasses, clauseStart: number, sentence: Sentence): boolean {
  return anyWordIn(classes, Math.max(sentence.tokenStart, clauseStart - 6), clauseStart, APPEAL);
}

function isPostposedConcerned(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.stance !== 'CONCERN' || hit.first !== hit.last) return false;
  const token = tokens[hit.first] as Token;
  if (token.lower !== 'concerned') return false;
  // "everyone who was concerned with the raid": involved in it, not worried by it.
  const relative = ['who', 'that', 'which'].includes(tokens[hit.first - 2]?.lower ?? '');
  if (relative && tokens[hit.first - 1]?.lemma === 'be' && tokens[hit.first + 1]?.lower === 'with')
    return true;
  const before = tokens[hit.first - 1];
  const after = tokens[hit.first + 1];
  const nounBefore = before !== undefined && (before.pos === 'NOUN' || before.lower === 'those');
  return nounBefore && !CONCERN_COMPLEMENTS.has(after?.lower ?? '');
}

// A nominal cue that is suffered, lifted or rejected is not the subject's act: "despite sanctions",
// "lifting sanctions", "faced criticism", "rejected the accusation".
function isBlockedNominal(
  tokens: readonly Token[],
  classes: TokenClasses,
  hit: CueHit,
  clause: Clause,
): boolean {
  const head = tokens[hit.first] as Token;
  if (head.pos !== 'NOUN' && head.pos !== 'ADJ') return false;
  let reach = 3;
  // A quotation mark opening inside the noun phrase does not end it: ignoring “the … concerns”.
  const floor = QUOTATION_MARKS.has(tokens[clause.start - 1]?.text ?? '') ? clause.start - 4 : clause.start;
  for (let i = hit.first - 1; i >= Math.max(0, floor, hit.first - 8) && reach > 0; i--) {
    const token = tokens[i] as Token;
    // "dismissed the vote as a sham": what follows "as" is the judge's own verdict, not the thing dismissed;
    // "rejected the plan and called for talks": the noun belongs to the second predicate
    if (token.lower === 'as' || opensPredicateBetween(tokens, i, i + 1)) return false;
    // "ruled out restrictive measures": what is ruled out is no threat ("did not rule out" still is)
    const ruledOut =
      token.lower === 'out' && tokens[i - 1]?.lemma === 'rule' && !hasClass(classes, i - 2, NEGATOR);
    const blocker = ruledOut || isWordIn(classes, i, BLOCKER);
    // "Russia faces further sanctions" is a threat; "has faced sharp criticism" is no condemnation.
    // "Asked about the sanctions, the minister said …": what a speaker was asked about is no act
    if (token.lower === 'about' && tokens[i - 1]?.lemma === 'ask') return true;
    // "The move drew criticism" judges nothing; "drew criticism from Beijing" is Beijing's
    if (blocker && isDrawnFrom(tokens, hit.first, hit.last, floor)) return false;
    if (blocker && !(token.lemma === 'face' && hit.stance === 'THREATEN_PUNISH')) return true;
    // "dismissing “the many and repeated concerns”": the noun phrase's own words do not count.
    const inPhrase = NOUN_PHRASE_POS.has(token.pos) || QUOTATION_MARKS.has(token.text) || token.text === '-';
    if (!inPhrase) reach--;
  }
  return false;
}

// the words of a noun phrase before its head: "meet the hostage-takers' demands"
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'CCONJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
const POSSESSIVES = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'the',
  'a',
  'an',
  'this',
  'that',
]);

/**
 * A cue that only modifies a noun names no act: "their widely repudiated theories", "the much
 * criticised plan", "his approval ratings", "support staff".
 */
function isAttributive(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.first !== hit.last) return false;
  const head = tokens[hit.first] as Token;
  const next = tokens[hit.first + 1];
  if (next?.pos !== 'NOUN') return false;
  // "approval ratings", "support staff", "monitoring mechanisms": a compound names a thing
  if (head.pos === 'NOUN' || head.lower.endsWith('ing'))
    if (hit.stance === 'SUPPORT' || hit.stance === 'NEUTRAL_MONITORING') return true;
  if (head.pos === 'NOUN') return false;
  return isParticipleModifier(tokens, hit);
}

// "the Russian-brokered truce", "a UN-backed plan": a participle joined to a name by a hyphen describes the noun after
// it; the one who brokered or backed it is named there, not the clause's subject.
function isCompoundParticiple(tokens: readonly Token[], hit: CueHit): boolean {
  return tokens[hit.first - 1]?.text === '-' && (tokens[hit.first] as Token).lower.endsWith('ed');
}

// "The sanctions were welcomed by Kyiv", "the truce was hailed by the UN": a noun that is the subject of another
// cue's passive is what the agent judges, not the agent's own act ("sanctions were imposed by the EU" still is).
function isJudgedSubject(
  tokens: readonly Token[],
  hits: readonly CueHit[],
  hit: CueHit,
  clause: Clause,
): boolean {
  if ((tokens[hit.last] as Token).pos !== 'NOUN') return false;
  let k = hit.last + 1;
  let be = false;
  while (k < clause.end && k <= hit.last + 4) {
    const token = tokens[k] as Token;
    if (token.lemma === 'be') be = true;
    else if (token.pos !== 'ADV' && token.pos !== 'AUX') break;
    k++;
  }
  if (!be || tokens[k]?.pos !== 'VERB' || !opensHit(hits, k)) return false;
  for (let j = k + 1; j < clause.end && j <= k + 3; j++) if (tokens[j]?.lower === 'by') return true;
  return false;
}

/** Whether a cue match starts at token k. */
function opensHit(hits: readonly CueHit[], k: number): boolean {
  for (const other of hits) if (other.first === k) return true;
  return false;
}

// "backed off the proposal", "backed down", "backed away from": a retreat, not support.
function isPhrasalBack(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.stance !== 'SUPPORT' || tokens[hit.last]?.lemma !== 'back') return false;
  return ['off', 'down', 'away', 'out'].includes(tokens[hit.last + 1]?.lower ?? '');
}

// "Trump has 5 percent support", "42% support the plan": a poll's share, not an actor's act.
function isPollShare(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.stance !== 'SUPPORT') return false;
  const before = tokens[hit.first - 1];
  return (
    before !== undefined && (before.pos === 'NUM' || ['percent', '%', 'per', 'cent'].includes(before.lower))
  );
}

function isParticipleModifier(tokens: readonly Token[], hit: CueHit): boolean {
  const head = tokens[hit.first] as Token;
  // "a negotiated solution" names the call itself
  if (CALLS.has(hit.stance)) return false;
  if (head.pos !== 'VERB' || !/(ed|en)$/.test(head.lower)) return false;
  let i = hit.first - 1;
  while (i >= 0 && tokens[i]?.pos === 'ADV') i--;
  return POSSESSIVES.has(tokens[i]?.lower ?? '');
}
const BE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PRIORITY_WORDS = new Set(['only', 'sole', 'overriding', 'primary', 'first', 'foremost']);

// "Our only concern is to protect our citizens": a purpose, not a worry.
function isPurposeConcern(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.stance !== 'CONCERN' || (tokens[hit.first] as Token).lower !== 'concern') return false;
  // "her main concern remains growth": a priority, not a worry
  if (PRIORITY_WORDS.has(tokens[hit.first - 1]?.lower ?? '')) return true;
  const be = tokens[hit.last + 1];
  return (
    be !== undefined && ['is', 'was', 'remains'].includes(be.lower) && tokens[hit.last + 2]?.lower === 'to'
  );
}

const NEGATED_PREDICATE_STANCES: ReadonlySet<Stance> = new Set([
  'THREATEN_PUNISH',
  'SUPPORT',
  'CALL_FOR_DIALOGUE',
  'CALL_FOR_RESTRAINT',
]);

// "Sanctions are not the answer", "Putting maximum pressure on them is not going to work": a nominal
// measure judged to fail is argued against, not threatened or called for.
function isDeniedNominal(
  tokens: readonly Token[],
  classes: TokenClasses,
  hit: CueHit,
  clause: Clause,
): boolean {
  if (!NEGATED_PREDICATE_STANCES.has(hit.stance)) return false;
  const head = tokens[hit.last] as Token;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  for (let i = hit.last + 1; i < Math.min(clause.end, hit.last + 8); i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && !['be', 'go'].includes(token.lemma)) return false;
    if (hasClass(classes, i, NEGATOR)) {
      const verb = tokens[i - 1];
      return verb !== undefined && (verb.pos === 'AUX' || verb.lemma === 'be');
    }
  }
  return false;
}

/**
 * "called for restraint", "urged both sides to return to talks": the appeal is the call, not a DEMAND.
 * An appeal to one named party for a concrete act stays a demand as well: "urged Russia to accept
 * the ceasefire" asks Russia, by name, to act.
 */
function isYieldingAppeal(act: StanceAct, acts: readonly StanceAct[], tokens: readonly Token[]): boolean {
  if (!act.cue.flags.has('appeal')) return false;
  const call = callOfAppeal(act, acts, tokens);
  if (call === undefined) return false;
  return !(
    call.first > act.last &&
    countNamedParties(tokens, act.last + 1, call.first) === 1 &&
    !opensInfinitive(tokens, act.last + 1, call.first)
  );
}

/**
 * The first call (or monitoring) of the appeal's own clause, or of the clause opened by "that" right after it.
 * "urged its citizens to leave" is consular advice; "urged both sides to talk" is the call itself; "urged that
 * both sides talk": the clause opened by "that" right after the appeal is its content.
 */
function callOfAppeal(
  act: StanceAct,
  acts: readonly StanceAct[],
  tokens: readonly Token[],
): StanceAct | undefined {
  for (const other of acts) {
    const content = other.clause.start === act.last + 1 && tokens[other.clause.start]?.lower === 'that';
    if (
      (other.clause === act.clause || content) &&
      other !== act &&
      (CALLS.has(other.stance) || other.stance === 'NEUTRAL_MONITORING')
    )
      return other;
  }
  return undefined;
}

/** Verbs whose infinitive is itself a call for restraint or talks: "to show restraint", "to return to talks". */
const CALLING_VERBS = new Set([
  'show',
  'exercise',
  'return',
  'resume',
  'engage',
  'refrain',
  'avoid',
  'talk',
  'negotiate',
  'seek',
  'pursue',
  'hold',
  'sit',
  'come',
  'keep',
  'remain',
  'de-escalate',
  'deescalate',
  'settle',
  'resolve',
]);

/**
 * "urged India to show restraint", "urged Somalia's leaders to return to talks": the call is the infinitive itself,
 * so the named party is asked for nothing but the call; "urged Russia to accept the ceasefire" asks for an act of
 * its own.
 */
function opensInfinitive(tokens: readonly Token[], from: number, call: number): boolean {
  for (let k = call - 1; k >= from && k >= call - 2; k--) {
    if (tokens[k]?.lower === 'to') return CALLING_VERBS.has(tokens[k + 1]?.lemma ?? '');
  }
  return false;
}

// Runs of proper nouns: "Israel and Hamas" are two parties, "the Interim Afghan Government" one.
function countNamedParties(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  let inName = false;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'to' && token.pos === 'PART') break;
    const name = token.pos === 'PROPN';
    // "Somali leaders", "Palestinian factions": a people's sides, not one named party.
    // "the two Koreas", "both Sudans": one name for several parties
    const several = tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.lower === 'both';
    if (name && !inName && tokens[i + 1]?.pos !== 'NOUN') count += several ? 2 : 1;
    inName = name;
  }
  return count;
}

// "Pyongyang warned that it would retaliate": the warning is the threat, not a worry.
function isWarningOfThreat(act: StanceAct, acts: readonly StanceAct[], tokens: readonly Token[]): boolean {
  if (act.stance !== 'CONCERN') return false;
  // the tagger reads some participles as nouns: "…, warning that it would impose sanctions"
  const first = tokens[act.first];
  if (first?.lemma !== 'warn' && first?.lower !== 'warning') return false;
  for (const other of acts)
    if (other.stance === 'THREATEN_PUNISH' && other.sentence === act.sentence && other.first > act.last)
      return true;
  return false;
}

const DEMANDED_STANCES: ReadonlySet<Stance> = new Set([
  'REJECT_DENY',
  'CONDEMN',
  'CONCERN',
  'NEUTRAL_MONITORING',
]);

// "accused Paris of interfering in its internal affairs": what an accusation charges is its content.
function isAccusedContent(act: StanceAct, acts: readonly StanceAct[], tokens: readonly Token[]): boolean {
  for (const accusation of acts) {
    if (
      accusation !== act &&
      accusation.stance === 'CONDEMN' &&
      ACCUSING_VERBS.has(tokens[accusation.first]?.lemma ?? '') &&
      accusation.sentence === act.sentence &&
      act.first > accusation.last &&
      act.first - accusation.last <= OBJECT_WINDOW &&
      hasWordBetween(tokens, accusation.last, act.first, CHARGE_WORDS)
    )
      return true;
  }
  return false;
}

const ACCUSING_VERBS = new Set(['accuse', 'blame', 'charge']);
/** "accused … of", "blamed … for" */
const CHARGE_WORDS = ['of', 'for'];

// "the accusations were pure fiction", "said the charges were “without foundation”": an accusation
// judged false is someone else's, denied here; so too "called the accusations baseless", "described
// the claims as absurd", "the accusations against its troops were completely unfounded".
function isDeniedAccusation(act: StanceAct, acts: readonly StanceAct[], tokens: readonly Token[]): boolean {
  if (act.stance !== 'CONDEMN' || tokens[act.last]?.pos !== 'NOUN') return false;
  for (const denial of acts) {
    if (
      denial.stance === 'REJECT_DENY' &&
      denial.sentence === act.sentence &&
      denial.first > act.last &&
      ((denial.first - act.last <= 4 && hasLemmaBetween(tokens, act.last + 1, denial.last + 1, 'be')) ||
        judgesNoun(tokens, act.last, denial.first))
    )
      return true;
  }
  return false;
}

const DENIAL_GAP = 8;
/** parts of speech that end the words judging a noun */
const VERDICT_BREAKS = new Set(['VERB', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Whether the words from the noun at `noun` to `denial` only judge it: nothing, "as", or a short
 * phrase after it ("against its troops were …") with no verb but "be" and no clause break.
 */
function judgesNoun(tokens: readonly Token[], noun: number, denial: number): boolean {
  if (denial - noun > DENIAL_GAP) return false;
  for (let i = noun + 1; i < denial; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'as' || token.lemma === 'be') continue;
    // "calling the accusations “lies”": a quotation mark around the verdict breaks nothing
    if (QUOTATION_MARKS.has(token.text)) continue;
    if (VERDICT_BREAKS.has(token.pos)) return false;
  }
  return true;
}

function hasLemmaBetween(tokens: readonly Token[], from: number, to: number, lemma: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i]?.lemma === lemma) return true;
  return false;
}

function hasWordBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: readonly string[],
): boolean {
  for (let i = from; i < to; i++) if (words.includes(tokens[i]?.lower ?? '')) return true;
  return false;
}

// "urged Beijing to reject the request", "expects Kabul to … deny shelter to militants": a verb in
// what is demanded is the addressee's expected act, not the speaker's.
// A punishment the addressee is asked for is the speaker's demand, not the speaker's threat: "demanded
// that the council sanction its backers", "urged Rome to impose sanctions"; the verb is a bare
// infinitive or subjunctive there ("… and threatened sanctions", "…, warning it would impose
// sanctions" are the speaker's own).
function isDemandedContent(act: StanceAct, acts: readonly StanceAct[], tokens: readonly Token[]): boolean {
  if (act.stance === 'THREATEN_PUNISH') {
    const at = tokens[act.first]?.pos === 'VERB' ? act.first : act.first - 1;
    const verb = tokens[at];
    if (verb?.pos !== 'VERB' || verb.lower !== verb.lemma || tokens[at - 1]?.pos === 'AUX') return false;
  } else if (!DEMANDED_STANCES.has(act.stance)) return false;
  const head = tokens[act.first] as Token;
  // "demanded guarantees for the safety of its citizens": what is demanded, not consular advice
  if (act.stance === 'NEUTRAL_MONITORING' && head.pos === 'NOUN') {
    for (const demand of acts) {
      if (
        demand.stance === 'DEMAND' &&
        !demand.cue.flags.has('appeal') &&
        demand.clause === act.clause &&
        demand.first < act.first &&
        act.first - demand.last <= OBJECT_WINDOW
      )
        return true;
    }
    return false;
  }
  if (head.pos !== 'VERB' && act.stance !== 'THREATEN_PUNISH') return false;
  for (const demand of acts) {
    if (
      demand.stance === 'DEMAND' &&
      demand.sentence === act.sentence &&
      demand.first < act.first &&
      act.first - demand.last <= OBJECT_WINDOW &&
      (hasInfinitiveBetween(tokens, demand.first, act.first) ||
        hasThatBetween(tokens, demand.last, act.first))
    )
      return true;
  }
  return false;
}

// "demanded that its partners refuse to recognise …"
function hasThatBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]?.lower === 'that') return true;
  return false;
}

function hasInfinitiveBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]?.lower === 'to' && tokens[i]?.pos === 'PART') return true;
  return false;
}

/**
 * A verb of approval takes the stance of what it approves: "welcomed the talks" and "supported calls for
 * a Security Council meeting" are calls for dialogue; "backed the call" inherits the call made before.
 * What a rejection governs is not endorsed: "rejected the offer of talks" is no call for dialogue.
 */
function resolveObjects(
  acts: readonly StanceAct[],
  tokens: readonly Token[],
  modifiers: ReactionModifiers,
): StanceAct[] {
  // Every check below pairs two acts of one sentence (see `governs`): each act is read with its sentence's run
  // of acts. A sentence's only act has no pair: only the support of a call made before is read.
  const result: StanceAct[] = [];
  for (let from = 0; from < acts.length; ) {
    const to = runEnd(acts, from);
    if (to - from === 1) {
      const act = acts[from] as StanceAct;
      result.push(
        act.cue.flags.has('object') && act.stance === 'SUPPORT'
          ? (inheritCall(act, acts, tokens, modifiers) ?? act)
          : act,
      );
    } else resolveSentence(acts, from, to, tokens, modifiers, result);
    from = to;
  }
  return result;
}

/** Whether `other` follows the act `head` of its sentence closely enough to be what `head` governs. */
function governs(head: StanceAct, other: StanceAct): boolean {
  return (
    other !== head &&
    other.sentence === head.sentence &&
    other.first > head.last &&
    other.first - head.last <= OBJECT_WINDOW
  );
}

/** Per act of a sentence, whether it is what a backed right allows (kept from one sentence to the next). */
let rightScratch = new Uint8Array(64);

/** `resolveObjects` for the acts[from, to) of one sentence, kept ones added to `result`. */
function resolveSentence(
  acts: readonly StanceAct[],
  from: number,
  to: number,
  tokens: readonly Token[],
  modifiers: ReactionModifiers,
  result: StanceAct[],
): void {
  if (rightScratch.length < to - from) rightScratch = new Uint8Array(2 * (to - from));
  const right = rightScratch;
  // "supported the Philippines' right to enforce its laws": what a backed right allows is no new act.
  for (let k = from; k < to; k++) {
    const inner = acts[k] as StanceAct;
    let allowed = false;
    for (let h = from; h < to && !allowed; h++) {
      const head = acts[h] as StanceAct;
      allowed =
        head.stance === 'SUPPORT' &&
        head.cue.flags.has('object') &&
        governs(head, inner) &&
        followsRightTo(tokens, inner);
    }
    right[k - from] = allowed ? 1 : 0;
  }
  for (let k = from; k < to; k++) {
    if (right[k - from] === 1) continue;
    const act = acts[k] as StanceAct;
    if (isRejected(act, acts, from, to, tokens) || isObjected(act, acts, from, to, tokens)) continue;
    // "offered its support to any dialogue between the parties": the offer backs the call.
    if (act.stance === 'SOLIDARITY_AID' && backsCall(act, acts, from, to)) continue;
    if (!act.cue.flags.has('object') || act.stance !== 'SUPPORT') {
      result.push(act);
      continue;
    }
    let governsRight = false;
    for (let o = from; o < to && !governsRight; o++)
      governsRight = right[o - from] === 1 && governs(act, acts[o] as StanceAct);
    if (governsRight) {
      result.push(act);
      continue;
    }
    if (governsCall(act, acts, from, to, tokens)) continue;
    const inherited = inheritCall(act, acts, tokens, modifiers);
    result.push(inherited ?? act);
  }
}

/** "rejected the offer of talks": an act that a firm rejection of its clause governs is not endorsed. */
function isRejected(
  act: StanceAct,
  acts: readonly StanceAct[],
  from: number,
  to: number,
  tokens: readonly Token[],
): boolean {
  for (let h = from; h < to; h++) {
    const head = acts[h] as StanceAct;
    if (
      head.stance === 'REJECT_DENY' &&
      head.cue.strength === 3 &&
      // "rejected the accusations": an accusation rejected is someone else's; "rejected and condemned" is not
      (act.stance !== 'CONDEMN' || (tokens[act.first] as Token).pos === 'NOUN') &&
      act.stance !== 'REJECT_DENY' &&
      head.clause === act.clause &&
      governs(head, act) &&
      // "opposed any intervention and offered to mediate": a second predicate is not what is opposed
      !opensPredicateBetween(tokens, head.last + 1, act.first) &&
      // "rejected the vote as a sham" judges it too
      !hasWordBetween(tokens, head.last, act.first, AS_WORDS)
    )
      return true;
  }
  return false;
}

const AS_WORDS = ['as'];

/**
 * "condemned the sanctions", "disappointed by the passage of the law": a nominal cue that a condemnation or a
 * worry is about is its object, not a second act.
 */
function isObjected(
  act: StanceAct,
  acts: readonly StanceAct[],
  from: number,
  to: number,
  tokens: readonly Token[],
): boolean {
  for (let h = from; h < to; h++) {
    const head = acts[h] as StanceAct;
    if (
      (head.stance === 'CONDEMN' || head.stance === 'CONCERN') &&
      governs(head, act) &&
      act.first - head.last <= 5 &&
      !hasBreakBetween(tokens, head.last + 1, act.first) &&
      OBJECT_STANCES.has(act.stance) &&
      (tokens[act.first] as Token).pos === 'NOUN'
    )
      return true;
  }
  return false;
}

/** Whether a call of the sentence follows the act within five tokens. */
function backsCall(act: StanceAct, acts: readonly StanceAct[], from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const call = acts[c] as StanceAct;
    if (CALLS.has(call.stance) && governs(act, call) && call.first - act.last <= 5) return true;
  }
  return false;
}

/** Whether the support governs a call, demand or threat of its sentence (not a coordinated predicate of its own). */
function governsCall(
  act: StanceAct,
  acts: readonly StanceAct[],
  from: number,
  to: number,
  tokens: readonly Token[],
): boolean {
  for (let o = from; o < to; o++) {
    const other = acts[o] as StanceAct;
    if (
      governs(act, other) &&
      !isCoordinatedPredicate(tokens, other) &&
      (CALLS.has(other.stance) || other.stance === 'DEMAND' || other.stance === 'THREATEN_PUNISH')
    )
      return true;
  }
  return false;
}

/** Whether two of the acts (in text order) share a sentence. */
function hasSentenceWithTwo(acts: readonly StanceAct[]): boolean {
  for (let k = 1; k < acts.length; k++)
    if ((acts[k] as StanceAct).sentence === (acts[k - 1] as StanceAct).sentence) return true;
  return false;
}

const PREDICATE_LINKS = new Set(['and', 'but']);
const BREAK_MARKS = new Set([',', ';', ':', '.']);

/** "… and offered", "… but agreed": a coordinated verb between two acts starts a predicate of its own. */
function opensPredicateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (PREDICATE_LINKS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.pos === 'VERB') return true;
  }
  return false;
}

// Only quotation marks, prepositions and determiners between a judgement and its object.
function hasBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || BREAK_MARKS.has(token.text)) return true;
  }
  return false;
}

function followsRightTo(tokens: readonly Token[], inner: StanceAct): boolean {
  return tokens[inner.first - 1]?.lower === 'to' && tokens[inner.first - 2]?.lemma === 'right';
}

// "welcomed the resumption and urged both sides to …": a second predicate, not the welcome's object.
function isCoordinatedPredicate(tokens: readonly Token[], other: StanceAct): boolean {
  const head = tokens[other.first] as Token;
  const before = tokens[other.first - 1];
  return head.pos === 'VERB' && before !== undefined && (before.lower === 'and' || before.text === ',');
}

// "Greece and Panama also supported the call." -> the stance of the call made in the sentences before.
function inheritCall(
  act: StanceAct,
  acts: readonly StanceAct[],
  tokens: readonly Token[],
  modifiers: ReactionModifiers,
): StanceAct | undefined {
  let anaphor = -1;
  for (let i = act.last + 1; i <= act.last + 3 && i < act.clause.end; i++) {
    const token = tokens[i] as Token;
    if (modifiers.callAnaphors.has(token.lower)) anaphor = i;
  }
  if (anaphor < 0 || tokens[anaphor + 1]?.lower === 'for') return undefined;
  let source: StanceAct | undefined;
  for (const other of acts) {
    if (other.sentence >= act.sentence || other.sentence < act.sentence - ANAPHOR_SENTENCES) continue;
    if (CALLS.has(other.stance) || other.stance === 'DEMAND') source = other;
  }
  return source ? withStance(act, source.stance) : undefined;
}

/**
 * The act under another stance, marked as turned: `{ ...act, stance, flipped: true }` written field by
 * field in the same order (a spread object literal is slow to build and to read in V8).
 */
export function withStance(act: StanceAct, stance: Stance): StanceAct {
  return {
    stance,
    cue: act.cue,
    first: act.first,
    last: act.last,
    sentence: act.sentence,
    clause: act.clause,
    flipped: true,
    hedged: act.hedged,
    intense: act.intense,
  };
}
