// `chorus serve`: the store -> the JSON API, its OpenAPI document and the web dashboard on one HTTP port, until Ctrl-C.
import { ChorusError } from '../../../errors.js';
import { createStoreApp, listen, type RunningServer } from '../../api/index.js';
import { type Command, numberOption, stringOption } from './command.js';
import { DB_OPTION, DEFAULT_DB } from './ingest.js';

export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Serve the store: JSON API (OpenAPI at /openapi.json) and the web dashboard with the reaction map.',
  positionals: [],
  options: [
    DB_OPTION,
    {
      name: 'port',
      short: 'p',
      type: 'integer',
      min: 0,
      default: 8080,
      value: 'N',
      description: 'the TCP port (0: any free port)',
    },
    {
      name: 'host',
      type: 'string',
      default: '127.0.0.1',
      value: 'HOST',
      description: 'the address to listen on (0.0.0.0 to share it on the network)',
    },
  ],
  examples: ['chorus serve', 'chorus serve --db news.db --port 3000'],
  async run({ values }, io) {
    const running = await serveStore({
      db: stringOption(values, 'db') ?? DEFAULT_DB,
      port: numberOption(values, 'port', 8080),
      host: stringOption(values, 'host') ?? '127.0.0.1',
      onError: (error) => {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.stderr.write(`chorus: internal error while answering a request: ${detail}\n`);
      },
    });
    io.stderr.write(`chorus: serving ${running.url}/ (API ${running.url}/api/events); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.close();
    return 0;
  },
};

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  onError?: (error: unknown) => void;
}

/** Opens the store for reading (its own connection: ingest can write meanwhile) and listens; close() releases both. */
export async function serveStore(options: ServeOptions): Promise<RunningServer> {
  const { app, close } = createStoreApp(options.db, options.onError);
  let server: RunningServer;
  try {
    server = await listen(app, options.port, options.host);
  } catch (error) {
    close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new ChorusError(
        'serve.cannot_listen',
        `Cannot listen on ${options.host}:${options.port} (${code === 'EADDRINUSE' ? 'the port is in use' : (error as Error).message}). Choose another port with --port N, or --port 0 for any free one.`,
        { cause: error },
      );
    }
    throw error;
  }
  return {
    ...server,
    close: async () => {
      await server.close();
      close();
    },
  };
}
