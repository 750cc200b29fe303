// `chorus eval quotes`: PolNeAR attributions against predicted quotes (to be deepened by the quotes work).
import type { Analysis } from '../model/analysis.js';
import { type Prf, prf } from './common.js';

export interface GoldQuoteDoc {
  id: string;
  text: string;
  quotes: {
    content: string;
    contentSpan: [number, number];
    speaker: string | null;
    speakerSpan: [number, number] | null;
    cue: string | null;
    cueSpan: [number, number] | null;
    type: string;
  }[];
}

export interface QuoteReport {
  suite: 'quotes';
  articles: number;
  all: Prf;
  invalidSpans: number;
}

export function scoreQuotes(gold: GoldQuoteDoc[], predicted: Analysis[]): QuoteReport {
  return {
    suite: 'quotes',
    articles: Math.min(gold.length, predicted.length),
    all: prf({ tp: 0, fp: 0, fn: 0 }),
    invalidSpans: 0,
  };
}
