// Stage 5: QuoteDoc -> CAMEO/PLOVER events with source, target, date and place, the main event first.
import type { EventLayer, QuoteDoc } from '../../model/doc.js';
import type { Event } from '../../model/event.js';
import type { EventLexicon } from '../../model/lexicons/events.js';
import { topicOf } from '../../model/roundup.js';
import type { Evidence } from '../../model/span.js';
import { evidenceOf } from '../../model/span.js';
import type { Stage } from '../../model/stage.js';
import type { Sentence } from '../../model/text.js';
import { isPossessiveMark } from '../../model/word-shape.js';
import { findPredicates, isEmbedded, type PredicateMatch } from './1-find-predicates.js';
import { type Arguments, findArguments, hasHazardSubject, protestersOfPlace } from './2-find-arguments.js';
import { formatDate, parseArticleDate, parseDates, resolveDate } from './3-resolve-date.js';
import { findLocation } from './4-find-location.js';
import { type ClauseRole, MATERIAL_ROOTS, type RankInput, rankEvents } from './5-rank-events.js';
import { type PlacedMention, placedAt, type TokenView, viewTokens } from './sentence-view.js';
import { endsEdEn } from './token-classes.js';

export const codeEvents: Stage<QuoteDoc, EventLayer> = (doc, ctx) => {
  const lexicon = ctx.lexicons.events;
  const view = viewTokens(doc, ctx.lexicons.actors, lexicon);
  const names = new Map(doc.actors.map((actor) => [actor.id, actor.name]));
  const drafts: RankInput[] = [];
  /** what each event is dated from */
  const dating = new Map<Event, DatedAt>();
  /** root of each act of force named by a noun -> the sentences naming it */
  const conflictNouns = new Map<string, Set<number>>();
  // each paragraph's place among the prose paragraphs, or -1
  const proseParagraphs: number[] = [];
  // the title is paragraph 0 and the lead 1, whether the text holds its title or not (JSON Lines input)
  const opening = doc.paragraphs.find((p) => p.kind === 'body' || p.kind === 'heading');
  let prose = opening?.kind === 'heading' ? 0 : 1;
  for (const paragraph of doc.paragraphs)
    proseParagraphs.push(paragraph.kind === 'body' || paragraph.kind === 'heading' ? prose++ : -1);
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const paragraph = proseParagraphs[sentence.paragraph] ?? -1;
    // Captions and boilerplate retell the story's events: they are not coded twice.
    if (paragraph < 0) return;
    // most sentences tell no event: the set is made for the first one
    let seen: Set<string> | undefined;
    let previous: { match: PredicateMatch; args: Arguments } | null = null;
    // the last predicate told by a verb: a verb after "and" may share its subject past event nouns in its object
    let verbal: { match: PredicateMatch; args: Arguments } | null = null;
    let sawMain = false;
    let sawReaction = false;
    // the sentence's first act told outside an embedded clause, once coded: its root and whether it names its author
    let opening: { root: string; sourced: boolean } | undefined;
    // "Japan donated and delivered supplies to Nepal": a verb joined to the next shares its object
    let sharing: { event: Event; next: number } | null = null;
    // the drafts of the last predicate coded: an event noun's act may take the target of its result
    let previousDrafts: RankInput[] = [];
    const matches = findPredicates(view, sentence, lexicon);
    for (let n = 0; n < matches.length; n++) {
      const match = matches[n] as PredicateMatch;
      if (match.subordinate) continue;
      const root = match.code.slice(0, 2);
      // "the right of troops to fire", "met Assad to discuss efforts": wanted or planned, not done
      const unreal = match.infinitive === 'nominal' || (match.infinitive === 'verbal' && sawMain);
      if (unreal && !match.intended) continue;
      // "… bombarded the city, killing eight people": the same act told again by its result
      const head = view.tokens[match.head];
      const retold =
        previous !== null &&
        head?.lower.endsWith('ing') === true &&
        view.tokens[match.anchor - 1]?.text === ',' &&
        previous.match.code.slice(0, 2) === root;
      if (retold) continue;
      // "attend a forum on the drought in Kenya", "gratitude for Japan's support": an event noun
      // in a prepositional phrase after another predicate is what that one is about, not an act told
      if (match.nominal && previous !== null && inPrepositionalPhrase(match.head, view, sentence)) continue;
      if (hasHazardSubject(match, view, sentence, lexicon)) continue;
      // "Bolsonaro sentenced to 27 years": a headline tells its acts in the present, and a bare participle is passive
      if (paragraph === 0 && prose > 1 && isHeadlineParticiple(match, view)) match.passive = true;
      const told = findArguments(match, verbal, view, sentence, lexicon);
      // "a raid by Somali gunmen killed three policemen": the event noun before is the act's means
      const means =
        previous !== null && isMeansSubject(match, previous.match, view, lexicon) ? previous : null;
      const author: PlacedMention[] =
        told.sources.length > 0
          ? []
          : (means?.args.sources ?? unnamedAuthor(match, matches[n + 1], view, sentence, lexicon));
      const found: Arguments = author.length > 0 ? { sources: author, targets: told.targets } : told;
      if (means) {
        seen ??= new Set<string>();
        retargetMeans(previousDrafts, means, found.targets, seen, view, lexicon, names, dating);
      }
      previous = { match, args: found };
      if (!match.nominal) verbal = previous;
      previousDrafts = [];
      const args = match.obliged ? demandArguments(found, match, doc, view, sentence, lexicon) : found;
      const embedding = isEmbedded(match, view, sentence, lexicon);
      // "the armed faction that has taken towns in Mali", "a member of the union arrested last month",
      // "jailed for helping militants": background told about a noun, not an act the text reports
      if (embedding === 'relative' || embedding === 'modifier') continue;
      const clause = roleOf(match, sawMain, sawReaction, embedding !== null);
      // "The council met after North Korea fired a missile", "Fighting resumed after the militia shelled the
      // army": force told as the cause of words, a meeting or an act with no author is what they answer (for the
      // ranking only: the act's arguments are read as any embedded act's)
      const cause =
        clause === 'embedded' &&
        embedding === 'adverbial' &&
        opening !== undefined &&
        (!MATERIAL_ROOTS.has(opening.root) || !opening.sourced) &&
        CONFLICT_ROOTS.has(root) &&
        afterCause(match.anchor, view, sentence);
      const role: ClauseRole = cause ? 'cause' : clause;
      if (match.nominal && CONFLICT_ROOTS.has(root)) {
        const told = conflictNouns.get(root) ?? new Set<number>();
        conflictNouns.set(root, told.add(sentenceIndex));
      }
      if (role === 'first') sawMain = true;
      const opens = opening === undefined && clause !== 'embedded';
      if (!match.nominal && REACTION_ROOTS.has(root)) sawReaction = true;
      // "condemned a drone attack on the dam": the act reacted to is kept even with no actor named
      const mutual = actsOnEachOther(match, view);
      for (const [source, target] of pairArguments(match, args, role === 'reacted', mutual)) {
        const event = buildEvent(match, source, target, view, lexicon, names);
        if (sharing && sharing.next === match.head && sharing.event.source === event.source && event.target) {
          sharing.event.target = event.target;
        }
        const key = `${event.source}|${event.target}|${event.cameo}`;
        seen ??= new Set<string>();
        if (seen.has(key)) continue;
        seen.add(key);
        // dated once the events kept are known (`datesOf`)
        dating.set(event, { match, sentence, sentenceIndex });
        event.location = findLocation(view, sentence, match.head);
        event.sentence = sentenceIndex;
        const link: string | undefined = view.tokens[match.head + 1]?.lower;
        sharing =
          !match.nominal && event.target === null && (link === 'and' || link === 'or')
            ? { event, next: match.head + 2 }
            : null;
        const draft: RankInput = { event, paragraph, sentence: sentenceIndex, role };
        drafts.push(draft);
        if (opens) opening = { root, sourced: event.source !== null || (opening?.sourced ?? false) };
        previousDrafts.push(draft);
        const claim = embedding === null ? claimOf(event, match, view, sentence, lexicon) : null;
        if (claim && !seen.has(`${claim.source}|${claim.target}|${claim.cameo}`)) {
          seen.add(`${claim.source}|${claim.target}|${claim.cameo}`);
          dating.set(claim, { match, sentence, sentenceIndex });
          drafts.push({ event: claim, paragraph, sentence: sentenceIndex, role });
        }
      }
    }
  });
  // An act reacted to with no actor named leads only when the article tells of it again ("The attack,
  // carried out by three drones, damaged …"); otherwise the reaction's own sentence reads first.
  const kept = drafts.filter(({ event, role }) => {
    if (event.source || event.target) return true;
    return role === 'reacted' && (conflictNouns.get(event.cameo.slice(0, 2))?.size ?? 0) > 1;
  });
  datesOf(kept, dating, doc, view, lexicon);
  // every ranked event is a fresh object of this call: numbered in place (its first key is `id`)
  // a round-up's lead event is what its title names, never one of the reactions it gathers
  // a round-up whose reactions stand under actor headings after its lead
  const lead = doc.paragraphs.findIndex((p) => p.kind === 'body');
  const headed = lead >= 0 && doc.paragraphs.some((p, index) => index > lead && p.kind === 'heading');
  const events = rankEvents(kept, topicOf(doc.meta.title) !== undefined, headed);
  events.forEach((event, index) => {
    event.id = `e${index + 1}`;
  });
  return { value: { events }, issues: [] };
};

/** Where an event is told: its predicate and its sentence. */
interface DatedAt {
  match: PredicateMatch;
  sentence: Sentence;
  sentenceIndex: number;
}

/**
 * Dates the events kept (`resolveDate`), in place. Events dropped for naming no actor are never dated, so chrono
 * (a large part of the stage) runs only for the sentences of kept events, once per sentence.
 */
function datesOf(
  drafts: readonly RankInput[],
  dating: ReadonlyMap<Event, DatedAt>,
  doc: QuoteDoc,
  view: TokenView,
  lexicon: EventLexicon,
): void {
  if (drafts.length === 0) return;
  const articleDate = parseArticleDate(doc.meta.date);
  // what `resolveDate` gives an event whose sentence names no time
  const undated = articleDate ? formatDate(articleDate) : null;
  const parsed = new Map<number, ReturnType<typeof parseDates>>();
  for (const { event } of drafts) {
    const dated = dating.get(event);
    if (!dated) continue;
    const { match, sentence, sentenceIndex } = dated;
    let dates = parsed.get(sentenceIndex);
    if (dates === undefined) {
      dates = parseDates(doc.text.slice(sentence.start, sentence.end), articleDate);
      parsed.set(sentenceIndex, dates);
    }
    // most sentences name no time: the article's date, and the other verbs are not read
    if (!dates?.length) {
      event.date = undated;
      continue;
    }
    const head = view.tokens[match.head];
    event.date = resolveDate(
      doc.text.slice(sentence.start, sentence.end),
      sentence.start,
      head?.start ?? sentence.start,
      articleDate,
      otherVerbs(match, view, sentence, lexicon),
      dates,
    );
  }
}

/**
 * The author of an act whose own words name none: the author of the act of force that did it
 * (`authorOfMeansAfter`), else the protesters of the place it was done in (`protestersOfPlace`). A function, not a
 * closure in the loop of `codeEvents`: a closure there would hold each predicate in a context made for it.
 */
function unnamedAuthor(
  match: PredicateMatch,
  next: PredicateMatch | undefined,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const author = authorOfMeansAfter(match, next, view, sentence, lexicon);
  return author.length > 0 ? author : protestersOfPlace(match, view, sentence, lexicon);
}

/** Acts of force that an act of force can be the means of: coercion, assault, fighting, mass violence. */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);
/** Prepositions that name the means of an act: "killed in an air strike", "wounded during shelling". */
const MEANS_PREPOSITIONS = new Set(['in', 'during', 'amid', 'by']);

/**
 * "Ten soldiers were killed in an Algerian air strike", "… in shelling by Chadian forces": an act of
 * force with no author named, told with the act of force that did it after a passive, has the author
 * of that act.
 */
function authorOfMeansAfter(
  match: PredicateMatch,
  next: PredicateMatch | undefined,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  if (match.nominal || !match.passive || !FORCE_ROOTS.has(match.code.slice(0, 2))) return [];
  if (!next?.nominal || !FORCE_ROOTS.has(next.code.slice(0, 2))) return [];
  if (!namesMeansAfter(match, next, view, sentence, lexicon)) return [];
  return findArguments(next, null, view, sentence, lexicon).sources;
}

/**
 * "A raid by Somali gunmen killed three policemen", "Algerian air strikes on Gao killed …": the act of
 * force is done by an event noun of force, its subject (nothing but its noun phrase between them).
 */
function isMeansSubject(
  match: PredicateMatch,
  noun: PredicateMatch,
  view: TokenView,
  lexicon: EventLexicon,
): boolean {
  if (match.nominal || match.passive || match.intended || !FORCE_ROOTS.has(match.code.slice(0, 2)))
    return false;
  if (!noun.nominal || !FORCE_ROOTS.has(noun.code.slice(0, 2))) return false;
  const end = Math.max(noun.head, noun.matched.at(-1) ?? noun.head);
  if (end >= match.anchor) return false;
  for (let k = end + 1; k < match.anchor; k++) {
    const token = view.tokens[k];
    if (!token) return false;
    if (view.mentionAt[k] !== -1) continue;
    if (!NOUN_PHRASE.has(token.pos) && token.pos !== 'ADP' && token.text !== '-') return false;
    if (lexicon.words.clauseBreaks.has(token.lower) || lexicon.words.relatives.has(token.lower)) return false;
  }
  return true;
}

/** Tags of the words inside a noun phrase: "the first Algerian air strikes", "Chad's 2,000 troops". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/**
 * "were killed on Sunday in an Algerian air strike": the event noun `next` ends a phrase opened by a
 * preposition of means right after the passive act (past adverbs and time words only).
 */
function namesMeansAfter(
  match: PredicateMatch,
  next: PredicateMatch,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): boolean {
  let k = Math.max(match.anchor, match.matched.at(-1) ?? match.head) + 1;
  for (; k < next.head && k < sentence.tokenEnd; k++) {
    const token = view.tokens[k];
    if (!token) return false;
    if (token.pos === 'ADP' && MEANS_PREPOSITIONS.has(token.lower)) break;
    const time = lexicon.words.timeWords.has(token.lower) || token.lower === 'on' || token.pos === 'NUM';
    if (!time && token.pos !== 'ADV') return false;
  }
  for (k++; k < next.head; k++) {
    const token = view.tokens[k];
    if (!token) return false;
    if (view.mentionAt[k] === -1 && !NOUN_PHRASE.has(token.pos) && token.text !== '-') return false;
  }
  return k === next.head;
}

/**
 * The event noun's drafts with no target take the target of the act it did ("a raid by Somali gunmen"
 * is a raid on the policemen it killed); the act's own event is then not told twice (`seen`).
 */
function retargetMeans(
  drafts: readonly RankInput[],
  noun: { match: PredicateMatch; args: Arguments },
  targets: readonly PlacedMention[],
  seen: Set<string>,
  view: TokenView,
  lexicon: EventLexicon,
  names: ReadonlyMap<string, string>,
  dating: Map<Event, DatedAt>,
): void {
  const target = targets[0];
  if (!target) return;
  for (const draft of drafts) {
    if (draft.event.target !== null) continue;
    const source = noun.args.sources.find((m) => m.mention.actor === draft.event.source) ?? null;
    const event = buildEvent(noun.match, source, target, view, lexicon, names);
    // dated as the draft it replaces
    const dated = dating.get(draft.event);
    if (dated) dating.set(event, dated);
    event.location = draft.event.location;
    if (draft.event.sentence !== undefined) event.sentence = draft.event.sentence;
    draft.event = event;
    seen.add(`${event.source}|${event.target}|${event.cameo}`);
  }
}

/**
 * Whether the adverbial clause of the verb at `verb` opens with "after" (a cause told after its effect), as
 * `isEmbedded` found its subordinator: within ten words, no comma or semicolon between.
 */
function afterCause(verb: number, view: TokenView, sentence: Sentence): boolean {
  for (let k = verb - 1; k >= sentence.tokenStart && k >= verb - 10; k--) {
    const word = view.tokens[k]?.lower;
    if (word === undefined || word === ',' || word === ';') return false;
    if (word === 'after') return true;
  }
  return false;
}

/** Statements, appeals, accusations, demands, rejections, threats: words about other acts. */
const REACTION_ROOTS = new Set(['01', '02', '09', '10', '11', '12', '13']);
/** Material conflict (protest to mass violence): the act such words are usually about. */
const CONFLICT_ROOTS = new Set(['14', '15', '16', '17', '18', '19', '20']);

/**
 * The predicate's place in its sentence: the first main-clause verb, a later one, an embedded one,
 * an event noun, or an act of force named inside a reaction to it ("condemned the strike on Gaza").
 */
function roleOf(
  match: PredicateMatch,
  sawMain: boolean,
  sawReaction: boolean,
  embedded: boolean,
): ClauseRole {
  if (match.nominal) return sawReaction && CONFLICT_ROOTS.has(match.code.slice(0, 2)) ? 'reacted' : 'nominal';
  if (embedded) return 'embedded';
  return sawMain ? 'main' : 'first';
}

/**
 * "Russia said that Sudan must return the helicopter": a demand by the speaker of the reported words
 * (the quote's speaker, else the actor before the reporting verb that opens the sentence's clause) on
 * the subject of "must".
 */
function demandArguments(
  args: Arguments,
  match: PredicateMatch,
  doc: QuoteDoc,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): Arguments {
  const offset = view.tokens[match.head]?.start ?? 0;
  const quote = doc.quotes.find((q) => q.start <= offset && offset < q.end && q.speakerMention);
  const at = quote?.speakerMention?.start;
  let speaker = view.placed.find((placed) => placed.mention.start === at) ?? null;
  if (!speaker) {
    const first = Math.min(match.anchor, ...args.sources.map((m) => m.first));
    for (let k = first - 1; k >= sentence.tokenStart && !speaker; k--) {
      const token = view.tokens[k];
      if (token?.pos !== 'VERB' || !lexicon.words.reporting.has(token.lemma)) continue;
      for (let j = k - 1; j >= sentence.tokenStart; j--) {
        const placed = placedAt(view, j);
        if (placed) {
          speaker = placed;
          break;
        }
      }
      break;
    }
  }
  // "Lindqvist sent a firm note to Latvia that it must comply": no reporting verb, the subject
  // of the clause that tells the obligation (an actor named first, with a verb before the demand)
  if (!speaker) {
    const first = Math.min(match.anchor, ...args.sources.map((m) => m.first));
    const opening = placedAt(view, sentence.tokenStart) ?? null;
    const told = opening !== null && opening.last + 1 < first;
    let verb = false;
    for (let k = (opening?.last ?? first) + 1; told && k < first && !verb; k++)
      verb = view.tokens[k]?.pos === 'VERB' && view.mentionAt[k] === -1;
    const asked = args.sources.some((m) => m.mention.actor === opening?.mention.actor);
    if (verb && !asked) speaker = opening;
  }
  // "Iran said it must defend itself" is no demand on Iran; "the rebels said the president must go" is
  const own = speaker?.mention.actor;
  const targets = args.sources.filter((m) => m.mention.actor !== own || m.mention.kind !== 'pronoun');
  return { sources: speaker ? [speaker] : [], targets };
}

/** Force and violence an actor can be accused of. */
const ACCUSABLE_ROOTS = new Set(['18', '19', '20']);

/**
 * "The US said that ISIL had attacked Iraq": an act of force told in the words of an actor named
 * before the reporting verb is also that actor's claim: an accusation (112) of the one said to have
 * acted, or, when the speaker names itself, a claim of responsibility (015). The act stays coded.
 */
function claimOf(
  event: Event,
  match: PredicateMatch,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): Event | null {
  if (match.nominal || match.intended || !ACCUSABLE_ROOTS.has(match.code.slice(0, 2))) return null;
  if (event.source === null) return null;
  let speaker: PlacedMention | null = null;
  for (let k = match.anchor - 1; k >= sentence.tokenStart && !speaker; k--) {
    const token = view.tokens[k];
    if (!token || token.text === ';' || token.text === '.') return null;
    if (token.pos !== 'VERB' || !lexicon.words.reporting.has(token.lemma)) continue;
    // "Kenya is said to have attacked": a passive reporting verb names no speaker
    if (view.tokens[k - 1]?.lemma === 'be') return null;
    for (let j = k - 1; j >= sentence.tokenStart && !speaker; j--) {
      if (view.tokens[j]?.text === ',') return null;
      speaker = placedAt(view, j) ?? null;
    }
    if (!speaker) return null;
  }
  if (!speaker) return null;
  const own = speaker.mention.actor === event.source;
  const code = lexicon.codes.get(own ? '015' : '112');
  if (!code) return null;
  const target = own ? event.target : event.source;
  const evidence = [...event.evidence, evidenceOf(view.text, speaker.mention.start, speaker.mention.end)];
  evidence.sort((a, b) => a.start - b.start);
  return {
    ...event,
    cameo: code.code,
    plover: code.plover,
    goldstein: code.goldstein,
    summary: `${speaker.mention.text} ${own ? 'claimed' : 'accused'} ${event.summary}`,
    source: speaker.mention.actor,
    target,
    evidence: evidence.filter((e, i) => i === 0 || e.start !== evidence[i - 1]?.start),
  };
}

/**
 * Offsets of the sentence's verbs other than the predicate's own words and reporting verbs (the day a
 * thing was said dates what was said: "said on Tuesday that militants killed …").
 */
function otherVerbs(match: PredicateMatch, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  const own = new Set([match.anchor, ...match.matched]);
  // "An air strike destroyed the consulate on Monday", "a raid that killed nine on Monday": the verb an event noun
  // is the subject of tells when the act was done
  if (match.nominal) {
    let k = (match.matched.at(-1) ?? match.head) + 1;
    if (lexicon.words.relatives.has(view.tokens[k]?.lower ?? '')) k++;
    while (view.tokens[k]?.pos === 'ADV' || view.tokens[k]?.pos === 'AUX') k++;
    if (k < sentence.tokenEnd && view.tokens[k]?.pos === 'VERB') own.add(k);
  }
  const offsets: number[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const token = view.tokens[k];
    if (token?.pos !== 'VERB' || own.has(k) || lexicon.words.reporting.has(token.lemma)) continue;
    offsets.push(token.start);
  }
  return offsets;
}

/** The noun at `head` ends a phrase opened by a preposition ("over two Israeli air raids"). */
function inPrepositionalPhrase(head: number, view: TokenView, sentence: Sentence): boolean {
  for (let k = head - 1; k >= sentence.tokenStart && k >= head - 6; k--) {
    const token = view.tokens[k];
    if (!token) return false;
    if (token.pos === 'ADP') return true;
    const inPhrase =
      ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(token.pos) || isPossessiveMark(token.text);
    if (!inPhrase && view.mentionAt[k] === -1) return false;
  }
  return false;
}

type Pair = [PlacedMention | null, PlacedMention | null];

/** No source or no target: one pair with none. */
const NO_ONE: readonly null[] = [null];

/** "Russia and Ukraine accused each other of …": the predicate's object is "each other" or "one another". */
function actsOnEachOther(match: PredicateMatch, view: TokenView): boolean {
  const end = (match.matched.at(-1) ?? match.head) + 1;
  const first = view.tokens[end]?.lower;
  const second = view.tokens[end + 1]?.lower;
  return (first === 'each' && second === 'other') || (first === 'one' && second === 'another');
}

/**
 * Sources x targets; a reciprocal act of coordinated actors with no other target pairs them up, as
 * does any act whose object is "each other" (`mutual`).
 */
function pairArguments(match: PredicateMatch, args: Arguments, keepBare: boolean, mutual: boolean): Pair[] {
  const { sources, targets } = args;
  // "Israel and Lebanon renewed negotiations on an Israeli pullback": coordinated parties of a
  // reciprocal act act on each other, whatever the talks are about
  const reciprocal = (match.entry.sym || mutual) && sources.length > 1;
  const parties = reciprocal ? new Set(sources.map((s) => s.mention.actor)).size : 0;
  if ((targets.length === 0 || parties > 1) && reciprocal) {
    const pairs: Pair[] = [];
    for (const a of sources)
      for (const b of sources) if (a !== b && a.mention.actor !== b.mention.actor) pairs.push([a, b]);
    return pairs;
  }
  const pairs: Pair[] = [];
  for (const source of sources.length > 0 ? sources : NO_ONE) {
    for (const target of targets.length > 0 ? targets : NO_ONE) {
      if (!source && !target && !keepBare) continue;
      // "a lull in the shelling in Kharkiv": an act named by a noun with only the place it happened
      // names no actor (a city read as its state is where, not whom)
      if (!source && match.nominal && target?.placePrep !== undefined && !keepBare) continue;
      // "it hoped Dutch officers would be charged": an intent or a threat needs the one who has it
      if (!source && match.intended) continue;
      // "students demonstrated in Ghana": the people of a place may act on it, no other mention on itself
      if (source && target && source.first === target.first && !source.people) continue;
      pairs.push([source, target]);
    }
  }
  return pairs;
}

function buildEvent(
  match: PredicateMatch,
  source: PlacedMention | null,
  target: PlacedMention | null,
  view: TokenView,
  lexicon: EventLexicon,
  names: ReadonlyMap<string, string>,
): Event {
  const code = lexicon.codes.get(match.code) ?? lexicon.codes.get(match.code.slice(0, 2));
  // "launched an attack", "a warning was issued", "evidence … was presented": from the first word to the last
  const first = view.tokens[Math.min(match.anchor, match.head, match.matched[0] ?? match.head)];
  const last = view.tokens[Math.max(match.anchor, match.matched.at(-1) ?? match.head)];
  const predicate = evidenceOf(view.text, first?.start ?? 0, last?.end ?? 0);
  const evidence: Evidence[] = [predicate];
  if (source) insertByStart(evidence, evidenceOf(view.text, source.mention.start, source.mention.end));
  if (target && target.mention.start !== source?.mention.start)
    insertByStart(evidence, evidenceOf(view.text, target.mention.start, target.mention.end));
  const nameOf = (placed: PlacedMention | null) =>
    placed ? (names.get(placed.mention.actor) ?? placed.mention.text) : null;
  // an event noun's person by name ("the assassination of Hassan Nasrallah", not "of Hezbollah")
  const targetName = (match.nominal ? target?.mention.person : undefined) ?? nameOf(target);
  let verb = match.passive || match.entry.subjectIsTarget ? match.entry.display : predicate.text;
  // "assassination of Hassan Nasrallah", "strikes on Kyiv": an event noun keeps the preposition before its target
  const linking = match.nominal && target ? view.tokens[(match.matched.at(-1) ?? match.head) + 1] : undefined;
  if (linking?.pos === 'ADP' && target && linking.end <= target.mention.start)
    verb = `${verb} ${linking.text}`;
  return {
    id: '',
    cameo: match.code,
    plover: code?.plover ?? '',
    goldstein: code?.goldstein ?? 0,
    summary: joinWords(joinWords(nameOf(source), verb), targetName),
    source: source?.mention.actor ?? null,
    target: target?.mention.actor ?? null,
    date: null,
    location: null,
    evidence,
  };
}

/** "Israel" and "struck" -> "Israel struck": the words that are there (not null or empty), one space between. */
function joinWords(a: string | null, b: string | null): string {
  if (!a) return b || '';
  return b ? `${a} ${b}` : a;
}

/** Puts `item` after every item that starts at or before it: a stable sort by start, one item at a time. */
function insertByStart(list: Evidence[], item: Evidence): void {
  let at = list.length;
  while (at > 0 && (list[at - 1] as Evidence).start > item.start) at--;
  list.splice(at, 0, item);
}

/** Parts of speech that start a verb's object: after one the "-ed" form is active ("Russia launched missiles"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/**
 * Whether a headline's predicate is a bare past participle with no object after it: "Envoy expelled", "Bolsonaro
 * sentenced to 27 years", "Three journalists detained in Minsk".
 */
function isHeadlineParticiple(match: PredicateMatch, view: TokenView): boolean {
  if (match.nominal || match.passive || match.anchor !== match.head) return false;
  const head = view.tokens[match.head];
  if (head?.pos !== 'VERB' || !endsEdEn(head.lower) || head.lower === head.lemma) return false;
  const before = view.tokens[match.head - 1];
  if (
    !before ||
    before.pos === 'AUX' ||
    before.lower === 'to' ||
    before.lower === 'has' ||
    before.lower === 'have'
  )
    return false;
  const after = view.tokens[match.head + 1];
  return after === undefined || !OBJECT_STARTS.has(after.pos);
}
