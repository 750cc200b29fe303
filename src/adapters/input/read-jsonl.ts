// A JSON Lines file -> one ArticleInput per good line, an InputError per bad one, streamed in constant memory.
import { createReadStream } from 'node:fs';
import type { ArticleInput } from '../../model/article.js';
import type { InputError } from '../../model/input-error.js';
import { type Issue, issueAt } from '../../model/issue.js';
import { decodeUtf8 } from './decode.js';

/**
 * Each field of an article and the names scrapers and feeds give it, in order of preference: "text" from
 * our own format, "maintext" from news-please, "content" and "body" from most others; "date_publish",
 * "published" and "pubDate" for the date; "headline" for the title.
 */
const TEXT_FIELDS = ['text', 'maintext', 'content', 'body', 'article'] as const;
const OPTIONAL_FIELDS = {
  date: ['date', 'date_publish', 'published', 'published_at', 'publish_date', 'pubDate', 'datetime'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  source: ['source', 'outlet', 'publisher', 'source_domain'],
} as const;

/**
 * Splits the file into lines on LF bytes (so invalid UTF-8 is found line by line), never holding
 * more than one line in memory. Blank lines are skipped; line numbers count them.
 */
export async function* readJsonLinesFile(
  file: string,
  fileId: string,
): AsyncGenerator<ArticleInput | InputError> {
  let line = 0;
  for await (const bytes of splitLines(file)) {
    line++;
    const record = parseRecord(bytes, file, fileId, line);
    if (record) yield record;
  }
}

/** Lines of a UTF-16 JSON Lines file (already decoded whole: such files are rare and small). */
export function* readJsonLinesText(
  text: string,
  file: string,
  fileId: string,
): Generator<ArticleInput | InputError> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const record = parseLine(lines[i] ?? '', [], file, fileId, i + 1);
    if (record) yield record;
  }
}

async function* splitLines(file: string): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, from)) {
      pending.push(chunk.subarray(from, at));
      yield Buffer.concat(pending);
      pending = [];
      from = at + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function parseRecord(
  bytes: Uint8Array,
  file: string,
  fileId: string,
  line: number,
): ArticleInput | InputError | null {
  // A UTF-8 byte-order mark on the first line is not part of the JSON.
  const start = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const issues: Issue[] = [];
  const raw = decodeUtf8(bytes.subarray(start), false, issues);
  // Offsets into the raw line are not offsets into the "text" field: keep the issue, drop its span.
  const unplaced = issues.map(({ code, message }) => ({ code, message }));
  return parseLine(raw, unplaced, file, fileId, line);
}

function parseLine(
  raw: string,
  issues: Issue[],
  file: string,
  fileId: string,
  line: number,
): ArticleInput | InputError | null {
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return inputError('input.bad_json', `not valid JSON (${(error as Error).message}).`, file, line);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return inputError('input.bad_record', 'expected a JSON object with a "text" field.', file, line);
  }
  const record = value as Record<string, unknown>;
  const textField = TEXT_FIELDS.find((field) => typeof record[field] === 'string');
  const text = textField === undefined ? undefined : (record[textField] as string);
  if (text === undefined) {
    return inputError(
      'input.missing_text',
      `the record has no "text" string${'text' in record ? ` (found ${typeof record.text})` : ''} (nor ${TEXT_FIELDS.slice(
        1,
      )
        .map((f) => `"${f}"`)
        .join(', ')}); add the article's text as "text".`,
      file,
      line,
    );
  }
  const id =
    typeof record.id === 'string' && record.id.trim() !== ''
      ? record.id
      : typeof record.id === 'number'
        ? String(record.id)
        : `${fileId}:${line}`;
  const input: ArticleInput = { id, text, origin: { file, line } };
  for (const [field, names] of Object.entries(OPTIONAL_FIELDS) as [
    keyof typeof OPTIONAL_FIELDS,
    readonly string[],
  ][]) {
    const name = names.find((n) => record[n] !== undefined && record[n] !== null);
    if (name === undefined) continue;
    const fieldValue = record[name];
    if (typeof fieldValue === 'string') input[field] = fieldValue;
    // a feed's Unix time ("published": 1775203200): stage 1 reads it as a date
    else if (field === 'date' && typeof fieldValue === 'number' && Number.isInteger(fieldValue))
      input.date = String(fieldValue);
    else issues.push(issueAt('ingest.bad_field', `"${name}" should be a string; it was ignored.`));
  }
  if (issues.length > 0) input.issues = issues;
  return input;
}

function inputError(code: string, message: string, file: string, line: number): InputError {
  return { kind: 'input-error', code, message, file, line };
}
