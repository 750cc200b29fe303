// `chorus events [--search TEXT]`: the store's event clusters (newest first) as a table or JSON on stdout.
import { openStoreReader, type StoreReader } from '../../../adapters/sqlite/store-reader.js';
import { buildCatalog, type Catalog, searchClusters } from '../../../aggregate/catalog.js';
import type { EventCluster } from '../../../aggregate/types.js';
import { summarizeEvent } from '../../api/views.js';
import { type Command, numberOption, stringOption } from './command.js';
import { DB_OPTION, DEFAULT_DB } from './ingest.js';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'List the stored event clusters (one per real-world event, over outlets and days), newest first.',
  positionals: [],
  options: [
    DB_OPTION,
    {
      name: 'search',
      short: 's',
      type: 'string',
      value: 'TEXT',
      description: 'only events whose words, actors or articles (full text) match every word of TEXT',
    },
    {
      name: 'format',
      short: 'f',
      type: 'string',
      choices: ['table', 'json'],
      default: 'table',
      value: 'FORMAT',
      description: 'table: one line per event; json: the summaries as an array',
    },
    {
      name: 'limit',
      short: 'n',
      type: 'integer',
      min: 1,
      default: 50,
      value: 'N',
      description: 'at most N events',
    },
  ],
  examples: [
    'chorus events',
    'chorus events --search "drone strike"',
    'chorus events --db news.db --format json',
  ],
  async run({ values }, io) {
    const { catalog, store } = openCatalog(stringOption(values, 'db') ?? DEFAULT_DB);
    try {
      const search = stringOption(values, 'search');
      const matches = search === undefined ? catalog.clusters : findClusters(catalog, store, search);
      const shown = matches.slice(0, numberOption(values, 'limit', 50));
      const summaries = shown.map((cluster) => summarizeEvent(cluster, catalog.analysisById.get(cluster.id)));
      if (stringOption(values, 'format') === 'json') {
        io.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
        return 0;
      }
      io.stdout.write(formatEventTable(summaries));
      if (matches.length > shown.length) {
        io.stderr.write(
          `chorus: ${shown.length} of ${matches.length} events shown; raise --limit for more\n`,
        );
      }
      if (matches.length === 0) {
        io.stderr.write(
          search === undefined
            ? 'chorus: the store holds no events yet; add articles with `chorus ingest`\n'
            : `chorus: no event matches "${search}"\n`,
        );
      }
      return 0;
    } finally {
      store.close();
    }
  },
};

/** A store file -> its reader and every aggregate over it (the reader stays open for full-text search). */
export function openCatalog(file: string): { catalog: Catalog; store: StoreReader } {
  const store = openStoreReader(file);
  try {
    return { catalog: buildCatalog(store.records()), store };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** Clusters matching TEXT by their own words or by a full-text hit in one of their articles. */
export function findClusters(catalog: Catalog, store: StoreReader, text: string): EventCluster[] {
  const hits = store.searchArticles(text, { limit: 500, offset: 0 }).items.map((hit) => hit.id);
  return searchClusters(catalog.clusters, text, new Set(hits));
}

type Summary = ReturnType<typeof summarizeEvent>;

export function formatEventTable(summaries: readonly Summary[]): string {
  const rows = summaries.map((s) => [
    s.id,
    s.dateStart === s.dateEnd ? (s.dateStart ?? '-') : `${s.dateStart ?? '?'}..${s.dateEnd ?? '?'}`,
    String(s.articles),
    String(s.reactingActors),
    s.polarisation.toFixed(2),
    `${s.summary}${s.location ? ` (${s.location})` : ''}`,
  ]);
  const header = ['ID', 'DATES', 'ARTICLES', 'REACTING', 'POLARISATION', 'EVENT'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const numeric = new Set([2, 3, 4]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        if (i === cells.length - 1) return cell;
        const width = widths[i] ?? 0;
        return numeric.has(i) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}
