// A store file -> a read-only view for the API: its own connection, so reads go on while `ingest` writes (WAL).
import type { ArticleRecord } from '../../aggregate/types.js';
import type { ActorType } from '../../model/actor.js';
import { type Db, openStore } from './open-store.js';
import {
  type ActorRow,
  type ArticleHit,
  listActors,
  type Page,
  type QuoteRow,
  readActor,
  readArticle,
  readCounts,
  readRecords,
  readStamp,
  type StoreCounts,
  type StoredArticle,
  searchArticles,
  searchQuotes,
} from './queries.js';

export interface StoreReader {
  stamp(): string;
  counts(): StoreCounts;
  records(): ArticleRecord[];
  article(id: string): StoredArticle | undefined;
  searchArticles(text: string, page: Page): { total: number; items: ArticleHit[] };
  searchQuotes(filter: { text?: string; actor?: string }, page: Page): { total: number; items: QuoteRow[] };
  actors(page: Page, type?: ActorType): { total: number; items: ActorRow[] };
  actor(id: string): ActorRow | undefined;
  close(): void;
}

export function openStoreReader(file: string): StoreReader {
  return createStoreReader(openStore(file, { readonly: true }));
}

export function createStoreReader(db: Db): StoreReader {
  return {
    stamp: () => readStamp(db),
    counts: () => readCounts(db),
    records: () => readRecords(db),
    article: (id) => readArticle(db, id),
    searchArticles: (text, page) => searchArticles(db, text, page),
    searchQuotes: (filter, page) => searchQuotes(db, filter, page),
    actors: (page, type) => listActors(db, page, type),
    actor: (id) => readActor(db, id),
    close: () => db.close(),
  };
}
