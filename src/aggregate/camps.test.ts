import { describe, expect, it } from 'vitest';
import { toRecords } from '../../test/store/fixtures.js';
import { alignActors } from './alignment.js';
import { analyzeCluster, findCamps, polarisationIndex } from './camps.js';
import { clusterEvents } from './cluster-events.js';
import type { ActorReaction } from './types.js';

describe('polarisationIndex', () => {
  it.each([
    // [supportive, opposed, reacting, expected]
    [0, 0, 5, 0],
    [4, 0, 4, 0],
    [2, 2, 4, 1],
    [2, 2, 8, 0.5],
    [1, 2, 8, 0.25],
    [3, 1, 4, 0.5],
    [0, 0, 0, 0],
  ])('s=%i o=%i n=%i -> %f', (s, o, n, expected) => {
    expect(polarisationIndex(s, o, n)).toBeCloseTo(expected, 6);
  });
});

function reaction(
  actor: string,
  sign: -1 | 0 | 1,
  stances: ActorReaction['stances'][number]['stance'][],
): ActorReaction {
  return {
    actor,
    name: actor,
    type: 'state',
    stances: stances.map((stance) => ({ stance, firstDate: null, articles: 1 })),
    position: sign > 0 ? 'supportive' : sign < 0 ? 'opposed' : 'mixed',
    sign,
    timeline: [],
    evidence: [],
    quotes: [],
  };
}

describe('findCamps', () => {
  it('pulls an actor without a side into the camp whose acts it shares', () => {
    const { camps } = findCamps([
      reaction('FRA', -1, ['CONDEMN', 'CONCERN']),
      reaction('DEU', -1, ['CONDEMN']),
      reaction('SRB', 1, ['SUPPORT']),
      reaction('AUT', 0, ['CONCERN', 'CALL_FOR_RESTRAINT']),
      reaction('CHE', 0, ['NEUTRAL_MONITORING']),
    ]);
    expect(camps).toEqual([
      { label: 'supportive', actors: ['SRB'] },
      { label: 'opposed', actors: ['FRA', 'DEU', 'AUT'] },
      { label: 'unaligned', actors: ['CHE'] },
    ]);
  });
});

describe('analyzeCluster and alignActors on the fixture reports', () => {
  const clusters = clusterEvents(toRecords());
  const strike = clusters.find((c) => c.source === 'ETH');

  it('measures the strike: one supporter, two opponents, five without a side', () => {
    if (!strike) throw new Error('no strike cluster');
    const analysis = analyzeCluster(strike);
    expect(analysis).toMatchObject({ supportive: 1, opposed: 2, reacting: 8, polarisation: 0.25 });
    expect(analysis.camps.find((c) => c.label === 'opposed')?.actors).toEqual(['EGY', 'USA']);
    expect(analysis.shifts).toEqual([
      {
        actor: 'USA',
        from: 'neutral',
        to: 'opposed',
        fromDate: '2026-03-02',
        toDate: '2026-03-03',
        articleId: 'capital-2026-03-03-pressure',
      },
    ]);
  });

  it('rates how often two actors took the same side', () => {
    const alignment = alignActors(clusters);
    expect(alignment).toContainEqual({ a: 'EGY', b: 'USA', shared: 1, agreed: 1, rate: 1 });
    expect(alignment).toContainEqual({ a: 'HUN', b: 'USA', shared: 1, agreed: 0, rate: 0 });
    expect(alignment).toContainEqual({ a: 'RUS', b: 'USA', shared: 1, agreed: 1, rate: 1 });
  });
});
