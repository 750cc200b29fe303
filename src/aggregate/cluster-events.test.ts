import { describe, expect, it } from 'vitest';
import { ARTICLES, toRecords } from '../../test/store/fixtures.js';
import type { Event } from '../model/event.js';
import { clusterEvents, findAnchorEvent, mergePositions } from './cluster-events.js';
import type { ArticleRecord } from './types.js';

function strikeCluster() {
  const clusters = clusterEvents(toRecords());
  const strike = clusters.find((c) => c.source === 'ETH');
  if (!strike) throw new Error('no strike cluster');
  return { clusters, strike };
}

describe('clusterEvents', () => {
  it('groups four days of reports of one strike, apart from an unrelated event', () => {
    const { clusters, strike } = strikeCluster();
    expect(clusters).toHaveLength(2);
    expect(strike.articles.map((a) => a.id)).toEqual([
      'horn-2026-03-02-strike',
      'capital-2026-03-03-pressure',
      'horn-2026-03-04-defends',
      'capital-2026-03-06-talks-offer',
    ]);
    expect(strike).toMatchObject({ cameoRoot: '19', cameo: '195', target: 'ERI', location: 'Assab' });
    expect(strike.keywords).toContain('assab');
  });

  it('never counts the wire copy twice', () => {
    const { strike } = strikeCluster();
    const egypt = strike.reactions.find((r) => r.actor === 'EGY');
    expect(egypt?.evidence.map((e) => e.articleId)).not.toContain('wire-2026-03-02-assab');
    expect(egypt?.stances.find((s) => s.stance === 'CONDEMN')).toEqual({
      stance: 'CONDEMN',
      firstDate: '2026-03-02',
      articles: 2,
    });
  });

  it('keeps every piece of evidence with its article and the first date of each stance', () => {
    const { strike } = strikeCluster();
    const usa = strike.reactions.find((r) => r.actor === 'USA');
    expect(usa?.position).toBe('opposed');
    expect(usa?.stances.map((s) => [s.stance, s.firstDate])).toEqual([
      ['NEUTRAL_MONITORING', '2026-03-02'],
      ['CONDEMN', '2026-03-03'],
      ['DEMAND', '2026-03-03'],
      ['SOLIDARITY_AID', '2026-03-06'],
    ]);
    for (const evidence of usa?.evidence ?? []) {
      const article = ARTICLES.find((a) => a.input.id === evidence.articleId);
      expect(article?.input.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
    expect(usa?.quotes.map((q) => q.text)).toContain('condemns this reckless attack');
  });

  it('starts a new cluster outside the date window or without shared key words', () => {
    const [first] = toRecords();
    if (!first) throw new Error('no fixture');
    const late = withEvent(first, 'late', '2026-03-20', 'Ethiopian drone strike on Assab port');
    const other = withEvent(first, 'other', '2026-03-03', 'shelling of highland villages near Tsorona');
    const clusters = clusterEvents([first, late, other]);
    expect(clusters).toHaveLength(3);
  });

  it('anchors an article on the act it reports, not on the condemnation flagged as its main event', () => {
    const [first] = toRecords();
    if (!first) throw new Error('no fixture');
    const [strike] = first.analysis.events;
    if (!strike) throw new Error('no fixture event');
    // "Kenya condemned Monday's Ethiopian strike on Assab": the condemnation is main, the strike is e2.
    const condemnation: Event = { ...verbal('e1', 'KEN'), main: true };
    const report = withEvents(first, 'later-report', '2026-03-03', [
      condemnation,
      { ...strike, id: 'e2', main: false },
    ]);
    expect(findAnchorEvent(report.analysis)?.id).toBe('e2');
    const clusters = clusterEvents([first, report]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.articles.map((a) => a.eventId)).toEqual(['e1', 'e2']);
    // Its reactions are aimed at its main event (e1), and still count.
    const egypt = clusters[0]?.reactions.find((r) => r.actor === 'EGY');
    expect(egypt?.evidence.map((e) => e.articleId)).toEqual(['horn-2026-03-02-strike', 'later-report']);
  });

  it('lets a follow-up about statements join the act it names, within the window', () => {
    const [first] = toRecords();
    if (!first) throw new Error('no fixture');
    // "Hungary backs Ethiopia over Assab strike": only statements, naming both parties and the port.
    const followUp = withEvents(first, 'follow-up', '2026-03-04', [
      { ...verbal('e1', 'HUN'), location: 'Assab' },
    ]);
    expect(clusterEvents([first, followUp])).toHaveLength(1);
    const [cluster] = clusterEvents([first, followUp]);
    expect(cluster).toMatchObject({ cameo: '195', location: 'Assab', dateEnd: '2026-03-04' });
    const late = withEvents(first, 'late', '2026-03-12', [{ ...verbal('e1', 'HUN'), location: 'Assab' }]);
    expect(clusterEvents([first, late])).toHaveLength(2);
    const elsewhere = withEvents(first, 'elsewhere', '2026-03-03', [
      { ...verbal('e1', 'HUN'), location: 'Assab' },
    ]);
    const unrelated = {
      ...elsewhere,
      analysis: { ...elsewhere.analysis, actors: elsewhere.analysis.actors.filter((a) => a.id !== 'ERI') },
    };
    expect(clusterEvents([first, unrelated])).toHaveLength(2);
  });

  it('joins reports of one act that know different parties of it, but never contradicting ones', () => {
    const [first] = toRecords();
    const [strike] = first?.analysis.events ?? [];
    if (!first || !strike) throw new Error('no fixture');
    // "A drone strike hit Assab port" a day later: the same act with its source unknown
    const partial = withEvents(first, 'partial', '2026-03-03', [{ ...strike, source: null }]);
    expect(clusterEvents([first, partial])).toHaveLength(1);
    // the same words, but another party: another act
    const other = withEvents(first, 'other', '2026-03-03', [{ ...strike, source: 'SDN', target: null }]);
    expect(clusterEvents([first, other])).toHaveLength(2);
    // an undated report cannot be placed in the window
    const undated = withEvents(first, 'undated', '2026-03-03', [{ ...strike, source: null }]);
    undated.analysis.article.date = null;
    for (const event of undated.analysis.events) event.date = null;
    expect(clusterEvents([first, undated])).toHaveLength(2);
    // the target it names is not mentioned in the first report
    const withoutTarget = {
      ...first,
      analysis: {
        ...first.analysis,
        actors: first.analysis.actors.filter((a) => a.id !== strike.target),
        events: [{ ...strike, target: null }],
      },
    };
    expect(clusterEvents([withoutTarget, partial])).toHaveLength(2);
  });

  it('merges positions: one side when reports agree, mixed when both sides occur', () => {
    expect(mergePositions(['neutral', 'opposed', 'opposed'])).toBe('opposed');
    expect(mergePositions(['supportive', 'opposed'])).toBe('mixed');
    expect(mergePositions(['neutral'])).toBe('neutral');
    expect(mergePositions([])).toBe('neutral');
  });
});

function withEvent(record: ArticleRecord, id: string, date: string, summary: string): ArticleRecord {
  const [event] = record.analysis.events;
  if (!event) throw new Error('fixture without event');
  return {
    ...record,
    analysis: {
      ...record.analysis,
      article: { ...record.analysis.article, id, date, title: null },
      events: [{ ...event, date, summary, evidence: [] }],
    },
  };
}

function verbal(id: string, source: string): Event {
  return {
    id,
    cameo: '111',
    plover: 'ACCUSE',
    goldstein: -2,
    source,
    target: null,
    date: null,
    location: null,
    summary: `${source} condemned`,
    sentence: 0,
    evidence: [],
  };
}

function withEvents(record: ArticleRecord, id: string, date: string, events: Event[]): ArticleRecord {
  return {
    ...record,
    analysis: {
      ...record.analysis,
      article: { ...record.analysis.article, id, date, title: null },
      events: events.map((event) => ({ ...event, date })),
    },
  };
}
