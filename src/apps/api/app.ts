// A Request -> a Response: the JSON API, the OpenAPI document and the dashboard's files, with one central error handler.
import type { StoreReader } from '../../adapters/sqlite/store-reader.js';
import { buildCatalog, type Catalog, searchClusters } from '../../aggregate/catalog.js';
import { ChorusError } from '../../errors.js';
import type { ActorType } from '../../model/actor.js';
import { buildCountryTable } from './countries.js';
import { notFound, PAGE_PARAMS, readParams } from './params.js';
import { createRouter, type Route, type RouteContext } from './router.js';
import { showActor, showEvent, showReactions, summarizeEvent } from './views.js';

/** The dashboard's files and the vendored libraries it loads, by URL path. */
export interface Assets {
  read(path: string): Promise<{ body: Uint8Array<ArrayBuffer> | string; type: string } | undefined>;
}

export interface AppOptions {
  store: StoreReader;
  assets?: Assets;
  openapi: unknown;
  /** told of every unexpected error (a bug), which the client sees only as a 500 */
  onError?: (error: unknown) => void;
}

export interface App {
  handle(request: Request): Promise<Response>;
  routes: readonly Route[];
}

const STATUS_BY_CODE: Record<string, number> = {
  'api.bad_request': 400,
  'api.not_found': 404,
  'api.method_not_allowed': 405,
};

/**
 * The dashboard loads only its own files and asks only its own API; article text is shown as text, and the
 * policy makes sure nothing else could run. Inline style attributes colour the legend swatches.
 */
const ASSET_HEADERS = {
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
} as const;

const ID = /^[A-Za-z0-9:_.-]{1,200}$/;
const ACTOR_TYPES = ['state', 'igo', 'org', 'person'] as const;

export function createApp(options: AppOptions): App {
  const { store } = options;
  let cached: { stamp: string; catalog: Catalog } | undefined;
  // Aggregates are rebuilt only when the store changed since the last request (an ingest may be running).
  const catalog = (): Catalog => {
    const stamp = store.stamp();
    if (!cached || cached.stamp !== stamp) cached = { stamp, catalog: buildCatalog(store.records()) };
    return cached.catalog;
  };
  const countries = buildCountryTable();
  const findCluster = (id: string) => {
    const cluster = catalog().clusterById.get(id);
    if (!cluster) throw notFound(`No event "${id}". List events at /api/events.`);
    return cluster;
  };

  const routes: Route[] = [
    { method: 'GET', pattern: '/health', handler: () => json({ ok: true, store: store.counts() }) },
    { method: 'GET', pattern: '/openapi.json', handler: () => json(options.openapi) },
    {
      method: 'GET',
      pattern: '/api/events',
      handler: ({ url }) => {
        const params = readParams(url, { q: { type: 'string', maxLength: 200 }, ...PAGE_PARAMS });
        const all = catalog();
        const matches =
          params.q === undefined
            ? all.clusters
            : searchClusters(all.clusters, params.q, articleIdsFor(store, params.q));
        return json(
          paginate(
            matches.map((c) => summarizeEvent(c, all.analysisById.get(c.id))),
            params.limit ?? 50,
            params.offset ?? 0,
          ),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/api/events/:id',
      handler: ({ url, params }) => {
        readParams(url, {});
        const cluster = findCluster(checkId(params.id));
        return json(showEvent(cluster, catalog().analysisById.get(cluster.id)));
      },
    },
    {
      method: 'GET',
      pattern: '/api/events/:id/reactions',
      handler: ({ url, params }) => {
        readParams(url, {});
        const cluster = findCluster(checkId(params.id));
        return json(showReactions(cluster, catalog().analysisById.get(cluster.id)));
      },
    },
    {
      method: 'GET',
      pattern: '/api/actors',
      handler: ({ url }) => {
        const params = readParams(url, { type: { type: 'string', choices: ACTOR_TYPES }, ...PAGE_PARAMS });
        const page = { limit: params.limit ?? 50, offset: params.offset ?? 0 };
        const result = store.actors(page, params.type as ActorType | undefined);
        return json({ ...page, ...result });
      },
    },
    {
      method: 'GET',
      pattern: '/api/actors/:id',
      handler: ({ url, params }) => {
        readParams(url, {});
        const id = checkId(params.id);
        const actor = store.actor(id);
        if (!actor) throw notFound(`No actor "${id}" in the store. List actors at /api/actors.`);
        const page = { limit: 20, offset: 0 };
        const quotes = { ...page, ...store.searchQuotes({ actor: id }, page) };
        return json({ ...actor, ...showActor(catalog(), id), quotes });
      },
    },
    {
      method: 'GET',
      pattern: '/api/quotes',
      handler: ({ url }) => {
        const params = readParams(url, {
          q: { type: 'string', maxLength: 200 },
          actor: { type: 'string', pattern: ID },
          ...PAGE_PARAMS,
        });
        const page = { limit: params.limit ?? 50, offset: params.offset ?? 0 };
        const filter: { text?: string; actor?: string } = {};
        if (params.q !== undefined) filter.text = params.q;
        if (params.actor !== undefined) filter.actor = params.actor;
        return json({ ...page, ...store.searchQuotes(filter, page) });
      },
    },
    {
      method: 'GET',
      pattern: '/api/search',
      handler: ({ url }) => {
        const params = readParams(url, { q: { type: 'string', maxLength: 200 }, ...PAGE_PARAMS });
        if (params.q === undefined || params.q.trim() === '') {
          throw new ChorusError('api.bad_request', 'Query parameter "q" is required: /api/search?q=words.');
        }
        const page = { limit: params.limit ?? 50, offset: params.offset ?? 0 };
        const all = catalog();
        const events = searchClusters(all.clusters, params.q, articleIdsFor(store, params.q)).map((c) =>
          summarizeEvent(c, all.analysisById.get(c.id)),
        );
        return json({
          q: params.q,
          events: paginate(events, page.limit, page.offset),
          articles: { ...page, ...store.searchArticles(params.q, page) },
          quotes: { ...page, ...store.searchQuotes({ text: params.q }, page) },
        });
      },
    },
    {
      method: 'GET',
      pattern: '/api/articles/:id',
      handler: ({ url, params }) => {
        readParams(url, {});
        const id = checkId(params.id);
        const article = store.article(id);
        if (!article) throw notFound(`No article "${id}" in the store.`);
        return json(article);
      },
    },
    {
      method: 'GET',
      pattern: '/api/alignment',
      handler: ({ url }) => {
        const params = readParams(url, {
          actor: { type: 'string', pattern: ID },
          min: { type: 'integer', min: 1, max: 10_000, default: 1 },
          ...PAGE_PARAMS,
        });
        const pairs = catalog().alignment.filter(
          (pair) =>
            pair.shared >= (params.min ?? 1) &&
            (params.actor === undefined || pair.a === params.actor || pair.b === params.actor),
        );
        return json(paginate(pairs, params.limit ?? 50, params.offset ?? 0));
      },
    },
    {
      method: 'GET',
      pattern: '/api/countries',
      handler: ({ url }) => {
        readParams(url, {});
        return json(countries, 'public, max-age=86400');
      },
    },
  ];
  const router = createRouter(routes);

  const serveAsset = async (path: string): Promise<Response | undefined> => {
    if (!options.assets || path.startsWith('/api/')) return undefined;
    const asset = await options.assets.read(path === '/' ? '/index.html' : path);
    if (!asset) return undefined;
    return new Response(asset.body, { headers: { 'content-type': asset.type, ...ASSET_HEADERS } });
  };

  return {
    routes,
    async handle(request) {
      try {
        const url = new URL(request.url);
        const match = router.match(request.method, url.pathname);
        if (match.kind === 'found') {
          const context: RouteContext = { request, url, params: match.params };
          return await match.handler(context);
        }
        if (request.method === 'GET' || request.method === 'HEAD') {
          const asset = await serveAsset(url.pathname);
          if (asset) return asset;
        }
        if (match.kind === 'method-not-allowed') {
          throw new ChorusError(
            'api.method_not_allowed',
            `${request.method} is not allowed here; use ${match.allowed.join(' or ')}.`,
          );
        }
        throw notFound(
          `No route for ${request.method} ${url.pathname}. The routes are listed at /openapi.json.`,
        );
      } catch (error) {
        if (!(error instanceof ChorusError)) options.onError?.(error);
        return toErrorResponse(error);
      }
    },
  };
}

/** The one error handler: stable codes to HTTP statuses; anything unexpected is a 500 without internals. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ChorusError) {
    const status = STATUS_BY_CODE[error.code] ?? (error.code.startsWith('store.') ? 503 : 500);
    return json({ error: { code: error.code, message: error.message } }, undefined, status);
  }
  return json(
    {
      error: {
        code: 'api.internal_error',
        message: 'The server failed to answer this request; see its log.',
      },
    },
    undefined,
    500,
  );
}

function json(value: unknown, cache?: string, status = 200): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  headers['cache-control'] = cache ?? 'no-store';
  return new Response(JSON.stringify(value), { status, headers });
}

function paginate<T>(items: readonly T[], limit: number, offset: number) {
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}

function checkId(id: string | undefined): string {
  if (id === undefined || !ID.test(id)) {
    throw new ChorusError(
      'api.bad_request',
      `The id "${id ?? ''}" is not an id: letters, digits and : _ . - only.`,
    );
  }
  return id;
}

function articleIdsFor(store: StoreReader, text: string): Set<string> {
  return new Set(store.searchArticles(text, { limit: 200, offset: 0 }).items.map((hit) => hit.id));
}
