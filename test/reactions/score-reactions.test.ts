// The reaction scorer: (actor, stance) pairs, reacting actors, confidence bands and positions toward the event.
import { describe, expect, it } from 'vitest';
import { type GoldReactionDoc, scoreReactions } from '../../src/eval/reactions.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { Position, Reaction, Stance } from '../../src/model/reaction.js';

const text = 'Peru condemned the strike. Chile welcomed it.';

function reaction(actor: string, stance: Stance, position: Position, confidence = 0.9): Reaction {
  return {
    actor,
    speaker: actor,
    stances: [stance],
    target: {},
    position,
    attribution: 'framing',
    evidence: [],
    confidence,
  };
}

function analysis(reactions: Reaction[]): Analysis {
  return {
    article: { id: 'a' } as Analysis['article'],
    actors: [],
    quotes: [],
    events: [],
    reactions,
    issues: [],
  };
}

const gold: GoldReactionDoc = {
  id: 'a',
  text,
  reactions: [
    { actor: 'PER', stances: ['CONDEMN'], position: 'opposed' },
    { actor: 'CHL', stances: ['SUPPORT'], position: 'supportive' },
    { actor: 'BOL', stances: ['CONCERN'] },
  ],
};

describe('scoreReactions', () => {
  it('counts pairs and actors, a wrong stance as one miss and one false alarm', () => {
    const report = scoreReactions(
      [gold],
      [analysis([reaction('PER', 'CONDEMN', 'opposed'), reaction('CHL', 'CONCERN', 'opposed', 0.5)])],
    );
    expect(report.pairs).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(report.actors).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(report.highConfidencePrecision).toMatchObject({ tp: 1, fp: 0 });
  });

  it('scores positions on the gold pairs found that carry one', () => {
    const report = scoreReactions(
      [gold],
      [
        analysis([
          reaction('PER', 'CONDEMN', 'opposed'),
          reaction('CHL', 'SUPPORT', 'mixed'),
          reaction('BOL', 'CONCERN', 'neutral'),
        ]),
      ],
    );
    expect(report.position).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });

  it('has no position figure when no gold pair carrying one is found', () => {
    const report = scoreReactions([gold], [analysis([reaction('BOL', 'CONCERN', 'neutral')])]);
    expect(report.position).toEqual({ correct: 0, total: 0, accuracy: 0 });
  });
});
