import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleWriter } from '../../src/adapters/sqlite/article-writer.js';
import { ingestArticles } from '../../src/adapters/sqlite/ingest-articles.js';
import { type Db, openStore } from '../../src/adapters/sqlite/open-store.js';
import { createStoreReader } from '../../src/adapters/sqlite/store-reader.js';
import { type App, createApp } from '../../src/apps/api/app.js';
import { createNodeAssets } from '../../src/apps/api/node-assets.js';
import { OPENAPI } from '../../src/apps/api/openapi.js';
import { ARTICLES, analyzeFixture } from '../store/fixtures.js';

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

let dir: string;
let db: Db;
let app: App;
const errors: unknown[] = [];

async function get(path: string, method = 'GET') {
  const response = await app.handle(new Request(`http://chorus.test${path}`, { method }));
  const type = response.headers.get('content-type') ?? '';
  const body = type.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, type, body };
}

async function strikeId(): Promise<string> {
  const { body } = await get('/api/events?q=Assab');
  return body.items[0].id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chorus-api-'));
  db = openStore(join(dir, 'chorus.db'));
  await ingestArticles(each(ARTICLES.map((a) => a.input)), createArticleWriter(db), {
    batchSize: 10,
    analyze: analyzeFixture,
  });
  app = createApp({
    store: createStoreReader(db),
    assets: createNodeAssets(),
    openapi: OPENAPI,
    onError: (error) => errors.push(error),
  });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the JSON API through handle()', () => {
  it('lists event clusters, newest first, with paging', async () => {
    const { status, body } = await get('/api/events?limit=1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(body.items[0]).toMatchObject({ summary: 'India-Pakistan talks in Muscat', articles: 1 });
    const second = await get('/api/events?limit=1&offset=1');
    expect(second.body.items[0]).toMatchObject({
      source: 'ETH',
      target: 'ERI',
      articles: 4,
      reactingActors: 8,
    });
  });

  it('searches events by words, by actor ids and by their articles full text', async () => {
    expect((await get('/api/events?q=drone%20strike')).body.total).toBe(1);
    expect((await get('/api/events?q=IND%20PAK')).body.items[0].source).toBe('IND');
    expect((await get('/api/events?q=weapons%20depots')).body.items[0].source).toBe('ETH');
    expect((await get('/api/events?q=volcano')).body.total).toBe(0);
  });

  it('shows one event with camps, polarisation and shifts', async () => {
    const { status, body } = await get(`/api/events/${await strikeId()}`);
    expect(status).toBe(200);
    expect(body.polarisation).toBe(0.25);
    expect(body.camps).toContainEqual({ label: 'opposed', actors: ['EGY', 'USA'] });
    expect(body.shifts[0]).toMatchObject({ actor: 'USA', from: 'neutral', to: 'opposed' });
    expect(body.articles).toHaveLength(4);
  });

  it('gives the reaction table with quotes, sources and evidence that points into the articles', async () => {
    const { body } = await get(`/api/events/${await strikeId()}/reactions`);
    expect(body.title).toBe('International reactions to Ethiopian drone strike on Assab port');
    expect(body.byStance.find((row: { stance: string }) => row.stance === 'SUPPORT').actors).toEqual([
      { actor: 'HUN', name: 'Hungary', firstDate: '2026-03-04' },
    ]);
    const hungary = body.byActor.find((row: { actor: string }) => row.actor === 'HUN');
    expect(hungary.sources).toEqual(['Capital Times', 'Horn Daily']);
    const evidence = body.reactions.flatMap((r: { evidence: unknown[] }) => r.evidence);
    for (const e of evidence) {
      const article = (await get(`/api/articles/${e.articleId}`)).body;
      expect(article.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(body.timeline[0].date).toBe('2026-03-02');
  });

  it('lists actors and shows one with its alignment', async () => {
    const list = await get('/api/actors?type=igo');
    expect(list.body.items.map((a: { id: string }) => a.id).sort()).toEqual(['AU', 'EU', 'UN']);
    const usa = await get('/api/actors/USA');
    expect(usa.body).toMatchObject({ id: 'USA', type: 'state' });
    expect(usa.body.alignment).toContainEqual({ actor: 'EGY', name: 'Egypt', shared: 1, agreed: 1, rate: 1 });
    expect(usa.body.quotes.total).toBe(3);
  });

  it('searches quotes and everything at once', async () => {
    const quotes = await get('/api/quotes?q=civilian');
    expect(quotes.body.items).toMatchObject([{ speaker: 'Maria Okonjo', speakerActor: 'UN' }]);
    const all = await get('/api/search?q=Assab');
    expect(all.body.events.total).toBe(1);
    expect(all.body.articles.total).toBe(5);
    expect(all.body.quotes.total).toBe(1);
  });

  it('answers pairwise alignment', async () => {
    const { body } = await get('/api/alignment?actor=RUS');
    expect(body.items).toContainEqual({ a: 'GBR', b: 'RUS', shared: 1, agreed: 1, rate: 1 });
  });

  it.each([
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=abc', 'integer'],
    ['/api/events?offset=-1', 'offset'],
    ['/api/events?colour=red', 'Unknown query parameter "colour"'],
    ['/api/events?q=a&q=b', 'more than once'],
    ['/api/actors?type=planet', 'one of state'],
    ['/api/search', '"q" is required'],
    ['/api/events/c-1?x=1', 'Unknown query parameter'],
    ['/api/articles/..%2F..%2Fetc', 'is not an id'],
  ])('rejects %s with a 400 JSON error', async (path, words) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('api.bad_request');
    expect(body.error.message).toContain(words);
  });

  it.each([
    '/api/events/c-00000000',
    '/api/events/c-00000000/reactions',
    '/api/articles/no-such-article',
    '/api/actors/ATL',
    '/api/nothing',
  ])('answers %s with a 404 JSON error', async (path) => {
    const { status, type, body } = await get(path);
    expect(status).toBe(404);
    expect(type).toContain('application/json');
    expect(body.error.code).toBe('api.not_found');
  });

  it('refuses other methods with a 405', async () => {
    const { status, body } = await get('/api/events', 'POST');
    expect(status).toBe(405);
    expect(body.error.code).toBe('api.method_not_allowed');
  });

  it('turns an unexpected failure into a 500 without internals and reports it', async () => {
    const broken = createApp({
      store: {
        ...createStoreReader(db),
        stamp: () => {
          throw new Error('disk on fire');
        },
      },
      openapi: OPENAPI,
      onError: (error) => errors.push(error),
    });
    const response = await broken.handle(new Request('http://chorus.test/api/events'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('disk on fire');
    expect(String(errors.at(-1))).toContain('disk on fire');
  });

  it('serves the dashboard and its map libraries', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    for (const path of ['/app.js', '/style.css', '/vendor/d3-geo.min.js', '/vendor/countries-110m.json']) {
      expect((await get(path)).status).toBe(200);
    }
    expect((await get('/../package.json')).status).toBe(404);
    const response = await app.handle(new Request('http://chorus.test/'));
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('maps the atlas numeric ids to alpha-3 actor ids', async () => {
    const { body } = await get('/api/countries');
    const byNumeric = new Map(body.countries.map((c: { numeric: string; id: string }) => [c.numeric, c.id]));
    expect(byNumeric.get('231')).toBe('ETH');
    expect(byNumeric.get('004')).toBe('AFG');
    expect(body.byName.Kosovo).toBe('XKX');
  });
});

describe('the OpenAPI document', () => {
  const doc = OPENAPI as { openapi: string; paths: Record<string, Record<string, unknown>> };

  it('is OpenAPI 3.1 and served at /openapi.json', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect((await get('/openapi.json')).body).toEqual(doc);
  });

  it('documents every route and nothing else', () => {
    const routes = app.routes.map((r) => `${r.method.toLowerCase()} ${r.pattern.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.sort());
  });
});
