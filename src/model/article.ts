// An article as read by an adapter, and its layout as found by the ingest stage.
import type { Issue } from './issue.js';
import type { Span } from './span.js';

/** What an input adapter hands to the pipeline: the text exactly as read, plus metadata. */
export interface ArticleInput {
  id: string;
  text: string;
  date?: string;
  title?: string;
  url?: string;
  source?: string;
  /** Where it came from, for error messages: a file path and, for JSON Lines, the line number. */
  origin: { file: string; line?: number };
  /** Problems the adapter met while reading it (e.g. `ingest.invalid_utf8`); the ingest stage reports them. */
  issues?: Issue[];
}

export type ParagraphKind =
  /** ordinary article prose */
  | 'body'
  /** a heading line: a title, or an actor heading in a round-up ("France") */
  | 'heading'
  /** a photo caption ("IMAGE: …") with its credit; never a source of actors or quotes */
  | 'caption'
  /** a byline, dateline-only line, or other boilerplate that is not prose */
  | 'meta';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** For captions: the span of the photo credit ("Photograph: NAME/AGENCY"), if any. */
  credit?: Span;
}

export interface ArticleMeta {
  id: string;
  date: string | null;
  title: string | null;
  url?: string;
  source?: string;
}
