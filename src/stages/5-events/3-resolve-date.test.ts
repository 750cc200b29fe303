// chronoFor: a chrono with only the parsers that may match a sentence finds what chrono.parse finds; parseDates
// reads a lone weekday without chrono and finds what chrono finds.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import {
  chronoFor,
  expressionOf,
  parseArticleDate,
  parseDates,
  readLoneWeekday,
  resolveDate,
  type TimeExpression,
} from './3-resolve-date.js';

/** What a parsed result tells, as plain data (the parts `resolveDate` reads and more). */
function told(results: chrono.ParsedResult[]) {
  return results.map((result) => ({
    index: result.index,
    text: result.text,
    start: result.start.date().toISOString(),
    end: result.end?.date().toISOString() ?? null,
    weekday: result.start.isCertain('weekday'),
    day: result.start.isCertain('day'),
  }));
}

describe('chronoFor', () => {
  const references = [new Date(2026, 2, 12, 12), new Date(2000, 0, 1, 12)];
  // one or more sentences for each parser of chrono's casual English, and sentences with none
  it.each([
    'The ceasefire was signed on 2024-05-17 in the capital.',
    'Talks resumed on 2019.03.04 after a long pause.',
    'The ministry said on 12/03/2025 that the border was closed.',
    'The rebels said the truce would hold within two weeks.',
    'Envoys met on the 3rd of March to discuss the dam.',
    'Negotiators met on March 3, 2025 in Geneva.',
    'Troops shelled the town on Saturday.',
    'Officials met last Tuesday and again over the weekend.',
    'The contract, signed 7/2021, was cancelled.',
    'Police fired tear gas at 10:30 p.m. near the port.',
    'The army said it withdrew two days ago.',
    'Rebels said they would attack three weeks later.',
    'The treaty expired in 2015 August and was not renewed.',
    'The minister said today that talks had failed; they resume tomorrow.',
    'Drones struck the depot this morning and again at midnight.',
    'The fund will run dry by the end of the month.',
    'The talks ended in March 2024.',
    'Sanctions were lifted last week and reimposed this year.',
    'The embassy will reopen in the next 3 days.',
    'Aid arrived a couple of weeks later, and again 2 hrs after the storm.',
    'The talks broke down three years before the war, half a day earlier than planned.',
    'The rebels pulled out within the hour; a few days after, they came back.',
    'Nothing in this sentence names a day.',
    'Some known facts were stated for the record.',
    '',
  ])('finds what chrono.parse finds in %j', (sentence) => {
    for (const reference of references) {
      const option = { forwardDate: false };
      const whole = chrono.parse(sentence, reference, option);
      expect(told(chronoFor(sentence).parse(sentence, reference, option))).toEqual(told(whole));
    }
  });

  it('leaves parsers out when a sentence has no time words, and keeps them all when it has every one', () => {
    const names = chrono.casual.parsers.map((parser) => parser.constructor.name);
    expect(names).toContain('ENWeekdayParser');
    expect(names).toContain('ENTimeExpressionParser');
    expect(chronoFor('Ministers spoke.').parsers.length).toBeLessThan(names.length);
    // "after", "out" and "in" hold no span of time: the span parsers are left out
    const spans = [
      'ENTimeUnitLaterFormatParser',
      'ENTimeUnitWithinFormatParser',
      'ENTimeUnitAgoFormatParser',
    ];
    const kept = chronoFor('Troops pulled out after talks in the capital before dawn.').parsers;
    expect(kept.map((parser) => parser.constructor.name).filter((name) => spans.includes(name))).toEqual([]);
    expect(
      chronoFor(
        'On Friday 3 March at 10:30 in 2024-05-17, two days ago, a week later, within an hour, now this morning, the next month /',
      ).parsers,
    ).toHaveLength(names.length);
  });
});

/**
 * What chrono itself finds in `sentence`, as `parseDates` reports it, or null where `parseDates` runs nothing (its
 * cheap tests before parsing, which the lone-weekday reading leaves as they were).
 */
function chronoExpressions(sentence: string, articleDate: Date | null): TimeExpression[] | null {
  if (parseDates(sentence, articleDate) === null) return null;
  const reference = articleDate ?? new Date(2000, 0, 1, 12);
  const found = chrono.casual.parse(sentence, reference, { forwardDate: false });
  return found.map((result) => expressionOf(result, reference));
}

describe('parseDates reads a lone weekday as chrono does', () => {
  // Sunday, Monday after a month's end, the last day of a leap February, a year's end, a Thursday, a Saturday
  const articleDates = ['2023-12-31', '2024-01-01', '2024-02-29', '2025-12-31', '2026-03-12', '2026-05-30'];
  const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const forms = [
    (day: string) => `Rebels shelled the border town on ${day}.`,
    (day: string) => `On ${day} the envoy met the prime minister.`,
    (day: string) => `Police said on ${day} night they had detained a protester.`,
    (day: string) => `The army said it seized the bridge ${day} after heavy fighting.`,
    (day: string) => `The ministry will open talks with the union on ${day}.`,
    (day: string) => `Farmers blocked the road on ${day}, officials said.`,
    (day: string) => `The cabinet met (${day}) to discuss the dam.`,
    (day: string) => `Envoys met the foreign minister on ${day.slice(0, 3)}. for an hour.`,
    (day: string) => `Troops withdrew from the valley on ${day.toUpperCase()}.`,
    (day: string) => `Government forces attacked the camp on ${day} in the morning.`,
    (day: string) => `The senate approved the bill ${day} and the president signed it the next day.`,
    (day: string) => `A court jailed a reporter who had criticised the governor on ${day}.`,
    (day: string) => `The council met on ${day} for three hours.`,
    (day: string) => `Mediators were due to arrive on ${day}.`,
    (day: string) => `Rebels attacked the town on Monday and again on ${day}.`,
    (day: string) => `Strikes closed the port from ${day} to Friday.`,
    (day: string) => `Aid convoys crossed the border on ${day}, two days after the vote.`,
    (day: string) => `The union said it would strike in two weeks, starting ${day}.`,
    (day: string) => `The talks opened on ${day} GMT in the capital.`,
    (day: string) => `Leaders met on ${day}, EST, to sign the accord.`,
    (day: string) => `Ministers met last ${day} and will meet again next ${day}.`,
    (day: string) => `The ceasefire held until ${day} 12 March.`,
    (day: string) => `Officials met on ${day}, March 3, 2025 in Geneva.`,
    (day: string) => `Demonstrators marched on ${day}'s anniversary of the coup.`,
    (day: string) => `Clashes broke out on ${day}s through the spring.`,
    (day: string) => `Police detained 12 people at the market on ${day}.`,
    (day: string) => `The 2,000 troops crossed the river on ${day}, killing 3 civilians.`,
    (day: string) => `This march ended on ${day} as the marchers may return.`,
    (day: string) => `The blast hit the depot at 10:30 on ${day}.`,
    (day: string) => `Talks opened on ${day} at noon and ran past midnight.`,
    (day: string) => `The ministers met on ${day} UTC+3 in the capital.`,
    (day: string) => `Rebels took the town on ${day} - the third in a week.`,
    (day: string) => `The vote on ${day} came 2 days after the strike.`,
    (day: string) => `Leaders met on ${day} to sign the 2019 accord.`,
    (day: string) => `The army said on ${day} it would pull out within 48 hours.`,
    (day: string) => `Strikes shut schools on ${day} tonight and tomorrow.`,
    (day: string) => `The envoy arrived on ${day} the 5th.`,
    (day: string) => `The court met on ${day}; the verdict is due next month.`,
  ];
  const others = [
    'Protesters gathered over the weekend outside parliament.',
    'The minister resigned on a weekday, aides said.',
    'The strike ran Monday to Friday, the union said.',
    'Troops left the city yesterday and returned today.',
    'Talks resumed last week after a pause.',
    'The treaty was signed in March 2019.',
    'The rebels attacked the base on 3 March.',
    'The accord was signed March 3, 2019 in the capital.',
    'The embassy will reopen within a few days.',
    'The army pulled out in a week, the monitors said.',
    'The envoy left for a day and came back.',
    'Militants struck two days before the election.',
    'Nothing in this sentence names a day.',
    'The senators met on Sundays and on weekends.',
    'A Mondayish mood held the market.',
    '',
  ];
  const sentences = [...forms.flatMap((form) => weekdays.map(form)), ...others];

  it.each(articleDates)('finds what chrono finds, and dates every event as before, against %s', (date) => {
    const articleDate = parseArticleDate(date);
    for (const sentence of sentences) {
      const expected = chronoExpressions(sentence, articleDate);
      expect(parseDates(sentence, articleDate), sentence).toEqual(expected);
      const middle = Math.floor(sentence.length / 2);
      for (const head of [0, middle, sentence.length]) {
        for (const otherVerbs of [[], [middle + 1]]) {
          expect(resolveDate(sentence, 0, head, articleDate, otherVerbs), sentence).toBe(
            resolveDate(sentence, 0, head, articleDate, otherVerbs, expected),
          );
        }
      }
    }
  });

  it('reads most single weekdays without chrono, and leaves to chrono what it cannot place alone', () => {
    const reference = new Date(2026, 2, 12, 12);
    const lone = sentences.filter((sentence) => readLoneWeekday(sentence, reference) !== undefined);
    expect(lone.length).toBeGreaterThan(sentences.length / 3);
    expect(readLoneWeekday('Rebels shelled the border town on Tuesday.', reference)).toEqual([
      { index: 31, counted: false, namesYear: false, weekday: 2, day: null, span: null },
    ]);
    // "in 2019" matches the pattern of the parser of times, which finds no time in it
    expect(
      readLoneWeekday('Leaders met on Friday to sign an accord drafted in 2019.', reference),
    ).toHaveLength(1);
    expect(readLoneWeekday('Nothing in this sentence names a day.', reference)).toEqual([]);
    // two weekdays, a modifier, a time, a span after "in", a month, a time zone offset: chrono reads them
    for (const sentence of [
      'Rebels attacked the town on Monday and again on Friday.',
      'Ministers met last Tuesday.',
      // a bare number the parser of times finds, which a refiner drops
      'Police detained 12 people on Friday.',
      'Police fired tear gas on Friday at 10:30 p.m.',
      'Police fired tear gas on Friday night.',
      'The union said it would strike in two weeks, starting Friday.',
      'The vote was held on Friday 3 March.',
      'The talks opened on Friday UTC+3 in the capital.',
    ])
      expect(readLoneWeekday(sentence, reference), sentence).toBeUndefined();
  });
});
