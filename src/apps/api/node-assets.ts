// URL paths -> the dashboard's files (src/apps/web/) and the map libraries from node_modules, read from disk.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { findProjectRoot } from '../../adapters/sqlite/paths.js';
import type { Assets } from './app.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The vendored files, each from its package's own distribution (ISC licences; world-atlas from Natural Earth). */
const VENDOR: Record<string, string> = {
  '/vendor/d3-array.min.js': 'node_modules/d3-array/dist/d3-array.min.js',
  '/vendor/d3-geo.min.js': 'node_modules/d3-geo/dist/d3-geo.min.js',
  '/vendor/topojson-client.min.js': 'node_modules/topojson-client/dist/topojson-client.min.js',
  '/vendor/countries-110m.json': 'node_modules/world-atlas/countries-110m.json',
};

/** Only files listed when the server starts are served: no path from a URL ever reaches the file system. */
export function createNodeAssets(root: string = findProjectRoot()): Assets {
  const webDir = join(root, 'src', 'apps', 'web');
  const files = new Map<string, string>();
  for (const name of readdirSync(webDir)) {
    if (name in TYPES || extname(name) in TYPES) {
      if (!name.endsWith('.test.ts')) files.set(`/${name}`, join(webDir, name));
    }
  }
  for (const [path, file] of Object.entries(VENDOR)) files.set(path, join(root, file));
  return {
    async read(path) {
      const file = files.get(path);
      if (!file) return undefined;
      const body = new Uint8Array(await readFile(file));
      return { body, type: TYPES[extname(file)] ?? 'application/octet-stream' };
    },
  };
}
