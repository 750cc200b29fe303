// Analysed articles -> rows in the store: idempotent by id and content hash, wire copies linked by MinHash, many per transaction.
import { createHash } from 'node:crypto';
import { bandKeys, DUPLICATE_THRESHOLD, estimateJaccard, minHash } from '../../aggregate/fingerprint.js';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/article.js';
import type { Db } from './open-store.js';

export interface AnalysedArticle {
  input: ArticleInput;
  analysis: Analysis;
  /** `JSON.stringify(analysis)`, when the caller has it already (the store thread receives it): stored as is */
  json?: string;
}

export type StoreStatus =
  /** new article, stored */
  | 'stored'
  /** new article, stored and linked to the article it copies */
  | 'duplicate'
  /** the same id with the same text is already stored: nothing written */
  | 'skipped'
  /** the same id with a different text: the old version was replaced */
  | 'replaced';

export interface StoreResult {
  id: string;
  status: StoreStatus;
  duplicateOf?: string;
  similarity?: number;
}

export interface ArticleWriter {
  /** true when this id with this exact text is stored, so the article need not be analysed again */
  isStored: StoredCheck;
  /**
   * Stores one article in the open transaction, opening one if none is: nothing is final until commit().
   * Storing article by article lets a worker pool go on analysing between two articles.
   */
  store(item: AnalysedArticle): StoreResult;
  /** Ends the open transaction, if any: after an interrupt either all of its articles are stored or none. */
  commit(): void;
  /** Drops the open transaction's articles, if any (after a failure). */
  rollback(): void;
}

export type StoredCheck = (input: ArticleInput) => boolean;

export function hashContent(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether this id with this exact text is stored, read through `db` (any connection to the store). */
export function createStoredCheck(db: Db): StoredCheck {
  const byId = db.prepare('SELECT content_hash AS hash FROM articles WHERE id = ?');
  return (input) => {
    const existing = byId.get(input.id) as { hash: string } | undefined;
    return existing !== undefined && existing.hash === hashContent(input.text);
  };
}

export function createArticleWriter(
  db: Db,
  now: () => string = () => new Date().toISOString(),
): ArticleWriter {
  const statements = {
    byId: db.prepare('SELECT seq, content_hash AS hash FROM articles WHERE id = ?'),
    byHash: db.prepare(
      'SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1',
    ),
    candidates: db.prepare(
      `SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.seq = b.article_seq
       WHERE b.band = ? AND b.bucket = ? AND a.duplicate_of IS NULL`,
    ),
    deleteQuoteFts: db.prepare(
      'DELETE FROM quotes_fts WHERE rowid IN (SELECT seq FROM quotes WHERE article_seq = ?)',
    ),
    // articles_fts indexes the articles table's own columns (external content): it is told which values to
    // remove, the ones it was given (migrations/002).
    deleteArticleFts: db.prepare(
      `INSERT INTO articles_fts (articles_fts, rowid, title, text)
       SELECT 'delete', seq, coalesce(title, ''), text FROM articles WHERE seq = ?`,
    ),
    deleteArticle: db.prepare('DELETE FROM articles WHERE seq = ?'),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, content_hash, title, date, outlet, url, origin, text, analysis, minhash,
       duplicate_of, similarity, ingested_at) VALUES (@id, @hash, @title, @date, @outlet, @url, @origin, @text,
       @analysis, @minhash, @duplicateOf, @similarity, @ingestedAt)`,
    ),
    insertBand: db.prepare(
      'INSERT OR IGNORE INTO article_bands (band, bucket, article_seq) VALUES (?, ?, ?)',
    ),
    insertArticleFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    insertActor: db.prepare(
      'INSERT INTO actors (article_seq, actor, name, type, mentions) VALUES (?, ?, ?, ?, ?)',
    ),
    insertQuote: db.prepare(
      'INSERT INTO quotes (article_seq, text, start, "end", kind, speaker, speaker_actor, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertQuoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
    insertEvent: db.prepare(
      `INSERT INTO events (article_seq, event_id, cameo, plover, source, target, date, location, summary, main)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertReaction: db.prepare(
      `INSERT INTO reactions (article_seq, actor, speaker, stances, position, attribution, target_event,
       target_actor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertIssue: db.prepare(
      'INSERT INTO issues (article_seq, code, message, start, "end") VALUES (?, ?, ?, ?, ?)',
    ),
  };

  type Existing = { seq: number; hash: string } | undefined;

  const findCopyOf = (
    hash: string,
    signature: Uint32Array,
  ): { id: string; similarity: number } | undefined => {
    const exact = statements.byHash.get(hash) as { id: string } | undefined;
    if (exact) return { id: exact.id, similarity: 1 };
    let best: { id: string; similarity: number } | undefined;
    bandKeys(signature).forEach((bucket, band) => {
      for (const row of statements.candidates.all(band, bucket) as { id: string; minhash: Buffer }[]) {
        const similarity = estimateJaccard(signature, readSignature(row.minhash));
        if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
          best = { id: row.id, similarity };
        }
      }
    });
    return best;
  };

  const storeOne = (item: AnalysedArticle): StoreResult => {
    const { input, analysis } = item;
    const hash = hashContent(input.text);
    const existing = statements.byId.get(input.id) as Existing;
    if (existing && existing.hash === hash) return { id: input.id, status: 'skipped' };
    if (existing) {
      statements.deleteQuoteFts.run(existing.seq);
      statements.deleteArticleFts.run(existing.seq);
      statements.deleteArticle.run(existing.seq);
    }
    const signature = minHash(input.text);
    const copy = findCopyOf(hash, signature);
    const info = statements.insertArticle.run({
      id: input.id,
      hash,
      title: analysis.article.title,
      date: analysis.article.date,
      outlet: input.source ?? analysis.article.source ?? null,
      url: input.url ?? analysis.article.url ?? null,
      origin:
        input.origin.line === undefined ? input.origin.file : `${input.origin.file}:${input.origin.line}`,
      text: input.text,
      analysis: item.json ?? JSON.stringify(analysis),
      minhash: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength),
      duplicateOf: copy?.id ?? null,
      similarity: copy?.similarity ?? null,
      ingestedAt: now(),
    });
    const seq = Number(info.lastInsertRowid);
    bandKeys(signature).forEach((bucket, band) => {
      statements.insertBand.run(band, bucket, seq);
    });
    statements.insertArticleFts.run(seq, analysis.article.title ?? '', input.text);
    storeLayers(seq, analysis);
    if (existing) return { id: input.id, status: 'replaced' };
    return copy
      ? { id: input.id, status: 'duplicate', duplicateOf: copy.id, similarity: copy.similarity }
      : { id: input.id, status: 'stored' };
  };

  const storeLayers = (seq: number, analysis: Analysis): void => {
    for (const actor of analysis.actors) {
      statements.insertActor.run(seq, actor.id, actor.name, actor.type, actor.mentions.length);
    }
    for (const quote of analysis.quotes) {
      const speaker = quote.speaker?.name ?? null;
      const row = statements.insertQuote.run(
        seq,
        quote.text,
        quote.start,
        quote.end,
        quote.kind,
        speaker,
        quote.speaker?.actor ?? null,
        quote.cue?.text ?? null,
      );
      statements.insertQuoteFts.run(row.lastInsertRowid, quote.text, speaker ?? '');
    }
    for (const event of analysis.events) {
      statements.insertEvent.run(
        seq,
        event.id,
        event.cameo,
        event.plover,
        event.source,
        event.target,
        event.date,
        event.location,
        event.summary,
        event.main ? 1 : 0,
      );
    }
    for (const reaction of analysis.reactions) {
      statements.insertReaction.run(
        seq,
        reaction.actor,
        reaction.speaker,
        reaction.stances.join(','),
        reaction.position,
        reaction.attribution,
        reaction.target.event ?? null,
        reaction.target.actor ?? null,
        reaction.confidence,
      );
    }
    for (const issue of analysis.issues) {
      statements.insertIssue.run(seq, issue.code, issue.message, issue.start ?? null, issue.end ?? null);
    }
  };

  const transaction = {
    begin: db.prepare('BEGIN'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
  };

  return {
    isStored: createStoredCheck(db),
    store(item) {
      if (!db.inTransaction) transaction.begin.run();
      return storeOne(item);
    },
    commit() {
      if (db.inTransaction) transaction.commit.run();
    },
    rollback() {
      if (db.inTransaction) transaction.rollback.run();
    },
  };
}

/** A stored signature back as 32-bit words (copied, because a Buffer's offset need not be 4-aligned). */
export function readSignature(blob: Buffer): Uint32Array {
  return new Uint32Array(Uint8Array.from(blob).buffer);
}
