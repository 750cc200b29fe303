// ArticleInput -> Layout: the article's date line, paragraphs, captions with their credits, headings, bylines and datelines.
import type { ArticleInput, ArticleMeta, Paragraph } from '../../model/article.js';
import type { Layout } from '../../model/doc.js';
import { type Issue, issueAt } from '../../model/issue.js';
import type { Stage } from '../../model/stage.js';
import {
  classifyParagraph,
  findCredit,
  findDateline,
  isDateLine,
  statedDate,
  validDate,
} from './classify.js';

// " date 2026-03-09 The Chilean foreign ministry …": the seed's date line, date and first sentence sharing it.
const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
// A line that ends a sentence: "… on Tuesday." / "… he said.”" / "… (Reuters)"
const SENTENCE_END = /[.!?:;"”’)\]]$/;

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
  const markup = countMarkup(text);
  if (markup > 0) {
    issues.push(
      issueAt(
        'ingest.html_markup',
        `The text holds HTML markup (${markup} tags and character entities such as <p> and &rsquo;); they are read as words, and quotation marks written as entities are not seen. Give the page as an .html file, or strip the markup, to have it read as prose.`,
      ),
    );
  }
  const paragraphs = splitParagraphs(text, bodyStart, input.title);
  if (paragraphs.length === 0) {
    issues.push(issueAt('ingest.empty_text', 'The article has no text to analyse.'));
  }
  date = date ?? headerDate(text, paragraphs);
  const meta: ArticleMeta = { id: input.id, date, title: input.title ?? findTitle(text, paragraphs) };
  if (input.url !== undefined) meta.url = input.url;
  if (input.source !== undefined) meta.source = input.source;
  return { value: { input, text, meta, paragraphs }, issues };
};

// "<p>", "</div>", "<br/>", "<a href=…>": tags of the elements pages are made of; "&rsquo;", "&#8217;", "&quot;"
const HTML_TAG =
  /<\/?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|img|table|tr|td|blockquote|figure|figcaption|section|article)\b[^<>]{0,400}>/gi;
const HTML_ENTITY = /&(?:[a-z]{2,8}|#\d{2,6}|#x[\da-f]{2,5});/gi;

/**
 * How many HTML tags and entities the text holds when it holds at least three (a text that is a page's markup,
 * as scrapers and feeds sometimes give it), else 0: one "&" or "<b>" in a story is no page.
 */
function countMarkup(text: string): number {
  // each pattern only where its first character is: a story's one "&" runs no search for tags
  const tags = text.includes('<') ? (text.match(HTML_TAG)?.length ?? 0) : 0;
  const entities = text.includes('&') ? (text.match(HTML_ENTITY)?.length ?? 0) : 0;
  const count = tags + entities;
  return count >= 3 ? count : 0;
}

/**
 * The date a text file states before its story starts: a header date line ("Published: June 8, 2026") or
 * a dateline with the year ("CAIRO, April 3, 2026 (Reuters) —"). Only the meta paragraphs before the first
 * body paragraph are read: a date in the story is an event's, not the article's.
 */
function headerDate(text: string, paragraphs: readonly Paragraph[]): string | null {
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.kind === 'body') return null;
    if (paragraph.kind !== 'meta') continue;
    const line = text.slice(paragraph.start, paragraph.end);
    // a dateline is the meta paragraph split from the start of the first body paragraph (no blank line between)
    const next = paragraphs[index + 1];
    const dateline = next?.kind === 'body' && !/\n[ \t\r]*\n/.test(text.slice(paragraph.end, next.start));
    if (!dateline && !isDateLine(line)) continue;
    const date = statedDate(line);
    if (date) return date;
  }
  return null;
}

/**
 * A given date as ISO 8601, or null when it names no day that exists ("2026-13-45", "2026-02-30") or is ambiguous:
 * "2026-04-03", "20260403", "2026-04-03T08:00:00Z", "2026/4/3", "2026.04.03", a feed's "Fri, 03 Apr 2026 08:00:00
 * GMT", Unix time in seconds or milliseconds ("1775203200"), and a day and month in either order when only one
 * order makes sense ("23/04/2026", "04/23/2026"; "03/04/2026" is ambiguous) -> "2026-04-03" or "2026-04-23".
 */
function normaliseDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d{10}$|^\d{13}$/.test(trimmed)) {
    const time = Number(trimmed) * (trimmed.length === 10 ? 1000 : 1);
    return statedDate(new Date(time).toISOString().slice(0, 10));
  }
  const ymd = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))(?!\d)/.exec(trimmed);
  if (ymd) return validDate(Number(ymd[1]), Number(ymd[3] ?? ymd[5]), Number(ymd[4] ?? ymd[6]));
  return statedDate(trimmed);
}

/**
 * Splits on blank lines; a paragraph keeps its exact offsets, trimmed of surrounding white space.
 * A text with no blank line whose lines mostly end sentences has one paragraph per line (scraped
 * text); a hard-wrapped text without blank lines stays one paragraph. The first body paragraph's
 * dateline ("KYIV, Ukraine (AP) —") becomes a `meta` paragraph of its own.
 */
export function splitParagraphs(text: string, from = 0, title?: string): Paragraph[] {
  const byLine = blankLineAt(text, from) < 0 && linesEndSentences(text, from);
  const paragraphs: Paragraph[] = [];
  // the title as a paragraph would be, trimmed once
  const heading = title?.trim();
  let start = from;
  for (;;) {
    const end = byLine ? text.indexOf('\n', start) : blankLineAt(text, start);
    pushBlock(text, start, end < 0 ? text.length : end, paragraphs, heading);
    if (end < 0) break;
    start = byLine ? end + 1 : blankLineEnd(text, end);
  }
  return splitDateline(text, markEndMatter(text, paragraphs));
}

/**
 * Where the first blank line from `from` on starts (its first line break), or -1: /\n[ \t\r]*\n/ by hand (the
 * pattern, run over every article's whole text, was ~18% of the stage's CPU time).
 */
function blankLineAt(text: string, from: number): number {
  let at = text.indexOf('\n', from);
  while (at >= 0) {
    const next = pastLineSpace(text, at + 1);
    if (text.charCodeAt(next) === 10) return at;
    at = text.indexOf('\n', next);
  }
  return -1;
}

/** Just past the blank line that starts at `at`. */
function blankLineEnd(text: string, at: number): number {
  return pastLineSpace(text, at + 1) + 1;
}

/** The first index from `at` on that holds no space, tab or carriage return. */
function pastLineSpace(text: string, at: number): number {
  let next = at;
  for (;;) {
    const code = text.charCodeAt(next);
    if (code !== 32 && code !== 9 && code !== 13) return next;
    next++;
  }
}

// "…[12]", "…[a][3]", "Ghana[edit]", "…[citation needed]": footnote markers and edit links that a page copied as
// text leaves at the end of its paragraphs and headings
const TRAILING_MARKERS = /(?:\[(?:\d{1,3}|[a-z]|edit|citation needed|note \d{1,3})\])+$/;

/** The text without its trailing footnote markers and edit links, and the white space before them. */
function withoutMarkers(body: string): string {
  // most paragraphs end with no bracket: no pattern to run
  if (!body.endsWith(']')) return body.trimEnd();
  return body.replace(TRAILING_MARKERS, '').trimEnd();
}

// "References", "See also[edit]", "External links": the headings of a page's end matter (citations, links)
const END_MATTER =
  /^(?:references|notes|notes and references|citations|sources|bibliography|see also|external links|further reading)$/i;

const END_MATTER_LONGEST = 80;

/** From an end-matter heading on its own first line on, every paragraph is meta: citations are not the story. */
function markEndMatter(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const at = paragraphs.findIndex((paragraph, index) => {
    if (index === 0) return false;
    const newline = text.indexOf('\n', paragraph.start);
    const lineEnd = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
    // the headings are a few words (with a few markers): a longer first line is none of them
    if (lineEnd - paragraph.start > END_MATTER_LONGEST) return false;
    return END_MATTER.test(withoutMarkers(text.slice(paragraph.start, lineEnd)).trim());
  });
  if (at < 0) return paragraphs;
  return paragraphs.map((paragraph, index) => (index < at ? paragraph : { ...paragraph, kind: 'meta' }));
}

// "* Brazil – …", "- Peru: …", "• Chile …", "1. …": a list item's bullet or number
const LIST_ITEM = /^(?:[*•·‣▪–-]|\d{1,2}[.)])[ \t]+\S/;
// "|---|:---|": a Markdown table's rule under its header row
const TABLE_RULE = /^[\s|:+=-]*$/;

/**
 * A stretch between blank lines whose every line is a table row ("Brazil<TAB>The ministry said …", "| Brazil | … |")
 * or a list item ("* Brazil – …") gives one paragraph per cell or item, as an HTML page's cells and items do: a
 * round-up's actor then heads its row. Anything else is one paragraph.
 */
function pushBlock(text: string, start: number, end: number, out: Paragraph[], title?: string): void {
  // a block of one line (most paragraphs) is neither a table nor a list
  const newline = text.indexOf('\n', start);
  if (newline < 0 || newline >= end) {
    pushParagraph(text, start, end, out, title);
    return;
  }
  const lines: { start: number; end: number }[] = [];
  for (let at = start; at < end; ) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    if (!isBlank(text, at, lineEnd)) lines.push({ start: at, end: lineEnd });
    at = lineEnd + 1;
  }
  const lineText = (line: { start: number; end: number }) => text.slice(line.start, line.end).trim();
  const row = (line: { start: number; end: number }) => {
    const body = lineText(line);
    return /\S\t+\S/.test(body) || (body.startsWith('|') && body.endsWith('|') && body.length > 1);
  };
  if (lines.length >= 2 && lines.every(row)) {
    for (const line of lines) {
      if (TABLE_RULE.test(lineText(line))) continue;
      const cell = /[^\t|]+/g;
      const raw = text.slice(line.start, line.end);
      for (let found = cell.exec(raw); found; found = cell.exec(raw)) {
        pushParagraph(text, line.start + found.index, line.start + found.index + found[0].length, out, title);
      }
    }
    return;
  }
  if (lines.length >= 2 && lines.every((line) => LIST_ITEM.test(lineText(line)))) {
    for (const line of lines) pushParagraph(text, line.start, line.end, out, title);
    return;
  }
  pushParagraph(text, start, end, out, title);
}

function pushParagraph(
  text: string,
  rawStart: number,
  rawEnd: number,
  out: Paragraph[],
  title?: string,
): void {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  end = start + withoutMarkers(text.slice(start, end)).length;
  if (start >= end) return;
  // "10:20 GMT - Greece offers help\nGreek Prime Minister …": a live page's entry; its time stamp is meta, the
  // rest of its first line, unpunctuated, the entry's heading
  const stamp = TIME_STAMP.exec(text.slice(start, Math.min(end, start + 40)));
  if (stamp) {
    out.push({ start, end: start + stamp[0].trimEnd().length, kind: 'meta' });
    const rest = start + stamp[0].length;
    const lineEnd = text.indexOf('\n', rest);
    const line = lineEnd > rest && lineEnd < end ? text.slice(rest, lineEnd).trimEnd() : '';
    if (line && !/[.!?:;"”]$/.test(line)) {
      out.push({ start: rest, end: rest + line.length, kind: 'heading' });
      pushParagraph(text, lineEnd + 1, end, out, title);
    } else {
      pushParagraph(text, rest, end, out, title);
    }
    return;
  }
  const headingEnd = leadingHeadingLine(text, start, end);
  if (headingEnd > 0) {
    // "Ecuador\nQuito said …": a heading on the paragraph's first line is a paragraph of its own
    out.push({ start, end: headingEnd, kind: 'heading' });
    // the rest of the heading's line (an edit link it was cut from) is not the paragraph's; the lines under the
    // heading may be a list ("States\n- Iran: …\n- Iraq: …")
    pushBlock(text, text.indexOf('\n', headingEnd) + 1, end, out, title);
    return;
  }
  const body = text.slice(start, end);
  const paragraph: Paragraph = {
    start,
    end,
    kind: body === title ? 'heading' : classifyParagraph(body, out.length === 0),
  };
  if (paragraph.kind === 'caption') {
    const credit = findCredit(body);
    if (credit !== null) paragraph.credit = { start: start + credit, end };
  }
  out.push(paragraph);
}

/** Whether text[start, end) is all white space (/\s/: what `trim` takes off). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

/** /\s/ for one UTF-16 code unit, without the pattern for the visible ASCII characters most text is made of. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 160) return false;
  return /\s/.test(String.fromCharCode(code));
}

// "WASHINGTON — The State Department said …": the dateline is meta, the sentence after the dash is body.
function splitDateline(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const index = paragraphs.findIndex((paragraph) => paragraph.kind === 'body');
  const first = paragraphs[index];
  if (!first) return paragraphs;
  const found = findDateline(text.slice(first.start, first.end));
  if (!found) return paragraphs;
  const dateline: Paragraph = { start: first.start, end: first.start + found.end, kind: 'meta' };
  const body: Paragraph = { start: first.start + found.bodyStart, end: first.end, kind: 'body' };
  return [...paragraphs.slice(0, index), dateline, body, ...paragraphs.slice(index + 1)];
}

// "10:20 GMT - ", "9.45am: ", "14:05 | ": the time stamp that opens an entry of a live page
const TIME_STAMP = /^\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?[ \t]*[-–—:|][ \t]+(?=\S)/i;

// "France", "United Nations", "Organization of American States": a few capitalised words (with "of", "and",
// "the", "for" between them), no sentence punctuation.
const TITLE_LINE = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|of|and|the|for|de|du))*$/u;

/**
 * Where a heading line at the start of a paragraph ends ("Ecuador" above "Quito said it would …" without a
 * blank line between), or 0. Only a line of at most six title-case words followed by a line that starts a
 * sentence: a hard-wrapped sentence ("The foreign minister of\nFrance said") has lower-case words in its lines.
 */
function leadingHeadingLine(text: string, start: number, end: number): number {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd >= end) return 0;
  const line = withoutMarkers(text.slice(start, lineEnd).trim());
  if (line.length > 60 || line.split(/\s+/).length > 6 || !TITLE_LINE.test(line)) return 0;
  const next = text.slice(lineEnd + 1, end).trimStart();
  if (!/^[\p{Lu}"“‘]/u.test(next) && !LIST_ITEM.test(next)) return 0;
  return start + withoutMarkers(text.slice(start, lineEnd).trimEnd()).length;
}

/** True when at least half of the text's non-empty lines (two or more) end a sentence or are short headings. */
function linesEndSentences(text: string, from: number): boolean {
  let lines = 0;
  let ended = 0;
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) {
      lines++;
      if (SENTENCE_END.test(line) || line.length <= 60) ended++;
    }
    start = end + 1;
  }
  return lines >= 2 && ended * 2 >= lines;
}

/**
 * The first paragraph, past a header's date line or byline, when it is a heading and more paragraphs follow:
 * a title line.
 */
function findTitle(text: string, paragraphs: Paragraph[]): string | null {
  let at = 0;
  while (paragraphs[at]?.kind === 'meta') at++;
  const first = paragraphs[at];
  if (first?.kind !== 'heading' || paragraphs.length < at + 2) return null;
  return text.slice(first.start, first.end);
}
