import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../model/article.js';
import type { InputError } from '../model/input-error.js';
import { analyzeBatches, batchInputs, DEFAULT_BATCH_LIMITS } from './batches.js';
import { defaultContext } from './context.js';

function article(
  id: string,
  text = 'Chile and Peru signed a fisheries accord on Monday, officials said.',
): ArticleInput {
  return { id, text, origin: { file: 'feed.jsonl' } };
}

const badLine: InputError = {
  kind: 'input-error',
  code: 'input.bad_json',
  message: 'Line 3 is not JSON.',
  file: 'feed.jsonl',
  line: 3,
};

const LIMITS = { size: 3, maxChars: 1_000, waitMs: 20 };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function idsOf(batches: (ArticleInput | InputError)[][]): string[][] {
  return batches.map((batch) => batch.map((item) => ('id' in item ? item.id : `error:${item.line}`)));
}

describe('batchInputs', () => {
  it('groups inputs in order by count, input errors in place, and flushes the last partial batch', async () => {
    const inputs = [article('a'), article('b'), badLine, article('c'), article('d')];
    expect(idsOf(await collect(batchInputs(inputs, LIMITS)))).toEqual([
      ['a', 'b', 'error:3'],
      ['c', 'd'],
    ]);
  });

  it('closes a batch once its articles reach maxChars; a longer article goes alone', async () => {
    const long = article('long', 'x'.repeat(1_500));
    const inputs = [article('a'), long, article('b'), article('c')];
    const limits = { ...LIMITS, size: 10, maxChars: 100 };
    expect(idsOf(await collect(batchInputs(inputs, limits)))).toEqual([
      ['a', 'long'],
      ['b', 'c'],
    ]);
    expect(idsOf(await collect(batchInputs([long, article('a')], limits)))).toEqual([['long'], ['a']]);
  });

  it('does not wait for a slow input: what has come goes after waitMs', async () => {
    let release: () => void = () => undefined;
    const later = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* slow(): AsyncGenerator<ArticleInput> {
      yield article('a');
      yield article('b');
      await later;
      yield article('c');
    }
    const batches = batchInputs(slow(), { ...LIMITS, size: 16 });
    const started = performance.now();
    const first = await batches.next();
    expect(first.value).toEqual([article('a'), article('b')]);
    expect(performance.now() - started).toBeLessThan(2_000);
    release();
    expect(await collect(batches)).toEqual([[article('c')]]);
  });

  it('reads no further than the batch it fills, and closes the input when the reader stops', async () => {
    let pulled = 0;
    let closed = false;
    async function* source(): AsyncGenerator<ArticleInput> {
      try {
        for (let i = 0; i < 10; i++) {
          pulled++;
          yield article(`a${i}`);
        }
      } finally {
        closed = true;
      }
    }
    for await (const batch of batchInputs(source(), LIMITS)) {
      expect(batch).toHaveLength(3);
      expect(pulled).toBe(3);
      break;
    }
    expect(closed).toBe(true);
  });

  it('passes on a failing input', async () => {
    async function* failing(): AsyncGenerator<ArticleInput> {
      yield article('a');
      throw new Error('disk went away');
    }
    await expect(collect(batchInputs(failing(), LIMITS))).rejects.toThrow('disk went away');
  });
});

describe('analyzeBatches', () => {
  it('yields one record per input in order, a broken article as its failure record', async () => {
    const broken = { id: 'broken', origin: { file: 'feed.jsonl', line: 2 } } as unknown as ArticleInput;
    const inputs = [article('a'), broken, badLine, article('b')];
    const records = await collect(
      analyzeBatches(batchInputs(inputs, DEFAULT_BATCH_LIMITS), defaultContext()),
    );
    expect(records.map((record) => ('article' in record ? record.article.id : record.code))).toEqual([
      'a',
      'broken',
      'input.bad_json',
      'b',
    ]);
    const codes = records.map((record) =>
      'issues' in record ? record.issues.map((issue) => issue.code) : [],
    );
    expect(codes[1]).toEqual(['pipeline.article_failed']);
    expect(codes[3]).not.toContain('pipeline.article_failed');
  });
});
