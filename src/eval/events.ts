// `chorus eval events`: (source, target, CAMEO root) triples per sentence (to be deepened by the events work).
import type { Analysis } from '../model/analysis.js';
import { type Prf, prf } from './common.js';

export interface EventReport {
  suite: 'events';
  files: { file: string; triples: Prf; rootAccuracy: number }[];
  invalidSpans: number;
}

export function scoreEvents(file: string, _gold: unknown[], _predicted: Analysis[]): EventReport {
  return {
    suite: 'events',
    files: [{ file, triples: prf({ tp: 0, fp: 0, fn: 0 }), rootAccuracy: 0 }],
    invalidSpans: 0,
  };
}
