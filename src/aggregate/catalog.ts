// Stored article records -> everything the views need at once: clusters by id, their camps and polarisation, alignment.
import { alignActors } from './alignment.js';
import { analyzeCluster } from './camps.js';
import { clusterEvents } from './cluster-events.js';
import { extractKeywords } from './keywords.js';
import type { Alignment, ArticleRecord, ClusterAnalysis, EventCluster } from './types.js';

export interface Catalog {
  records: readonly ArticleRecord[];
  /** newest first */
  clusters: EventCluster[];
  clusterById: Map<string, EventCluster>;
  analysisById: Map<string, ClusterAnalysis>;
  alignment: Alignment[];
}

export function buildCatalog(records: readonly ArticleRecord[]): Catalog {
  const clusters = clusterEvents(records).sort(
    (a, b) =>
      (b.dateEnd ?? '').localeCompare(a.dateEnd ?? '') ||
      b.articles.length - a.articles.length ||
      a.id.localeCompare(b.id),
  );
  const analysisById = new Map(clusters.map((cluster) => [cluster.id, analyzeCluster(cluster)]));
  return {
    records,
    clusters,
    clusterById: new Map(clusters.map((cluster) => [cluster.id, cluster])),
    analysisById,
    alignment: alignActors(clusters),
  };
}

/**
 * Clusters whose words contain every word of the search: summary, key words, place, actor ids and names,
 * article titles; `articleIds` (from a full-text search of the store) also select their clusters.
 */
export function searchClusters(
  clusters: readonly EventCluster[],
  text: string,
  articleIds: ReadonlySet<string> = new Set(),
): EventCluster[] {
  const wanted = [...extractKeywords(text)];
  const ids = text
    .split(/[^\p{L}\p{N}:_-]+/u)
    .filter((t) => t.length > 0)
    .map((t) => t.toUpperCase());
  if (wanted.length === 0 && ids.length === 0) return [...clusters];
  return clusters.filter((cluster) => {
    if (cluster.articles.some((article) => articleIds.has(article.id))) return true;
    const words = describeCluster(cluster);
    const actorIds = new Set(cluster.actors.map((a) => a.id.toUpperCase()));
    return (
      (wanted.length > 0 && wanted.every((word) => words.has(word))) ||
      (ids.length > 0 && ids.every((id) => actorIds.has(id)))
    );
  });
}

function describeCluster(cluster: EventCluster): Set<string> {
  const parts = [
    cluster.summary,
    cluster.location ?? '',
    cluster.keywords.join(' '),
    ...cluster.actors.map((a) => a.name),
    ...cluster.articles.map((a) => a.title ?? ''),
  ];
  return extractKeywords(parts.join(' '));
}
