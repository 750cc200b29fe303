// Golden tests: every example in examples/ through the pipeline -> schema-valid output, exact spans, and its expected facts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/adapters/input/read-inputs.js';
import { toRecord } from '../../src/adapters/output/format-json.js';
import { defaultContext } from '../../src/apps/context.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { ArticleInput } from '../../src/model/article.js';
import type { Doc } from '../../src/model/doc.js';
import { isInputError } from '../../src/model/input-error.js';
import { analyzeDoc, toAnalysis } from '../../src/pipeline.js';
import { findBadSpans, findSchemaErrors } from './check-output.js';
import { checkFact, describeFact, type Expected } from './expectations.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const EXPECTED = new URL('./expected/', import.meta.url).pathname;

const ctx = defaultContext();
const results = new Map<string, { input: ArticleInput; doc: Doc; analysis: Analysis }>();
const reported: string[] = [];
for await (const record of readInputs([EXAMPLES], { maxChars: ctx.config.maxArticleChars })) {
  if (isInputError(record)) {
    reported.push(`${record.file}: ${record.message}`);
    continue;
  }
  const doc = analyzeDoc(record, ctx);
  results.set(record.id, { input: record, doc, analysis: toAnalysis(doc) });
}

describe('examples', () => {
  it('are all read, none reported', () => {
    expect(reported).toEqual([]);
    expect(results.size).toBeGreaterThanOrEqual(6);
  });

  for (const [id, { doc, analysis }] of results) {
    describe(id, () => {
      it('gives output that the JSON Schema accepts', () => {
        expect(findSchemaErrors(JSON.parse(JSON.stringify(toRecord(analysis))))).toEqual([]);
      });
      it('has only exact spans', () => {
        expect(findBadSpans(doc.text, analysis)).toEqual([]);
      });
    });
  }
});

const expectedFiles = readdirSync(EXPECTED)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe.each(expectedFiles)('expected facts in %s', (file) => {
  const expected = JSON.parse(readFileSync(EXPECTED + file, 'utf8')) as Expected;
  const id = expected.article ?? expected.example;
  it('names an example that exists', () => {
    expect([...results.keys()]).toContain(id);
  });
  for (const fact of expected.facts) {
    if (fact.pending) {
      it.todo(describeFact(fact));
      continue;
    }
    it(describeFact(fact), () => {
      const result = results.get(id);
      if (!result) return;
      expect(checkFact(fact, result.doc, result.analysis)).toBeNull();
    });
  }
});
