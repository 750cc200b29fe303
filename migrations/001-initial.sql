-- The article store: one row per article with its analysis, and query tables derived from the analysis.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  title TEXT,
  date TEXT,
  outlet TEXT,
  url TEXT,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  minhash BLOB NOT NULL,
  duplicate_of TEXT REFERENCES articles (id),
  similarity REAL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

-- LSH buckets of the MinHash signature: candidates for near-duplicate detection, found by lookup.
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_seq)
) WITHOUT ROWID;

CREATE TABLE actors (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL
);
CREATE INDEX actors_actor ON actors (actor);
CREATE INDEX actors_article ON actors (article_seq);

CREATE TABLE quotes (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_actor TEXT,
  cue TEXT
);
CREATE INDEX quotes_article ON quotes (article_seq);
CREATE INDEX quotes_speaker_actor ON quotes (speaker_actor);

CREATE TABLE events (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  cameo TEXT NOT NULL,
  plover TEXT NOT NULL,
  source TEXT,
  target TEXT,
  date TEXT,
  location TEXT,
  summary TEXT NOT NULL,
  main INTEGER NOT NULL
);
CREATE INDEX events_article ON events (article_seq);

CREATE TABLE reactions (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  speaker TEXT NOT NULL,
  stances TEXT NOT NULL,
  position TEXT NOT NULL,
  attribution TEXT NOT NULL,
  target_event TEXT,
  target_actor TEXT,
  confidence REAL NOT NULL
);
CREATE INDEX reactions_actor ON reactions (actor);
CREATE INDEX reactions_article ON reactions (article_seq);

CREATE TABLE issues (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER
);
CREATE INDEX issues_code ON issues (code);

-- Full-text search; rowid is the article's or quote's seq.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text);
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker);
