// `chorus eval reactions`: (actor, stance) pairs per article against reactions/seed + dev gold.
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/article.js';
import type { Stance } from '../model/reaction.js';
import { STANCES } from '../model/reaction.js';
import {
  addCounts,
  type Counts,
  countInvalidSpans,
  emptyCounts,
  matchSets,
  type Prf,
  prf,
  sameActorId,
} from './common.js';

export interface GoldReactionDoc {
  id: string;
  date?: string | null;
  title?: string | null;
  url?: string;
  text: string;
  reactions: { actor: string; stances: string[]; position?: string }[];
}

export interface ReactionArticleReport {
  id: string;
  missed: string[];
  spurious: string[];
}

export interface ReactionReport {
  suite: 'reactions';
  articles: number;
  pairs: Prf;
  actors: Prf;
  perStance: Record<string, Prf>;
  /** confusion[gold][predicted]: for each actor, gold stances left unmatched against predicted ones */
  confusion: Record<string, Record<string, number>>;
  /** precision of pairs whose confidence is at least 0.8 */
  highConfidencePrecision: Prf;
  /**
   * Of the pairs whose best confidence falls in each band ("0.8-1.0", …), how many are right: a
   * confidence should read as the chance of being right.
   */
  calibration: Record<string, { correct: number; total: number; accuracy: number }>;
  /** Of the gold pairs that carry a position and were found, how many have the gold position toward the event. */
  position: { correct: number; total: number; accuracy: number };
  invalidSpans: number;
  details: ReactionArticleReport[];
}

export function toInput(doc: GoldReactionDoc, file: string): ArticleInput {
  const input: ArticleInput = { id: doc.id, text: doc.text, origin: { file } };
  if (doc.date) input.date = doc.date;
  if (doc.title) input.title = doc.title;
  if (doc.url) input.url = doc.url;
  return input;
}

const key = (actor: string, stance: string) => `${actor}|${stance}`;

export function scoreReactions(gold: GoldReactionDoc[], predicted: Analysis[]): ReactionReport {
  const pairs = emptyCounts();
  const actors = emptyCounts();
  const high = emptyCounts();
  const bands: Record<string, Counts> = Object.fromEntries(BANDS.map((b) => [b.name, emptyCounts()]));
  const perStanceCounts: Record<string, Counts> = Object.fromEntries(STANCES.map((s) => [s, emptyCounts()]));
  const confusion: Record<string, Record<string, number>> = {};
  const details: ReactionArticleReport[] = [];
  const position = { correct: 0, total: 0 };
  let invalidSpans = 0;
  gold.forEach((doc, i) => {
    const analysis = predicted[i];
    if (!analysis) return;
    invalidSpans += countInvalidSpans(doc.text, analysis);
    const goldPairs = uniquePairs(doc.reactions.flatMap((r) => r.stances.map((s) => [r.actor, s] as const)));
    const predictedPairs = uniquePairs(
      analysis.reactions.flatMap((r) => r.stances.map((s) => [r.actor, s] as const)),
    );
    const samePair = (p: readonly [string, string], g: readonly [string, string]) =>
      p[1] === g[1] && sameActorId(p[0], g[0]);
    const match = matchSets(predictedPairs, goldPairs, samePair);
    addCounts(pairs, match.counts);
    for (const stance of STANCES) {
      const m = matchSets(
        predictedPairs.filter((p) => p[1] === stance),
        goldPairs.filter((g) => g[1] === stance),
        samePair,
      );
      addCounts(perStanceCounts[stance] as Counts, m.counts);
    }
    const highPairs = uniquePairs(
      analysis.reactions
        .filter((r) => r.confidence >= 0.8)
        .flatMap((r) => r.stances.map((s) => [r.actor, s] as const)),
    );
    addCounts(high, matchSets(highPairs, goldPairs, samePair).counts);
    for (const band of BANDS) {
      const inBand = uniquePairs(
        analysis.reactions
          .flatMap((r) => r.stances.map((s) => [r.actor, s, r.confidence] as const))
          .filter(
            ([a, s, c]) => c === bestConfidence(analysis.reactions, a, s) && c >= band.min && c < band.max,
          )
          .map(([a, s]) => [a, s] as const),
      );
      const counts = matchSets(inBand, goldPairs, samePair).counts;
      addCounts(bands[band.name] as Counts, { tp: counts.tp, fp: counts.fp, fn: 0 });
    }
    for (const goldReaction of doc.reactions) {
      if (!goldReaction.position) continue;
      for (const stance of goldReaction.stances) {
        const found = analysis.reactions.find(
          (r) => r.stances.includes(stance as Stance) && sameActorId(r.actor, goldReaction.actor),
        );
        if (!found) continue;
        position.total++;
        if (found.position === goldReaction.position) position.correct++;
      }
    }
    const goldActors = [...new Set(doc.reactions.map((r) => r.actor))];
    const predictedActors = [...new Set(analysis.reactions.map((r) => r.actor))];
    addCounts(actors, matchSets(predictedActors, goldActors, sameActorId).counts);
    for (const [actor, stance] of match.unmatchedGold) {
      const row = confusion[stance] ?? {};
      confusion[stance] = row;
      const confusedWith = match.unmatchedPredicted.filter((p) => sameActorId(p[0], actor)).map((p) => p[1]);
      if (confusedWith.length === 0) row.MISSED = (row.MISSED ?? 0) + 1;
      for (const other of confusedWith) row[other] = (row[other] ?? 0) + 1;
    }
    details.push({
      id: doc.id,
      missed: match.unmatchedGold.map(([a, s]) => key(a, s)),
      spurious: match.unmatchedPredicted.map(([a, s]) => key(a, s)),
    });
  });
  const perStance: Record<Stance | string, Prf> = {};
  for (const stance of STANCES) perStance[stance] = prf(perStanceCounts[stance] as Counts);
  return {
    suite: 'reactions',
    articles: details.length,
    pairs: prf(pairs),
    actors: prf(actors),
    perStance,
    confusion,
    highConfidencePrecision: prf(high),
    calibration: Object.fromEntries(
      BANDS.map((b) => {
        const { tp, fp } = bands[b.name] as Counts;
        return [b.name, { correct: tp, total: tp + fp, accuracy: tp + fp === 0 ? 0 : tp / (tp + fp) }];
      }),
    ),
    position: {
      ...position,
      accuracy: position.total === 0 ? 0 : position.correct / position.total,
    },
    invalidSpans,
    details,
  };
}

const BANDS = [
  { name: '0.8-1.0', min: 0.8, max: 1.01 },
  { name: '0.7-0.8', min: 0.7, max: 0.8 },
  { name: '0.6-0.7', min: 0.6, max: 0.7 },
  { name: '0.0-0.6', min: 0, max: 0.6 },
] as const;

function bestConfidence(reactions: Analysis['reactions'], actor: string, stance: string): number {
  let best = 0;
  for (const r of reactions) {
    if (r.actor === actor && (r.stances as string[]).includes(stance)) best = Math.max(best, r.confidence);
  }
  return best;
}

function uniquePairs(pairs: (readonly [string, string])[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [a, s] of pairs) seen.set(key(a, s), [a, s]);
  return [...seen.values()];
}
