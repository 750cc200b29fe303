// ArticleInput -> Layout: the article's date line, paragraphs, captions with their credits, headings.
import type { ArticleInput, ArticleMeta, Paragraph, ParagraphKind } from '../../model/article.js';
import type { Layout } from '../../model/doc.js';
import { type Issue, issueAt } from '../../model/issue.js';
import type { Stage } from '../../model/stage.js';

// " date 2026-01-03 The Russian foreign ministry …": the seed's date line, date and first sentence sharing it.
const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
// "IMAGE: Smoke rises … Photograph: Leonardo Fernandez Viloria/Reuters"
const CAPTION = /^(?:IMAGE|PHOTO|PICTURE|CAPTION)\s*:/i;
const CREDIT = /\b(?:Photograph|Photo|Picture|Image|Credit|Photo credit|Photographer)\s*:\s*[^\n]*$/i;
const BYLINE = /^(?:By|Reporting by|Additional reporting by|Editing by|Written by)\s+[A-Z]/;

export const ingestArticle: Stage<ArticleInput, Layout> = (input) => {
  const text = input.text;
  // Problems the adapter met while reading (invalid UTF-8, a cut-off file) belong to the article.
  const issues: Issue[] = [...(input.issues ?? [])];
  let date = normaliseDate(input.date);
  let bodyStart = 0;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) {
    date = date ?? dateLine[1] ?? null;
    bodyStart = dateLine[0].length;
  }
  if (date === null && input.date !== undefined) {
    issues.push(
      issueAt(
        'ingest.bad_date',
        `The date "${input.date}" is not an ISO 8601 date; the article has no date.`,
      ),
    );
  }
  const paragraphs = splitParagraphs(text, bodyStart);
  if (paragraphs.length === 0) {
    issues.push(issueAt('ingest.empty_text', 'The article has no text to analyse.'));
  }
  const meta: ArticleMeta = { id: input.id, date, title: input.title ?? null };
  if (input.url !== undefined) meta.url = input.url;
  if (input.source !== undefined) meta.source = input.source;
  return { value: { input, text, meta, paragraphs }, issues };
};

function normaliseDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
}

/** Splits on blank lines; a paragraph keeps its exact offsets, trimmed of surrounding white space. */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = from;
  let start = from;
  for (;;) {
    const match = blank.exec(text);
    const end = match ? match.index : text.length;
    pushParagraph(text, start, end, paragraphs);
    if (!match) break;
    start = match.index + match[0].length;
  }
  return paragraphs;
}

function pushParagraph(text: string, rawStart: number, rawEnd: number, out: Paragraph[]): void {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (start >= end) return;
  const body = text.slice(start, end);
  const paragraph: Paragraph = { start, end, kind: classifyParagraph(body) };
  if (paragraph.kind === 'caption') {
    const prefix = CAPTION.exec(body)?.[0].length ?? 0;
    const credit = CREDIT.exec(body.slice(prefix));
    if (credit) paragraph.credit = { start: start + prefix + credit.index, end };
  }
  out.push(paragraph);
}

function classifyParagraph(body: string): ParagraphKind {
  if (CAPTION.test(body)) return 'caption';
  if (BYLINE.test(body) && !body.includes('\n') && body.length < 120) return 'meta';
  // A short line with no closing punctuation: a title or an actor heading in a round-up ("France").
  if (
    !body.includes('\n') &&
    body.length <= 80 &&
    !/[.!?:;"”’,]$/.test(body) &&
    /^[\p{Lu}\d"“‘]/u.test(body)
  ) {
    return 'heading';
  }
  return 'body';
}
