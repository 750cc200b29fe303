import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleWriter } from '../../src/adapters/sqlite/article-writer.js';
import { ingestArticles } from '../../src/adapters/sqlite/ingest-articles.js';
import { type Db, openStore } from '../../src/adapters/sqlite/open-store.js';
import { openStoreReader, type StoreReader } from '../../src/adapters/sqlite/store-reader.js';
import { type App, createApp } from '../../src/apps/api/app.js';
import { OPENAPI } from '../../src/apps/api/openapi.js';
import type { ArticleInput } from '../../src/model/article.js';
import { ARTICLES, analyzeFixture } from './fixtures.js';

// The API and `chorus ingest` are separate connections to one WAL store: reads never wait for the writer.
describe('the API while ingest writes to the same store', () => {
  let dir: string;
  let writer: Db;
  let reader: StoreReader;
  let app: App;

  const total = async (): Promise<number> => {
    const response = await app.handle(new Request('http://chorus.test/health'));
    expect(response.status).toBe(200);
    return ((await response.json()) as { store: { articles: number } }).store.articles;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-concurrent-'));
    writer = openStore(join(dir, 'chorus.db'));
    reader = openStoreReader(join(dir, 'chorus.db'));
    app = createApp({ store: reader, openapi: OPENAPI });
  });

  afterEach(() => {
    reader.close();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers from the last committed state while a write transaction is open', async () => {
    await ingestArticles(inputs(ARTICLES.slice(0, 2)), createArticleWriter(writer), {
      batchSize: 10,
      analyze: analyzeFixture,
    });
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare('DELETE FROM articles').run();
    expect(await total()).toBe(2);
    const events = await app.handle(new Request('http://chorus.test/api/events'));
    expect(events.status).toBe(200);
    writer.exec('COMMIT');
    expect(await total()).toBe(0);
  });

  it('sees each committed batch of a running ingest between its batches', async () => {
    const seen: number[] = [];
    // The input stream asks the API before handing over each article: the ingest is mid-run every time.
    async function* askingInputs(): AsyncGenerator<ArticleInput> {
      for (const article of ARTICLES) {
        seen.push(await total());
        yield article.input;
      }
    }
    const summary = await ingestArticles(askingInputs(), createArticleWriter(writer), {
      batchSize: 2,
      analyze: analyzeFixture,
    });
    expect(summary.stored).toBe(ARTICLES.length);
    expect(seen).toEqual([0, 0, 2, 2, 4, 4]);
    expect(await total()).toBe(ARTICLES.length);
  });
});

async function* inputs(articles: typeof ARTICLES): AsyncGenerator<ArticleInput> {
  for (const article of articles) yield article.input;
}
