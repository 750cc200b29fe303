// Method + path patterns ("/api/events/:id") -> the matching handler with its decoded path parameters.

export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;

export interface Route {
  method: 'GET' | 'HEAD';
  pattern: string;
  handler: RouteHandler;
}

interface CompiledRoute extends Route {
  segments: string[];
}

export type RouteMatch =
  | { kind: 'found'; handler: RouteHandler; params: Record<string, string> }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed'; allowed: string[] };

export interface Router {
  match(method: string, path: string): RouteMatch;
  routes: readonly Route[];
}

export function createRouter(routes: readonly Route[]): Router {
  const compiled: CompiledRoute[] = routes.map((route) => ({ ...route, segments: splitPath(route.pattern) }));
  return {
    routes,
    match(method, path) {
      const segments = splitPath(path);
      const allowed: string[] = [];
      for (const route of compiled) {
        const params = matchSegments(route.segments, segments);
        if (!params) continue;
        if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
          return { kind: 'found', handler: route.handler, params };
        }
        allowed.push(route.method);
      }
      return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
    },
  };
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

/** A `:name` segment takes one whole path segment, percent-decoded; a `*name` last segment takes the rest. */
function matchSegments(pattern: string[], path: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] ?? '';
    if (expected.startsWith('*')) {
      params[expected.slice(1)] = path.slice(i).map(decodeSegment).join('/');
      return params;
    }
    const actual = path[i];
    if (actual === undefined) return undefined;
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeSegment(actual);
    else if (expected !== actual) return undefined;
  }
  return pattern.length === path.length ? params : undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // "%E0%A4%A": a malformed escape is taken literally, so the lookup simply finds nothing.
    return segment;
  }
}
