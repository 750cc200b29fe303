// Real answers of every route, checked against the schemas of the OpenAPI document that describes them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleWriter } from '../../src/adapters/sqlite/article-writer.js';
import { ingestArticles } from '../../src/adapters/sqlite/ingest-articles.js';
import { type Db, openStore } from '../../src/adapters/sqlite/open-store.js';
import { createStoreReader } from '../../src/adapters/sqlite/store-reader.js';
import { type App, createApp } from '../../src/apps/api/app.js';
import { OPENAPI } from '../../src/apps/api/openapi.js';
import { ARTICLES, analyzeFixture, FIRST_REPORT_ID } from '../store/fixtures.js';

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ ...(OPENAPI as object), $id: 'openapi.json' });

/** The schema of one documented answer, by JSON pointer into the document. */
function schemaFor(pattern: string, status: number) {
  const pointer = [
    'paths',
    pattern,
    'get',
    'responses',
    String(status),
    'content',
    'application/json',
    'schema',
  ]
    .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/');
  return ajv.compile({ $ref: `openapi.json#/${pointer}` });
}

let dir: string;
let db: Db;
let app: App;

async function answer(path: string): Promise<{ status: number; body: unknown }> {
  const response = await app.handle(new Request(`http://chorus.test${path}`));
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chorus-openapi-'));
  db = openStore(join(dir, 'chorus.db'));
  await ingestArticles(each(ARTICLES.map((a) => a.input)), createArticleWriter(db), {
    batchSize: 10,
    analyze: analyzeFixture,
  });
  app = createApp({ store: createStoreReader(db), openapi: OPENAPI });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('answers match the OpenAPI document', () => {
  it('for every documented route, with real data', async () => {
    const events = (await answer('/api/events?q=Assab')).body as { items: { id: string }[] };
    const eventId = events.items[0]?.id ?? '';
    const examples: Record<string, string> = {
      '/health': '/health',
      '/openapi.json': '/openapi.json',
      '/api/events': '/api/events',
      '/api/events/{id}': `/api/events/${eventId}`,
      '/api/events/{id}/reactions': `/api/events/${eventId}/reactions`,
      '/api/actors': '/api/actors',
      '/api/actors/{id}': '/api/actors/USA',
      '/api/quotes': '/api/quotes?q=attack',
      '/api/search': '/api/search?q=Assab',
      '/api/articles/{id}': `/api/articles/${FIRST_REPORT_ID}`,
      '/api/alignment': '/api/alignment',
      '/api/countries': '/api/countries',
    };
    const documented = Object.keys((OPENAPI as { paths: object }).paths);
    expect(Object.keys(examples).sort()).toEqual(documented.sort());
    for (const [pattern, path] of Object.entries(examples)) {
      const { status, body } = await answer(path);
      expect(status, path).toBe(200);
      if (pattern === '/openapi.json') continue;
      const validate = schemaFor(pattern, 200);
      expect(validate(body) ? [] : validate.errors, path).toEqual([]);
    }
  });

  it.each([
    ['/api/events/{id}', '/api/events/c-00000000', 404],
    ['/api/events', '/api/events?limit=500', 400],
    ['/api/articles/{id}', '/api/articles/a%20b', 400],
  ])('for the errors of %s', async (pattern, path, expected) => {
    const { status, body } = await answer(path);
    expect(status).toBe(expected);
    const validate = schemaFor(pattern, expected);
    expect(validate(body) ? [] : validate.errors).toEqual([]);
  });
});
