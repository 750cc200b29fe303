// Stored article analyses -> event clusters: one real-world event reported by many outlets over several days.
import type { Actor, ActorType } from '../model/actor.js';
import type { Analysis } from '../model/analysis.js';
import type { Event } from '../model/event.js';
import type { Position, Reaction, Stance } from '../model/reaction.js';
import { compareDates, dayNumber, earlierDate, laterDate } from './dates.js';
import { hashString } from './fingerprint.js';
import { extractKeywords, overlapCoefficient } from './keywords.js';
import type {
  ActorReaction,
  ArticleRecord,
  ClusterActor,
  ClusterArticle,
  ClusterQuote,
  EventCluster,
  ReactionEvidence,
} from './types.js';

export interface ClusterOptions {
  /** an article joins a cluster when its event date is at most this many days outside the cluster's dates */
  windowDays: number;
  /** least overlap coefficient of key words for the same (CAMEO root, source, target) */
  minKeywordOverlap: number;
  /** least overlap for the same source and target coded under a different CAMEO root */
  minKeywordOverlapOtherRoot: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  windowDays: 3,
  minKeywordOverlap: 0.2,
  minKeywordOverlapOtherRoot: 0.5,
};

interface Member {
  record: ArticleRecord;
  /** the event the article is about (see findAnchorEvent) */
  event: Event;
  /** the event the pipeline flagged as the article's main one (reactions are usually aimed at it) */
  main: Event;
  /** the anchor is a statement (CAMEO 01–05, 09–14), not a material act: the article may be a follow-up */
  verbal: boolean;
  /** ids of every actor the article mentions */
  mentions: Set<string>;
  /** the event's date (for the window), else the article's */
  date: string | null;
  day: number | null;
  /** the article's date, else the event's: when a reaction was reported */
  reported: string | null;
  keywords: Set<string>;
}

interface Draft {
  root: string;
  source: string | null;
  target: string | null;
  /** the first member's anchor is a material act (follow-up articles may join such a cluster) */
  material: boolean;
  location: string | null;
  start: number | null;
  end: number | null;
  keywords: Set<string>;
  members: Member[];
}

/** Groups articles by their main event; near-duplicates (wire copies) and articles without events stay out. */
export function clusterEvents(
  records: readonly ArticleRecord[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): EventCluster[] {
  const members: Member[] = [];
  for (const record of records) {
    if (record.duplicateOf !== null) continue;
    const main = findMainEvent(record.analysis);
    const event = findAnchorEvent(record.analysis);
    if (!main || !event) continue;
    const date = event.date ?? record.analysis.article.date;
    const reported = record.analysis.article.date ?? event.date;
    const keywords = describeEvent(record.analysis, event);
    const mentions = new Set(record.analysis.actors.map((actor) => actor.id));
    members.push({
      record,
      event,
      main,
      verbal: !isMaterial(event),
      mentions,
      date,
      day: dayNumber(date),
      reported,
      keywords,
    });
  }
  members.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      compareDates(a.reported, b.reported) ||
      a.record.analysis.article.id.localeCompare(b.record.analysis.article.id),
  );
  const drafts: Draft[] = [];
  // Candidates are looked up by parties, so that each article is compared with few clusters, not all.
  const byParties = new Map<string, Draft[]>();
  const byTarget = new Map<string, Draft[]>();
  const byRoot = new Map<string, Draft[]>();
  for (const member of members) {
    const draft =
      findDraft(byParties.get(partiesKey(member.event)) ?? [], member, options) ??
      findPartlyCodedDraft(byRoot.get(cameoRoot(member.event.cameo)) ?? [], member, options) ??
      findFollowedDraft(followUpCandidates(byTarget, member), member, options);
    if (draft) {
      addMember(draft, member);
      continue;
    }
    const started = startDraft(member);
    drafts.push(started);
    pushTo(byParties, partiesKey(member.event), started);
    pushTo(byRoot, started.root, started);
    if (started.material && started.target !== null) pushTo(byTarget, started.target, started);
  }
  return drafts.map(buildCluster);
}

function partiesKey(event: Event): string {
  return `${event.source ?? ''}\u0000${event.target ?? ''}`;
}

function pushTo(index: Map<string, Draft[]>, key: string, draft: Draft): void {
  const list = index.get(key);
  if (list) list.push(draft);
  else index.set(key, [draft]);
}

/** Clusters of material acts against an actor the article mentions (a follow-up must name the target). */
function followUpCandidates(byTarget: Map<string, Draft[]>, member: Member): Draft[] {
  if (!member.verbal) return [];
  return [...member.mentions].flatMap((id) => byTarget.get(id) ?? []);
}

/** The article's main event: the one flagged `main`, else the first coded. */
export function findMainEvent(analysis: Analysis): Event | undefined {
  return analysis.events.find((event) => event.main) ?? analysis.events[0];
}

/**
 * The event an article is about: its main event when that is a material act; otherwise the first material
 * act with a known target, if any. "Nigeria condemned the shelling of Kousseri by Chad" is flagged with the
 * condemnation as main event, but the story is the shelling, which other outlets report too.
 */
export function findAnchorEvent(analysis: Analysis): Event | undefined {
  const main = findMainEvent(analysis);
  if (!main || isMaterial(main)) return main;
  const acts = analysis.events.filter((event) => isMaterial(event) && event.target !== null);
  return acts.find((event) => event.source !== null) ?? acts[0] ?? main;
}

/** CAMEO roots of material acts: aid and cooperation (06–08), force, coercion and violence (15–20). */
const MATERIAL_ROOTS = new Set(['06', '07', '08', '15', '16', '17', '18', '19', '20']);

export function isMaterial(event: Event): boolean {
  return MATERIAL_ROOTS.has(cameoRoot(event.cameo));
}

export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

function describeEvent(analysis: Analysis, event: Event): Set<string> {
  const parts = [event.summary, analysis.article.title ?? '', ...event.evidence.map((e) => e.text)];
  return extractKeywords(parts.join(' '));
}

function findDraft(drafts: Draft[], member: Member, options: ClusterOptions): Draft | undefined {
  const root = cameoRoot(member.event.cameo);
  let best: Draft | undefined;
  let bestScore = -1;
  for (const draft of drafts) {
    if (draft.source !== member.event.source || draft.target !== member.event.target) continue;
    if (!withinWindow(draft, member.day, options.windowDays)) continue;
    const sameRoot = draft.root === root;
    if (!sameRoot && (draft.source === null || draft.target === null)) continue;
    const overlap = overlapCoefficient(draft.keywords, member.keywords);
    const noWords = draft.keywords.size === 0 || member.keywords.size === 0;
    const needed = sameRoot ? options.minKeywordOverlap : options.minKeywordOverlapOtherRoot;
    if (!(noWords && sameRoot) && overlap < needed) continue;
    const score = overlap + (sameRoot ? 1 : 0);
    if (score > bestScore) {
      best = draft;
      bestScore = score;
    }
  }
  return best;
}

/**
 * One act that two outlets coded with different parties known: "a drone attack on the dam" (? -> ?) and "the
 * drone attack on Sudan's dam" (? -> SDN) a day later. Same root, no party that contradicts the other, both
 * dated within the window, each known party named in the other article, no two different places, and more
 * key words in common than for an exact match, since the parties say less.
 */
function findPartlyCodedDraft(drafts: Draft[], member: Member, options: ClusterOptions): Draft | undefined {
  const { source, target, location } = member.event;
  if (member.day === null) return undefined;
  let best: Draft | undefined;
  let bestScore = -1;
  for (const draft of drafts) {
    if (draft.source === source && draft.target === target) continue; // tried by findDraft
    if (!compatible(draft.source, source) || !compatible(draft.target, target)) continue;
    if (draft.location !== null && location !== null && draft.location !== location) continue;
    if (draft.start === null || !withinWindow(draft, member.day, options.windowDays)) continue;
    if (!namesParties(member.mentions, draft) || !namesParties(draftMentions(draft), member.event)) continue;
    const overlap = overlapCoefficient(draft.keywords, member.keywords);
    if (overlap < options.minKeywordOverlapOtherRoot || overlap <= bestScore) continue;
    best = draft;
    bestScore = overlap;
  }
  return best;
}

/** Two codings of one party agree when they are the same or one of them is unknown. */
function compatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function namesParties(
  mentions: ReadonlySet<string>,
  parties: { source: string | null; target: string | null },
) {
  return (
    (parties.source === null || mentions.has(parties.source)) &&
    (parties.target === null || mentions.has(parties.target))
  );
}

function draftMentions(draft: Draft): Set<string> {
  return new Set(draft.members.flatMap((member) => [...member.mentions]));
}

/**
 * A follow-up: an article about statements only ("Russia backs Chad over Kousseri strike") joins the
 * cluster of a material act in the date window when it names the act's target (and its source, when
 * known) and shares its key words or its place.
 */
function findFollowedDraft(drafts: Draft[], member: Member, options: ClusterOptions): Draft | undefined {
  if (!member.verbal) return undefined;
  let best: Draft | undefined;
  let bestScore = 0;
  for (const draft of drafts) {
    if (!draft.material || draft.target === null || !member.mentions.has(draft.target)) continue;
    if (draft.source !== null && !member.mentions.has(draft.source)) continue;
    if (member.day === null || !withinWindow(draft, member.day, options.windowDays)) continue;
    const overlap = overlapCoefficient(draft.keywords, member.keywords);
    const samePlace = draft.location !== null && draft.location === member.event.location;
    if (overlap < options.minKeywordOverlap && !samePlace) continue;
    const score = overlap + (samePlace ? 1 : 0);
    if (score > bestScore) {
      best = draft;
      bestScore = score;
    }
  }
  return best;
}

function withinWindow(draft: Draft, day: number | null, windowDays: number): boolean {
  if (day === null || draft.start === null || draft.end === null) return true;
  return day >= draft.start - windowDays && day <= draft.end + windowDays;
}

function startDraft(member: Member): Draft {
  return {
    root: cameoRoot(member.event.cameo),
    source: member.event.source,
    target: member.event.target,
    material: !member.verbal,
    location: member.event.location,
    start: member.day,
    end: member.day,
    keywords: new Set(member.keywords),
    members: [member],
  };
}

function addMember(draft: Draft, member: Member): void {
  draft.members.push(member);
  for (const word of member.keywords) draft.keywords.add(word);
  if (member.day !== null) {
    draft.start = draft.start === null ? member.day : Math.min(draft.start, member.day);
    draft.end = draft.end === null ? member.day : Math.max(draft.end, member.day);
  }
}

function buildCluster(draft: Draft): EventCluster {
  const first = draft.members[0] as Member;
  const firstId = first.record.analysis.article.id;
  const key = `${draft.root}|${draft.source ?? ''}|${draft.target ?? ''}|${firstId}`;
  let dateStart: string | null = null;
  let dateEnd: string | null = null;
  for (const member of draft.members) {
    dateStart = earlierDate(dateStart, member.date);
    dateEnd = laterDate(dateEnd, member.date);
  }
  // Codes and place come from the reports of the act itself, not from follow-ups about statements.
  const sameRoot = draft.members.filter((member) => cameoRoot(member.event.cameo) === draft.root);
  const coded = sameRoot.length > 0 ? sameRoot : draft.members;
  const articles: ClusterArticle[] = draft.members.map((member) => ({
    id: member.record.analysis.article.id,
    title: member.record.analysis.article.title,
    date: member.record.analysis.article.date,
    outlet: member.record.outlet,
    eventId: member.event.id,
  }));
  return {
    id: `c-${hashString(key).toString(16).padStart(8, '0')}`,
    cameoRoot: draft.root,
    cameo: mostFrequent(coded.map((m) => m.event.cameo)) ?? draft.root,
    plover: mostFrequent(coded.map((m) => m.event.plover)) ?? '',
    summary: first.event.summary,
    source: draft.source,
    target: draft.target,
    location: mostFrequent(coded.map((m) => m.event.location)),
    dateStart,
    dateEnd,
    keywords: rankKeywords(draft.members),
    articles,
    actors: mergeActors(draft.members),
    reactions: mergeReactions(draft.members),
  };
}

function mostFrequent(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const value of values) {
    if (value === null || value === '') continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function rankKeywords(members: Member[]): string[] {
  const counts = new Map<string, number>();
  for (const member of members) {
    for (const word of member.keywords) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 12)
    .map(([word]) => word);
}

function mergeActors(members: Member[]): ClusterActor[] {
  const byId = new Map<string, ClusterActor>();
  for (const member of members) {
    for (const actor of member.record.analysis.actors) {
      const merged = byId.get(actor.id);
      if (merged) merged.articles++;
      else byId.set(actor.id, { id: actor.id, name: actor.name, type: actor.type, articles: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id));
}

/** A reaction belongs to the cluster when it is aimed at the article's main event or at no event in particular. */
function reactsToMainEvent(reaction: Reaction, member: Member): boolean {
  const eventId = reaction.target.event;
  if (eventId === undefined || eventId === member.event.id || eventId === member.main.id) return true;
  const other = member.record.analysis.events.find((event) => event.id === eventId);
  return (
    other !== undefined &&
    other.source === member.event.source &&
    other.target === member.event.target &&
    cameoRoot(other.cameo) === cameoRoot(member.event.cameo)
  );
}

interface ActorDraft {
  reaction: ActorReaction;
  stances: Map<Stance, { firstDate: string | null; articles: Set<string> }>;
}

function mergeReactions(members: Member[]): ActorReaction[] {
  const byActor = new Map<string, ActorDraft>();
  for (const member of members) {
    const analysis = member.record.analysis;
    const articleId = analysis.article.id;
    for (const reaction of analysis.reactions) {
      // People speaking for no state or organisation are quote speakers, never reacting actors (contract).
      if (reaction.actor.startsWith('person:') || !reactsToMainEvent(reaction, member)) continue;
      const draft = byActor.get(reaction.actor) ?? startActorDraft(reaction, analysis.actors);
      byActor.set(reaction.actor, draft);
      for (const stance of reaction.stances) {
        const seen = draft.stances.get(stance) ?? { firstDate: null, articles: new Set<string>() };
        seen.firstDate = earlierDate(seen.firstDate, member.reported);
        seen.articles.add(articleId);
        draft.stances.set(stance, seen);
      }
      draft.reaction.timeline.push({ date: member.reported, position: reaction.position, articleId });
      for (const span of reaction.evidence) {
        const evidence: ReactionEvidence = {
          articleId,
          date: member.reported,
          outlet: member.record.outlet,
          speaker: reaction.speaker,
          stances: reaction.stances,
          position: reaction.position,
          attribution: reaction.attribution,
          text: span.text,
          start: span.start,
          end: span.end,
        };
        draft.reaction.evidence.push(evidence);
      }
    }
  }
  for (const member of members) addQuotes(member, byActor);
  return [...byActor.values()].map(finishActorDraft).sort((a, b) => a.actor.localeCompare(b.actor));
}

function startActorDraft(reaction: Reaction, actors: Actor[]): ActorDraft {
  const actor = actors.find((a) => a.id === reaction.actor);
  return {
    reaction: {
      actor: reaction.actor,
      name: actor?.name ?? reaction.speaker ?? reaction.actor,
      type: actor?.type ?? guessActorType(reaction.actor),
      stances: [],
      position: 'neutral',
      sign: 0,
      timeline: [],
      evidence: [],
      quotes: [],
    },
    stances: new Map(),
  };
}

/** The contract's id shapes: `org:…`, `person:…`, upper-case ISO alpha-3 for states, other ids are organisations of states. */
function guessActorType(id: string): ActorType {
  if (id.startsWith('org:')) return 'org';
  if (id.startsWith('person:')) return 'person';
  return /^[A-Z]{3}$/.test(id) ? 'state' : 'igo';
}

function addQuotes(member: Member, byActor: Map<string, ActorDraft>): void {
  const analysis = member.record.analysis;
  for (const quote of analysis.quotes) {
    const actor = quote.speaker?.actor;
    const draft = actor === undefined ? undefined : byActor.get(actor);
    if (!draft || !quote.speaker) continue;
    const clusterQuote: ClusterQuote = {
      articleId: analysis.article.id,
      date: member.reported,
      outlet: member.record.outlet,
      speaker: quote.speaker.name,
      text: quote.text,
      start: quote.start,
      end: quote.end,
    };
    draft.reaction.quotes.push(clusterQuote);
  }
}

function finishActorDraft(draft: ActorDraft): ActorReaction {
  const reaction = draft.reaction;
  reaction.stances = [...draft.stances.entries()]
    .map(([stance, seen]) => ({ stance, firstDate: seen.firstDate, articles: seen.articles.size }))
    .sort((a, b) => compareDates(a.firstDate, b.firstDate) || a.stance.localeCompare(b.stance));
  reaction.timeline.sort((a, b) => compareDates(a.date, b.date));
  reaction.position = mergePositions(reaction.timeline.map((t) => t.position));
  reaction.sign = reaction.position === 'supportive' ? 1 : reaction.position === 'opposed' ? -1 : 0;
  return reaction;
}

/** Supportive or opposed when every evaluative report agrees; mixed when both occur; neutral otherwise. */
export function mergePositions(positions: Position[]): Position {
  const seen = new Set(positions);
  const supportive = seen.has('supportive');
  const opposed = seen.has('opposed');
  if ((supportive && opposed) || (!supportive && !opposed && seen.has('mixed'))) return 'mixed';
  if (supportive) return 'supportive';
  if (opposed) return 'opposed';
  return 'neutral';
}
