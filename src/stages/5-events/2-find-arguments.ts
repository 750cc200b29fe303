// A predicate in its sentence -> source and target mention groups (subject, object, "by" agent, compounds).
import type { EventLexicon } from '../../model/lexicons/events.js';
import type { Sentence, Token } from '../../model/text.js';
import { isPossessiveMark } from '../../model/word-shape.js';
import { decisionNounBefore, type PredicateMatch } from './1-find-predicates.js';
import { type PlacedMention, placedAt, type TokenView } from './sentence-view.js';
import { AUX, BREAK_MARK, CLAUSE_BREAK, COLON, endsEdEn, RELATIVE, TAG, VERB } from './token-classes.js';

export interface Arguments {
  sources: PlacedMention[];
  targets: PlacedMention[];
}

const WINDOW = 14;
/** prepositions that tie a plain-noun subject to an actor: "protesters in Kenya", "a camp for refugees" */
/** words that open a descriptive apposition whatever their tag: "Austria, like other states, …" */
const APPOSITION_OPENERS = new Set(['like', 'unlike', 'including', 'along', 'as']);
const PEOPLE_PREPS = new Set(['in', 'from', 'throughout', 'across', 'for']);
/** investigations and disapproval: aimed at the author of the act they are about */
const JUDGING_ROOTS = new Set(['09', '11']);

/**
 * The predicate's source and target mention groups. A possessor of a noun of relation names another, not itself:
 * "the attack against his friend", "strikes on Russia's allies" are aimed at neither him nor Russia. (As a
 * subject it stays: "Trump's supporters rallied" is coded to his side, as event data codes a leader's camp.)
 */
export function findArguments(
  match: PredicateMatch,
  previous: { match: PredicateMatch; args: Arguments } | null,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): Arguments {
  const args = readArguments(match, previous, view, sentence, lexicon);
  const related = (placed: PlacedMention) => possessesRelation(placed, view, lexicon);
  if (!args.targets.some(related)) return args;
  return { sources: args.sources, targets: args.targets.filter((m) => !related(m)) };
}

function possessesRelation(placed: PlacedMention, view: TokenView, lexicon: EventLexicon): boolean {
  let k = placed.last + 1;
  if (isPossessiveMark(view.tokens[k]?.text ?? '')) k++;
  else if (placed.mention.kind !== 'pronoun') return false;
  const noun = view.tokens[k];
  return noun !== undefined && lexicon.words.relationalNouns.has(noun.lower);
}

function readArguments(
  match: PredicateMatch,
  previous: { match: PredicateMatch; args: Arguments } | null,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): Arguments {
  const end = (match.matched.at(-1) ?? match.head) + 1;
  let subject = sharesSubject(match, previous, view.tokens)
    ? (previous?.args.sources ?? [])
    : findSubject(match, view, sentence, lexicon);
  // "the senator repeated his promise", "they voiced their support": with no actor as the light verb's subject,
  // the noun's possessor is the one who acts
  if (subject.length === 0 && match.anchor < match.head) subject = findModifier(match.head, view, sentence);
  if (match.nominal) {
    const modifier = findModifier(match.head, view, sentence);
    const agent = findAfter(end, view, sentence, lexicon, (prep) => prep === 'by');
    const target = findAfter(
      end,
      view,
      sentence,
      lexicon,
      (prep) => prep !== null && match.entry.targetPreps.has(prep),
    );
    const between = match.entry.sym
      ? findAfter(end, view, sentence, lexicon, (prep) => prep === 'between')
      : [];
    if (between.length > 1) return { sources: between, targets: [] };
    const sources = modifier.length > 0 ? modifier : agent;
    // "its demand that Israel ease restrictions": a noun with a complement aims at the one in it
    if (target.length === 0 && match.entry.comp) {
      return { sources, targets: findComplementTarget(match, end, sources, view, sentence, lexicon) };
    }
    return { sources, targets: target };
  }
  if (match.passive) {
    const agent = findAfter(
      Math.max(end, match.anchor + 1),
      view,
      sentence,
      lexicon,
      (prep) => prep === 'by',
    );
    // "a warning was issued to Iran by Israel", "sanctions on Chad were imposed by the AU": the
    // event noun is the subject; its target follows a target preposition, in its phrase or after the verb
    const noun = match.matched[0] ?? match.head;
    if (noun < match.anchor) {
      // "talks were held between Peru and Chile": the parties of a reciprocal act
      const between = match.entry.sym
        ? findAfter(noun + 1, view, sentence, lexicon, (prep) => prep === 'between', true)
        : [];
      if (between.length > 1) return { sources: between, targets: [] };
      const preps = match.entry.targetPreps;
      const aimed = (prep: string | null) => prep !== null && prep !== 'by' && preps.has(prep);
      const aimedAt = findAfter(noun + 1, view, sentence, lexicon, aimed, true);
      // "Moldovan diplomats were expelled": else the actor of the subject itself (not a word of the
      // pattern: the "state" of "a state of siege")
      const own = subject.filter((m) => !match.matched.includes(m.first));
      return { sources: agent, targets: aimedAt.length > 0 ? aimedAt : own };
    }
    // "a rocket was fired at Israel", "food aid was sent to Chad by Japan": a subject no actor names is
    // the thing moved; the act aims at the object of its target preposition
    if (subject.length === 0) {
      const preps = match.entry.targetPreps;
      const aimed = (prep: string | null) => prep !== null && prep !== 'by' && preps.has(prep);
      return { sources: agent, targets: findAfter(end, view, sentence, lexicon, aimed) };
    }
    return { sources: agent, targets: subject };
  }
  const own = new Set(subject.map((m) => m.mention.actor));
  const object = findObject(match, end, own, view, sentence, lexicon);
  if (match.entry.subjectIsTarget) return { sources: object, targets: subject };
  // "examining reported abuses by border militias against Tajik farmers": what is
  // investigated or denounced is the author's act; its author is the target, not its victims
  const author = JUDGING_ROOTS.has(match.code.slice(0, 2))
    ? findAfter(end, view, sentence, lexicon, (prep) => prep === 'by', true)
    : [];
  if (author.length > 0 && !subject.some((m) => author.includes(m)))
    return { sources: subject, targets: author };
  const targets = object.filter(
    (m) => !subject.includes(m) && !isOwn(m, own, match, prepositionBefore(m.first, view, sentence, lexicon)),
  );
  if (targets.length > 0 || match.passive) return { sources: subject, targets };
  const complement = findComplementTarget(match, end, subject, view, sentence, lexicon);
  if (complement.length > 0 || !GIVING_ROOTS.has(match.code.slice(0, 2)))
    return { sources: subject, targets: complement };
  return { sources: subject, targets: purposeTarget(end, own, view, sentence, lexicon) };
}

/** Prepositions of the place where people protest: "demonstrated in Ghana", "rallied across Peru". */
const PROTEST_PLACE_PREPS = new Set(['in', 'at', 'across', 'throughout']);

/**
 * "Thousands of students demonstrated in Ghana": people no actor names who protest in a place named
 * after the act are people of that place, as "students in Ghana demonstrated" says (see `subjectPhrase`).
 * A protest (CAMEO 14) told with a verb and a plain noun subject only.
 */
export function protestersOfPlace(
  match: PredicateMatch,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  if (match.nominal || match.passive || !match.code.startsWith('14')) return [];
  let k = match.anchor - 1;
  while (k >= sentence.tokenStart && ['ADV', 'AUX', 'PART'].includes(view.tokens[k]?.pos ?? '')) k--;
  // "Students demonstrated": a plain noun, tagged a name at the head of the sentence
  if (!['NOUN', 'PROPN'].includes(view.tokens[k]?.pos ?? '') || view.mentionAt[k] !== -1) return [];
  const end = Math.max(match.anchor, match.matched.at(-1) ?? match.head) + 1;
  const place = findAfter(end, view, sentence, lexicon, (prep, placed) => {
    const named = placed.placePrep !== undefined || placed.mention.kind === 'name';
    return named && prep !== null && PROTEST_PLACE_PREPS.has(prep);
  });
  const people = place[0];
  return place.length === 1 && people ? [{ ...people, people: true }] : [];
}

/** Material cooperation and aid: what is given or sent is for someone. */
const GIVING_ROOTS = new Set(['06', '07']);
/** "to help", "to defend": a purpose clause whose object is whom the thing given is for */
const PURPOSE_VERBS = new Set([
  'help',
  'support',
  'assist',
  'defend',
  'protect',
  'rebuild',
  'reinforce',
  'back',
  'aid',
  'strengthen',
]);

/**
 * "sent weapons to help defend Ukraine", "deployed engineers to rebuild Mosul's bridges": with no target
 * named, the one a purpose clause helps. Up to two verbs after "to", then the first actor named.
 */
function purposeTarget(
  end: number,
  own: ReadonlySet<string>,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const { tokens } = view;
  let k = end;
  while (k < sentence.tokenEnd && k < end + 6 && tokens[k]?.lower !== 'to') k++;
  if (tokens[k]?.lower !== 'to' || !PURPOSE_VERBS.has(tokens[k + 1]?.lemma ?? '')) return [];
  for (let j = k + 2; j < sentence.tokenEnd && j <= k + 4; j++) {
    const placed = placedAt(view, j);
    if (placed) return own.has(placed.mention.actor) ? [] : withConjuncts(placed, view, sentence, lexicon);
    if (tokens[j]?.pos !== 'VERB' && tokens[j]?.pos !== 'DET') return [];
  }
  return [];
}

/**
 * The source's own people or things are no target: "withdrew its troops" (a pronoun of the source),
 * "deployed warships", "mobilised its army" (a show of force: the object is the force itself),
 * "provided military intelligence to X" (its own forces as a bare object). Other domestic targets
 * stay: "the opposition demanded that the president resign".
 */
function isOwn(
  placed: PlacedMention,
  own: ReadonlySet<string>,
  match: PredicateMatch,
  prep: string | null,
): boolean {
  if (!own.has(placed.mention.actor)) return false;
  if (placed.mention.kind === 'pronoun' || match.code.startsWith('15')) return true;
  // "contribute medics to …", "sent its doctors": what a state gives or sends is its own, not a target
  if (match.entry.code.startsWith('07') && prep === null) return true;
  return (placed.mention.sector === 'MIL' || placed.mention.sector === 'SPY') && prep === null;
}

/**
 * No object: the actor the act is aimed at may sit inside the object phrase or the complement.
 * "rejected a U.S. request" (an actor in the pattern's gap), "rejected calls by the UN", "dismissed
 * an appeal from the president" (the author of the object), "demanded that the US cancel …",
 * "threatened to halt gas supplies to Moldova", "offered to talk with Georgia" (a predicate
 * with a complement: across its verbs, to the clause's end), "threatened to suspend voting in North
 * Jerusalem" (a place, when nothing else is named), "threatened to strike unless Israel withdrew"
 * (the one the condition is put to).
 */
function findComplementTarget(
  match: PredicateMatch,
  end: number,
  sources: readonly PlacedMention[],
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const own = new Set(sources.map((m) => m.mention.actor));
  const prepOf = (placed: PlacedMention) => prepositionBefore(placed.first, view, sentence, lexicon);
  const mine = (placed: PlacedMention) =>
    isOwn(placed, own, match, prepOf(placed)) || namesSource(placed, sources);
  for (let k = match.head + 1; k < end; k++) {
    const placed = placedAt(view, k);
    if (placed && !mine(placed)) return withConjuncts(placed, view, sentence, lexicon);
  }
  const preps = lexicon.words.defaultTargetPreps;
  const accept = (prep: string | null, placed: PlacedMention) => {
    if (isOwn(placed, own, match, prep) || namesSource(placed, sources)) return false;
    if (prep === null || prep === 'of' || preps.has(prep) || match.entry.targetPreps.has(prep)) return true;
    // "calls by X", "an appeal from X": the author of the thing rejected or demanded; "aid for X"
    return ['by', 'from', 'for'].includes(prep) && followsNoun(placed.first, end, view, sentence);
  };
  const found = findAfter(end, view, sentence, lexicon, accept, match.entry.comp);
  // "Israel and Hamas agreed to a ceasefire in Gaza": coordinated parties of a reciprocal act act on
  // each other, not on the place
  const reciprocal = match.entry.sym && own.size > 1;
  if (found.length > 0 || !(match.entry.comp || match.intended) || reciprocal) return found;
  const place = findAfter(
    end,
    view,
    sentence,
    lexicon,
    (prep, placed) =>
      prep !== null && lexicon.words.locationPreps.has(prep) && !isOwn(placed, own, match, prep),
    true,
  );
  if (place.length > 0) return place;
  return findConditionSubject(end, view, sentence, lexicon, (placed) => !mine(placed));
}

/**
 * "The bloc's envoy warned that the EU would review its ties with Baku", "the spokesman said Moscow would
 * respond", "China vowed to protect Chinese firms": in what the source says, the source's own name (or its
 * demonym) is the source speaking of itself, not the one the act aims at. An opposition or a rebel movement is not
 * its state: "the opposition demanded that Kenya hold a new vote".
 */
function namesSource(placed: PlacedMention, sources: readonly PlacedMention[]): boolean {
  const { actor, kind } = placed.mention;
  // a demonym names the source only when it names no part of its people ("Ugandan opposition candidates")
  const bare = kind === 'demonym' && placed.mention.sector === undefined && !placed.people;
  if (kind !== 'name' && kind !== 'metonym' && !bare) return false;
  return sources.some(
    (source) =>
      source.mention.actor === actor && source.mention.sector !== 'OPP' && source.mention.sector !== 'REB',
  );
}

/** "… unless Rwanda pulled back", "… if Canada presses on": the condition's subject. */
function findConditionSubject(
  from: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
  accept: (placed: PlacedMention) => boolean,
): PlacedMention[] {
  for (let k = from; k < sentence.tokenEnd; k++) {
    if (!lexicon.words.conditionals.has(view.tokens[k]?.lower ?? '')) continue;
    for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 5); j++) {
      const placed = placedAt(view, j);
      if (placed) return accept(placed) ? [placed] : [];
      const token = view.tokens[j];
      if (token && !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(token.pos)) break;
    }
    return [];
  }
  return [];
}

/** "calls by the UN": the preposition before the mention follows a noun (the object), not the verb. */
function followsNoun(first: number, end: number, view: TokenView, sentence: Sentence): boolean {
  let k = first - 1;
  while (k > sentence.tokenStart && ['DET', 'ADJ', 'NUM'].includes(view.tokens[k]?.pos ?? '')) k--;
  const before = view.tokens[k - 1];
  // "rejected calls by": the word right after the predicate is its object, however it is tagged
  return before?.pos === 'NOUN' || before?.pos === 'PROPN' || k - 1 === end;
}

/**
 * "Israel struck Gaza and killed …", "…, killing eight", "condemned the militia's attacks on civilians and
 * announced sanctions": the predicate shares the previous verb's subject (the rest of that verb's object may
 * come between).
 */
function sharesSubject(
  match: PredicateMatch,
  previous: { match: PredicateMatch; args: Arguments } | null,
  tokens: readonly Token[],
): boolean {
  if (!previous || previous.match.nominal || match.nominal) return false;
  const anchor = tokens[match.anchor];
  const before = tokens[match.anchor - 1];
  if (anchor?.lower.endsWith('ing') && before?.text === ',') return true;
  const lastArg = Math.max(
    previous.match.matched.at(-1) ?? previous.match.head,
    ...previous.args.targets.map((m) => m.last),
  );
  // the previous object's noun phrase goes on past its named part ("the militia's attacks on civilians")
  let object = previous.args.targets.length > 0;
  for (let k = lastArg + 1; k < match.anchor; k++) {
    const token = tokens[k];
    if (!token) return false;
    const joins = token.lower === 'and' || token.text === ',' || token.lower === 'then';
    if (joins) return k === match.anchor - 1 || tokens[k + 1]?.pos === 'ADV' || tokens[k + 1]?.pos === 'AUX';
    if (token.pos === 'ADV' || token.pos === 'AUX' || token.pos === 'PART') continue;
    object &&= OBJECT_WORDS.has(token.pos);
    if (!object) return false;
  }
  return false;
}

/** Parts of speech that continue an object's noun phrase: "'s attacks on civilians in the north". */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP']);

/**
 * Whether the verb's subject is a natural hazard or an epidemic: "A magnitude 6.8 earthquake struck off the
 * coast", "Cyclone Mira hit the port", "floods have hit the capital". No actor did it, so it is no event.
 */
export function hasHazardSubject(
  match: PredicateMatch,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
) {
  if (match.nominal) return false;
  const { tokens } = view;
  let k = match.anchor - 1;
  while (k >= sentence.tokenStart && ['ADV', 'AUX', 'PART'].includes(tokens[k]?.pos ?? '')) k--;
  // "An earthquake struck the coast, killing 300 people": the participle's subject is the clause's
  if (tokens[k]?.text === ',' && tokens[match.anchor]?.lower.endsWith('ing')) {
    for (let j = sentence.tokenStart; j < k && tokens[j]?.pos !== 'VERB'; j++) {
      if (isHazard(tokens[j] as Token, lexicon)) return true;
    }
    return false;
  }
  // "Cyclone Mira", "Storm Ciarán": the hazard word before the name
  for (let j = k; j >= Math.max(sentence.tokenStart, k - 2); j--) {
    const token = tokens[j];
    if (!token) break;
    if (isHazard(token, lexicon)) return true;
    if (token.pos !== 'PROPN') break;
  }
  return false;
}

function isHazard(token: Token, lexicon: EventLexicon): boolean {
  const singular = token.lower.endsWith('s') ? token.lower.slice(0, -1) : token.lower;
  return lexicon.words.hazards.has(token.lemma) || lexicon.words.hazards.has(singular);
}

/**
 * The subject: the noun phrase right before the verb (past adverbs, auxiliaries and time words: "France
 * on Wednesday condemned"). When it holds an actor ("Syrian rebels"), that actor; when it is a plain
 * noun ("Insurgents bombarded", "victims killed by"), no actor; otherwise the nearest actor before the
 * verb in its clause that is not inside a prepositional phrase ("The US commander in Iraq … held").
 */
function findSubject(match: PredicateMatch, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  const { tokens } = view;
  const words = lexicon.words;
  let k = match.anchor - 1;
  const apposed = subjectBeforeApposition(k, view, sentence, lexicon);
  if (apposed) return apposed;
  while (k >= sentence.tokenStart) {
    const token = tokens[k];
    if (!token || (view.mentionAt[k] ?? -1) >= 0) break;
    const skippable =
      ['ADV', 'AUX', 'PART'].includes(token.pos) ||
      token.text === ',' ||
      isIntentFrame(k, match.anchor, view, lexicon) ||
      words.timeWords.has(token.lower) ||
      (token.pos === 'NUM' && words.timeWords.has(tokens[k - 1]?.lower ?? ''));
    if (!skippable) break;
    k--;
  }
  const token = tokens[k];
  if (!token) return [];
  // "Mali's decision to expel the envoys", "the Russian move last week to suspend flights": the possessor of a
  // noun of decision or attempt acts
  const decision =
    tokens[match.anchor - 1]?.lower === 'to'
      ? decisionNounBefore(match.anchor - 1, view, sentence, lexicon)
      : -1;
  if (decision >= 0) {
    const owner = findModifier(decision, view, sentence);
    if (owner.length > 0) return owner;
  }
  if ((view.mentionAt[k] ?? -1) < 0 && words.relatives.has(token.lower)) {
    // "the armed faction that has taken": the antecedent before the relative pronoun
    let j = k - 1;
    if (tokens[j]?.text === ',') j--;
    return subjectPhrase(j, view, sentence, lexicon) ?? [];
  }
  const phrase = subjectPhrase(k, view, sentence, lexicon);
  if (phrase) return describedPerson(phrase, view, sentence, lexicon) ?? phrase;
  return nearestSubject(k, view, sentence, lexicon);
}

/**
 * "A member of the Kenyan parliament, John Mwangi, began …": a person with no actor of their own,
 * named in apposition to a noun phrase that names one, acts as that phrase says (Kenya's parliament).
 */
function describedPerson(
  phrase: readonly PlacedMention[],
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] | null {
  const person = phrase.length === 1 ? phrase[0] : undefined;
  if (!person?.mention.actor.startsWith('person:')) return null;
  if (view.tokens[person.first - 1]?.text !== ',' || view.tokens[person.last + 1]?.text !== ',') return null;
  const described = subjectPhrase(person.first - 2, view, sentence, lexicon);
  if (!described || described.length === 0) return null;
  return described.some((m) => m.mention.actor.startsWith('person:')) ? null : described;
}

/**
 * "Greece plans to impose", "Norway is ready to send": the words of an intention between the subject
 * and the intended verb at `verb` (an intention verb or adjective, "to", "be").
 */
function isIntentFrame(k: number, verb: number, view: TokenView, lexicon: EventLexicon): boolean {
  const token = view.tokens[k];
  if (!token || k >= verb) return false;
  // only when "to" and then the verb follow: "plans to impose", "is ready to send" (read first: it is cheaper)
  if (view.tokens[k + 1]?.lower !== 'to' || k + 2 > verb) return false;
  const words = lexicon.words;
  return (
    words.intentVerbs.has(token.lemma) ||
    words.intentVerbs.has(token.lower) ||
    words.intentAdjectives.has(token.lower)
  );
}

/**
 * "Norway, a close EU partner on energy, has declined …", "Greece, like most members, plans
 * to …": the actor before a comma-enclosed apposition right before the verb.
 */
function subjectBeforeApposition(from: number, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  let k = from;
  while (
    k >= sentence.tokenStart &&
    (['ADV', 'AUX', 'PART'].includes(view.tokens[k]?.pos ?? '') || isIntentFrame(k, from + 1, view, lexicon))
  )
    k--;
  if (view.tokens[k]?.text !== ',') return null;
  for (let j = k - 1; j >= sentence.tokenStart && j >= k - 15; j--) {
    const token = view.tokens[j];
    if (!token || token.text === ';') return null;
    if (token.pos === 'VERB' && lexicon.words.reporting.has(token.lemma)) return null;
    if (token.text !== ',') continue;
    // a description ("a key ally …", "like most members"), not a name ("…, General Ana Ruiz, met")
    const opening = view.tokens[j + 1];
    const described =
      opening && (['DET', 'ADP'].includes(opening.pos) || APPOSITION_OPENERS.has(opening.lower));
    if (!opening || !described || view.mentionAt[j + 1] !== -1) return null;
    // the apposition must not itself be a clause ("…, the army said, …")
    for (let m = j + 1; m < k; m++)
      if (view.tokens[m]?.pos === 'VERB' && view.mentionAt[m] === -1) return null;
    const phrase = subjectPhrase(j - 1, view, sentence, lexicon);
    return phrase && phrase.length > 0 ? phrase : null;
  }
  return null;
}

/**
 * The noun phrase ending at token `k`, read leftwards: its actor (the leftmost mention: "Russia's UN
 * envoy" is Russia's), [] for a plain noun phrase, or null when `k` ends no noun phrase.
 */
function subjectPhrase(
  k: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] | null {
  let found: PlacedMention | null = null;
  let head: PlacedMention | null = null;
  let sawNoun = false;
  let j = k;
  while (j >= sentence.tokenStart) {
    const token = view.tokens[j];
    if (!token) break;
    const placed = placedAt(view, j);
    if (placed) {
      head ??= placed;
      found = placed;
      j = placed.first - 1;
      continue;
    }
    // "The Arctic Council (AC) forum", "the Sol (Sun) party": a bracketed
    // name or gloss inside the phrase
    if (token.text === ')' && sawNoun) {
      let open = j - 1;
      while (open > sentence.tokenStart && open >= j - 8 && view.tokens[open]?.text !== '(') open--;
      if (view.tokens[open]?.text === '(') {
        for (let m = j - 1; m > open && !found; m--) found = placedAt(view, m) ?? null;
        j = open - 1;
        continue;
      }
    }
    if (
      ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(token.pos) ||
      token.text === "'s" ||
      token.text === '’s' ||
      token.text === '-'
    ) {
      if (token.pos === 'NOUN' || token.pos === 'PROPN') sawNoun = true;
      j--;
      continue;
    }
    // "Syrian planes including attack drones hit", "French jets carrying laser-guided bombs
    // struck": a participle phrase after the subject's head
    if (
      sawNoun &&
      token.pos === 'VERB' &&
      (token.lower.endsWith('ing') || token.lower.endsWith('ed')) &&
      !found
    ) {
      j--;
      continue;
    }
    break;
  }
  // "Ali Rahimi's militia network threatened": a person's group acts, not the person
  const possessed =
    found?.mention.actor.startsWith('person:') && head && !head.mention.actor.startsWith('person:');
  if (found && head && possessed && isPossessiveMark(view.tokens[found.last + 1]?.text ?? '')) found = head;
  // "NATO-member Norway", "Iranian-backed Hezbollah": a name in a hyphenated modifier is not the subject; "the
  // US-China trade war hit …": a hyphenated pair of names modifies the head noun, and neither is its author
  if (found && head && found !== head && view.tokens[found.last + 1]?.text === '-') {
    if (head.first === found.last + 2 && sawNoun) return [];
    found = head;
  }
  if (found) {
    // "The US commander in Iraq held": a mention inside a prepositional phrase is not the subject;
    // "a bomb near the town of Mosul exploded": nor is a place, whatever stands between
    const prep = found.placePrep ?? prepositionBefore(found.first, view, sentence, lexicon);
    if (prep !== null && prep !== 'of') {
      const before = nearestSubject(found.first - 1, view, sentence, lexicon);
      // "Students throughout Indonesia staged …", "Farmers in France marched": people of the place (but "the
      // war in Sudan has killed …" names where the act was, not who did it)
      if (before.length === 0 && PEOPLE_PREPS.has(prep) && !namesActBefore(found.first, view, lexicon))
        return [found];
      return before;
    }
    // "The Serbian and Albanian sides of the valley agreed": the head before "of" names its own actors
    if (prep === 'of') {
      const head = ownersBeforeOf(found.first, view, sentence, lexicon);
      if (head.length > 0) return head;
    }
    return withConjuncts(found, view, sentence, lexicon);
  }
  if (!sawNoun) return null;
  // "Colombia and the rebels held talks": a plain noun coordinated with a named party; the named one acts
  const joined = view.tokens[j];
  if (joined?.lower === 'and' && joined.pos === 'CCONJ') {
    const before = subjectPhrase(j - 1, view, sentence, lexicon);
    if (before && before.length > 0) return before;
  }
  // "the head of the delegation met": the phrase goes on before "of"
  if (view.tokens[j]?.lower === 'of') return nearestSubject(j - 1, view, sentence, lexicon);
  // "Palestinian police in Jericho confiscated", "rebels from the north attacked": a place no actor
  // names, after the subject's head; the phrase before the preposition is the subject
  const prep = view.tokens[j];
  if (prep?.pos === 'ADP' && (PEOPLE_PREPS.has(prep.lower) || lexicon.words.locationPreps.has(prep.lower)))
    return subjectPhrase(j - 1, view, sentence, lexicon) ?? [];
  return [];
}

/** Roots of acts of force: the acts a place is the scene of ("the war in Sudan", "fighting across Darfur"). */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

/** Whether the noun before the preposition ending before `first` names an act of force ("the war in …"). */
function namesActBefore(first: number, view: TokenView, lexicon: EventLexicon): boolean {
  let k = first - 1;
  while (['DET', 'ADJ', 'NUM'].includes(view.tokens[k]?.pos ?? '')) k--;
  if (view.tokens[k]?.pos !== 'ADP') return false;
  const noun = view.tokens[k - 1];
  // "fighting" may be tagged as the verb's gerund
  const nounLike = noun?.pos === 'NOUN' || noun?.pos === 'PROPN' || noun?.lower.endsWith('ing');
  if (!noun || !nounLike) return false;
  const entries = lexicon.byHead.get(noun.lower) ?? lexicon.byHead.get(noun.lemma) ?? [];
  return entries.some(
    (e) => e.headClass !== 'verb' && e.rest.length === 0 && FORCE_ROOTS.has(e.code.slice(0, 2)),
  );
}

/**
 * "the Serbian and Albanian sides of the river valley": the actors modifying a noun before an "of"
 * chain that ends in the mention at `first` (two links at most).
 */
/** Words that may stand between a noun and its determiner: "the divided Mediterranean island". */
const MODIFIERS = ['DET', 'ADJ', 'NUM', 'VERB', 'PROPN'];

function ownersBeforeOf(first: number, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  let k = first - 1;
  for (let link = 0; link < 2; link++) {
    while (
      k > sentence.tokenStart &&
      MODIFIERS.includes(view.tokens[k]?.pos ?? '') &&
      view.mentionAt[k] === -1
    )
      k--;
    if (view.tokens[k]?.lower !== 'of') return [];
    let j = k - 1;
    const noun = view.tokens[j];
    if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || view.mentionAt[j] !== -1) return [];
    for (j--; j >= sentence.tokenStart && j >= k - 6; j--) {
      const placed = placedAt(view, j);
      if (placed) return withConjuncts(placed, view, sentence, lexicon);
      if (![...MODIFIERS, 'NOUN'].includes(view.tokens[j]?.pos ?? '')) break;
    }
    k = j;
  }
  return [];
}

/** The nearest actor at or before `from` in the clause, preferring one not after a preposition. */
function nearestSubject(from: number, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  let fallback: PlacedMention | null = null;
  for (let k = from; k >= sentence.tokenStart; k--) {
    // the token's classes only: no token object is read
    const classes = view.classes[k];
    if (classes === undefined || classes & COLON) break;
    const at = view.mentionAt[k] ?? -1;
    if (at < 0) {
      if (classes & CLAUSE_BREAK) break;
      continue;
    }
    const placed = view.placed[at];
    if (!placed) continue;
    k = placed.first;
    const prep = prepositionBefore(placed.first, view, sentence, lexicon);
    if (prep === null || prep === 'of') {
      // "Russia, a close ally of Syria, called … and demanded": the name the apposition describes
      const described =
        view.tokens[placed.last + 1]?.text === ','
          ? subjectBeforeApposition(placed.last + 1, view, sentence, lexicon)
          : null;
      return described ?? withConjuncts(placed, view, sentence, lexicon);
    }
    fallback ??= placed;
  }
  return fallback ? withConjuncts(fallback, view, sentence, lexicon) : [];
}

/** How many words before an event noun its actor may stand: "Russia's | full - scale | invasion". */
const MODIFIER_REACH = 6;

/**
 * "Israeli air strikes", "Russia's invasion": an actor modifying the event noun ("the Paris summit",
 * a city read as its state, says where, not who); both actors of a hyphenated pair ("the Iran-Iraq war").
 */
function findModifier(head: number, view: TokenView, sentence: Sentence): PlacedMention[] {
  for (let k = head - 1; k >= sentence.tokenStart && k >= head - MODIFIER_REACH; k--) {
    const token = view.tokens[k];
    if (!token) break;
    const at = view.mentionAt[k] ?? -1;
    if (at >= 0) {
      const placed = view.placed[at];
      if (!placed || placed.placePrep !== undefined) return [];
      // "the Iran-Iraq war", "Eritrea-Ethiopia talks": a hyphenated pair names both parties
      const first =
        view.tokens[placed.first - 1]?.text === '-' ? placedAt(view, placed.first - 2) : undefined;
      return first && first.mention.actor !== placed.mention.actor ? [first, placed] : [placed];
    }
    // "Russia's full-scale invasion": a hyphenated adjective stays in the phrase
    const mark = isPossessiveMark(token.text) || token.text === '-';
    if (!['ADJ', 'NOUN', 'DET', 'PART', 'NUM'].includes(token.pos) && !mark) break;
  }
  return [];
}

/** The object: the first actor after the predicate that is bare or after a target preposition. */
function findObject(
  match: PredicateMatch,
  end: number,
  own: ReadonlySet<string>,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const preps = match.entry.targetPreps;
  // "agreed to US mediation", "called on Iran to …": a pattern ending in a preposition takes the
  // phrase right after it as its object
  const ownPrep = view.tokens[end - 1]?.pos === 'ADP' || view.tokens[end - 1]?.lower === 'to';
  let fallback: PlacedMention[] = [];
  const found = findAfter(end, view, sentence, lexicon, (prep, placed) => {
    if (prep === null || prep === 'of' || preps.has(prep)) return true;
    if (
      ownPrep &&
      prepositionBefore(placed.first, view, sentence, lexicon) === prep &&
      opensAt(end, placed, view)
    )
      return true;
    if ((prep === 'from' || prep === 'in') && namesPeopleOf(placed, end, preps, view)) return true;
    if (
      match.entry.loc &&
      lexicon.words.locationPreps.has(prep) &&
      fallback.length === 0 &&
      !lexicon.words.boundaries.has(view.tokens[placed.last + 1]?.lower ?? '')
    )
      fallback = [placed];
    return false;
  });
  if (found.length > 0) return found;
  // "engaged Malian troops in a fierce firefight near Gao": another actor inside the pattern outranks
  // a place ("held naval drills off Hawaii": the source's own forces do not)
  for (let k = match.head + 1; k < end; k++) {
    const inside = placedAt(view, k);
    if (inside && !own.has(inside.mention.actor)) return [];
  }
  return fallback.length > 0 ? withConjuncts(fallback[0] as PlacedMention, view, sentence, lexicon) : [];
}

/**
 * "met with banned opposition leaders from Belarus", "freed students from Tibet", "donated medicine to
 * hospitals in Gaza": an object that is a plain noun for people (or their institutions) from or in a
 * named place stands for that place, as a subject does ("Farmers in France marched"). The noun
 * phrase must open the object: right after the predicate (or its own
 * preposition) or after a target preposition ("talks with students from Chad"), and the place must
 * be a name, not a body ("from army-ruled Sudan" names Sudan, not the army).
 */
function namesPeopleOf(
  placed: PlacedMention,
  end: number,
  preps: ReadonlySet<string>,
  view: TokenView,
): boolean {
  if (placed.mention.kind !== 'name' && placed.mention.kind !== 'metonym') return false;
  let k = placed.first - 1;
  while (k > end && ['DET', 'ADJ', 'NUM'].includes(view.tokens[k]?.pos ?? '')) k--;
  const link = view.tokens[k]?.lower;
  if (link !== 'from' && link !== 'in') return false;
  let start = k - 1;
  if (start < end || view.tokens[start]?.pos !== 'NOUN' || view.mentionAt[start] !== -1) return false;
  while (start - 1 >= end && view.mentionAt[start - 1] === -1 && inNounPhrase(view.tokens[start - 1]))
    start--;
  if (start === end) return true;
  const opener = view.tokens[start - 1];
  return start - 1 >= end && opener !== undefined && opener.pos === 'ADP' && preps.has(opener.lower);
}

/** A determiner, adjective, number, noun or past participle ("banned") inside a noun phrase. */
function inNounPhrase(token: Token | undefined): boolean {
  if (!token) return false;
  if (['DET', 'ADJ', 'NUM', 'NOUN'].includes(token.pos)) return true;
  return token.pos === 'VERB' && endsEdEn(token.lower);
}

/**
 * Scans right from `from` within the clause for the first mention whose preposition `accept`s. Unless
 * `crossVerbs` (a predicate with a complement: "threatened to break off ties with Congo"), another verb
 * ends the search ("a report released Tuesday alleged that France …").
 */
function findAfter(
  from: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
  accept: (prep: string | null, placed: PlacedMention) => boolean,
  crossVerbs = false,
): PlacedMention[] {
  const limit = Math.min(sentence.tokenEnd, from + WINDOW);
  for (let k = from; k < limit; k++) {
    // the token's classes first: most words are no verb, and their objects are not read
    const classes = view.classes[k];
    if (classes === undefined) break;
    const at = view.mentionAt[k] ?? -1;
    if (at < 0) {
      const tag = classes & TAG;
      // "condemned as a grave abuse Belarus's arrests": "as" right after the predicate opens no clause
      if (breaksClause(view, k, classes, lexicon) && !(k === from && view.tokens[k]?.lower === 'as')) break;
      if (
        !crossVerbs &&
        (tag === VERB || tag === AUX || (classes & RELATIVE) !== 0) &&
        !isParticipleModifier(k, from, view)
      ) {
        break;
      }
      continue;
    }
    const placed = view.placed[at];
    if (!placed) continue;
    k = placed.last;
    if (accept(prepositionBefore(placed.first, view, sentence, lexicon), placed)) {
      return withConjuncts(placed, view, sentence, lexicon);
    }
  }
  return [];
}

/** The preposition governing the phrase that ends in the mention starting at `first`, if any. */
function prepositionBefore(
  first: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): string | null {
  for (let k = first - 1; k >= sentence.tokenStart && k >= first - 4; k--) {
    const token = view.tokens[k];
    if (!token || lexicon.words.clauseBreaks.has(token.lower)) break;
    // "more than 100 Palestinians", "up to 16 Russian advisers": a quantity, no preposition
    const previous = view.tokens[k - 1]?.lower ?? '';
    if (token.lower === 'than' && ['more', 'less', 'fewer', 'other'].includes(previous)) continue;
    if (token.lower === 'to' && previous === 'up') {
      k--;
      continue;
    }
    if (token.pos === 'ADP' || (token.pos === 'PART' && token.lower === 'to')) return token.lower;
    if (!['DET', 'ADJ', 'NUM'].includes(token.pos) && !QUANTITY.has(token.lower)) return null;
  }
  return null;
}

const QUANTITY = new Set(['more', 'less', 'fewer', 'some', 'about', 'around', 'nearly', 'almost', 'over']);

/**
 * "extradited suspected militant X", "reject proposed Israeli changes": a participle used as an
 * adjective (right after the predicate or a determiner, before a noun or a name) ends no clause.
 */
function isParticipleModifier(k: number, from: number, view: TokenView): boolean {
  const token = view.tokens[k];
  if (token?.pos !== 'VERB') return false;
  // "rejected calls by the UN": a noun tagged as a verb right after the predicate, before a preposition
  if (k === from && view.tokens[k + 1]?.pos === 'ADP') return true;
  const before = view.tokens[k - 1];
  // "shelled an army-held district", "struck Iranian-backed militias": a participle joined by a
  // hyphen is an adjective wherever it stands
  if (before?.text === '-' && before.end === token.start) return true;
  if (!endsEdEn(token.lower) && !token.lower.endsWith('ing')) return false;
  // "met with banned opposition leaders": a past participle right after a preposition
  const afterPrep = before?.pos === 'ADP' && endsEdEn(token.lower);
  if (k !== from && !afterPrep && !['DET', 'ADJ', 'NUM'].includes(before?.pos ?? '')) return false;
  const after = view.tokens[k + 1];
  return (view.mentionAt[k + 1] ?? -1) >= 0 || after?.pos === 'NOUN' || after?.pos === 'ADJ';
}

/**
 * "Brazil and the United States", "Iran, Libya, North Korea and Cuba": the mention with the mentions
 * coordinated with it. A comma alone joins only inside a list that ends with "and"
 * ("… Kabul, the NATO mission said" is no list).
 */
function withConjuncts(
  placed: PlacedMention,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const after = chain(placed, 1, view, sentence, lexicon);
  const before = chain(placed, -1, view, sentence, lexicon);
  if (before.length === 0 && after.length === 0) return [placed];
  return [...before.reverse(), placed, ...after];
}

function chain(
  placed: PlacedMention,
  step: 1 | -1,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const links: { mention: PlacedMention; and: boolean }[] = [];
  let edge = step === 1 ? placed.last : placed.first;
  for (;;) {
    let k = edge + step;
    let comma = false;
    let and = false;
    while (k >= sentence.tokenStart && k < sentence.tokenEnd && (view.mentionAt[k] ?? -1) < 0) {
      const token = view.tokens[k];
      if (!token) break;
      if (token.lower === 'and' || token.text === '&') and = true;
      else if (token.text === ',') comma = true;
      else if (token.pos !== 'DET' && token.lower !== 'both') break;
      k += step;
    }
    const next = placedAt(view, k);
    if ((!comma && !and) || !next) break;
    // "Israel struck Gaza and Hamas fired": a mention after a verb is its object, not a conjunct.
    if (step === -1 && opensObject(next.first, view, sentence)) break;
    if (lexicon.words.clauseBreaks.has(view.tokens[k]?.lower ?? '')) break;
    links.push({ mention: next, and });
    edge = step === 1 ? next.last : next.first;
  }
  if (links.length === 0) return [];
  // Forward, the list must close with "and"; backward, the link next to the mention must be "and"
  // or the list must hold one further on ("Iran, Libya and Cuba" read from Libya).
  const lastAnd = links.map((link) => link.and).lastIndexOf(true);
  // "Chile, Peru, Ecuador, Bolivia, and with reservations, Paraguay": three or more names in a
  // comma list are a list even when its "and" is cut off
  if (step === 1 && lastAnd < 0 && links.length >= 2) return links.map((link) => link.mention);
  if (step === 1) return links.slice(0, lastAnd + 1).map((link) => link.mention);
  return lastAnd >= 0 || links.length === 0 ? links.map((link) => link.mention) : [];
}

/** The mention starts the phrase at `from` (after determiners and adjectives only). */
function opensAt(from: number, placed: PlacedMention, view: TokenView): boolean {
  for (let k = from; k < placed.first; k++) {
    if (!['DET', 'ADJ', 'NUM'].includes(view.tokens[k]?.pos ?? '')) return false;
  }
  return true;
}

function opensObject(first: number, view: TokenView, sentence: Sentence): boolean {
  for (let k = first - 1; k >= sentence.tokenStart; k--) {
    const token = view.tokens[k];
    if (!token) return false;
    if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM') continue;
    return token.pos === 'VERB' || token.pos === 'ADP';
  }
  return false;
}

/**
 * Whether token `k` (of classes `classes`, `view.classes`) ends the clause: a clause's punctuation, a word that opens
 * another clause, a reporting verb. The token object is read for a verb only.
 */
function breaksClause(view: TokenView, k: number, classes: number, lexicon: EventLexicon): boolean {
  if (classes & (BREAK_MARK | CLAUSE_BREAK)) return true;
  if ((classes & TAG) !== VERB) return false;
  const token = view.tokens[k] as Token;
  return lexicon.words.reporting.has(token.lemma) || lexicon.words.reporting.has(token.lower);
}
