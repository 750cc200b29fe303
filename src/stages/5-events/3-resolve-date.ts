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
 * Every time expression chrono finds in a sentence, or null when nothing in it looks like one, or when
 * nothing in it could be placed (`resolveDate`: with no article date, only a date that names its year).
 * Parse once per sentence and pass the result to `resolveDate` for each event the sentence tells.
 */
export function parseDates(sentence: string, articleDate: Date | null): chrono.ParsedResult[] | null {
  if (!articleDate && !/\d{4}/.test(sentence)) return null;
  if (!DATE_HINT.test(sentence)) return null;
  const reference = articleDate ?? new Date(2000, 0, 1, 12);
  return chronoFor(sentence).parse(sentence, reference, { forwardDate: false });
}

/**
 * A span of time as chrono's span parsers end it (`TIME_UNITS_PATTERN`: "two days", "48 hours", "a few weeks", "the
 * past three years"): what its number can end with (a digit, a number word, "half", "a", "an", "few", "several",
 * "the", "couple of"), white space, then a unit of `TIME_UNIT_DICTIONARY` ("s", "h", "day", "weeks", "yrs", …).
 */
const SPAN = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)`;

/**
 * What each parser of chrono's casual English (`chrono.parse`) cannot match without: a word or a
 * character its pattern requires (case-insensitive, as chrono's patterns are). "in 2019", "on Friday",
 * "two weeks ago": the parsers of years, weekdays and spans run; the others would find nothing. A parser
 * named more than once needs all of its entries, tested in this order (the cheap test of a word first) and only
 * as long as they are met. A parser not named here always runs.
 * The span parsers ("two days ago", "within 48 hours", "three weeks later", "the next 3 days") need a span
 * that ends a word, right before their own words: their patterns repeat the span up to eleven times, and V8
 * compiles each of them to machine code on its second run, for up to a tenth of a second (most sentences hold
 * "in", "out" or "after", and so ran them, but few hold a span).
 */
const PARSER_NEEDS: readonly [needs: RegExp, parsers: readonly string[]][] = [
  [
    /[0-9]/,
    [
      'ENYearMonthDayParser',
      'ISOFormatParser',
      'SlashDateFormatParser',
      'ENTimeExpressionParser',
      'ENYearMonthNameParser',
    ],
  ],
  // every month name and abbreviation begins with one of these
  [
    /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser'],
  ],
  // every weekday name and abbreviation, "weekend", "weekday"
  [/sun|mon|tue|wed|thu|fri|sat|week/i, ['ENWeekdayParser']],
  [/\//, ['ENSlashMonthFormatParser']],
  [/ago|before|earlier/i, ['ENTimeUnitAgoFormatParser']],
  [/later|after|from now|henceforth|forward|out/i, ['ENTimeUnitLaterFormatParser']],
  [/this|last|past|next|after|\+|-/i, ['ENTimeUnitCasualRelativeFormatParser']],
  [new RegExp(`${SPAN}\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, 'i'), ['ENTimeUnitAgoFormatParser']],
  [
    new RegExp(`${SPAN}\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\\W|$)`, 'i'),
    ['ENTimeUnitLaterFormatParser'],
  ],
  [
    new RegExp(`${SPAN}(?=\\W|$)`, 'i'),
    ['ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser'],
  ],
  [/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i, ['ENCasualDateParser']],
  [/morning|afternoon|evening|night|midday|noon/i, ['ENCasualTimeParser']],
  [/month/i, ['ENEndOfCurrentMonthParser']],
  [/this|last|past|next|after/i, ['ENRelativeDateFormatParser']],
];

/** For each parser of `chrono.casual`, in its order: the indices in `PARSER_NEEDS` of what it needs. */
const NEEDS_OF_PARSER = chrono.casual.parsers.map((parser) =>
  PARSER_NEEDS.flatMap(([, names], index) => (names.includes(parser.constructor.name) ? [index] : [])),
);

/** chrono instances with some of the casual parsers, by the set of parsers they keep (a bit each). */
const CHRONO_BY_PARSERS = new Map<number, chrono.Chrono>();

/**
 * A chrono with the casual parsers that may match in `sentence` and all the casual refiners. Its
 * results are `chrono.parse`'s: the parsers left out would have found nothing, and chrono sorts what the
 * others found by position before refining.
 */
export function chronoFor(sentence: string): chrono.Chrono {
  // one bit a parser: a chrono with more parsers than bits is used whole
  if (NEEDS_OF_PARSER.length > 30) return chrono.casual;
  // each need tested once, when a parser asks for it
  const met: (boolean | undefined)[] = [];
  const meets = (need: number) =>
    (met[need] ??= (PARSER_NEEDS[need] as (typeof PARSER_NEEDS)[number])[0].test(sentence));
  let kept = 0;
  NEEDS_OF_PARSER.forEach((needs, index) => {
    if (needs.every(meets)) kept |= 1 << index;
  });
  let instance = CHRONO_BY_PARSERS.get(kept);
  if (!instance) {
    instance = new chrono.Chrono({
      parsers: chrono.casual.parsers.filter((_, index) => (kept & (1 << index)) !== 0),
      refiners: chrono.casual.refiners,
    });
    CHRONO_BY_PARSERS.set(kept, instance);
  }
  return instance;
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
  // "this year", "in March" in a March article, "this week": a span that holds the article's day names no day
  // of its own, and chrono would give the span's first day
  if (fallback !== null && !start.isCertain('day') && spanHolds(best, date, fallback)) return fallback;
  return date;
}

/** Whether the span of time `result` names (a year, a month, "this week"), starting on `date`, holds `day`. */
function spanHolds(result: chrono.ParsedResult, date: string, day: string): boolean {
  if (THIS_SPAN.test(result.text)) return true;
  if (result.start.isCertain('month')) return date.slice(0, 7) === day.slice(0, 7);
  if (result.start.isCertain('year')) return date.slice(0, 4) === day.slice(0, 4);
  return false;
}

const THIS_SPAN = /\bthis (?:week|weekend|month|year)\b/i;
