import { describe, expect, it } from 'vitest';
import { threadEntry } from '../../adapters/thread-entry.js';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import type { InputError } from '../../model/input-error.js';
import { analyzeArticle } from '../../pipeline.js';
import { defaultContext } from '../context.js';
import { analyzeParallel, analyzeParallelToJson, type EncodedAnalysis } from './index.js';

const PARAGRAPHS = [
  'KAMPALA, March 3 (Reuters) - Uganda and Kenya signed an agreement on cross-border rail freight, officials said on Tuesday.',
  '"This is a good day for traders on both sides of the border," Kenyan Transport Minister Grace Mwangi told reporters.',
  'The East African Community welcomed the deal and said it hoped Tanzania would join.',
  'IMAGE: Freight wagons wait at the Malaba crossing. Photograph: Samuel Okafor/AFP',
];

// Long articles first, so that later, shorter ones finish earlier and order has to be restored.
function makeArticle(index: number): ArticleInput {
  const repeat = index % 5 === 0 ? 30 : 1;
  const text = Array.from({ length: repeat }, () => PARAGRAPHS.join('\n\n')).join('\n\n');
  return { id: `art-${index}`, text, date: '2026-03-03', origin: { file: 'feed.jsonl', line: index + 1 } };
}

const badLine: InputError = {
  kind: 'input-error',
  code: 'input.bad_json',
  message: 'Line 4 is not JSON.',
  file: 'feed.jsonl',
  line: 4,
};

function idOf(record: Analysis | InputError): string {
  return 'article' in record ? record.article.id : `error:${record.line}`;
}

describe('analyzeParallel', () => {
  it('yields every result in input order, with input errors in their place, whatever the batch size', async () => {
    const inputs: (ArticleInput | InputError)[] = Array.from({ length: 24 }, (_, i) => makeArticle(i));
    inputs.splice(4, 0, badLine);
    const expected = inputs.map((input) => ('kind' in input ? `error:${input.line}` : input.id));
    for (const batchSize of [1, 5]) {
      const seen: string[] = [];
      for await (const record of analyzeParallel(inputs, { workers: 2, batchSize, maxInFlight: 6 }))
        seen.push(idOf(record));
      expect(seen).toEqual(expected);
    }
  });

  it('gives each article the analysis it gets in this thread, batched or not', async () => {
    const inputs = Array.from({ length: 7 }, (_, i) => makeArticle(i + 1));
    const ctx = defaultContext();
    const alone = inputs.map((input) => JSON.stringify(analyzeArticle(input, ctx)));
    const pooled: string[] = [];
    for await (const record of analyzeParallelToJson(inputs, { workers: 2, batchSize: 3 })) {
      if (!('kind' in record)) pooled.push(record.json);
    }
    expect(pooled).toEqual(alone);
  });

  it('turns an article the pipeline cannot handle into a record with an issue, and goes on', async () => {
    const broken = { id: 'broken', origin: { file: 'feed.jsonl', line: 2 } } as unknown as ArticleInput;
    const results: Analysis[] = [];
    for await (const record of analyzeParallel([makeArticle(1), broken, makeArticle(3)], { workers: 2 })) {
      if ('article' in record) results.push(record);
    }
    expect(results.map((result) => result.article.id)).toEqual(['art-1', 'broken', 'art-3']);
    expect(results[1]?.issues.map((issue) => issue.code)).toEqual(['pipeline.article_failed']);
    expect(results[2]?.issues.some((issue) => issue.code === 'pipeline.article_failed')).toBe(false);
  });

  it('reads ahead no further than maxInFlight (constant memory on any input size)', async () => {
    let pulled = 0;
    function* source(): Generator<ArticleInput> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        yield makeArticle(i + 1);
      }
    }
    let consumed = 0;
    let mostAhead = 0;
    for await (const _ of analyzeParallel(source(), { workers: 2, batchSize: 2, maxInFlight: 4 })) {
      consumed++;
      mostAhead = Math.max(mostAhead, pulled - consumed);
    }
    expect(consumed).toBe(40);
    expect(mostAhead).toBeLessThanOrEqual(4);
  });

  it('stops its workers when the reader stops early or the input fails', async () => {
    const workersBefore = countWorkers();
    for await (const record of analyzeParallel(
      Array.from({ length: 20 }, (_, i) => makeArticle(i + 1)),
      { workers: 2 },
    )) {
      expect(idOf(record)).toBe('art-1');
      break;
    }
    expect(countWorkers()).toBe(workersBefore);

    async function* failing(): AsyncGenerator<ArticleInput> {
      yield makeArticle(1);
      throw new Error('disk went away');
    }
    await expect(async () => {
      for await (const _ of analyzeParallel(failing(), { workers: 2 })) {
        // reading until the input fails
      }
    }).rejects.toThrow('disk went away');
    expect(countWorkers()).toBe(workersBefore);
  });

  it('can hand back each analysis already serialised by its worker, failures named', async () => {
    const broken = { id: 'broken', origin: { file: 'feed.jsonl', line: 2 } } as unknown as ArticleInput;
    const encoded: EncodedAnalysis[] = [];
    for await (const record of analyzeParallelToJson([makeArticle(1), broken, makeArticle(2)], {
      workers: 2,
    })) {
      if (!('kind' in record)) encoded.push(record);
    }
    expect(encoded.map((record) => record.id)).toEqual(['art-1', 'broken', 'art-2']);
    expect(encoded.map((record) => (JSON.parse(record.json) as Analysis).article.id)).toEqual([
      'art-1',
      'broken',
      'art-2',
    ]);
    expect(encoded[0]?.failure).toBeUndefined();
    expect(encoded[1]?.failure).toMatch(/The pipeline failed on this article/);
  });
});

function countWorkers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Worker').length;
}

describe('analyzeParallel when a worker dies', () => {
  const crashing = threadEntry(
    new URL('../../../test/workers/crashing-worker.ts', import.meta.url).href,
    'crashing-worker',
  );

  it("retries the dead worker's batch article by article: only the article that kills it fails", async () => {
    const inputs: ArticleInput[] = [
      makeArticle(1),
      makeArticle(2),
      { id: 'crash-1', text: 'A worker stops on this one.', origin: { file: 'feed.jsonl', line: 3 } },
      makeArticle(4),
      makeArticle(5),
      makeArticle(6),
    ];
    const ctx = defaultContext();
    const records: Analysis[] = [];
    for await (const record of analyzeParallel(inputs, { workers: 2, batchSize: 3, workerEntry: crashing })) {
      if ('article' in record) records.push(record);
    }
    expect(records.map((record) => record.article.id)).toEqual(inputs.map((input) => input.id));
    const crashed = records[2];
    expect(crashed?.issues.map((issue) => issue.code)).toEqual(['pipeline.worker_crashed']);
    expect(crashed?.issues[0]?.message).toMatch(/exit code 70/);
    // the crash's batch-mates and the next batches are analysed as in this thread
    for (const k of [0, 1, 3, 4, 5]) {
      expect(JSON.stringify(records[k])).toBe(JSON.stringify(analyzeArticle(inputs[k] as ArticleInput, ctx)));
    }
  });

  it('keeps going after several crashes, with a fresh worker each time', async () => {
    const inputs: ArticleInput[] = Array.from({ length: 8 }, (_, i) =>
      i % 3 === 1
        ? { id: `crash-${i}`, text: 'Another bad one.', origin: { file: 'feed.jsonl', line: i + 1 } }
        : makeArticle(i),
    );
    const workersBefore = countWorkers();
    const codes: string[][] = [];
    for await (const record of analyzeParallelToJson(inputs, {
      workers: 2,
      batchSize: 2,
      workerEntry: crashing,
    })) {
      if (!('kind' in record))
        codes.push((JSON.parse(record.json) as Analysis).issues.map((issue) => issue.code));
    }
    expect(codes.map((list) => list.includes('pipeline.worker_crashed'))).toEqual(
      inputs.map((input) => input.id.startsWith('crash')),
    );
    expect(countWorkers()).toBe(workersBefore);
  });

  it('stops the run with a clear error when a worker cannot start', async () => {
    const dead = { script: 'process.exit(3)', eval: true };
    await expect(async () => {
      for await (const _ of analyzeParallel([makeArticle(1), makeArticle(2)], {
        workers: 2,
        workerEntry: dead,
      })) {
        // the pool fails before any result
      }
    }).rejects.toThrow(/could not start.*--workers 1/);
  });
});
