// A store file -> an open SQLite connection in WAL mode with every migration in migrations/ applied in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ChorusError } from '../../errors.js';
import { MIGRATIONS_DIR } from './paths.js';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface OpenOptions {
  /** open for reading only (the API): no migrations are applied, the schema must be current */
  readonly?: boolean;
  migrationsDir?: string;
}

/** Bytes per database page of a new store. */
export const PAGE_SIZE = 8192;

const MIGRATION_FILE = /^(\d{3,})-([a-z0-9-]+)\.sql$/;

/** `NNN-name.sql` files, ordered by number; a gap or a repeated number is a bug in the tree. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = MIGRATION_FILE.exec(file);
    if (!match) continue;
    migrations.push({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(join(dir, file), 'utf8'),
    });
  }
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new ChorusError(
        'store.bad_migrations',
        `Migration ${migration.version}-${migration.name} is number ${index + 1} in order; number the files in ${dir} 001, 002, … without gaps.`,
      );
    }
  });
  return migrations;
}

export function openStore(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    // A reader opens the file read-write but sets query_only: a read-only handle cannot join a WAL
    // database whose -shm file it may not create, and the reader must never create a store.
    db = new Database(file, { fileMustExist: options.readonly === true });
  } catch (error) {
    throw new ChorusError(
      'store.cannot_open',
      `Cannot open the store ${file} (${(error as Error).message}). Check the path, or run \`chorus ingest\` first to create it.`,
      { cause: error },
    );
  }
  // Readers never block the writer and the writer never blocks readers; a busy lock is retried for 5 s.
  db.pragma('busy_timeout = 5000');
  if (options.readonly) {
    try {
      checkSchema(db, readMigrations(options.migrationsDir));
    } catch (error) {
      db.close();
      throw error;
    }
    db.pragma('query_only = ON');
    return db;
  }
  // A new store gets 8 KB pages: storing costs ~15% less CPU than with 4 KB (the analysis rows span fewer
  // overflow pages, FTS5 segments fewer pages); the file is ~2% larger. It must be set before the first table
  // and cannot change in WAL mode, so an existing store keeps its page size.
  db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, readMigrations(options.migrationsDir));
  return db;
}

/** Applies, each in its own transaction, the migrations newer than the store's schema_version. */
export function applyMigrations(db: Db, migrations: readonly Migration[]): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const current = currentVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new ChorusError(
      'store.too_new',
      `The store has schema version ${current}, newer than this Chorus knows (${latest}). Upgrade Chorus.`,
    );
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return applied;
}

export function currentVersion(db: Db): number {
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as
    | { version: number | null }
    | undefined;
  return row?.version ?? 0;
}

function checkSchema(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  let version = 0;
  try {
    version = currentVersion(db);
  } catch (error) {
    throw new ChorusError(
      'store.not_a_store',
      `The file is not a Chorus store (${(error as Error).message}). Create one with \`chorus ingest\`.`,
      { cause: error },
    );
  }
  if (version !== latest) {
    throw new ChorusError(
      'store.old_schema',
      `The store has schema version ${version}; this Chorus needs ${latest}. Run \`chorus ingest\` (with no new files) to migrate it.`,
    );
  }
}
