// One paragraph's text -> its kind (body, heading, caption, meta), its photo credit and its dateline, by line shape alone.
import type { ParagraphKind } from '../../model/article.js';

// "IMAGE: Smoke rises … Photograph: Leonardo Fernandez Viloria/Reuters"
const CAPTION = /^(?:IMAGE|PHOTO|PICTURE|CAPTION|PHOTOGRAPH)\s*:/i;
// "Photograph: NAME/AGENCY", "Photo: AFP", "(Photo by NAME/Getty Images)", "Credit: NAME"
const CREDIT =
  /(?:\(\s*)?\b(?:Photograph|Photo|Picture|Image|Credit|Photo credit|Photographer)(?:\s*:|\s+by\b)\s*[^\n]*$/i;
// A wire credit that ends a caption after its last sentence, AGENCY/NAME or NAME/AGENCY with no label:
// "… on Friday. (AP Photo/Jane Roe)", "… in Dhaka. REUTERS/Jon Doe", "… Jane Roe/AFP via Getty Images"
const CAP_WORD = String.raw`\p{Lu}[\p{L}'’.&-]*`;
const SLASH_CREDIT = new RegExp(
  String.raw`(?<=^\s*|[.!?]["”’]?\s)\(?(?:${CAP_WORD}\s+){0,3}${CAP_WORD}\s*/\s*${CAP_WORD}(?:\s+${CAP_WORD}){0,3}(?:\s+(?:via|for)\s+${CAP_WORD}(?:\s+${CAP_WORD}){0,2})?\)?$`,
  'u',
);
// A paragraph that is only a credit: "Photograph: Jane Doe/Reuters"
const CREDIT_LINE = /^(?:Photograph|Photo credit|Photographer|Credit)\s*:|^(?:Photo|Picture) by\s/i;
// "By Jane Doe", "BY JANE DOE, Associated Press", "(Reporting by Jane Doe; Editing by John Roe)"
const BYLINE =
  /^\(?(?:By|BY|Reporting by|Additional reporting by|Editing by|Writing by|Written by|Compiled by|Reporting and writing by)\s+\p{Lu}/u;
// "Associated Press writer Jane Doe in Geneva contributed to this report."
const CONTRIBUTED = /\bcontributed(?: reporting)? to this (?:report|story|article)\.?\)?$/i;
// "June 8, 2026", "8 June 2026 14:20 GMT", "Updated: 2026-06-08", "Last modified on Mon 8 Jun 2026 11.02 GMT",
// "June 8, 2026 / 10:40 AM / Updated 2 hours ago", "Posted on June 8, 2026 by Jane Roe", "08.06.2026 | 10:40":
// a date line from a page's header.
const DATE_ONLY = new RegExp(
  [
    String.raw`^(?:(?:Published|Updated|Posted|Modified|Last updated|Last modified|First published)(?:\s+on)?\s*:?\s*)?`,
    String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?`,
    String.raw`(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})`,
    String.raw`(?:(?:,?\s+(?:at\s+)?|\s*[|/]\s*)\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?`,
    String.raw`(?:\s*/\s*Updated\s+[\w ]{1,20}|\s+by\s+\p{Lu}[\p{L}.'’ -]{1,40})?$`,
  ].join(''),
  'u',
);
// "KYIV, Ukraine (AP) —", "WASHINGTON —", "GENEVA, March 3 (Reuters) -", "LIMA, May 2, 2026 —", "BEIJING/TAIPEI, Jan 5 (Reuters) -",
// "DAKAR, 12 June 2024 —"
const DATELINE =
  /^\p{Lu}[\p{Lu}'’.-]*(?:[ /]\p{Lu}[\p{Lu}'’.-]*)*(?:,[ \t]+(?:\p{Lu}[\p{L}\d.'’ -]{0,40}?|\d{1,2}[ \t]+\p{Lu}\p{Ll}+\.?(?:[ \t]+\d{4})?))*(?:,[ \t]+\d{4})?(?:[ \t]+\([\p{L}][\p{L}\d .&-]{0,30}\))?[ \t]*(?:—|–|--|-)(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?=\S)/u;

// Web page furniture pasted with a story's text. A label and what it links to: "READ MORE: Army retakes airport",
// "Related: …", "WATCH | …", "More on this story: …"; a line that is only a label or a button: "Advertisement",
// "Share this article", "Sign up for our newsletter", "Skip to main content"; a copyright line.
const FURNITURE_LABEL =
  /^(?:read more|read also|also read|related(?: stories| articles| coverage| content)?|more on this(?: story)?|see also|main articles?|further information|watch|listen|recommended(?: for you)?|most read|trending(?: now)?|top stories)\s*(?::|\||–|—|»)/i;
const FURNITURE_LINE =
  /^(?:advertisement|advert|sponsored(?: content)?|share(?: this| the)?(?: article| story| page)?|share on [\p{L} ,&]+|related(?: stories| articles)?|more on this story|most read|read more|recommended(?: for you)?|comments?(?: \(\d+\))?|skip to (?:main )?content|(?:sign up|subscribe|follow us|click here|download (?:the|our) app)\b[^.!?]*)$/iu;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
const RIGHTS_RESERVED = /\ball rights reserved\.?$/i;

// "11:42 GMT", "9.45am", "Updated 3 hours ago", "2h ago": a live page's time stamp on a line of its own.
const TIME_ONLY =
  /^(?:(?:updated|posted|published)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,3}\s*(?:m|min|mins|minutes?|h|hrs?|hours?|d|days?)\s+ago)$/i;

// A caption with no "IMAGE:" label, told by the credit that ends it after its last sentence: "Firefighters near
// Vlore on Sunday. Photograph: NAME/AGENCY", "… (Photo by NAME/AGENCY)". The label is capitalised: "a photo by a
// resident showed smoke" is prose.
const TRAILING_CREDIT =
  /(?:[.!?]["”’]?\s+\(?|\(\s*)(?:Photograph|Photo|Picture|Image|Credit|Photo credit|Photographer)(?:\s*:|\s+by\b)\s*[^.!?\n]{1,80}$/;

// The patterns below that end a line scan every position of a paragraph, and most paragraphs are prose that
// ends with none of them: a plain test of the paragraph's end rules them out first (same results).
function endsWithSlashCredit(body: string): boolean {
  return body.includes('/') && SLASH_CREDIT.test(body);
}

function endsWithLabelledCredit(body: string): boolean {
  // nothing the pattern matches from before its label on holds a ".", "!" or "?": the label follows the last one
  const after = lastSentenceEnd(body) + 1;
  const labelled = CREDIT_LABELS.some((label) => body.includes(label, after));
  return labelled && TRAILING_CREDIT.test(body);
}

const CREDIT_LABELS = ['Photo', 'Picture', 'Image', 'Credit'];

/** "© 2026 Example Post", "Copyright 2026 …", "… All rights reserved." */
function isCopyright(body: string): boolean {
  return COPYRIGHT.test(body) || (closesWith(body, 'reserved') && RIGHTS_RESERVED.test(body));
}

/** "… contributed to this report." */
function isContribution(body: string): boolean {
  const closing = closesWith(body, 'report') || closesWith(body, 'story') || closesWith(body, 'article');
  return closing && CONTRIBUTED.test(body);
}

/** The index of the last ".", "!" or "?" in the text, or -1. */
function lastSentenceEnd(body: string): number {
  let at = body.length - 1;
  for (; at >= 0; at--) {
    const code = body.charCodeAt(at);
    if (code === 46 || code === 33 || code === 63) break; // . ! ?
  }
  return at;
}

/** Whether a line ends with `word` (lower-case ASCII), in any case, before its closing "." and ")". */
function closesWith(body: string, word: string): boolean {
  let end = body.length;
  if (body.charCodeAt(end - 1) === 41) end--; // )
  if (body.charCodeAt(end - 1) === 46) end--; // .
  const start = end - word.length;
  if (start < 0) return false;
  // `| 32` lower-cases an ASCII capital and makes nothing else a lower-case letter
  for (let i = 0; i < word.length; i++) {
    if ((body.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** /(?:—|–|--|-)$/ */
function endsWithDash(body: string): boolean {
  const last = body.charCodeAt(body.length - 1);
  return last === 0x2014 || last === 0x2013 || last === 45;
}

export function classifyParagraph(body: string, first: boolean): ParagraphKind {
  if (CAPTION.test(body) || CREDIT_LINE.test(body)) return 'caption';
  const oneLine = !body.includes('\n');
  // "OSLO (AP) —" alone in its paragraph: the dateline of the paragraph after it
  if (oneLine && endsWithDash(body) && findDateline(`${body} x`)?.end === body.length) return 'meta';
  if (oneLine && body.length <= 300 && (endsWithLabelledCredit(body) || endsWithSlashCredit(body)))
    return 'caption';
  if (
    oneLine &&
    body.length < 200 &&
    (FURNITURE_LABEL.test(body) || FURNITURE_LINE.test(body) || isCopyright(body))
  ) {
    return 'meta';
  }
  if (oneLine && body.length < 160 && BYLINE.test(body)) return 'meta';
  if (oneLine && body.length < 300 && isContribution(body)) return 'meta';
  if (oneLine && body.length < 60 && (DATE_ONLY.test(body) || TIME_ONLY.test(body))) return 'meta';
  // A short line with no closing punctuation: a title (longer allowed first), or an actor heading in a round-up ("France").
  if (
    oneLine &&
    body.length <= (first ? 160 : 80) &&
    !/[.!?:;"”’,]$/.test(body) &&
    /^[\p{Lu}\d"“‘]/u.test(body)
  ) {
    return 'heading';
  }
  // "Analysis: Will new sanctions change Minsk's course?": a question as the first line, with no quotation in it.
  if (
    first &&
    oneLine &&
    body.length <= 100 &&
    /\?$/.test(body) &&
    !/["“”]/.test(body) &&
    /^\p{Lu}/u.test(body)
  ) {
    return 'heading';
  }
  return 'body';
}

/** Offset in a caption of its photo credit, or null: "… in Caracas. Photograph: NAME/AGENCY" -> the offset of "Photograph". */
export function findCredit(caption: string): number | null {
  if (CREDIT_LINE.test(caption)) return 0;
  const prefix = CAPTION.exec(caption)?.[0].length ?? 0;
  const rest = caption.slice(prefix);
  const credit = CREDIT.exec(rest) ?? SLASH_CREDIT.exec(rest);
  return credit ? prefix + credit.index : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "3 April 2026", "April 3, 2026", "Apr. 3 2026", "Sept. 30, 2025", "2026-04-03"
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d{4})\b/u;
const MONTH_DAY_YEAR = /\b(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/u;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

/**
 * The calendar date a header line or a dateline states in full (day, month and year), as ISO 8601, or null:
 * "Published: 3 April 2026 14:20 GMT" and "CAIRO, April 3, 2026 (Reuters) —" give 2026-04-03; "CAIRO, April 3
 * (Reuters) —" gives null, since its year is not told.
 */
export function statedDate(line: string): string | null {
  const iso = ISO_DATE.exec(line);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy) return validDate(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy) return validDate(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
  const numeric = NUMERIC_DATE.exec(line);
  if (!numeric) return null;
  const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  // the one order of day and month that makes sense: "23/04/2026", "04/23/2026", "03.03.2026"; "03/04/2026" is ambiguous
  if (first > 12 || first === second) return validDate(year, second, first);
  if (second > 12) return validDate(year, first, second);
  return null;
}

/** "April", "Apr", "Sept" -> 4, 4, 9; anything else -> 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index < 0) return 0;
  const full = new Date(2000, index, 1).toLocaleString('en-US', { month: 'long' }).toLowerCase();
  // the word must be the month's name or a prefix of it ("Sept", "Apr"), not "Marshal" or "Mayor"
  return full.startsWith(lower) ? index + 1 : 0;
}

/** The day (whole numbers) as ISO 8601, or null when it does not exist ("February 30") or is out of range. */
export function validDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** True when the line is a header date line ("June 8, 2026", "Updated: 2026-06-08 14:20 GMT"). */
export function isDateLine(line: string): boolean {
  return DATE_ONLY.test(line);
}

/** The dateline at the start of a paragraph: where it ends (the dash included) and where the body starts. */
export function findDateline(paragraph: string): { end: number; bodyStart: number } | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  // The place must be a word of capitals with at least two letters: not "A -" nor "I —".
  const place = /^[\p{Lu}'’.-]+/u.exec(match[0])?.[0] ?? '';
  if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  const dash = /(?:—|–|--|-)\s+$/.exec(match[0]);
  const end = dash ? dash.index + dash[0].trimEnd().length : match[0].length;
  return { end, bodyStart: match[0].length };
}
