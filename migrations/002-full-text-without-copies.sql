-- Full-text search without second copies of the texts: articles_fts reads title and text from articles
-- (external content, which snippets need), quotes_fts keeps no content (quotes are matched, never shown from it).
-- Both are rebuilt from the rows already stored.
DROP TABLE articles_fts;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'seq');
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker, content = '', contentless_delete = 1);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO quotes_fts (rowid, text, speaker) SELECT seq, text, coalesce(speaker, '') FROM quotes;
