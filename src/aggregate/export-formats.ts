// Stored records and clusters -> export text: JSON, CSV of merged reactions, Markdown tables, PLOVER-style event JSON Lines.
import { analyzeCluster } from './camps.js';
import { buildReactionTable, renderReactionTable } from './reaction-table.js';
import type { ArticleRecord, EventCluster } from './types.js';

export const EXPORT_FORMATS = ['json', 'csv', 'md', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function formatExport(
  format: ExportFormat,
  records: readonly ArticleRecord[],
  clusters: readonly EventCluster[],
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        clusters.map((cluster) => ({ ...cluster, analysis: analyzeCluster(cluster) })),
        null,
        2,
      )}\n`;
    case 'csv':
      return formatCsv(clusters);
    case 'md':
      return clusters
        .map((cluster) => renderReactionTable(buildReactionTable(cluster), analyzeCluster(cluster)))
        .join('\n');
    case 'plover':
      return formatPlover(records, clusters);
  }
}

const CSV_COLUMNS = [
  'cluster_id',
  'event_summary',
  'cameo',
  'plover',
  'event_source',
  'event_target',
  'date_start',
  'date_end',
  'actor',
  'actor_name',
  'position',
  'stances',
  'first_date',
  'articles',
  'evidence',
] as const;

/** One row per actor per cluster. */
function formatCsv(clusters: readonly EventCluster[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const cluster of clusters) {
    for (const reaction of cluster.reactions) {
      const firstDate = reaction.stances.map((s) => s.firstDate).find((d) => d !== null) ?? '';
      const row = [
        cluster.id,
        cluster.summary,
        cluster.cameo,
        cluster.plover,
        cluster.source ?? '',
        cluster.target ?? '',
        cluster.dateStart ?? '',
        cluster.dateEnd ?? '',
        reaction.actor,
        reaction.name,
        reaction.position,
        reaction.stances.map((s) => s.stance).join(';'),
        firstDate,
        String(new Set(reaction.evidence.map((e) => e.articleId)).size),
        reaction.evidence.map((e) => e.text).join(' | '),
      ];
      rows.push(row.map(quoteCsv).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

function quoteCsv(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One line per coded event in the field names of PLOVER records (`id`, `date`, `event`, `mode`, `context`,
 * `actor` and `recipient` as lists of `{actorText, code}`, `event_text`), as POLECAT publishes them, plus the
 * CAMEO code, Goldstein score, the event's cluster, the article's quotes and provenance (story, outlet, url,
 * evidence spans). Chorus codes neither mode nor context: they are null.
 */
function formatPlover(records: readonly ArticleRecord[], clusters: readonly EventCluster[]): string {
  const clusterOf = new Map<string, string>();
  for (const cluster of clusters) {
    for (const article of cluster.articles)
      clusterOf.set(`${article.id}\u0000${article.eventId}`, cluster.id);
  }
  const lines: string[] = [];
  for (const record of records) {
    const { article, actors, events, quotes } = record.analysis;
    const party = (id: string | null) => {
      if (id === null) return [];
      const actor = actors.find((a) => a.id === id);
      return [{ actorText: actor?.mentions[0]?.text ?? actor?.name ?? id, code: id }];
    };
    for (const event of events) {
      lines.push(
        JSON.stringify({
          id: `${article.id}#${event.id}`,
          date: event.date ?? article.date,
          event: event.plover,
          mode: null,
          context: null,
          actor: party(event.source),
          recipient: party(event.target),
          event_text: event.evidence[0]?.text ?? null,
          cameo: event.cameo,
          goldstein: event.goldstein,
          location: event.location,
          summary: event.summary,
          main: event.main === true,
          cluster_id: clusterOf.get(`${article.id}\u0000${event.id}`) ?? null,
          quotes: quotes.map((q) => ({
            text: q.text,
            speaker: q.speaker?.name ?? null,
            speaker_actor: q.speaker?.actor ?? null,
            start: q.start,
            end: q.end,
          })),
          provenance: {
            story_id: article.id,
            story_date: article.date,
            headline: article.title,
            publisher: record.outlet,
            url: article.url ?? null,
            duplicate_of: record.duplicateOf,
            evidence: event.evidence,
          },
        }),
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
