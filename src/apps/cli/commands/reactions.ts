// `chorus reactions <event>`: one event cluster -> its "International reactions to …" table (Markdown or JSON) on stdout.
import type { StoreReader } from '../../../adapters/sqlite/store-reader.js';
import type { Catalog } from '../../../aggregate/catalog.js';
import { buildReactionTable, renderReactionTable } from '../../../aggregate/reaction-table.js';
import type { EventCluster } from '../../../aggregate/types.js';
import { ChorusError } from '../../../errors.js';
import { showReactions } from '../../api/views.js';
import { type Command, stringOption } from './command.js';
import { findClusters, openCatalog } from './events.js';
import { DB_OPTION, DEFAULT_DB } from './ingest.js';

export const reactionsCommand: Command = {
  name: 'reactions',
  summary:
    'Print the "International reactions to …" table of one event: by stance and by actor, with quotes and sources.',
  positionals: [
    {
      name: 'event',
      description: 'an event id from `chorus events`, or words that match exactly one event',
    },
  ],
  options: [
    DB_OPTION,
    {
      name: 'format',
      short: 'f',
      type: 'string',
      choices: ['md', 'json'],
      default: 'md',
      value: 'FORMAT',
      description:
        'md: Markdown tables with camps and polarisation; json: the table with every evidence span',
    },
  ],
  examples: [
    'chorus reactions c-3f2a9b1e',
    'chorus reactions "dam strike"',
    'chorus reactions c-3f2a9b1e -f json',
  ],
  async run({ positionals, values }, io) {
    const { catalog, store } = openCatalog(stringOption(values, 'db') ?? DEFAULT_DB);
    try {
      const cluster = pickEvent(catalog, store, positionals[0] ?? '');
      const analysis = catalog.analysisById.get(cluster.id);
      if (stringOption(values, 'format') === 'json') {
        io.stdout.write(`${JSON.stringify(showReactions(cluster, analysis), null, 2)}\n`);
      } else {
        io.stdout.write(renderReactionTable(buildReactionTable(cluster), analysis));
      }
      if (cluster.reactions.length === 0)
        io.stderr.write(`chorus: no reactions to ${cluster.id} were found\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};

/** The cluster with this id, else the one cluster the words match; none or several is a ChorusError that lists them. */
export function pickEvent(catalog: Catalog, store: StoreReader, wanted: string): EventCluster {
  const byId = catalog.clusterById.get(wanted);
  if (byId) return byId;
  const matches = findClusters(catalog, store, wanted);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) {
    throw new ChorusError(
      'cli.no_event',
      `No event has the id or words "${wanted}". List the events with \`chorus events\`${catalog.clusters.length === 0 ? ' (the store has none: run `chorus ingest` first)' : ''}.`,
    );
  }
  const listed = matches
    .slice(0, 10)
    .map((c) => `  ${c.id}  ${c.summary}`)
    .join('\n');
  throw new ChorusError(
    'cli.ambiguous_event',
    `${matches.length} events match "${wanted}"; name one by its id:\n${listed}`,
  );
}
