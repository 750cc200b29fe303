// An event cluster -> its camps (signed actor graph split by label propagation), polarisation index and stance shifts.
import type { Position } from '../model/reaction.js';
import type { ActorReaction, Camp, CampLabel, ClusterAnalysis, EventCluster, StanceShift } from './types.js';

/**
 * Weight of the edge between two reacting actors (docs/analysis.md):
 * both took a side → +1 when the same side, −1 when opposite sides, each scaled by
 * (1 + stance-set Jaccard) / 2 so that actors who also reacted with the same acts agree more strongly;
 * otherwise (at least one neutral or mixed) → (stance-set Jaccard) / 2, a weak positive tie.
 */
export function weighEdge(a: ActorReaction, b: ActorReaction): number {
  const similarity = jaccard(
    new Set(a.stances.map((s) => s.stance)),
    new Set(b.stances.map((s) => s.stance)),
  );
  if (a.sign !== 0 && b.sign !== 0) return a.sign * b.sign * ((1 + similarity) / 2);
  return similarity / 2;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Polarisation index P in [0, 1] over the cluster's reacting actors (one vote per actor):
 * s = actors on the supportive side, o = actors on the opposed side, n = all reacting actors;
 * P = (1 − |s − o| / (s + o)) × (s + o) / n, and P = 0 when s + o = 0.
 * P is 1 only when every actor took a side and the sides are equal; 0 when nobody opposes anybody.
 */
export function polarisationIndex(supportive: number, opposed: number, reacting: number): number {
  const sided = supportive + opposed;
  if (sided === 0 || reacting === 0) return 0;
  const balance = 1 - Math.abs(supportive - opposed) / sided;
  return balance * (sided / reacting);
}

/**
 * Splits actors into camps: actors who took a side are seeds of the supportive and opposed camps; each other
 * actor repeatedly takes the camp to which its positive edges weigh most, until nothing changes (at most 10
 * rounds); an actor with no positive tie to any camp stays unaligned.
 */
export function findCamps(reactions: readonly ActorReaction[]): {
  camps: Camp[];
  edges: ClusterAnalysis['edges'];
} {
  const edges: ClusterAnalysis['edges'] = [];
  const weights = new Map<string, Map<string, number>>();
  for (let i = 0; i < reactions.length; i++) {
    for (let j = i + 1; j < reactions.length; j++) {
      const a = reactions[i] as ActorReaction;
      const b = reactions[j] as ActorReaction;
      const weight = weighEdge(a, b);
      if (weight === 0) continue;
      edges.push({ a: a.actor, b: b.actor, weight: round(weight) });
      setWeight(weights, a.actor, b.actor, weight);
      setWeight(weights, b.actor, a.actor, weight);
    }
  }
  const labels = new Map<string, CampLabel>();
  for (const reaction of reactions) labels.set(reaction.actor, seedLabel(reaction.sign));
  for (let round = 0; round < 10; round++) {
    let changed = false;
    for (const reaction of reactions) {
      if (reaction.sign !== 0) continue;
      const next = strongestCamp(weights.get(reaction.actor), labels);
      if (next !== labels.get(reaction.actor)) {
        labels.set(reaction.actor, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const camps: Camp[] = (['supportive', 'opposed', 'unaligned'] as const).map((label) => ({
    label,
    actors: reactions.filter((r) => labels.get(r.actor) === label).map((r) => r.actor),
  }));
  return { camps: camps.filter((camp) => camp.actors.length > 0), edges };
}

function seedLabel(sign: number): CampLabel {
  if (sign > 0) return 'supportive';
  if (sign < 0) return 'opposed';
  return 'unaligned';
}

function strongestCamp(
  neighbours: Map<string, number> | undefined,
  labels: Map<string, CampLabel>,
): CampLabel {
  const pull = { supportive: 0, opposed: 0 };
  for (const [actor, weight] of neighbours ?? []) {
    const label = labels.get(actor);
    if (weight > 0 && (label === 'supportive' || label === 'opposed')) pull[label] += weight;
  }
  if (pull.supportive === 0 && pull.opposed === 0) return 'unaligned';
  if (pull.supportive === pull.opposed) return 'unaligned';
  return pull.supportive > pull.opposed ? 'supportive' : 'opposed';
}

function setWeight(weights: Map<string, Map<string, number>>, a: string, b: string, weight: number): void {
  const row = weights.get(a) ?? new Map<string, number>();
  row.set(b, weight);
  weights.set(a, row);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Changes of an actor's position between dated reports, in date order (a day with both sides counts as mixed). */
export function findShifts(reaction: ActorReaction): StanceShift[] {
  const byDay: { date: string | null; positions: Position[]; articleId: string }[] = [];
  for (const entry of reaction.timeline) {
    if (entry.date === null) continue;
    const last = byDay[byDay.length - 1];
    if (last && last.date === entry.date) last.positions.push(entry.position);
    else byDay.push({ date: entry.date, positions: [entry.position], articleId: entry.articleId });
  }
  const shifts: StanceShift[] = [];
  let previous: { date: string | null; position: Position } | undefined;
  for (const day of byDay) {
    const position = dayPosition(day.positions);
    if (previous && position !== previous.position) {
      shifts.push({
        actor: reaction.actor,
        from: previous.position,
        to: position,
        fromDate: previous.date,
        toDate: day.date,
        articleId: day.articleId,
      });
    }
    previous = { date: day.date, position };
  }
  return shifts;
}

function dayPosition(positions: Position[]): Position {
  const seen = new Set(positions);
  if (seen.has('supportive') && seen.has('opposed')) return 'mixed';
  if (seen.has('supportive')) return 'supportive';
  if (seen.has('opposed')) return 'opposed';
  if (seen.has('mixed')) return 'mixed';
  return 'neutral';
}

/** Camps, polarisation and shifts of one cluster. */
export function analyzeCluster(cluster: EventCluster): ClusterAnalysis {
  const reactions = cluster.reactions;
  const supportive = reactions.filter((r) => r.sign > 0).length;
  const opposed = reactions.filter((r) => r.sign < 0).length;
  const { camps, edges } = findCamps(reactions);
  return {
    clusterId: cluster.id,
    camps,
    edges,
    polarisation: round(polarisationIndex(supportive, opposed, reactions.length)),
    supportive,
    opposed,
    reacting: reactions.length,
    shifts: reactions.flatMap(findShifts),
  };
}
