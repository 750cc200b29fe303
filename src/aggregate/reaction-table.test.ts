import { describe, expect, it } from 'vitest';
import { toRecords } from '../../test/store/fixtures.js';
import { analyzeCluster } from './camps.js';
import { clusterEvents } from './cluster-events.js';
import { buildReactionTable, renderReactionTable } from './reaction-table.js';
import type { EventCluster } from './types.js';

function strike(): EventCluster {
  const cluster = clusterEvents(toRecords()).find((c) => c.source === 'ETH');
  if (!cluster) throw new Error('no strike cluster');
  return cluster;
}

describe('buildReactionTable', () => {
  it('lists each stance with its actors and first date, and each actor with words and sources', () => {
    const table = buildReactionTable(strike());
    expect(table.title).toBe('International reactions to Ethiopian drone strike on Assab port');
    expect(table.byStance.find((row) => row.stance === 'SUPPORT')?.actors).toEqual([
      { actor: 'HUN', name: 'Hungary', firstDate: '2026-03-04' },
    ]);
    const usa = table.byActor.find((row) => row.actor === 'USA');
    expect(usa?.sources).toEqual(['Capital Times', 'Horn Daily']);
    expect(usa?.quotes.length).toBeGreaterThan(0);
  });

  it("takes its title from a round-up's headline among the cluster's articles, in the writer's words", () => {
    const cluster = strike();
    const titled: EventCluster = {
      ...cluster,
      articles: [
        { ...(cluster.articles[0] as EventCluster['articles'][number]), title: 'Drone hits port' },
        {
          ...(cluster.articles[0] as EventCluster['articles'][number]),
          title: 'How the world reacted to the drone strike on Assab',
        },
      ],
    };
    expect(buildReactionTable(titled).title).toBe('International reactions to the drone strike on Assab');
  });

  it('lists the same words once even when they show two stances', () => {
    const cluster = strike();
    const doubled: EventCluster = {
      ...cluster,
      reactions: cluster.reactions.map((r) => ({
        ...r,
        quotes: [],
        evidence: [...r.evidence, ...r.evidence],
      })),
    };
    for (const row of buildReactionTable(doubled).byActor) {
      const keys = row.quotes.map((q) => `${q.articleId}:${q.start}:${q.end}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('renderReactionTable', () => {
  it('renders Markdown with polarisation, camps and shifts when given the analysis', () => {
    const cluster = strike();
    const text = renderReactionTable(buildReactionTable(cluster), analyzeCluster(cluster));
    expect(text).toMatch(/^# International reactions to Ethiopian drone strike on Assab port\n/);
    expect(text).toContain('Polarisation 0.25 (');
    expect(text).toContain('- opposed: Egypt, United States');
    expect(text).not.toMatch(/- unaligned: .*aligned by/);
    expect(text).toMatch(/- shift: United States neutral \(2026-03-02\) → opposed \(2026-03-03\)/);
    expect(text).toContain('| SUPPORT | Hungary (2026-03-04) |');
  });

  it('tells who took a camp’s side apart from who joined it by shared stances', () => {
    const cluster = strike();
    const analysis = analyzeCluster(cluster);
    const camps = analysis.camps.map((camp) =>
      camp.label === 'opposed' ? { ...camp, actors: [...camp.actors, 'AU'] } : camp,
    );
    const text = renderReactionTable(buildReactionTable(cluster), { ...analysis, camps });
    expect(text).toContain('- opposed: Egypt, United States; aligned by shared stances: African Union');
  });
});
