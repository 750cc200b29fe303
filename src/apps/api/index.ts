// A store file -> the whole HTTP app (API, OpenAPI document, dashboard), ready for handle() or listen().
import { openStoreReader } from '../../adapters/sqlite/store-reader.js';
import { type App, createApp } from './app.js';
import { createNodeAssets } from './node-assets.js';
import { OPENAPI } from './openapi.js';

export type { App } from './app.js';
export { listen, type RunningServer } from './server.js';

export function createStoreApp(
  dbFile: string,
  onError?: (error: unknown) => void,
): { app: App; close(): void } {
  const store = openStoreReader(dbFile);
  const options: Parameters<typeof createApp>[0] = { store, assets: createNodeAssets(), openapi: OPENAPI };
  if (onError) options.onError = onError;
  return { app: createApp(options), close: () => store.close() };
}
