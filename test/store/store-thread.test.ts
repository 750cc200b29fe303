import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleWriter } from '../../src/adapters/sqlite/article-writer.js';
import { ingestArticles } from '../../src/adapters/sqlite/ingest-articles.js';
import { type Db, openStore } from '../../src/adapters/sqlite/open-store.js';
import { readArticle, readCounts, searchArticles, searchQuotes } from '../../src/adapters/sqlite/queries.js';
import { type StoreThread, startStoreThread } from '../../src/adapters/sqlite/store-thread.js';
import { ChorusError } from '../../src/errors.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { ArticleInput } from '../../src/model/article.js';
import { ARTICLES, analyzeFixture, FIRST_REPORT_ID, WIRE_COPY_ID } from './fixtures.js';

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const INPUTS = ARTICLES.map((article) => article.input);
const PAGE = { limit: 10, offset: 0 };

// Every row of the query tables, in a stable order, without the time of storing.
function dumpRows(db: Db): unknown[] {
  const tables = ['article_bands', 'actors', 'quotes', 'events', 'reactions', 'issues'];
  const articles = db
    .prepare('SELECT * FROM articles ORDER BY seq')
    .all()
    .map((row) => ({ ...(row as Record<string, unknown>), ingested_at: undefined }));
  return [articles, ...tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all())];
}

describe('the store thread', () => {
  let dir: string;
  let file: string;
  let db: Db;
  let thread: StoreThread;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-store-thread-'));
    file = join(dir, 'chorus.db');
    db = openStore(file);
    thread = startStoreThread(db, file);
  });
  afterEach(async () => {
    await thread.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the same rows as a writer in this thread, wire copy linked, and skips them on a rerun', async () => {
    const first = await ingestArticles(each(INPUTS), thread, { batchSize: 2, analyze: analyzeFixture });
    expect(first).toMatchObject({ read: 6, stored: 6, duplicates: 1, skipped: 0, inputErrors: 0 });
    expect(readArticle(db, WIRE_COPY_ID)?.duplicateOf).toBe(FIRST_REPORT_ID);

    const again = await ingestArticles(each(INPUTS), thread, { batchSize: 2, analyze: analyzeFixture });
    expect(again).toMatchObject({ read: 6, stored: 0, skipped: 6 });

    const sameThread = openStore(join(dir, 'same-thread.db'));
    await ingestArticles(each(INPUTS), createArticleWriter(sameThread), {
      batchSize: 2,
      analyze: analyzeFixture,
    });
    expect(dumpRows(db)).toEqual(dumpRows(sameThread));
    sameThread.close();
    expect(searchArticles(db, 'Muscat flights', PAGE).items.map((hit) => hit.id)).toEqual([
      'gulf-2026-05-14-muscat-talks',
    ]);
    expect(searchQuotes(db, { text: 'reckless' }, PAGE).items).toMatchObject([{ speaker: 'Mark Delaney' }]);
  });

  it('reports results in input order while analysis runs ahead of storing', async () => {
    const seen: string[] = [];
    await ingestArticles(each(INPUTS), thread, {
      batchSize: 4,
      analyze: analyzeFixture,
      onArticle: (result) => seen.push(result.id),
    });
    expect(seen).toEqual(INPUTS.map((input) => input.id));
  });

  it('does not analyse again an article repeated before its first copy was committed', async () => {
    const [talks] = INPUTS.slice(-1);
    if (!talks) throw new Error('no fixture');
    const analysed: string[] = [];
    const summary = await ingestArticles(each([talks, talks]), thread, {
      batchSize: 10,
      analyze: (input) => {
        analysed.push(input.id);
        return analyzeFixture(input);
      },
    });
    expect(analysed).toEqual([talks.id]);
    expect(summary).toMatchObject({ read: 2, stored: 1, skipped: 1 });
  });

  it('resumes after an interrupt without losing or repeating articles', async () => {
    await expect(
      ingestArticles(each(INPUTS), thread, { batchSize: 2, analyze: crashingAt(5) }),
    ).rejects.toThrow('power cut');
    expect(readCounts(db).articles).toBe(4);
    const resumed = await ingestArticles(each(INPUTS), thread, { batchSize: 2, analyze: analyzeFixture });
    expect(resumed).toMatchObject({ skipped: 4, stored: 2 });
    expect(readCounts(db).articles).toBe(6);
  });

  it('stops on a write the store refuses, keeping the committed batches, and can be rerun', async () => {
    const broken = (input: ArticleInput): Analysis => {
      // A copy: the fixture's analyses are shared between calls.
      const analysis = structuredClone(analyzeFixture(input));
      // An actor without a name breaks the store's NOT NULL rule: the write fails in the thread.
      if (input.id === INPUTS[3]?.id && analysis.actors[0]) {
        analysis.actors[0] = { ...analysis.actors[0], name: null as unknown as string };
      }
      return analysis;
    };
    expect(analyzeFixture(INPUTS[3] as ArticleInput).actors.length).toBeGreaterThan(0);
    const error = await ingestArticles(each(INPUTS), thread, { batchSize: 2, analyze: broken }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ChorusError);
    expect((error as ChorusError).code).toBe('store.write_failed');
    expect(readCounts(db).articles).toBe(2);
    await thread.close();
    thread = startStoreThread(db, file);
    const resumed = await ingestArticles(each(INPUTS), thread, { batchSize: 2, analyze: analyzeFixture });
    expect(resumed).toMatchObject({ skipped: 2, stored: 4 });
    expect(readCounts(db).articles).toBe(6);
  });
});

/** The fixture analysis, failing like a power cut on the n-th article. */
function crashingAt(n: number): (input: ArticleInput) => Analysis {
  let calls = 0;
  return (input) => {
    calls++;
    if (calls === n) throw new Error('power cut');
    return analyzeFixture(input);
  };
}
