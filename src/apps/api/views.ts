// Aggregates -> the JSON shapes the API returns (summaries for lists, details for one event or actor).
import type { Catalog } from '../../aggregate/catalog.js';
import { buildReactionTable } from '../../aggregate/reaction-table.js';
import type { ClusterAnalysis, EventCluster } from '../../aggregate/types.js';

export interface EventSummary {
  id: string;
  summary: string;
  cameo: string;
  cameoRoot: string;
  plover: string;
  source: string | null;
  target: string | null;
  location: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  keywords: string[];
  /** the first report's headline, when it has one: often says more than the coded summary */
  headline: string | null;
  articles: number;
  reactingActors: number;
  polarisation: number;
}

export function summarizeEvent(cluster: EventCluster, analysis: ClusterAnalysis | undefined): EventSummary {
  return {
    id: cluster.id,
    summary: cluster.summary,
    cameo: cluster.cameo,
    cameoRoot: cluster.cameoRoot,
    plover: cluster.plover,
    source: cluster.source,
    target: cluster.target,
    location: cluster.location,
    dateStart: cluster.dateStart,
    dateEnd: cluster.dateEnd,
    keywords: cluster.keywords,
    headline: cluster.articles.find((article) => article.title)?.title ?? null,
    articles: cluster.articles.length,
    reactingActors: cluster.reactions.length,
    polarisation: analysis?.polarisation ?? 0,
  };
}

export function showEvent(cluster: EventCluster, analysis: ClusterAnalysis | undefined) {
  return {
    ...summarizeEvent(cluster, analysis),
    articles: cluster.articles,
    actors: cluster.actors,
    camps: analysis?.camps ?? [],
    edges: analysis?.edges ?? [],
    shifts: analysis?.shifts ?? [],
    counts: {
      supportive: analysis?.supportive ?? 0,
      opposed: analysis?.opposed ?? 0,
      reacting: analysis?.reacting ?? 0,
    },
  };
}

/** The reaction table plus every merged reaction with its evidence, and a timeline of first stances. */
export function showReactions(cluster: EventCluster, analysis: ClusterAnalysis | undefined) {
  const table = buildReactionTable(cluster);
  const timeline = cluster.reactions
    .flatMap((reaction) =>
      reaction.stances.map((s) => ({
        date: s.firstDate,
        actor: reaction.actor,
        name: reaction.name,
        stance: s.stance,
        position: reaction.position,
      })),
    )
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.actor.localeCompare(b.actor));
  return {
    event: summarizeEvent(cluster, analysis),
    title: table.title,
    byStance: table.byStance,
    byActor: table.byActor,
    reactions: cluster.reactions,
    timeline,
  };
}

export function showActor(catalog: Catalog, id: string) {
  const reactions = catalog.clusters.flatMap((cluster) => {
    const reaction = cluster.reactions.find((r) => r.actor === id);
    return reaction
      ? [
          {
            event: summarizeEvent(cluster, catalog.analysisById.get(cluster.id)),
            position: reaction.position,
            stances: reaction.stances,
          },
        ]
      : [];
  });
  const names = new Map<string, string>();
  for (const cluster of catalog.clusters) {
    for (const reaction of cluster.reactions) names.set(reaction.actor, reaction.name);
  }
  const alignment = catalog.alignment
    .filter((pair) => pair.a === id || pair.b === id)
    .map((pair) => {
      const other = pair.a === id ? pair.b : pair.a;
      return {
        actor: other,
        name: names.get(other) ?? other,
        shared: pair.shared,
        agreed: pair.agreed,
        rate: pair.rate,
      };
    });
  return { reactions, alignment };
}
