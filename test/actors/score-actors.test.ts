// The PLOVER actor scorer on invented records: code and sector accuracy, classes of codes, unscored actors.
import { describe, expect, it } from 'vitest';
import { scoreActors } from '../../src/eval/actors.js';
import type { Mention } from '../../src/model/actor.js';

const text =
  'Ruritanian troops shelled the town, and the rebel Freedom Front said the United Nations must act.';
const span = (words: string, actor: string, sector?: Mention['sector']): Mention => {
  const start = text.indexOf(words);
  const mention: Mention = {
    text: words,
    start,
    end: start + words.length,
    actor,
    kind: 'name',
    sentence: 0,
  };
  if (sector) mention.sector = sector;
  return mention;
};

describe('scoreActors', () => {
  const gold = [
    {
      id: 'r1',
      text,
      actor: [
        { actorText: 'Ruritanian troops', code: 'RUR', sector: 'MIL' },
        { actorText: 'Freedom Front', code: 'RUR', sector: 'REB' },
      ],
      recipient: [
        { actorText: 'United Nations', code: 'IGOUNO' },
        { actorText: 'the town', code: '---' },
      ],
    },
  ];

  it('counts codes, sectors, classes and unscored actors', () => {
    const report = scoreActors(gold, [
      {
        text,
        mentions: [
          span('Ruritanian troops', 'RUR', 'GOV'),
          span('Freedom Front', 'org:freedom-front', 'REB'),
          span('United Nations', 'UN'),
        ],
      },
    ]);
    // RUR matches; a rebel group may be an org: id.
    expect(report.source.code).toEqual({ correct: 2, total: 2, accuracy: 1 });
    // MIL expected and GOV found; REB expected and found.
    expect(report.source.sector).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.recipient.code).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(report.unscored.code).toBe(1);
    expect(report.details.map((d) => d.text)).toEqual(['Ruritanian troops']);
    expect(report.invalidSpans).toBe(0);
  });

  it('scores a missing mention as wrong', () => {
    const report = scoreActors(gold, [{ text, mentions: [] }]);
    expect(report.source.code.correct).toBe(0);
    expect(report.source.codeInSentence.correct).toBe(0);
    expect(report.recipient.code.total).toBe(1);
  });
});
