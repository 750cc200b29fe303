// `chorus export`: the store's event clusters -> JSON, CSV, Markdown or PLOVER/POLECAT-style event JSON Lines, on stdout or --out.
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, type ExportFormat, formatExport } from '../../../aggregate/export-formats.js';
import { ChorusError } from '../../../errors.js';
import { type Command, stringOption } from './command.js';
import { findClusters, openCatalog } from './events.js';
import { DB_OPTION, DEFAULT_DB } from './ingest.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the stored events and reactions as JSON, CSV, Markdown or PLOVER-style event JSON Lines.',
  positionals: [],
  options: [
    DB_OPTION,
    {
      name: 'format',
      short: 'f',
      type: 'string',
      choices: EXPORT_FORMATS,
      default: 'json',
      value: 'FORMAT',
      description:
        'json: clusters with reactions, evidence, camps; csv: one row per actor per event; md: reaction tables; plover: one coded event per line',
    },
    {
      name: 'out',
      short: 'o',
      type: 'string',
      value: 'FILE',
      description: 'write to FILE instead of stdout',
    },
    {
      name: 'search',
      short: 's',
      type: 'string',
      value: 'TEXT',
      description: 'only the events that match TEXT (as in `chorus events --search`)',
    },
  ],
  examples: [
    'chorus export --format csv --out reactions.csv',
    'chorus export --format plover > events.jsonl',
    'chorus export --format md --search "drone strike"',
  ],
  async run({ values }, io) {
    const format = (stringOption(values, 'format') ?? 'json') as ExportFormat;
    const { catalog, store } = openCatalog(stringOption(values, 'db') ?? DEFAULT_DB);
    let text: string;
    try {
      const search = stringOption(values, 'search');
      const clusters = search === undefined ? catalog.clusters : findClusters(catalog, store, search);
      const ids = new Set(clusters.flatMap((cluster) => cluster.articles.map((article) => article.id)));
      // A search narrows the PLOVER lines to the articles of the matching events.
      const records =
        search === undefined
          ? catalog.records
          : catalog.records.filter((record) => ids.has(record.analysis.article.id));
      text = formatExport(format, records, clusters);
    } finally {
      store.close();
    }
    const out = stringOption(values, 'out');
    if (out === undefined) {
      io.stdout.write(text);
      return 0;
    }
    try {
      writeFileSync(out, text);
    } catch (error) {
      throw new ChorusError('cli.cannot_write', `Cannot write ${out}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return 0;
  },
};
