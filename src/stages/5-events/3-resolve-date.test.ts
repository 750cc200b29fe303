// chronoFor: a chrono with only the parsers that may match a sentence finds what chrono.parse finds.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { chronoFor } from './3-resolve-date.js';

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
        'On Friday 3 March at 10:30 in 2024-05-17, two days ago, a week later, now this morning, the next month /',
      ).parsers,
    ).toHaveLength(names.length);
  });
});
