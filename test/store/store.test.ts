import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleWriter } from '../../src/adapters/sqlite/article-writer.js';
import { ingestArticles } from '../../src/adapters/sqlite/ingest-articles.js';
import {
  currentVersion,
  type Db,
  openStore,
  PAGE_SIZE,
  readMigrations,
} from '../../src/adapters/sqlite/open-store.js';
import { MIGRATIONS_DIR } from '../../src/adapters/sqlite/paths.js';
import {
  readArticle,
  readCounts,
  readRecords,
  searchArticles,
  searchQuotes,
} from '../../src/adapters/sqlite/queries.js';
import { clusterEvents } from '../../src/aggregate/cluster-events.js';
import type { ArticleInput } from '../../src/model/article.js';
import { ARTICLES, analyzeFixture, FIRST_REPORT_ID, WIRE_COPY_ID } from './fixtures.js';

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const INPUTS = ARTICLES.map((article) => article.input);

describe('the article store', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-store-'));
    db = openStore(join(dir, 'chorus.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every migration once, in order, in WAL mode', () => {
    expect(currentVersion(db)).toBe(readMigrations().length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
    db.close();
    db = openStore(join(dir, 'chorus.db'));
    const rows = db.prepare('SELECT count(*) AS n FROM schema_version').get() as { n: number };
    expect(rows.n).toBe(readMigrations().length);
  });

  it('keeps the page size of a store made with smaller pages, and stores and searches in it', async () => {
    const file = join(dir, 'small-pages.db');
    const made = new Database(file);
    made.pragma('page_size = 4096');
    made.pragma('journal_mode = WAL');
    made.close();
    const small = openStore(file);
    expect(small.pragma('page_size', { simple: true })).toBe(4096);
    await ingestArticles(each(INPUTS), createArticleWriter(small), { batchSize: 2, analyze: analyzeFixture });
    expect(readCounts(small)).toMatchObject({ articles: 6, duplicates: 1 });
    expect(searchQuotes(small, { text: 'reckless' }, { limit: 10, offset: 0 }).total).toBe(1);
    small.close();
  });

  it('stores each article once and links the wire copy to the first report', async () => {
    const writer = createArticleWriter(db);
    const first = await ingestArticles(each(INPUTS), writer, { batchSize: 2, analyze: analyzeFixture });
    expect(first).toMatchObject({ read: 6, stored: 6, duplicates: 1, skipped: 0, inputErrors: 0 });
    expect(readArticle(db, WIRE_COPY_ID)?.duplicateOf).toBe(FIRST_REPORT_ID);
    expect(readArticle(db, FIRST_REPORT_ID)?.duplicateOf).toBeNull();

    const again = await ingestArticles(each(INPUTS), writer, { batchSize: 2, analyze: analyzeFixture });
    expect(again).toMatchObject({ read: 6, stored: 0, skipped: 6 });
    expect(readCounts(db)).toMatchObject({ articles: 6, duplicates: 1 });
  });

  it('replaces an article whose text changed under the same id', async () => {
    const writer = createArticleWriter(db);
    await ingestArticles(each(INPUTS), writer, { batchSize: 10, analyze: analyzeFixture });
    const [talks] = INPUTS.slice(-1);
    if (!talks) throw new Error('no fixture');
    const corrected: ArticleInput = { ...talks, text: `${talks.text}\n\nThis story has been corrected.` };
    const summary = await ingestArticles(each([corrected]), writer, {
      batchSize: 10,
      analyze: analyzeFixture,
    });
    expect(summary).toMatchObject({ stored: 1, replaced: 1 });
    expect(readArticle(db, talks.id)?.text).toContain('corrected');
    expect(readCounts(db).articles).toBe(6);
  });

  it('resumes after an interrupt without losing or repeating articles', async () => {
    const writer = createArticleWriter(db);
    const crashing = crashingAt(5);
    await expect(ingestArticles(each(INPUTS), writer, { batchSize: 2, analyze: crashing })).rejects.toThrow(
      'power cut',
    );
    expect(readCounts(db).articles).toBe(4);
    const resumed = await ingestArticles(each(INPUTS), writer, { batchSize: 2, analyze: analyzeFixture });
    expect(resumed).toMatchObject({ skipped: 4, stored: 2 });
    expect(readCounts(db).articles).toBe(6);
  });

  it('rolls back the articles stored since the last commit when the run fails mid-batch', async () => {
    const writer = createArticleWriter(db);
    const crashing = crashingAt(5);
    await expect(ingestArticles(each(INPUTS), writer, { batchSize: 3, analyze: crashing })).rejects.toThrow(
      'power cut',
    );
    expect(db.inTransaction).toBe(false);
    expect(readCounts(db).articles).toBe(3);
    const resumed = await ingestArticles(each(INPUTS), writer, { batchSize: 3, analyze: analyzeFixture });
    expect(resumed).toMatchObject({ skipped: 3, stored: 3 });
  });

  it('takes analyses from an ordered stream (a worker pool) and pairs each with its article', async () => {
    const writer = createArticleWriter(db);
    await ingestArticles(each(INPUTS.slice(0, 2)), writer, { batchSize: 2, analyze: analyzeFixture });
    const seen: string[] = [];
    async function* pool(inputs: AsyncIterable<ArticleInput>) {
      for await (const input of inputs) {
        seen.push(input.id);
        yield analyzeFixture(input);
      }
    }
    const summary = await ingestArticles(each(INPUTS), writer, { batchSize: 2, analyze: { stream: pool } });
    expect(summary).toMatchObject({ read: 6, stored: 4, skipped: 2, duplicates: 0 });
    expect(seen).toEqual(INPUTS.slice(2).map((input) => input.id));
    expect(readCounts(db).articles).toBe(6);
  });

  it('stores the JSON a stream gives with an analysis as it is (a worker serialised it already)', async () => {
    async function* serialised(inputs: AsyncIterable<ArticleInput>) {
      for await (const input of inputs) {
        const analysis = analyzeFixture(input);
        // Spacing JSON.stringify(analysis) would not produce: the stored text is the one given.
        yield { analysis, json: JSON.stringify(analysis, null, 1) };
      }
    }
    const summary = await ingestArticles(each(INPUTS), createArticleWriter(db), {
      batchSize: 2,
      analyze: { stream: serialised },
    });
    expect(summary).toMatchObject({ read: 6, stored: 6, duplicates: 1 });
    const [first] = INPUTS;
    if (!first) throw new Error('no fixture');
    const row = db.prepare('SELECT analysis FROM articles WHERE id = ?').get(first.id) as {
      analysis: string;
    };
    expect(row.analysis).toBe(JSON.stringify(analyzeFixture(first), null, 1));
    expect(readArticle(db, first.id)?.analysis).toEqual(analyzeFixture(first));
  });

  it('refuses a stream whose results do not match its articles', async () => {
    async function* shuffled(inputs: AsyncIterable<ArticleInput>) {
      const all: ArticleInput[] = [];
      for await (const input of inputs) all.push(input);
      for (const input of all.reverse()) yield analyzeFixture(input);
    }
    await expect(
      ingestArticles(each(INPUTS), createArticleWriter(db), { batchSize: 2, analyze: { stream: shuffled } }),
    ).rejects.toThrow(/gave article .* where article .* was expected/);
  });

  it('counts inputs that cannot be read instead of dropping them', async () => {
    const writer = createArticleWriter(db);
    const bad = {
      kind: 'input-error' as const,
      code: 'input.bad_json',
      message: 'line 3 is not JSON',
      file: 'x.jsonl',
    };
    const summary = await ingestArticles(each([bad, ...INPUTS.slice(0, 1)]), writer, {
      batchSize: 2,
      analyze: analyzeFixture,
    });
    expect(summary).toMatchObject({ read: 1, stored: 1, inputErrors: 1 });
  });

  it('searches articles and quotes in full text', async () => {
    await ingestArticles(each(INPUTS), createArticleWriter(db), { batchSize: 10, analyze: analyzeFixture });
    const hits = searchArticles(db, 'Muscat flights', { limit: 10, offset: 0 });
    expect(hits.items.map((h) => h.id)).toEqual(['gulf-2026-05-14-muscat-talks']);
    expect(hits.items[0]?.snippet).toContain('[Muscat]');
    expect(searchArticles(db, '"unbalanced AND (', { limit: 10, offset: 0 }).total).toBe(0);
    const quotes = searchQuotes(db, { text: 'reckless' }, { limit: 10, offset: 0 });
    expect(quotes.items).toMatchObject([{ speaker: 'Mark Delaney', speakerActor: 'USA' }]);
  });

  it('hands stored analyses to the aggregates with duplicates marked', async () => {
    await ingestArticles(each(INPUTS), createArticleWriter(db), { batchSize: 10, analyze: analyzeFixture });
    const records = readRecords(db);
    expect(records.filter((r) => r.duplicateOf !== null)).toHaveLength(1);
    expect(clusterEvents(records)).toHaveLength(2);
  });

  it('keeps full-text search in step when an article is replaced', async () => {
    const writer = createArticleWriter(db);
    await ingestArticles(each(INPUTS), writer, { batchSize: 10, analyze: analyzeFixture });
    const talks = INPUTS.find((input) => input.id === 'gulf-2026-05-14-muscat-talks');
    if (!talks) throw new Error('no fixture');
    const page = { limit: 10, offset: 0 };
    expect(searchArticles(db, 'restoring', page).total).toBe(1);
    const rewritten: ArticleInput = { ...talks, text: talks.text.replace('restoring', 'reopening') };
    await ingestArticles(each([rewritten]), writer, { batchSize: 10, analyze: analyzeFixture });
    expect(searchArticles(db, 'restoring', page).total).toBe(0);
    expect(searchArticles(db, 'reopening', page).items.map((hit) => hit.id)).toEqual([talks.id]);
    expect(searchQuotes(db, { text: 'reckless' }, page).total).toBe(1);
    // The index holds exactly the stored rows' words (it throws SQLITE_CORRUPT_VTAB otherwise).
    const check = db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
    expect(() => check.run()).not.toThrow();
  });

  it('migrates a store of schema version 1: search finds the same articles and quotes', async () => {
    db.close();
    const firstOnly = join(dir, 'migrations-1');
    mkdirSync(firstOnly);
    copyFileSync(join(MIGRATIONS_DIR, '001-initial.sql'), join(firstOnly, '001-initial.sql'));
    const file = join(dir, 'old.db');
    const old = openStore(file, { migrationsDir: firstOnly });
    await ingestArticles(each(INPUTS), createArticleWriter(old), { batchSize: 10, analyze: analyzeFixture });
    const page = { limit: 10, offset: 0 };
    const before = {
      articles: searchArticles(old, 'Muscat flights', page),
      quotes: searchQuotes(old, { text: 'reckless' }, page),
    };
    expect(currentVersion(old)).toBe(1);
    old.close();

    expect(() => openStore(file, { readonly: true })).toThrow(/schema version 1.*chorus ingest/);
    db = openStore(file);
    expect(currentVersion(db)).toBe(readMigrations().length);
    expect(searchArticles(db, 'Muscat flights', page)).toEqual(before.articles);
    expect(searchQuotes(db, { text: 'reckless' }, page)).toEqual(before.quotes);
    expect(before.articles.total).toBe(1);
  });
});

/** The fixture analysis, failing like a power cut on the n-th article. */
function crashingAt(n: number): (input: ArticleInput) => ReturnType<typeof analyzeFixture> {
  let calls = 0;
  return (input) => {
    calls++;
    if (calls === n) throw new Error('power cut');
    return analyzeFixture(input);
  };
}
