// A sentence, the predicate's offset and the article date -> the event's ISO date (chrono-node, weekdays looking back).
import * as chrono from 'chrono-node';

// One cheap test per sentence before chrono runs: does anything here look like a time expression?
const DATE_HINT =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|yesterday|tomorrow|tonight|overnight|ago|last|next|this (?:morning|afternoon|evening|week|month|year)|earlier|weekend)\b/i;
const FUTURE = /\b(?:will|would|shall|'ll|next|scheduled|plans? to|is to|are to|due to|expected to)\b/i;

/** "2026-01-03" or "2026-01-03T10:00:00Z" -> a local noon Date (chrono works in local time). */
export function parseArticleDate(date: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Every time expression chrono finds in a sentence, or null when nothing in it looks like one. Parse once
 * per sentence and pass the result to `resolveDate` for each event the sentence tells.
 */
export function parseDates(sentence: string, articleDate: Date | null): chrono.ParsedResult[] | null {
  if (!DATE_HINT.test(sentence)) return null;
  const reference = articleDate ?? new Date(2000, 0, 1, 12);
  return chrono.parse(sentence, reference, { forwardDate: false });
}

/**
 * The date of an event told in `sentence` (whose first character is at `sentenceStart`), nearest to
 * the predicate at `headOffset` and not across another verb (`otherVerbs`, offsets: "freed a trader
 * jailed last year" is not freed last year); the article date when the sentence names none.
 * "on Saturday" in a past-tense report is the Saturday on or before the article date.
 */
export function resolveDate(
  sentence: string,
  sentenceStart: number,
  headOffset: number,
  articleDate: Date | null,
  otherVerbs: readonly number[] = [],
  parsed: readonly chrono.ParsedResult[] | null = parseDates(sentence, articleDate),
): string | null {
  const fallback = articleDate ? formatDate(articleDate) : null;
  if (parsed === null) return fallback;
  const reference = articleDate ?? new Date(2000, 0, 1, 12);
  const results = parsed;
  let best: chrono.ParsedResult | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const result of results) {
    // "a day after the vote", "two weeks before the summit": counted from another event, not from the article date
    if (/\b(?:after|before|later|earlier)$/i.test(result.text)) continue;
    const at = sentenceStart + result.index;
    // "freed a trader jailed last year": a time told across another verb belongs to that verb
    if (otherVerbs.some((verb) => (verb - headOffset) * (verb - at) < 0)) continue;
    const distance = Math.abs(at - headOffset);
    if (distance < bestDistance) {
      best = result;
      bestDistance = distance;
    }
  }
  if (!best) return fallback;
  const start = best.start;
  // without the article's date only a date that names its year can be placed ("on Friday" cannot)
  if (!articleDate && !/\d{4}/.test(best.text)) return null;
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    const weekday = start.get('weekday') ?? reference.getDay();
    const future = FUTURE.test(sentence);
    const shift = future ? (weekday - reference.getDay() + 7) % 7 : -((reference.getDay() - weekday + 7) % 7);
    const day = new Date(reference);
    day.setDate(day.getDate() + shift);
    return formatDate(day);
  }
  const date = formatDate(start.date());
  // a past-tense report cannot tell of a day after the article was written: chrono misread the expression
  if (fallback !== null && date > fallback && !FUTURE.test(sentence)) return fallback;
  return date;
}
