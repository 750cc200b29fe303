// Read queries over the store: article records for aggregation, one article, full-text search, quotes, actors.
import type { ArticleRecord } from '../../aggregate/types.js';
import type { ActorType } from '../../model/actor.js';
import type { Analysis } from '../../model/analysis.js';
import type { Db } from './open-store.js';

export interface StoredArticle {
  id: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  origin: string;
  text: string;
  duplicateOf: string | null;
  similarity: number | null;
  analysis: Analysis;
}

export interface ArticleHit {
  id: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  duplicateOf: string | null;
  snippet: string;
}

export interface QuoteRow {
  articleId: string;
  date: string | null;
  outlet: string | null;
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  speakerActor: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  type: ActorType;
  articles: number;
  reactions: number;
  quotes: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface StoreCounts {
  articles: number;
  duplicates: number;
  quotes: number;
  reactions: number;
  issues: number;
}

/** Changes whenever an article is stored, replaced or deleted: the key for caching aggregates. */
export function readStamp(db: Db): string {
  const row = db.prepare('SELECT count(*) AS n, coalesce(max(seq), 0) AS m FROM articles').get() as {
    n: number;
    m: number;
  };
  return `${row.n}:${row.m}`;
}

export function readCounts(db: Db): StoreCounts {
  const one = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  return {
    articles: one('SELECT count(*) AS n FROM articles'),
    duplicates: one('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
    quotes: one('SELECT count(*) AS n FROM quotes'),
    reactions: one('SELECT count(*) AS n FROM reactions'),
    issues: one('SELECT count(*) AS n FROM issues'),
  };
}

/** Every stored article's analysis in storage order, duplicates included and marked. */
export function readRecords(db: Db): ArticleRecord[] {
  const rows = db.prepare('SELECT analysis, outlet, duplicate_of FROM articles ORDER BY seq').all() as {
    analysis: string;
    outlet: string | null;
    duplicate_of: string | null;
  }[];
  return rows.map((row) => ({
    analysis: JSON.parse(row.analysis) as Analysis,
    outlet: row.outlet,
    duplicateOf: row.duplicate_of,
  }));
}

export function readArticle(db: Db, id: string): StoredArticle | undefined {
  const row = db
    .prepare(
      'SELECT id, title, date, outlet, url, origin, text, duplicate_of, similarity, analysis FROM articles WHERE id = ?',
    )
    .get(id) as
    | (Omit<StoredArticle, 'analysis' | 'duplicateOf'> & { analysis: string; duplicate_of: string | null })
    | undefined;
  if (!row) return undefined;
  const { duplicate_of, analysis, ...rest } = row;
  return { ...rest, duplicateOf: duplicate_of, analysis: JSON.parse(analysis) as Analysis };
}

/** Turns free text into an FTS5 query of quoted terms, so that user input can never be FTS syntax. */
export function toFtsQuery(text: string): string | null {
  const terms = text.split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term}"`).join(' ');
}

export function searchArticles(db: Db, text: string, page: Page): { total: number; items: ArticleHit[] } {
  const query = toFtsQuery(text);
  if (query === null) return { total: 0, items: [] };
  const total = (
    db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(query) as {
      n: number;
    }
  ).n;
  const items = db
    .prepare(
      `SELECT a.id, a.title, a.date, a.outlet, a.duplicate_of AS duplicateOf,
       snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(query, page.limit, page.offset) as ArticleHit[];
  return { total, items };
}

export function searchQuotes(
  db: Db,
  filter: { text?: string; actor?: string },
  page: Page,
): { total: number; items: QuoteRow[] } {
  const where: string[] = ['a.duplicate_of IS NULL'];
  const params: (string | number)[] = [];
  let from = 'quotes q JOIN articles a ON a.seq = q.article_seq';
  if (filter.text !== undefined) {
    const query = toFtsQuery(filter.text);
    if (query === null) return { total: 0, items: [] };
    from = `quotes_fts f JOIN quotes q ON q.seq = f.rowid JOIN articles a ON a.seq = q.article_seq`;
    where.push('quotes_fts MATCH ?');
    params.push(query);
  }
  if (filter.actor !== undefined) {
    where.push('q.speaker_actor = ?');
    params.push(filter.actor);
  }
  const clause = where.join(' AND ');
  const total = (
    db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${clause}`).get(...params) as { n: number }
  ).n;
  const items = db
    .prepare(
      `SELECT a.id AS articleId, a.date, a.outlet, q.text, q.start, q."end" AS "end", q.kind, q.speaker,
       q.speaker_actor AS speakerActor FROM ${from} WHERE ${clause} ORDER BY a.date, q.seq LIMIT ? OFFSET ?`,
    )
    .all(...params, page.limit, page.offset) as QuoteRow[];
  return { total, items };
}

/** Actors over non-duplicate articles, most often mentioned first. */
export function listActors(db: Db, page: Page, type?: ActorType): { total: number; items: ActorRow[] } {
  return type === undefined
    ? listActorsWhere(db, '', [], page)
    : listActorsWhere(db, 'AND x.type = ?', [type], page);
}

function listActorsWhere(
  db: Db,
  filter: string,
  params: string[],
  page: Page,
): { total: number; items: ActorRow[] } {
  const base = `FROM actors x JOIN articles a ON a.seq = x.article_seq WHERE a.duplicate_of IS NULL ${filter}`;
  const total = (db.prepare(`SELECT count(DISTINCT x.actor) AS n ${base}`).get(...params) as { n: number }).n;
  const items = db
    .prepare(
      `SELECT x.actor AS id, min(x.name) AS name, min(x.type) AS type, count(DISTINCT x.article_seq) AS articles,
       (SELECT count(*) FROM reactions r JOIN articles b ON b.seq = r.article_seq
         WHERE r.actor = x.actor AND b.duplicate_of IS NULL) AS reactions,
       (SELECT count(*) FROM quotes q JOIN articles c ON c.seq = q.article_seq
         WHERE q.speaker_actor = x.actor AND c.duplicate_of IS NULL) AS quotes
       ${base} GROUP BY x.actor ORDER BY articles DESC, x.actor LIMIT ? OFFSET ?`,
    )
    .all(...params, page.limit, page.offset) as ActorRow[];
  return { total, items };
}

export function readActor(db: Db, id: string): ActorRow | undefined {
  return listActorsWhere(db, 'AND x.actor = ?', [id], { limit: 1, offset: 0 }).items[0];
}
