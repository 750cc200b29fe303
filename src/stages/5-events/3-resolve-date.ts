// A sentence, the predicate's offset and the article date -> the event's ISO date (chrono-node, weekdays looking back).
import * as chrono from 'chrono-node';

// One cheap test per sentence before chrono runs: does anything here look like a time expression?
const DATE_HINT =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|yesterday|tomorrow|tonight|overnight|ago|last|next|this (?:morning|afternoon|evening|week|month|year)|earlier|weekend)\b/i;
/** The options `parseDates` parses with: "on Saturday" is a Saturday before the article's date. */
const OPTIONS = { forwardDate: false };
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
 * A time expression of a sentence, as much of chrono's result as `resolveDate` reads: where it starts, whether it
 * is counted from another event ("a day after the vote") and names a year, and the weekday it names ("on Tuesday",
 * "Friday night": a weekday with no day) or else the day it names.
 */
export interface TimeExpression {
  index: number;
  counted: boolean;
  namesYear: boolean;
  weekday: number | null;
  /** the day, "2026-03-12", when `weekday` is null */
  day: string | null;
  /** the span the expression names when it names no day: "this year", "March 2026" */
  span: Span | null;
}

/** A span of time named without its day: one that holds the reference day ("this week"), a month, a year. */
type Span = 'this' | 'month' | 'year';

/**
 * Every time expression chrono finds in a sentence, or null when nothing in it looks like one, or when
 * nothing in it could be placed (`resolveDate`: with no article date, only a date that names its year).
 * Parse once per sentence and pass the result to `resolveDate` for each event the sentence tells.
 * A lone weekday ("on Tuesday") is read without chrono's refiners when no other parser finds anything
 * (`readLoneWeekday`).
 */
export function parseDates(sentence: string, articleDate: Date | null): TimeExpression[] | null {
  if (!articleDate && !/\d{4}/.test(sentence)) return null;
  if (!DATE_HINT.test(sentence)) return null;
  const reference = articleDate ?? new Date(2000, 0, 1, 12);
  const kept = keptParsers(sentence);
  const weekday = readLoneWeekday(sentence, reference, kept);
  if (weekday !== undefined) return weekday;
  const results = chronoWith(kept).parse(sentence, reference, OPTIONS);
  return results.map((result) => expressionOf(result, reference));
}

/** The end of an expression counted from another event: "two days after", "a week before". */
const COUNTED = /\b(?:after|before|later|earlier)$/i;

/** What `resolveDate` reads of one of chrono's results (`reference`: the date chrono read it against). */
export function expressionOf(result: chrono.ParsedResult, reference: Date): TimeExpression {
  const start = result.start;
  const { index, text } = result;
  // "a day after the vote", "two weeks before the summit": counted from another event, not from the article date
  const counted = COUNTED.test(text);
  const namesYear = /\d{4}/.test(text);
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    const weekday = start.get('weekday') ?? reference.getDay();
    return { index, counted, namesYear, weekday, day: null, span: null };
  }
  return { index, counted, namesYear, weekday: null, day: formatDate(start.date()), span: spanOf(result) };
}

function spanOf(result: chrono.ParsedResult): Span | null {
  const start = result.start;
  if (start.isCertain('day')) return null;
  if (THIS_SPAN.test(result.text)) return 'this';
  if (start.isCertain('month')) return 'month';
  return start.isCertain('year') ? 'year' : null;
}

/** chrono's own pattern of each casual parser (what `Chrono.executeParser` runs), by its place in `chrono.casual`. */
const PATTERNS = chrono.casual.parsers.map((parser) =>
  // the patterns read the options only (`forwardDate`), never the text or the reference date
  parser.pattern(new chrono.ParsingContext('', new Date(2000, 0, 1, 12), OPTIONS)),
);

/** The pattern of the casual parser of this name, or one that matches nothing when chrono has none. */
function patternOf(name: string): RegExp {
  const index = chrono.casual.parsers.findIndex((parser) => parser.constructor.name === name);
  return PATTERNS[index] ?? /(?!)/;
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
 * The span parsers ("two days ago", "three weeks later", "the next 3 days") need a span that ends a word, right
 * before their own words: their patterns repeat the span up to eleven times, and V8 compiles each of them to
 * machine code on its second run, for up to a tenth of a second (most sentences hold "out" or "after", and so ran
 * them, but few hold a span before them). The span parser of "within 48 hours" needs its own pattern: a span alone
 * is in nearly every sentence ("and": "an", "d"), and costs ten times as much to find.
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
  [new RegExp(`${SPAN}(?=\\W|$)`, 'i'), ['ENTimeUnitCasualRelativeFormatParser']],
  // "within 48 hours", "in two weeks"
  [patternOf('ENTimeUnitWithinFormatParser'), ['ENTimeUnitWithinFormatParser']],
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
  return chronoWith(keptParsers(sentence));
}

/** The casual parsers that may match in `sentence`, a bit each by their place in `chrono.casual`; -1 for all. */
function keptParsers(sentence: string): number {
  // one bit a parser: a chrono with more parsers than bits is used whole
  if (NEEDS_OF_PARSER.length > 30) return -1;
  // each need tested once, when a parser asks for it
  const met: (boolean | undefined)[] = [];
  let kept = 0;
  for (let index = 0; index < NEEDS_OF_PARSER.length; index++) {
    let meets = true;
    for (const need of NEEDS_OF_PARSER[index] as number[]) {
      meets = met[need] ??= (PARSER_NEEDS[need] as (typeof PARSER_NEEDS)[number])[0].test(sentence);
      if (!meets) break;
    }
    if (meets) kept |= 1 << index;
  }
  return kept;
}

/** A chrono with the casual parsers whose bits `kept` holds (`keptParsers`). */
function chronoWith(kept: number): chrono.Chrono {
  if (kept === -1) return chrono.casual;
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

const WEEKDAY_PARSER = chrono.casual.parsers.findIndex(
  (parser) => parser.constructor.name === 'ENWeekdayParser',
);
/** chrono instances with some of the casual parsers and no refiners, by the set of parsers they keep (a bit each). */
const BARE_CHRONO_BY_PARSERS = new Map<number, chrono.Chrono>();
/** The weekdays by the first three letters of their names and abbreviations (chrono's `WEEKDAY_DICTIONARY`). */
const WEEKDAYS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/** What may follow a result for chrono's `ExtractTimezoneOffsetRefiner` to add it to the result: "Tuesday GMT+3". */
const TIMEZONE_OFFSET = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;

/**
 * "Troops shelled the town on Tuesday.": chrono's one result when its weekday parser matches once and every other
 * parser `kept` finds nothing (most find no match of their pattern; with a weekday, the few that do are run without
 * refiners). That one result is left as it is by every refiner: they merge two results, or act on a month, a day,
 * a time, a number or a relative period, none of which it names, or add a time zone's name to its text ("on
 * Tuesday GMT"), which `resolveDate` does not read. Empty when no parser's pattern matches; undefined when chrono
 * must read the sentence (no weekday and another pattern matches, another parser finds something, two weekdays,
 * "weekday", a modifier as in "last Tuesday", a time zone offset): a sentence is never parsed twice but when it
 * names a weekday and something else.
 */
export function readLoneWeekday(
  sentence: string,
  reference: Date,
  kept = keptParsers(sentence),
): TimeExpression[] | undefined {
  if (kept === -1 || WEEKDAY_PARSER < 0) return undefined;
  let matched = 0;
  for (let index = 0; index < PATTERNS.length; index++) {
    if (index === WEEKDAY_PARSER || (kept & (1 << index)) === 0) continue;
    if ((PATTERNS[index] as RegExp).test(sentence)) matched |= 1 << index;
  }
  const pattern = PATTERNS[WEEKDAY_PARSER] as RegExp;
  const match = (kept & (1 << WEEKDAY_PARSER)) === 0 ? null : pattern.exec(sentence);
  if (!match) return matched === 0 ? [] : undefined;
  // the pattern's first group is the boundary before the expression (`AbstractParserWithWordBoundaryChecking`)
  const index = match.index + (match[1] ?? '').length;
  const rest = sentence.substring(match.index + match[0].length);
  // chrono reads on after the expression: a second weekday may make a range ("Monday to Friday")
  if (pattern.test(rest) || TIMEZONE_OFFSET.test(rest)) return undefined;
  // "last Tuesday", "Friday of next week": placed by the modifier
  if (match[2] !== undefined || match[4] !== undefined) return undefined;
  const word = (match[3] ?? '').toLowerCase();
  const weekday = word === 'weekend' ? 6 : WEEKDAYS[word.slice(0, 3)];
  if (weekday === undefined) return undefined;
  // "killed 12 people on Sunday": the time parser matches the number and then finds no time in it
  if (matched !== 0 && bareChronoWith(matched).parse(sentence, reference, OPTIONS).length > 0)
    return undefined;
  // its words hold no digit and end with the weekday or a comma: no year, not counted from another event
  return [{ index, counted: false, namesYear: false, weekday, day: null, span: null }];
}

/** A chrono with the casual parsers whose bits `kept` holds and no refiners. */
function bareChronoWith(kept: number): chrono.Chrono {
  let instance = BARE_CHRONO_BY_PARSERS.get(kept);
  if (!instance) {
    instance = new chrono.Chrono({
      parsers: chrono.casual.parsers.filter((_, index) => (kept & (1 << index)) !== 0),
      refiners: [],
    });
    BARE_CHRONO_BY_PARSERS.set(kept, instance);
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
  parsed: readonly TimeExpression[] | null = parseDates(sentence, articleDate),
): string | null {
  const fallback = articleDate ? formatDate(articleDate) : null;
  if (parsed === null) return fallback;
  const reference = articleDate ?? new Date(2000, 0, 1, 12);
  let best: TimeExpression | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const result of parsed) {
    if (result.counted) continue;
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
  // without the article's date only a date that names its year can be placed ("on Friday" cannot)
  if (!articleDate && !best.namesYear) return null;
  if (best.weekday !== null) {
    const weekday = best.weekday;
    const future = FUTURE.test(sentence);
    const shift = future ? (weekday - reference.getDay() + 7) % 7 : -((reference.getDay() - weekday + 7) % 7);
    const day = new Date(reference);
    day.setDate(day.getDate() + shift);
    return formatDate(day);
  }
  const date = best.day ?? fallback;
  // a past-tense report cannot tell of a day after the article was written: chrono misread the expression
  if (fallback !== null && date !== null && date > fallback && !FUTURE.test(sentence)) return fallback;
  // "this year", "in March" in a March article, "this week": a span that holds the article's day names no day
  // of its own, and chrono would give the span's first day
  if (fallback !== null && date !== null && best.span !== null && spanHolds(best.span, date, fallback))
    return fallback;
  return date;
}

/** Whether the span of time an expression names (`Span`), starting on `date`, holds `day`. */
function spanHolds(span: Span, date: string, day: string): boolean {
  if (span === 'this') return true;
  return span === 'month' ? date.slice(0, 7) === day.slice(0, 7) : date.slice(0, 4) === day.slice(0, 4);
}

const THIS_SPAN = /\bthis (?:week|weekend|month|year)\b/i;
