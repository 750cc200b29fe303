// Event dates resolved against the article date, event places, and CAMEO intent/threat codes.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import { analyzeArticle } from '../../src/pipeline.js';
import {
  expressionOf,
  parseArticleDate,
  parseDates,
  resolveDate,
} from '../../src/stages/5-events/3-resolve-date.js';
import { codeIntent } from '../../src/stages/5-events/intent-code.js';

const ctx = defaultContext();

describe('resolveDate against Thursday 2026-03-12', () => {
  const article = parseArticleDate('2026-03-12');
  it.each([
    ['Troops attacked the town on Saturday.', '2026-03-07'],
    ['Forces attacked the base on Thursday.', '2026-03-12'],
    ['Rebels shelled the city on Monday night.', '2026-03-09'],
    ['The minister will travel to Paris on Saturday.', '2026-03-14'],
    ['Rebels shelled the city yesterday.', '2026-03-11'],
    ['Police arrested him this morning.', '2026-03-12'],
    ['The summit will open tomorrow.', '2026-03-13'],
    ['Germany will host the president next month.', '2026-04-12'],
    ['Protesters gathered two days ago.', '2026-03-10'],
    ['The talks ended on March 3.', '2026-03-03'],
    ['The strike happened on 5 January 2025.', '2025-01-05'],
    ['Nothing in this sentence names a day.', '2026-03-12'],
    // a span that holds the article's day names no day of its own
    ['Troops reinforced the border this year.', '2026-03-12'],
    ['Rebels attacked the port earlier this month.', '2026-03-12'],
    ['The army pulled back this week.', '2026-03-12'],
    ['Oil exports rose 5% this year and 2% last year.', '2026-03-12'],
  ])('%s -> %s', (sentence, expected) => {
    expect(resolveDate(sentence, 0, 10, article)).toBe(expected);
  });

  it('takes the time expression nearest the predicate', () => {
    const sentence = 'On Monday the ministry said troops had shelled the village on Saturday.';
    expect(resolveDate(sentence, 0, sentence.indexOf('shelled'), article)).toBe('2026-03-07');
  });

  it('takes no time expression across another verb', () => {
    const sentence = 'Kenya freed a trader jailed by Ethiopia last year.';
    const jailed = sentence.indexOf('jailed');
    expect(resolveDate(sentence, 0, sentence.indexOf('freed'), article, [jailed])).toBe('2026-03-12');
    expect(resolveDate(sentence, 0, jailed, article, [sentence.indexOf('freed')])).toBe('2025-03-12');
  });

  it('gives no date for a weekday when the article has none', () => {
    expect(resolveDate('Rebels shelled the city on Monday.', 0, 5, null)).toBeNull();
    expect(resolveDate('Talks opened a day after the vote.', 0, 6, null)).toBeNull();
    expect(resolveDate('The strike happened on 5 January 2025.', 0, 4, null)).toBe('2025-01-05');
  });

  it.each([
    ['Ukraine protested, a day after the strike on the port.', '2026-03-12'],
    ['Three days later, the army withdrew from the town.', '2026-03-12'],
    ['Talks collapsed two weeks before the summit.', '2026-03-12'],
  ])('does not count from the article date what is counted from another event: %s', (sentence, expected) => {
    expect(resolveDate(sentence, 0, 10, article)).toBe(expected);
  });

  it('does not date a past-tense report after the article', () => {
    expect(resolveDate('The rebels seized the town on March 20.', 0, 11, article)).toBe('2026-03-12');
    expect(resolveDate('The rebels will hold talks on March 20.', 0, 11, article)).toBe('2026-03-20');
  });

  it('accepts date-times and rejects what is no date', () => {
    expect(parseArticleDate('2026-03-12T08:30:00Z')?.getDate()).toBe(12);
    expect(parseArticleDate('March 2026')).toBeNull();
  });
});

describe('event date and place in the pipeline', () => {
  const run = (text: string) =>
    analyzeArticle({ id: 'p', text, date: '2026-03-12', origin: { file: 'p' } }, ctx).events[0];

  it.each([
    ['The foreign ministers of Argentina and Chile met in Santiago on Monday.', '2026-03-09', 'Santiago'],
    ['Israeli police beat Palestinian protesters in Jerusalem on Sunday.', '2026-03-08', 'Jerusalem'],
    ['The United States and China held trade negotiations in Geneva.', '2026-03-12', 'Geneva'],
    ['Police in Uganda arrested opposition supporters in Kampala yesterday.', '2026-03-11', 'Kampala'],
    ['Indian and Chinese troops clashed in the Himalayas.', '2026-03-12', 'Himalayas'],
    ['Workers in Nigeria went on strike on Monday.', '2026-03-09', 'Nigeria'],
    ['Russia launched missile strikes on Ukraine on Tuesday.', '2026-03-10', null],
    ['Kenya freed a Somali trader jailed by Ethiopia last year.', '2026-03-12', null],
    ['The ministry said on Monday that Sudanese militants killed five Chadian soldiers.', '2026-03-09', null],
    // a hyphenated pair of names in a phrase after "in" names a war, not a place
    ['Norway urged Iran to accept a truce in the Iran-Iraq war.', '2026-03-12', null],
    ["Canada imposed sanctions on Iran over drones used in Russia's war.", '2026-03-12', null],
    ['Ghana urged Mali on Monday to accept a truce in the Mali-Niger conflict.', '2026-03-09', null],
  ])('%s', (text, date, location) => {
    const event = run(text);
    expect({ date: event?.date, location: event?.location }).toEqual({ date, location });
  });

  it('dates an event noun by the verb it is the subject of', () => {
    const events = analyzeArticle(
      {
        id: 'p',
        text: 'A Turkish drone strike destroyed a Syrian depot on Saturday.',
        date: '2026-03-12',
        origin: { file: 'p' },
      },
      ctx,
    ).events;
    expect(events.map((e) => e.date)).toEqual(['2026-03-07', '2026-03-07']);
  });

  it('names no adjective, weekday or organisation as the place', () => {
    expect(
      run("Pakistan's army fired artillery at Indian positions across the frontier.")?.location,
    ).toBeNull();
    expect(run('Syrian forces attacked the town on Friday.')?.location).toBeNull();
  });
});

describe('codeIntent: future and intended acts', () => {
  it.each([
    ['042', false, '036'],
    ['0842', false, '0353'],
    ['087', false, '0356'],
    ['073', false, '0333'],
    ['057', false, '032'],
    ['087', true, '139'],
    ['163', false, '1312'],
    ['161', false, '1313'],
    ['195', false, '1384'],
    ['192', false, '1382'],
    ['1723', false, '1323'],
    ['141', false, '133'],
    ['112', false, '112'],
    ['020', false, '020'],
    ['130', true, '130'],
  ])('%s (condition: %s) -> %s', (code, conditional, expected) => {
    expect(codeIntent(code, conditional)).toBe(expected);
  });
});

describe('parseDates with no article date', () => {
  it.each([
    'Rebels shelled the city on Monday.',
    'Protesters gathered two days ago in the capital.',
    'The talks ended on March 3 without a deal.',
  ])(
    'runs no chrono with no article date and no year named, which gives no date either way: %s',
    (sentence) => {
      expect(parseDates(sentence, null)).toBeNull();
      const reference = new Date(2000, 0, 1, 12);
      const found = chrono.casual.parse(sentence, reference, { forwardDate: false });
      expect(found.length).toBeGreaterThan(0);
      const expressions = found.map((result) => expressionOf(result, reference));
      expect(resolveDate(sentence, 0, 5, null, [], expressions)).toBeNull();
    },
  );

  it('parses a sentence that names a year when the article has no date', () => {
    const sentence = 'Troops left the valley on 5 January 2025.';
    expect(parseDates(sentence, null)).toHaveLength(1);
    expect(resolveDate(sentence, 0, 7, null)).toBe('2025-01-05');
  });
});
