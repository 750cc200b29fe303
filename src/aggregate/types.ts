// Types of the aggregate layer: stored article records in, event clusters, camps and alignment out.

import type { ActorType } from '../model/actor.js';
import type { Analysis } from '../model/analysis.js';
import type { Attribution, Position, Stance } from '../model/reaction.js';

/** One stored article's analysis, with what the store knows about it. */
export interface ArticleRecord {
  analysis: Analysis;
  /** the outlet or feed the article came from, when known */
  outlet: string | null;
  /** id of the article this one is a near-duplicate of (wire copy); duplicates are never counted twice */
  duplicateOf: string | null;
}

/** One piece of evidence for a merged reaction: where in which article the words are. */
export interface ReactionEvidence {
  articleId: string;
  date: string | null;
  outlet: string | null;
  speaker: string;
  stances: Stance[];
  position: Position;
  attribution: Attribution;
  text: string;
  start: number;
  end: number;
}

export interface ClusterQuote {
  articleId: string;
  date: string | null;
  outlet: string | null;
  speaker: string;
  text: string;
  start: number;
  end: number;
}

export interface StanceFirstSeen {
  stance: Stance;
  /** the earliest article date with this stance (null when no article is dated) */
  firstDate: string | null;
  /** how many (non-duplicate) articles report it */
  articles: number;
}

/** One actor's reactions to one clustered event, merged over every article that reports them. */
export interface ActorReaction {
  actor: string;
  name: string;
  type: ActorType;
  stances: StanceFirstSeen[];
  /** the merged position: supportive or opposed when the articles agree, mixed when both occur */
  position: Position;
  /** +1 supportive, -1 opposed, 0 neutral or mixed: the sign used for camps and polarisation */
  sign: -1 | 0 | 1;
  /** the position reported on each dated day, in date order (for shifts and timelines) */
  timeline: { date: string | null; position: Position; articleId: string }[];
  evidence: ReactionEvidence[];
  quotes: ClusterQuote[];
}

export interface ClusterArticle {
  id: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  /** the id of the article's main event that joined the cluster */
  eventId: string;
}

export interface ClusterActor {
  id: string;
  name: string;
  type: ActorType;
  /** in how many of the cluster's articles the actor is mentioned */
  articles: number;
}

/** The same real-world event as reported by many outlets over several days. */
export interface EventCluster {
  id: string;
  cameoRoot: string;
  /** the most frequent CAMEO code among the articles' main events */
  cameo: string;
  plover: string;
  summary: string;
  source: string | null;
  target: string | null;
  location: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  keywords: string[];
  articles: ClusterArticle[];
  actors: ClusterActor[];
  reactions: ActorReaction[];
}

export type CampLabel = 'supportive' | 'opposed' | 'unaligned';

export interface Camp {
  label: CampLabel;
  actors: string[];
}

export interface StanceShift {
  actor: string;
  from: Position;
  to: Position;
  fromDate: string | null;
  toDate: string | null;
  articleId: string;
}

export interface ClusterAnalysis {
  clusterId: string;
  camps: Camp[];
  /** signed agreement edges between reacting actors (see docs/analysis.md) */
  edges: { a: string; b: string; weight: number }[];
  polarisation: number;
  supportive: number;
  opposed: number;
  reacting: number;
  shifts: StanceShift[];
}

export interface Alignment {
  a: string;
  b: string;
  /** clusters where both actors took a supportive or opposed position */
  shared: number;
  agreed: number;
  /** agreed / shared, in [0, 1] */
  rate: number;
}
