// Text + paragraphs -> quotation-mark spans (curly, straight, doubled apostrophes, clear single marks), with issues for unbalanced marks.
import type { Paragraph } from '../../model/article.js';
import { type Issue, issueAt } from '../../model/issue.js';

export interface MarkSpan {
  /** offset of the opening mark */
  open: number;
  /** first and one-past-last offsets of the quoted words, without the marks */
  innerStart: number;
  innerEnd: number;
  /** one past the closing mark (the paragraph end when the quote runs on unclosed) */
  end: number;
  paragraph: number;
  /** false when the paragraph ended before a closing mark */
  closed: boolean;
  /** true when the quote runs on into the next paragraph, which opens with a mark again */
  continues: boolean;
  /**
   * straight single marks ('…'), which also set off titles and scare quotes: a quote only when a reporting
   * verb claims it ("said: 'We will stay'")
   */
  weak?: boolean;
}

type Family = 'curly' | 'straight' | 'doubled' | 'single' | 'guillemet';

interface Open {
  at: number;
  width: number;
  family: Family;
  depth: number;
  /** a straight quotation opened inside this curly one (“… "no" …”) and not yet closed */
  innerStraight?: boolean;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Finds quotation-mark spans paragraph by paragraph, in one pass over each paragraph's characters. */
export function findQuoteMarks(
  text: string,
  paragraphs: readonly Paragraph[],
): { spans: MarkSpan[]; issues: Issue[] } {
  const spans: MarkSpan[] = [];
  const issues: Issue[] = [];
  const nextMark = markFinder(text);
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'caption' || paragraph.kind === 'meta') return;
    const open = scanParagraph(text, nextMark, paragraph, index, spans, issues);
    if (!open) return;
    const next = paragraphs[index + 1];
    // A quote that runs over several paragraphs opens every paragraph and closes only the last.
    const continues = next !== undefined && next.kind === 'body' && opensWithMark(text, next.start);
    if (!continues) {
      issues.push(
        issueAt(
          'quotes.unbalanced_marks',
          'A quotation mark opens here and is never closed in its paragraph; the quote is read to the paragraph end.',
          open.at,
          paragraph.end,
        ),
      );
    }
    spans.push({
      open: open.at,
      innerStart: open.at + open.width,
      innerEnd: paragraph.end,
      end: paragraph.end,
      paragraph: index,
      closed: false,
      continues,
    });
  });
  return { spans: joinContinuedQuotes(spans, paragraphs), issues };
}

/** One span for a quote over several paragraphs: from the first opening mark to the last closing one. */
function joinContinuedQuotes(spans: MarkSpan[], paragraphs: readonly Paragraph[]): MarkSpan[] {
  const sorted = spans.sort((a, b) => a.open - b.open);
  const joined: MarkSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let span = sorted[i] as MarkSpan;
    // the paragraph the joined span has reached (it keeps the first one's index)
    let reached = span.paragraph;
    while (span.continues) {
      const next = sorted[i + 1];
      if (!next || next.open !== paragraphs[reached + 1]?.start) break;
      span = { ...next, open: span.open, innerStart: span.innerStart, paragraph: span.paragraph };
      reached = next.paragraph;
      i++;
    }
    joined.push(span);
  }
  return joined;
}

function opensWithMark(text: string, at: number): boolean {
  const c = text[at];
  return c === '“' || c === '"' || c === '«' || c === '„' || (c === "'" && text[at + 1] === "'");
}

/**
 * The offset of the next character from `from` on that the scan reads (" ' « » and the curly marks
 * U+2018–U+201E), or the text's length. Most characters are no mark of any kind: a regular expression
 * finds the next one natively instead of a script loop over every character, and what it found past a
 * paragraph's end is kept for the paragraphs after, so the text is searched once.
 */
type MarkFinder = (from: number) => number;

function markFinder(text: string): MarkFinder {
  // code units, no `u` flag, as charCodeAt reads them
  const pattern = /["'\u00ab\u00bb\u2018-\u201e]/g;
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from) => {
    // nothing lies between the last search's start and what it found
    if (from >= searchedFrom && from <= found) return found;
    // `test` makes no match object: the one character found ends where the search stopped
    pattern.lastIndex = from;
    searchedFrom = from;
    found = pattern.test(text) ? pattern.lastIndex - 1 : text.length;
    return found;
  };
}

function scanParagraph(
  text: string,
  nextMark: MarkFinder,
  paragraph: Paragraph,
  index: number,
  spans: MarkSpan[],
  issues: Issue[],
): Open | null {
  let open: Open | null = null;
  const close = (at: number, width: number, o: Open) => {
    const span: MarkSpan = {
      open: o.at,
      innerStart: o.at + o.width,
      innerEnd: at,
      end: at + width,
      paragraph: index,
      closed: true,
      continues: false,
    };
    if (o.family === 'single' && text[o.at] === "'") span.weak = true;
    spans.push(span);
  };
  const end = paragraph.credit ? paragraph.credit.start : paragraph.end;
  for (let i = nextMark(paragraph.start); i < end; i = nextMark(i + 1)) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    if (c === '“' || c === '„' || c === '«') {
      const family: Family = c === '«' ? 'guillemet' : 'curly';
      if (open && open.family === family) open.depth++;
      else if (open && open.family !== 'single') continue;
      else open = { at: i, width: 1, family, depth: 0 };
    } else if (c === '”' || c === '»') {
      const family: Family = c === '»' ? 'guillemet' : 'curly';
      if (open && open.family === family) {
        if (open.depth > 0) open.depth--;
        else {
          close(i, 1, open);
          open = null;
        }
      } else if (!open || open.family === 'single') {
        issues.push(
          issueAt('quotes.unbalanced_marks', 'A closing quotation mark has no opening mark.', i, i + 1),
        );
      }
    } else if (c === '"') {
      // a straight mark's direction comes from its neighbours: ' "We' opens, 'said," ' closes
      const opens = (prev === undefined || /[\s([{—–/-]/.test(prev)) && !isSpace(next);
      const closes = !isSpace(prev);
      if (open && (open.family === 'curly' || open.family === 'guillemet')) {
        // “He said "no" to us”: a straight pair nested inside; “We will respond," he said: a typo'd
        // closing mark, which closes the quote (recorded) instead of letting it run to the paragraph end.
        if (open.innerStraight) open.innerStraight = false;
        else if (opens) open.innerStraight = true;
        else if (closes && open.depth === 0) {
          issues.push(
            issueAt(
              'quotes.mismatched_marks',
              'A quotation opened with a curly mark is closed with a straight one; read as closed here.',
              open.at,
              i + 1,
            ),
          );
          close(i, 1, open);
          open = null;
        }
      } else if (open && open.family === 'straight') {
        if (closes || !opens) {
          close(i, 1, open);
          open = null;
        } else {
          issues.push(
            issueAt(
              'quotes.unbalanced_marks',
              'A quotation mark opens here and is never closed.',
              open.at,
              i,
            ),
          );
          open = { at: i, width: 1, family: 'straight', depth: 0 };
        }
      } else if (!open || open.family === 'single') {
        if (opens || !closes) open = { at: i, width: 1, family: 'straight', depth: 0 };
        else
          issues.push(
            issueAt('quotes.unbalanced_marks', 'A closing quotation mark has no opening mark.', i, i + 1),
          );
      }
    } else if (c === "'" && next === "'") {
      // ''Given how close the count is,'' said …: doubled apostrophes as quotation marks
      if (open && open.family === 'doubled') {
        close(i, 2, open);
        open = null;
      } else if (!open || open.family === 'single') {
        open = { at: i, width: 2, family: 'doubled', depth: 0 };
      }
      i++;
    } else if ((c === '‘' || c === "'") && !open && opensSingle(prev) && isLetter(next)) {
      // ‘not serious’, said: 'We will stay': a single mark opens only after a space or a colon and before a
      // word, never inside one ("don't")
      open = { at: i, width: 1, family: 'single', depth: 0 };
    } else if ((c === '’' || c === "'") && open?.family === 'single' && !isSpace(prev) && !isLetter(next)) {
      close(i, 1, open);
      open = null;
    }
  }
  if (open?.family === 'single') return null;
  return open;
}

/** What a single quotation mark may follow when it opens: a space, the paragraph's start, "(" or "—". */
function opensSingle(prev: string | undefined): boolean {
  return prev === undefined || isSpace(prev) || prev === '(' || prev === '—' || prev === '–';
}
