// Event clusters -> pairwise alignment of actors: how often two actors took the same side over the events both reacted to.
import type { Alignment, EventCluster } from './types.js';

/** Every pair of actors that took a side on at least `minShared` of the same clusters, most shared first. */
export function alignActors(clusters: readonly EventCluster[], minShared = 1): Alignment[] {
  const pairs = new Map<string, Alignment>();
  for (const cluster of clusters) {
    const sided = cluster.reactions
      .filter((r) => r.sign !== 0)
      .sort((a, b) => a.actor.localeCompare(b.actor));
    for (let i = 0; i < sided.length; i++) {
      for (let j = i + 1; j < sided.length; j++) {
        const a = sided[i];
        const b = sided[j];
        if (!a || !b) continue;
        const key = `${a.actor}\u0000${b.actor}`;
        const pair = pairs.get(key) ?? { a: a.actor, b: b.actor, shared: 0, agreed: 0, rate: 0 };
        pair.shared++;
        if (a.sign === b.sign) pair.agreed++;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()]
    .filter((pair) => pair.shared >= minShared)
    .map((pair) => ({ ...pair, rate: pair.agreed / pair.shared }))
    .sort(
      (x, y) => y.shared - x.shared || y.rate - x.rate || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
    );
}
