// The PolNeAR quote scorer: content overlap of half the shorter span, speaker matching, gold typed by every mark family.
import { describe, expect, it } from 'vitest';
import { type GoldQuote, type GoldQuoteDoc, sameContent, scoreQuotes } from '../../src/eval/quotes.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { Quote } from '../../src/model/quote.js';

const text = "''We will not sign,'' the minister said. Unions say the plan is unfair.";

function gold(start: number, end: number, type: string, speaker: string | null = null): GoldQuote {
  const at = speaker ? text.indexOf(speaker) : -1;
  return {
    content: text.slice(start, end),
    contentSpan: [start, end],
    speaker,
    speakerSpan: speaker ? [at, at + speaker.length] : null,
    cue: null,
    cueSpan: null,
    type,
  };
}

function quote(start: number, end: number, kind: Quote['kind'], speaker?: string): Quote {
  const at = speaker ? text.indexOf(speaker) : -1;
  return {
    text: text.slice(start, end),
    start,
    end,
    kind,
    cue: null,
    speaker: speaker ? { name: speaker, start: at, end: at + speaker.length } : null,
  };
}

const analysis = (quotes: Quote[]): Analysis => ({
  article: { id: 'a', date: null, title: null },
  actors: [],
  quotes,
  events: [],
  reactions: [],
  issues: [],
});

describe('scoreQuotes', () => {
  it('matches content spans that overlap by half of the shorter, marks included or not', () => {
    const g = gold(0, 20, 'indirect');
    expect(sameContent({ start: 2, end: 18 }, g)).toBe(true);
    expect(sameContent({ start: 15, end: 40 }, g)).toBe(false);
  });

  it('types gold in doubled apostrophes as quoted only in the any-marks figure', () => {
    const clause = text.indexOf('the plan');
    const doc: GoldQuoteDoc = {
      id: 'a',
      text,
      // PolNeAR types a quote in doubled apostrophes as indirect
      quotes: [gold(0, 20, 'indirect', 'minister'), gold(clause, clause + 17, 'indirect', 'Unions')],
    };
    const report = scoreQuotes(
      [doc],
      [analysis([quote(2, 18, 'direct', 'minister'), quote(clause, clause + 17, 'indirect', 'Unions')])],
    );
    expect(report.directAndMixed).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.directAndMixedAnyMarks).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.all).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.speakerAccuracy).toMatchObject({ correct: 2, total: 2 });
    expect(report.invalidSpans).toBe(0);
  });
});
