// The eval report -> table rows and the regression gate (pure functions).
import { describe, expect, it } from 'vitest';
import {
  checkGate,
  collectAccuracies,
  collectFigures,
  formatAccuracies,
  readGate,
} from '../../src/apps/cli/eval-figures.js';

const report = {
  suite: 'quotes',
  all: { tp: 6, fp: 2, fn: 4, precision: 0.75, recall: 0.6, f1: 2 / 3 },
  byKind: { direct: { tp: 3, fp: 0, fn: 1, precision: 1, recall: 0.75, f1: 6 / 7 } },
  speakerAccuracy: { correct: 5, total: 6, accuracy: 5 / 6 },
  files: [{ rootAccuracy: { correct: 1, total: 2, accuracy: 0.5 } }],
  invalidSpans: 0,
  details: [{ precision: 0, recall: 0, f1: 0 }],
};

describe('eval figures', () => {
  it('collects every P/R/F1 set by its dotted path, skipping details', () => {
    expect(collectFigures('quotes', report).map((row) => row.name)).toEqual(['all', 'byKind.direct']);
  });

  it('collects and prints accuracies', () => {
    const rows = collectAccuracies('quotes', report);
    expect(rows).toEqual([
      { suite: 'quotes', name: 'speakerAccuracy', correct: 5, total: 6, accuracy: 5 / 6 },
      { suite: 'quotes', name: 'files.0.rootAccuracy', correct: 1, total: 2, accuracy: 0.5 },
    ]);
    expect(formatAccuracies(rows)).toContain('83.3   5/6');
  });

  it('passes a gate whose minimums hold and fails one that does not, naming the figure', () => {
    const gate = readGate({
      quotes: { 'all.f1': 0.6, 'speakerAccuracy.accuracy': 0.9, invalidSpans: { max: 0 } },
    });
    if (typeof gate === 'string') throw new Error(gate);
    expect(checkGate(gate, { quotes: report })).toEqual([
      { suite: 'quotes', figure: 'speakerAccuracy.accuracy', expected: '>= 0.9', found: 5 / 6 },
    ]);
  });

  it('fails a gate figure that the report does not have', () => {
    const gate = readGate({ quotes: { 'nothing.f1': 0.1 } });
    if (typeof gate === 'string') throw new Error(gate);
    expect(checkGate(gate, { quotes: report })[0]?.found).toBeNull();
  });

  it('ignores gate suites that did not run', () => {
    const gate = readGate({ events: { 'files.0.triples.f1': 0.9 } });
    if (typeof gate === 'string') throw new Error(gate);
    expect(checkGate(gate, { quotes: report })).toEqual([]);
  });

  it('explains a malformed gate file', () => {
    expect(readGate([])).toMatch(/JSON object/);
    expect(readGate({ quotes: { 'all.f1': 'high' } })).toMatch(/quotes\.all\.f1/);
  });
});
